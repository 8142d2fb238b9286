// 数据导出: choose what (bookings, 查档 requests, the audit log) and the range; masked by default. Showing
// personal data in full needs a reason, and above the server's row limit another administrator's approval; the
// approved file downloads once. On H5 the file downloads here; the mini-program says where to get it.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  EXPORT_KIND_LABELS,
  EXPORT_REQUEST_STATUS_LABELS,
  type ExportKind,
  exportReasonModel,
} from '@zz/shared/exports/exports';
import type { StaffRole } from '@zz/shared/identity/staff-roles';
import { LOOKUP_STATUS_LABELS, LOOKUP_STATUSES } from '@zz/shared/lookup/status-machine';
import { addDays } from '@zz/shared/time/business-time';
import { firstMessage } from '@zz/shared/validation/field-errors';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { DataState } from '../../../components/DataState';
import { DateField } from '../../../components/form/PickerField';
import { SwitchField } from '../../../components/form/SwitchField';
import { TextField } from '../../../components/form/TextField';
import { Section } from '../../../components/Section';
import { Tag } from '../../../components/Tag';
import { describeFailure } from '../../../graphql/client';
import { isSuccessResult } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import { useQuery } from '../../../graphql/use-query';
import { todayDate } from '../../../lib/format';
import { BranchFilter } from '../dashboard/DashboardToday';
import { staffErrorMessage } from '../errors';
import {
  StaffDecideExportDocument,
  StaffExhibitionChoicesDocument,
  type StaffExportRequestFieldsFragment,
  StaffExportRequestsDocument,
  StaffRequestUnmaskedExportDocument,
} from '../graphql';
import { Chips } from '../ui/Chips';
import {
  CAN_DOWNLOAD,
  downloadCsv,
  type ExportFilterValues,
  h5ExportsAddress,
  maskedExportPath,
  unmaskedExportPath,
} from './download';
import '../staff.css';
import './exports.css';

const ADMINISTRATORS: readonly StaffRole[] = ['ADMIN', 'BRANCH_ADMIN'];

