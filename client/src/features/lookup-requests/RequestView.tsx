// One lookup request as its citizen follows it: the receipt number, the status and what it means to them, the
// date the next step is due, what staff said, the certificate with its QR code once issued, the reading-room
// appointment when the request needs a visit, the answer to 需补正, the timeline, and 撤回申请.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DOCUMENT_TYPE_LABELS } from '@zz/shared/identity/documents';
import {
  isOpenLookupStatus,
  LOOKUP_EVENT_KIND_LABELS,
  LOOKUP_STATUS_LABELS,
  LOOKUP_STATUS_MEANINGS,
} from '@zz/shared/lookup/status-machine';
import {
  LOOKUP_DELIVERY_LABELS,
  LOOKUP_PURPOSE_LABELS,
  LOOKUP_RECORD_TYPE_LABELS,
  LOOKUP_RELATION_LABELS,
  LOOKUP_USE_LABELS,
  SUPPORTING_DOCUMENT_KIND_LABELS,
} from '@zz/shared/lookup/vocabularies';
import { Button } from '../../components/Button';
import { Cell, CellGroup } from '../../components/Cell';
import { DataState, EmptyState } from '../../components/DataState';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { Tag } from '../../components/Tag';
import { Timeline, type TimelineStep } from '../../components/Timeline';
import { describeFailure } from '../../graphql/client';
import { isSuccessResult } from '../../graphql/errors';
import {
  LookupRequestDetailDocument,
  type LookupRequestDetailQuery,
  WithdrawLookupDocument,
} from '../../graphql/generated/lookup/operations';
import { useMutation } from '../../graphql/use-mutation';
import { useRecordQuery } from '../../graphql/use-record-query';
import { formatDate, formatDateTime } from '../../lib/format';
import { go, routes } from '../../lib/navigation';
import { useOnReturn } from '../../lib/use-on-return';
import { LOOKUP_STATUS_TONES } from '../lookup/tones';
import { SignInGate } from '../session/SignInGate';
import { VenueFacts } from '../venues/VenueFacts';
import { CertificateQr } from './CertificateQr';
import { lookupErrorMessage } from './messages';
import { SupplementForm } from './SupplementForm';
import type { LookupDetail } from './types';
import { VisitPanel } from './VisitPanel';
import './lookup-requests.css';

const selectRequest = (data: LookupRequestDetailQuery) => data.lookupRequest;

export function RequestView({ id }: { id: string | undefined }) {
  if (!id) return <EmptyState text="未指定查档申请" />;
  return <SignInGate reason="登录后查看查档申请的办理进度。">{() => <RequestLoader id={id} />}</SignInGate>;
}

function RequestLoader({ id }: { id: string }) {
  // A move answers with the request as it is now; it shows until the next load replaces it.
  const request = useRecordQuery(LookupRequestDetailDocument, { id }, selectRequest);
  useOnReturn(() => void request.refetch());
  return (
    <DataState
      state={request.state}
      onRetry={request.refetch}
      loadingText="正在加载办理进度…"
      isEmpty={(r) => !r}
      emptyText="未找到该申请，可能不属于当前账号"
    >
      {(r) =>
        r ? <RequestBody request={r} onChange={request.replace} onStale={() => void request.refetch()} /> : null
      }
    </DataState>
  );
}

