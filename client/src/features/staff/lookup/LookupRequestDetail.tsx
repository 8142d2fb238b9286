// One lookup request as staff of its receiving or holding archive work it: what was asked, with personal data
// masked (查看完整证件号 asks for a reason and is recorded), the documents with their photos (查看 asks for a reason
// too, and is recorded), the timeline, and the moves the shared state machine allows this archive from the
// request's status. Every move names the status the page showed, so of two members of staff acting at once one
// wins and the other is told, and the page reloads.
import { Text, View } from '@tarojs/components';
import { DOCUMENT_TYPE_LABELS } from '@zz/shared/identity/documents';
import {
  availableActions,
  LOOKUP_ACTION_LABELS,
  LOOKUP_EVENT_KIND_LABELS,
  LOOKUP_STATUS_LABELS,
  LOOKUP_STATUS_MEANINGS,
  type LookupAction,
} from '@zz/shared/lookup/status-machine';
import {
  LOOKUP_DELIVERY_LABELS,
  LOOKUP_PURPOSE_LABELS,
  LOOKUP_RECORD_TYPE_LABELS,
  LOOKUP_RELATION_LABELS,
  LOOKUP_USE_LABELS,
  SUPPORTING_DOCUMENT_KIND_LABELS,
} from '@zz/shared/lookup/vocabularies';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Cell, CellGroup } from '../../../components/Cell';
import { DataState, EmptyState } from '../../../components/DataState';
import { Section } from '../../../components/Section';
import { Tag } from '../../../components/Tag';
import { Timeline } from '../../../components/Timeline';
import { useRecordQuery } from '../../../graphql/use-record-query';
import { cx } from '../../../lib/cx';
import { formatDate, formatDateTime } from '../../../lib/format';
import { LOOKUP_STATUS_TONES } from '../../lookup/tones';
import { slotTimeRange } from '../format';
import { StaffLookupRequestDocument, type StaffLookupRequestQuery } from '../graphql';
import { useStaffRefresh } from '../use-staff-refresh';
import { AttachmentViewer } from './AttachmentViewer';
import { MoveDialog } from './MoveDialog';
import {
  type AttachmentAccess,
  OpenAttachmentDialog,
  type PersonalData,
  RevealDialog,
  RevokeDialog,
} from './ReasonDialogs';
import type { StaffLookup, StaffLookupAttachment } from './types';
import '../staff.css';
import './lookup.css';

/** Moves whose buttons warn: they end the request or cannot be taken back. */
const DANGER: ReadonlySet<LookupAction> = new Set(['REFUSE', 'RECORD_NOT_FOUND']);

/** The moves this archive may make now, from the shared table. Handing over follows the citizen's choice. */
export function movesOf(request: StaffLookup): LookupAction[] {
  return availableActions(request.status, request.roles).filter((action) => {
    // The server refuses the other: a picked-up result is not posted, a posted one not collected.
    if (action === 'MARK_COLLECTED') return request.delivery === 'PICKUP';
    if (action === 'MARK_POSTED') return request.delivery === 'POST';
    return true;
  });
}

export function LookupRequestDetail({ id }: { id: string | undefined }) {
  if (!id) return <EmptyState text="未指定查档申请" />;
  return <DetailLoader id={id} />;
}

const selectRequest = (data: StaffLookupRequestQuery) => data.lookupRequest;

function DetailLoader({ id }: { id: string }) {
  const request = useRecordQuery(StaffLookupRequestDocument, { id }, selectRequest);
  useStaffRefresh(request.refetch);
  return (
    <DataState
      state={request.state}
      onRetry={request.refetch}
      isEmpty={(r) => !r}
      emptyText="该申请不存在，或不属于本馆受理或保管"
    >
      {(r) => (r ? <DetailBody request={r} onMoved={request.replace} onStale={() => void request.refetch()} /> : null)}
    </DataState>
  );
}

type Open =
  | { kind: 'move'; action: LookupAction }
  | { kind: 'reveal' }
  | { kind: 'revoke' }
  | { kind: 'attachment'; attachment: StaffLookupAttachment; label: string }
  | { kind: 'viewer'; access: AttachmentAccess; label: string }
  | null;

