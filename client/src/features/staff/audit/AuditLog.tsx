// 审计日志: who did what to whose data, newest first. City administrators search every archive's rows, archive
// administrators their own archive's; searched by person (a document number or phone, hashed by the server and never
// stored), by staff member, by action and by date. Each row: when, who (name, role, archive), the action, its
// target, the fields revealed, the reason, the row count, the result, the request id and the address.
import { Text, View } from '@tarojs/components';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, AUDIT_RESULT_LABELS, type AuditAction } from '@zz/shared/audit/actions';
import { STAFF_ROLE_LABELS } from '@zz/shared/identity/staff-roles';
import { SUPPORTING_DOCUMENT_KIND_LABELS } from '@zz/shared/lookup/vocabularies';
import { useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { DateField, PickerField } from '../../../components/form/PickerField';
import { TextField } from '../../../components/form/TextField';
import { PagedList } from '../../../components/PagedList';
import { Tag, type TagTone } from '../../../components/Tag';
import { useConnection } from '../../../graphql/use-connection';
import { formatDateTime } from '../../../lib/format';
import { type StaffAuditEntryFragment, StaffAuditLogDocument, type StaffAuditLogQuery } from '../graphql';
import { useStaffRefresh } from '../use-staff-refresh';
import '../staff.css';
import './audit.css';

const PAGE_SIZE = 20;

const ACTION_OPTIONS: ReadonlyArray<{ value: AuditAction | ''; label: string }> = [
  { value: '', label: '全部操作' },
  ...AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] })),
];

/** What a row was about, in words (the kinds recordAudit is given). */
const TARGET_LABELS: Record<string, string> = {
  LOOKUP_REQUEST: '查档申请',
  NOTIFICATION: '消息',
  BOOKING: '预约',
  SLOT: '场次',
  EXHIBITION: '展览',
  ONLINE_EXHIBITION: '网上展览',
  LOOKUP_SETTINGS: '查档设置',
  WORKING_CALENDAR: '工作日历',
  ACCOUNT: '账号',
  EXPORT: '导出',
  VENUE: '场馆',
  AUDIT_LOG: '审计日志',
};

/** The personal fields a row says were shown in full. */
const FIELD_LABELS: Record<string, string> = {
  APPLICANT_NAME: '申请人姓名',
  APPLICANT_DOCUMENT_NUMBER: '申请人证件号',
  APPLICANT_PHONE: '申请人电话',
  SUBJECT_NAME: '当事人姓名',
  SUBJECT_DOCUMENT_NUMBER: '当事人证件号',
  CLUES: '查档线索',
  POSTAL_ADDRESS: '邮寄地址',
  RECIPIENT_PHONE: '收件人电话',
  ...SUPPORTING_DOCUMENT_KIND_LABELS,
};

const RESULT_TONES: Record<StaffAuditEntryFragment['result'], TagTone> = {
  OK: 'success',
  DENIED: 'warning',
  ERROR: 'accent',
};

const EMPTY_PAGE = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

const selectLog = (data: StaffAuditLogQuery) =>
  data.auditLog.__typename === 'QueryAuditLogSuccess' ? data.auditLog.data : EMPTY_PAGE;

/** A refused search (a number that is not one, a reversed range, a role that may not read the log) lists nothing and says why. */
function refusalOf(data: StaffAuditLogQuery): string | null {
  const answer = data.auditLog;
  if (answer.__typename === 'InputValidationError') return answer.fieldErrors[0]?.message ?? answer.message;
  if (answer.__typename === 'NotAuthorizedError') {
    return answer.reason === 'FORBIDDEN'
      ? '没有权限：审计日志仅限市级管理员和本馆管理员查看'
      : '登录已失效，请重新登录';
  }
  return null;
}