export function ExportsView({ role }: { role: StaffRole }) {
  const administrator = ADMINISTRATORS.includes(role);
  const kinds: ExportKind[] = administrator ? ['BOOKINGS', 'LOOKUPS', 'AUDIT_LOG'] : ['BOOKINGS', 'LOOKUPS'];
  const today = todayDate();
  const [kind, setKind] = useState<ExportKind>('BOOKINGS');
  const [from, setFrom] = useState(addDays(today, -29));
  const [to, setTo] = useState(today);
  const [exhibitionId, setExhibitionId] = useState('');
  const [status, setStatus] = useState('');
  const [branchId, setBranchId] = useState('');
  const [unmasked, setUnmasked] = useState(false);
  const [reason, setReason] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const exhibitions = useQuery(StaffExhibitionChoicesDocument, {});
  const requests = useQuery(StaffExportRequestsDocument, {});
  const requestExport = useMutation(StaffRequestUnmaskedExportDocument);
  const reasonProblem = unmasked ? firstMessage(exportReasonModel, reason) : null;

  const filters: ExportFilterValues = {
    from,
    to,
    exhibitionId: kind === 'BOOKINGS' ? exhibitionId : null,
    status: kind === 'LOOKUPS' ? status : null,
    branchId: role === 'ADMIN' ? branchId : null,
  };

  async function downloadPath(path: string) {
    setBusy(true);
    const result = await downloadCsv(path);
    setBusy(false);
    setMessage(result.ok ? { tone: 'ok', text: `已下载 ${result.fileName}` } : { tone: 'error', text: result.message });
    requests.refetch();
  }

  async function submit() {
    setShowErrors(true);
    setMessage(null);
    if (!unmasked) {
      if (CAN_DOWNLOAD) await downloadPath(maskedExportPath(kind, filters));
      return;
    }
    if (reasonProblem || requestExport.pending) return;
    const result = await requestExport.run({
      input: {
        kind,
        from,
        to,
        exhibitionId: filters.exhibitionId || null,
        status: filters.status || null,
        branchId: filters.branchId || null,
      },
      reason: exportReasonModel.parse(reason),
    });
    if (!result.ok) return setMessage({ tone: 'error', text: describeFailure(result.failure) });
    const answer = result.data.requestUnmaskedExport;
    if (!isSuccessResult(answer)) return setMessage({ tone: 'error', text: staffErrorMessage(answer) });
    setReason('');
    setShowErrors(false);
    requests.refetch();
    if (answer.data.status === 'PENDING') {
      setMessage({ tone: 'ok', text: `共 ${answer.data.rowCount} 条，已提交另一位管理员审批，批准后在下方下载` });
    } else if (CAN_DOWNLOAD) {
      await downloadPath(unmaskedExportPath(answer.data.id));
    } else {
      setMessage({ tone: 'ok', text: '已批准，请在电脑浏览器打开工作人员网页版下载（限一次）' });
    }
  }

  const exhibitionChoices = [
    { value: '', label: '全部展览' },
    ...(exhibitions.state.status === 'success'
      ? exhibitions.state.data.staffExhibitions
          .filter((e) => e.mode === 'ONSITE')
          .map((e) => ({ value: e.id, label: e.title.length > 10 ? `${e.title.slice(0, 10)}…` : e.title }))
      : []),
  ];

  return (
    <View className="exports" data-testid="exports">
      {CAN_DOWNLOAD ? null : (
        <View className="zz-card staff-card exports__elsewhere" data-testid="exports-elsewhere">
          <Text className="staff-card__title">小程序内不能保存文件</Text>
          <Text className="staff-hint">请在电脑浏览器打开工作人员网页版，登录后在「数据导出」下载：</Text>
          <Text className="exports__address" userSelect>
            {h5ExportsAddress()}
          </Text>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => void Taro.setClipboardData({ data: h5ExportsAddress() })}
          >
            复制网址
          </Button>
        </View>
      )}
      <Section title="导出内容">
        <Chips
          options={kinds.map((k) => ({ value: k, label: EXPORT_KIND_LABELS[k] }))}
          selected={[kind]}
          onToggle={setKind}
          testId="exports-kind"
        />
        <DateField label="开始日期" value={from} end={to} onChange={setFrom} className="exports-from" />
        <DateField label="结束日期" value={to} start={from} onChange={setTo} className="exports-to" />
        {kind === 'BOOKINGS' ? (
          <Chips options={exhibitionChoices} selected={[exhibitionId]} onToggle={setExhibitionId} />
        ) : null}
        {kind === 'LOOKUPS' ? (
          <Chips
            options={[
              { value: '', label: '全部状态' },
              ...LOOKUP_STATUSES.map((s) => ({ value: s, label: LOOKUP_STATUS_LABELS[s] })),
            ]}
            selected={[status]}
            onToggle={setStatus}
          />
        ) : null}
        {role === 'ADMIN' ? <BranchFilter value={branchId} onChange={setBranchId} /> : null}
      </Section>
      <Section title="个人信息">
        <SwitchField
          label="显示完整个人信息"
          hint="默认脱敏"
          checked={unmasked}
          onChange={setUnmasked}
          className="exports-unmasked"
        />
        <Text className="staff-hint">
          默认隐去姓名、电话和证件号的中间部分。完整导出须填写原因并记入审计日志，条数较多时需另一位管理员审批，批准后限下载一次。
        </Text>
        {unmasked ? (
          <TextField
            label="导出原因"
            required
            value={reason}
            placeholder="例如：报送团体参观名单"
            maxlength={200}
            onChange={setReason}
            error={showErrors ? reasonProblem : null}
            className="exports-reason"
          />
        ) : null}
      </Section>
      {message ? (
        <Text
          className={message.tone === 'ok' ? 'exports__message' : 'exports__message exports__message--error'}
          data-testid="exports-message"
        >
          {message.text}
        </Text>
      ) : null}
      {CAN_DOWNLOAD || unmasked ? (
        <Button block loading={busy || requestExport.pending} onClick={() => void submit()} className="exports-submit">
          {unmasked ? '申请完整导出' : '下载 CSV（脱敏）'}
        </Button>
      ) : null}
      <Section title="完整导出申请">
        <DataState
          state={requests.state}
          onRetry={requests.refetch}
          isEmpty={(data) => data.exportRequests.length === 0}
          emptyText="暂无申请"
        >
          {(data) => (
            <View data-testid="export-requests">
              {data.exportRequests.map((r) => (
                <RequestRow
                  key={r.id}
                  request={r}
                  administrator={administrator}
                  onDownload={() => void downloadPath(unmaskedExportPath(r.id))}
                  onDecided={requests.refetch}
                />
              ))}
            </View>
          )}
        </DataState>
      </Section>
    </View>
  );
}

function RequestRow(props: {
  request: StaffExportRequestFieldsFragment;
  administrator: boolean;
  onDownload: () => void;
  onDecided: () => void;
}) {
  const { request } = props;
  const decide = useMutation(StaffDecideExportDocument);
  const [failure, setFailure] = useState<string | null>(null);

  async function send(approve: boolean) {
    setFailure(null);
    const result = await decide.run({ id: request.id, approve });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.decideExport;
    if (!isSuccessResult(answer)) return setFailure(answer.message);
    props.onDecided();
  }

  return (
    <View className="zz-card staff-card exports-request" data-testid="export-request">
      <View className="staff-card__head">
        <Text className="staff-card__title">
          {EXPORT_KIND_LABELS[request.kind]} · {request.rowCount} 条
        </Text>
        <Tag tone={request.status === 'APPROVED' ? 'success' : 'muted'}>
          {EXPORT_REQUEST_STATUS_LABELS[request.status]}
        </Tag>
      </View>
      <Text className="staff-hint">
        {request.from} 至 {request.to} · {request.mine ? '我的申请' : '待我审批'} · 原因：{request.reason}
      </Text>
      {request.mine && request.status === 'APPROVED' ? (
        CAN_DOWNLOAD ? (
          <Button size="sm" onClick={props.onDownload}>
            下载（限一次）
          </Button>
        ) : (
          <Text className="staff-hint">请在工作人员网页版下载（限一次）</Text>
        )
      ) : null}
      {!request.mine && props.administrator && request.status === 'PENDING' ? (
        <View className="exports-request__actions">
          <Button size="sm" loading={decide.pending} onClick={() => void send(true)}>
            批准
          </Button>
          <Button size="sm" variant="danger" loading={decide.pending} onClick={() => void send(false)}>
            拒绝
          </Button>
        </View>
      ) : null}
      {failure ? <Text className="exports__message exports__message--error">{failure}</Text> : null}
    </View>
  );
}