function DetailBody(props: { request: StaffLookup; onMoved: (r: StaffLookup) => void; onStale: () => void }) {
  const { request: r } = props;
  const [open, setOpen] = useState<Open>(null);
  const [revealed, setRevealed] = useState<PersonalData | null>(null);
  const moves = movesOf(r);
  const clues = revealed?.clues ?? r.clues;
  const canRevoke = Boolean(r.certificate && !r.certificate.revokedAt && r.roles.includes('HOLDING_ARCHIVE'));
  // The documents the type and relation require, then any other kind the citizen sent (with a supplement, say).
  const kinds = [...new Set([...r.requiredDocuments, ...r.attachments.map((a) => a.kind)])];

  return (
    <View className="staff-lookup-detail" data-testid="staff-lookup-detail" data-status={r.status} data-id={r.id}>
      <View className={cx('zz-card staff-card', r.overdue && 'staff-lookup-item--overdue')}>
        <View className="staff-card__head">
          <Text className="staff-card__title" data-testid="staff-lookup-receipt" userSelect>
            {r.receiptNumber}
          </Text>
          <View className="staff-card__tags">
            {r.overdue ? <Tag tone="accent">已超期</Tag> : null}
            <Tag tone={LOOKUP_STATUS_TONES[r.status]}>{LOOKUP_STATUS_LABELS[r.status]}</Tag>
          </View>
        </View>
        <Text className="staff-card__meta">{LOOKUP_STATUS_MEANINGS[r.status]}</Text>
        {r.statusNote ? <Text className="staff-card__meta">{`说明：${r.statusNote}`}</Text> : null}
        <Text className="staff-card__meta">
          {`${LOOKUP_RECORD_TYPE_LABELS[r.recordType]} · ${LOOKUP_RELATION_LABELS[r.relation]}${r.deskVisit ? ' · 需到馆核验' : ''}`}
        </Text>
        <Text className="staff-card__meta">
          {`提交 ${formatDateTime(r.submittedAt)}${r.dueOn ? ` · 办理期限 ${formatDate(r.dueOn)}` : ''}`}
        </Text>
      </View>

      {moves.length > 0 ? (
        <Section title="办理">
          <View className="staff-lookup-actions" data-testid="staff-lookup-actions">
            {moves.map((action) => (
              <Button
                key={action}
                size="sm"
                variant={DANGER.has(action) ? 'danger' : 'primary'}
                onClick={() => setOpen({ kind: 'move', action })}
                className={`staff-lookup-action staff-lookup-action--${action.toLowerCase()}`}
              >
                {LOOKUP_ACTION_LABELS[action]}
              </Button>
            ))}
          </View>
        </Section>
      ) : (
        <Text className="staff-hint">本馆当前无需办理此申请。</Text>
      )}

      <Section title="申请人与当事人">
        <CellGroup className="staff-lookup-people">
          <Cell
            label={`申请人 ${revealed?.applicantName ?? r.applicant.name}`}
            hint={`${DOCUMENT_TYPE_LABELS[r.applicant.documentType]} ${revealed?.applicantDocumentNumber ?? r.applicant.documentNumber}`}
            value={revealed?.applicantPhone ?? r.applicant.phone}
          />
          {r.relation === 'SELF' ? null : (
            <Cell
              label={`当事人 ${revealed?.subjectName ?? r.subject.name}`}
              hint={`${DOCUMENT_TYPE_LABELS[r.subject.documentType]} ${revealed?.subjectDocumentNumber ?? r.subject.documentNumber}`}
            />
          )}
        </CellGroup>
        {revealed ? (
          <Text className="staff-hint" data-testid="staff-lookup-revealed">
            已显示完整信息，本次查看已记录。离开页面后恢复隐藏。
          </Text>
        ) : (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => setOpen({ kind: 'reveal' })}
            className="staff-lookup-reveal"
          >
            查看完整证件号
          </Button>
        )}
      </Section>

      <Section title="查档内容">
        <CellGroup>
          {clues.map((clue) => (
            <Cell key={clue.key} label={clue.label} hint={clue.value} />
          ))}
          <Cell
            label="用途"
            value={r.purpose === 'OTHER' && r.purposeText ? r.purposeText : LOOKUP_PURPOSE_LABELS[r.purpose]}
          />
          <Cell label="利用方式" value={LOOKUP_USE_LABELS[r.use]} />
          <Cell label="领取方式" value={LOOKUP_DELIVERY_LABELS[r.delivery]} />
          {r.postalAddress ? <Cell label="邮寄地址" hint={revealed?.postalAddress ?? r.postalAddress} /> : null}
          <Cell label="受理馆" value={r.receivingBranch.name} />
          <Cell label="保管馆" value={r.holdingBranch?.name ?? '不详'} />
          {r.archiveReference ? <Cell label="档号" value={r.archiveReference} /> : null}
        </CellGroup>
      </Section>

      <Section title="证明材料">
        {kinds.length === 0 ? <Text className="staff-hint">本人查档，无需其他材料。</Text> : null}
        <CellGroup className="staff-lookup-attachments">
          {kinds.map((kind) => {
            const attached = r.attachments.filter((a) => a.kind === kind);
            const label = SUPPORTING_DOCUMENT_KIND_LABELS[kind];
            return (
              <Cell
                key={kind}
                label={label}
                hint={
                  attached.length > 0
                    ? `已上传 ${attached.length} 张 · ${formatDateTime(attached[0].attachedAt)}`
                    : undefined
                }
                value={
                  attached.length > 0 ? (
                    <View
                      className="staff-lookup-attachment__buttons"
                      data-testid="staff-lookup-attachment"
                      data-kind={kind}
                    >
                      {attached.map((attachment, index) => (
                        <Button
                          key={attachment.uploadId}
                          size="sm"
                          variant="secondary"
                          onClick={() => setOpen({ kind: 'attachment', attachment, label })}
                          className="staff-lookup-attachment__open"
                        >
                          {attached.length > 1 ? `查看 ${index + 1}` : '查看'}
                        </Button>
                      ))}
                    </View>
                  ) : (
                    <Tag tone="accent">未上传</Tag>
                  )
                }
              />
            );
          })}
        </CellGroup>
        {r.deskVisit ? <Text className="staff-hint">非本人查档：到馆时请核验材料原件。</Text> : null}
      </Section>

      {r.visit ? (
        <Section title="到馆预约">
          <CellGroup>
            <Cell
              label={r.visit.status === 'BOOKED' ? '已预约' : '已取消'}
              value={`${formatDate(r.visit.visitDate)} ${slotTimeRange(r.visit.slot)}`}
            />
          </CellGroup>
        </Section>
      ) : null}

      {r.certificate ? (
        <Section title="查档证明">
          <CellGroup>
            <Cell label="证明编号" value={r.certificate.serial} />
            <Cell label="出证日期" value={formatDate(r.certificate.issuedOn)} />
            {r.certificate.revokedAt ? (
              <Cell
                label="已撤销"
                hint={r.certificate.revokeReason ?? ''}
                value={formatDateTime(r.certificate.revokedAt)}
              />
            ) : null}
          </CellGroup>
          {canRevoke ? (
            <Button
              size="sm"
              variant="danger"
              onClick={() => setOpen({ kind: 'revoke' })}
              className="staff-lookup-revoke"
            >
              撤销证明
            </Button>
          ) : null}
        </Section>
      ) : null}

      <Section title="办理记录">
        <Timeline
          steps={r.timeline.map((event) => ({
            key: event.id,
            title: `${LOOKUP_EVENT_KIND_LABELS[event.kind]} → ${LOOKUP_STATUS_LABELS[event.toStatus]}`,
            time: formatDateTime(event.at),
            place: event.branch?.name ?? (event.byCitizen ? '申请人' : null),
            note: event.note,
          }))}
        />
      </Section>

      {open?.kind === 'move' ? (
        <MoveDialog
          request={r}
          action={open.action}
          onCancel={() => setOpen(null)}
          onMoved={(next) => {
            setOpen(null);
            props.onMoved(next);
          }}
          onStale={props.onStale}
        />
      ) : null}
      {open?.kind === 'reveal' ? (
        <RevealDialog
          requestId={r.id}
          onCancel={() => setOpen(null)}
          onRevealed={(data) => {
            setOpen(null);
            setRevealed(data);
          }}
        />
      ) : null}
      {open?.kind === 'attachment' ? (
        <OpenAttachmentDialog
          requestId={r.id}
          attachment={open.attachment}
          label={open.label}
          onCancel={() => setOpen(null)}
          onOpened={(access) => setOpen({ kind: 'viewer', access, label: open.label })}
        />
      ) : null}
      {open?.kind === 'viewer' ? (
        <AttachmentViewer access={open.access} label={open.label} onClose={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'revoke' ? (
        <RevokeDialog
          requestId={r.id}
          onCancel={() => setOpen(null)}
          onRevoked={(next) => {
            setOpen(null);
            props.onMoved(next);
          }}
        />
      ) : null}
    </View>
  );
}