function RequestBody(props: {
  request: LookupDetail;
  onChange: (request: LookupDetail) => void;
  /** Someone else moved the request meanwhile: load it again. */
  onStale: () => void;
}) {
  const { request: r } = props;
  const open = isOpenLookupStatus(r.status);
  return (
    <View className="lookup-request" data-testid="lookup-request" data-status={r.status} data-id={r.id}>
      <View className={`lookup-request__head lookup-request__head--${r.status.toLowerCase()}`}>
        <Text className="lookup-request__type">{`${LOOKUP_RECORD_TYPE_LABELS[r.recordType]}查档`}</Text>
        <View className="lookup-request__status-row">
          <Tag tone={LOOKUP_STATUS_TONES[r.status]} className="lookup-request__status">
            {LOOKUP_STATUS_LABELS[r.status]}
          </Tag>
        </View>
        <Text className="lookup-request__meaning" data-testid="lookup-meaning">
          {LOOKUP_STATUS_MEANINGS[r.status]}
        </Text>
        {r.statusNote ? (
          <Text className="lookup-request__note" data-testid="lookup-status-note">
            {`${r.status === 'NEEDS_MORE' ? '需补充' : r.status === 'REFUSED' ? '原因' : '说明'}：${r.statusNote}`}
          </Text>
        ) : null}
        {open && r.dueOn ? (
          <Text className="lookup-request__due" data-testid="lookup-due">
            {`下一步预计在 ${formatDate(r.dueOn)} 前办理`}
          </Text>
        ) : null}
      </View>

      <CellGroup className="lookup-request__facts">
        <Cell
          label="受理号"
          value={
            <Text userSelect className="lookup-request__receipt" data-testid="lookup-receipt">
              {r.receiptNumber}
            </Text>
          }
        />
        <Cell label="受理档案馆" value={r.receivingBranch.name} />
        <Cell label="档案保管馆" value={r.holdingBranch?.name ?? '待确定'} />
        <Cell label="提交时间" value={formatDateTime(r.submittedAt)} />
        {r.archiveReference ? <Cell label="档号" value={<Text userSelect>{r.archiveReference}</Text>} /> : null}
      </CellGroup>

      {r.certificate ? <CertificateCard certificate={r.certificate} /> : null}

      {r.receivingBranch.venueDetails ? (
        <Section title="受理档案馆地址">
          <VenueFacts venue={r.receivingBranch.venueDetails} name={r.receivingBranch.name} guide={false} />
        </Section>
      ) : null}

      {r.status === 'NEEDS_MORE' ? (
        <SupplementForm request={r} onDone={props.onChange} onStale={props.onStale} />
      ) : null}

      {r.needsVisit && open ? <VisitPanel request={r} onChange={props.onChange} /> : null}

      <Section title="办理进度">
        <Timeline steps={timelineOf(r)} />
      </Section>

      <Section title="申请信息">
        <CellGroup className="lookup-request__details">
          <Cell label="与当事人关系" value={LOOKUP_RELATION_LABELS[r.relation]} />
          <Cell
            label={`申请人 ${r.applicant.name}`}
            hint={`${DOCUMENT_TYPE_LABELS[r.applicant.documentType]} ${r.applicant.documentNumber} · ${r.applicant.phone}`}
          />
          {r.relation === 'SELF' ? null : (
            <Cell
              label={`当事人 ${r.subject.name}`}
              hint={`${DOCUMENT_TYPE_LABELS[r.subject.documentType]} ${r.subject.documentNumber}`}
            />
          )}
          {r.clues.map((clue) => (
            <Cell key={clue.key} label={clue.label} hint={clue.value} />
          ))}
          <Cell
            label="查档用途"
            value={r.purpose === 'OTHER' && r.purposeText ? r.purposeText : LOOKUP_PURPOSE_LABELS[r.purpose]}
          />
          <Cell label="利用方式" value={LOOKUP_USE_LABELS[r.use]} />
          <Cell label="领取方式" value={LOOKUP_DELIVERY_LABELS[r.delivery]} />
          {r.postalAddress ? <Cell label="邮寄地址" hint={r.postalAddress} /> : null}
          {r.attachments.map((a) => (
            <Cell
              key={`${a.kind}-${a.attachedAt}`}
              label={SUPPORTING_DOCUMENT_KIND_LABELS[a.kind]}
              value={`已上传 ${formatDateTime(a.attachedAt)}`}
            />
          ))}
        </CellGroup>
        <Text className="lookup-hint">为保护个人信息，证件号码等已隐去部分内容。</Text>
      </Section>

      <RequestActions request={r} onChange={props.onChange} onStale={props.onStale} />
      <Button block variant="ghost" onClick={() => go(routes.myLookups())} className="lookup-request__mine">
        我的查档
      </Button>
    </View>
  );
}