export function AuditLog({ cityWide }: { cityWide: boolean }) {
  const [personInput, setPersonInput] = useState('');
  const [staffInput, setStaffInput] = useState('');
  // The person and staff searched for: applied on 搜索, not on every keystroke.
  const [applied, setApplied] = useState({ person: '', staff: '' });
  const [action, setAction] = useState<AuditAction | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const variables = {
    person: applied.person || null,
    staff: applied.staff || null,
    action: action || null,
    from: from || null,
    to: to || null,
    first: PAGE_SIZE,
  };
  const refusal = useRef<string | null>(null);
  const list = useConnection(StaffAuditLogDocument, variables, (data) => {
    refusal.current = refusalOf(data);
    return selectLog(data);
  });
  useStaffRefresh(list.refetch);
  const searching = Boolean(applied.person || applied.staff || action || from || to);

  return (
    <View className="staff-audit" data-testid="staff-audit">
      <Text className="staff-hint">
        {cityWide ? '全部档案馆的操作记录，最新的在前。' : '本馆工作人员的操作记录，最新的在前。'}
      </Text>
      <View className="zz-card staff-audit-filters">
        <TextField
          label="当事人"
          value={personInput}
          placeholder="证件号码或手机号（仅用于检索，不会保存）"
          maxlength={40}
          onChange={setPersonInput}
          className="staff-audit-filters__person"
        />
        <TextField
          label="工作人员"
          value={staffInput}
          placeholder="姓名或账号编号"
          maxlength={64}
          onChange={setStaffInput}
          className="staff-audit-filters__staff"
        />
        <PickerField
          label="操作"
          value={action}
          options={ACTION_OPTIONS}
          onChange={setAction}
          className="staff-audit-filters__action"
        />
        <DateField label="日期从" value={from} onChange={setFrom} clearable placeholder="不限" />
        <DateField label="至" value={to} onChange={setTo} clearable placeholder="不限" start={from || undefined} />
        <View className="staff-audit-filters__buttons">
          <Button
            size="sm"
            className="staff-audit-filters__go"
            onClick={() => setApplied({ person: personInput.trim(), staff: staffInput.trim() })}
          >
            搜索
          </Button>
          {searching ? (
            <Button
              size="sm"
              variant="ghost"
              className="staff-audit-filters__clear"
              onClick={() => {
                setPersonInput('');
                setStaffInput('');
                setApplied({ person: '', staff: '' });
                setAction('');
                setFrom('');
                setTo('');
              }}
            >
              清除
            </Button>
          ) : null}
        </View>
      </View>
      <PagedList
        list={list}
        renderItem={(entry) => <AuditItem key={entry.id} entry={entry} />}
        emptyText={refusal.current ?? (searching ? '没有符合条件的记录' : '暂无审计记录')}
        className="staff-audit__items"
      />
    </View>
  );
}

function AuditItem({ entry }: { entry: StaffAuditEntryFragment }) {
  const who = entry.actorName
    ? [entry.actorName, entry.actorRole ? STAFF_ROLE_LABELS[entry.actorRole] : null, entry.actorBranch?.shortName]
        .filter(Boolean)
        .join(' · ')
    : '系统';
  const target = entry.targetKind
    ? `${TARGET_LABELS[entry.targetKind] ?? entry.targetKind}${entry.targetId ? ` #${entry.targetId}` : ''}`
    : null;
  return (
    <View
      className="zz-card staff-card staff-audit-item"
      data-testid="staff-audit-item"
      data-id={entry.id}
      data-action={entry.action}
    >
      <View className="staff-card__head">
        <Text className="staff-card__title staff-audit-item__action">{AUDIT_ACTION_LABELS[entry.action]}</Text>
        <Tag tone={RESULT_TONES[entry.result]}>{AUDIT_RESULT_LABELS[entry.result]}</Tag>
      </View>
      <Text className="staff-card__meta staff-audit-item__when">{formatDateTime(entry.at)}</Text>
      <Text className="staff-card__meta staff-audit-item__who">{who}</Text>
      {target ? <Text className="staff-card__meta staff-audit-item__target">{`对象：${target}`}</Text> : null}
      {entry.revealedFields.length > 0 ? (
        <Text className="staff-card__meta staff-audit-item__fields">
          {`查看：${entry.revealedFields.map((field) => FIELD_LABELS[field] ?? field).join('、')}`}
        </Text>
      ) : null}
      {entry.reason ? (
        <Text className="staff-card__meta staff-audit-item__reason">{`原因：${entry.reason}`}</Text>
      ) : null}
      {entry.rowCount !== null && entry.rowCount !== undefined ? (
        <Text className="staff-card__meta staff-audit-item__rows">{`条数：${entry.rowCount}`}</Text>
      ) : null}
      <Text className="staff-audit-item__source">
        {`请求 ${entry.requestId ?? '—'} · 地址 ${entry.clientAddress ?? '—'}`}
      </Text>
    </View>
  );
}