/** Every step with its time and archive; moves are named by where they took the request, as citizens say it. */
function timelineOf(r: LookupDetail): TimelineStep[] {
  return r.timeline.map((event) => {
    const movedTo =
      event.kind === 'BOOK_VISIT' || event.kind === 'CANCEL_VISIT' || event.kind === 'REVOKE_CERTIFICATE'
        ? LOOKUP_EVENT_KIND_LABELS[event.kind]
        : LOOKUP_STATUS_LABELS[event.toStatus];
    return {
      key: event.id,
      title: movedTo,
      time: formatDateTime(event.at),
      place: event.branch?.name ?? (event.byCitizen ? '本人' : null),
      note: event.note,
    };
  });
}

function CertificateCard({ certificate: c }: { certificate: NonNullable<LookupDetail['certificate']> }) {
  const revoked = Boolean(c.revokedAt);
  return (
    <Section title="查档证明" className="lookup-certificate">
      <View className="zz-card lookup-certificate__card" data-testid="lookup-certificate" data-revoked={revoked}>
        {revoked ? (
          <Notice tone="accent" title="证明已撤销">
            <Text>{`该证明已于 ${formatDateTime(c.revokedAt ?? '')} 撤销，扫码核验将显示“已撤销”。如有疑问请联系出证档案馆。`}</Text>
          </Notice>
        ) : null}
        <CellGroup>
          <Cell label="证明编号" value={<Text userSelect>{c.serial}</Text>} />
          <Cell label="查档结果" value={c.outcome === 'FOUND' ? '查有记载' : '未查到相关记载'} />
          {c.archiveReference ? <Cell label="档号" value={<Text userSelect>{c.archiveReference}</Text>} /> : null}
          <Cell label="出证档案馆" value={c.issuingBranch.name} />
          <Cell label="出证日期" value={formatDate(c.issuedOn)} />
        </CellGroup>
        {revoked ? null : (
          <CertificateQr url={c.verificationUrl} caption="任何人用手机相机扫描此码，即可核验证明真伪" />
        )}
        <Text className="lookup-certificate__url" userSelect>
          {c.verificationUrl}
        </Text>
      </View>
    </Section>
  );
}

function RequestActions(props: {
  request: LookupDetail;
  onChange: (request: LookupDetail) => void;
  onStale: () => void;
}) {
  const { request: r } = props;
  const withdraw = useMutation(WithdrawLookupDocument);
  if (!r.availableActions.includes('WITHDRAW')) return null;

  async function confirmWithdraw() {
    const { confirm } = await Taro.showModal({
      title: '撤回申请',
      content:
        r.visit?.status === 'BOOKED'
          ? '撤回后申请结束，已预约的到馆时间将一并取消。确定撤回吗？'
          : '撤回后申请结束，不能恢复。确定撤回吗？',
      confirmText: '确认撤回',
      cancelText: '再想想',
      confirmColor: '#b3261e',
    });
    if (!confirm) return;
    // The status the page shows: a request that moved on meanwhile is not withdrawn blindly.
    const result = await withdraw.run({ id: r.id, expectedStatus: r.status });
    if (!result.ok) {
      void Taro.showModal({ title: '撤回失败', content: describeFailure(result.failure), showCancel: false });
      return;
    }
    const payload = result.data.withdrawLookupRequest;
    if (isSuccessResult(payload)) {
      props.onChange(payload.data);
      void Taro.showToast({ title: '已撤回', icon: 'success' });
      return;
    }
    if (payload.__typename === 'LookupRequestChangedError') props.onStale();
    void Taro.showModal({ title: '无法撤回', content: lookupErrorMessage(payload), showCancel: false });
  }

  return (
    <Button
      block
      variant="danger"
      loading={withdraw.pending}
      onClick={() => void confirmWithdraw()}
      className="lookup-request__withdraw"
    >
      撤回申请
    </Button>
  );
}
