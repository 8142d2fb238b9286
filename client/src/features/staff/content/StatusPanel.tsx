// Where a piece of content is in its life and what staff may do next: the server's availableActions as buttons
// (立即发布, 定时发布, 下线, 撤回为草稿). 定时发布 asks for a date and a time in business time (Asia/Shanghai, whatever
// the device's zone) and sends that instant.
import { Text, View } from '@tarojs/components';
import {
  CONTENT_ACTION_LABELS,
  CONTENT_STATUS_LABELS,
  type ContentAction,
  type ContentStatus,
} from '@zz/shared/content/statuses';
import {
  addDays,
  businessDateOf,
  businessTimeOf,
  formatBusinessDateTime,
  instantOf,
  padTwoDigits,
} from '@zz/shared/time/business-time';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { DateField, TimeField } from '../../../components/form/PickerField';
import { Tag, type TagTone } from '../../../components/Tag';
import { Dialog } from '../ui/Dialog';

export const CONTENT_STATUS_TONES: Record<ContentStatus, TagTone> = {
  DRAFT: 'muted',
  SCHEDULED: 'warning',
  PUBLISHED: 'success',
  UNPUBLISHED: 'accent',
};

/** '2026-11-24 20:00' of an ISO instant in business time ('' when absent). */
export function businessDateTimeOf(iso: string | null | undefined): string {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? '' : formatBusinessDateTime(ms);
}

/** The line under a title: when it was or will be published. */
export function whenLine(item: { status: ContentStatus; scheduledAt?: string | null; publishedAt?: string | null }) {
  if (item.status === 'SCHEDULED' && item.scheduledAt) return `将于 ${businessDateTimeOf(item.scheduledAt)} 发布`;
  if (item.publishedAt) return `发布于 ${businessDateTimeOf(item.publishedAt)}`;
  return '尚未发布';
}

export function StatusTag({ status }: { status: ContentStatus }) {
  return (
    <Tag tone={CONTENT_STATUS_TONES[status]} className="studio-status">
      {CONTENT_STATUS_LABELS[status]}
    </Tag>
  );
}

export interface StatusPanelProps {
  status: ContentStatus;
  scheduledAt?: string | null;
  publishedAt?: string | null;
  actions: readonly ContentAction[];
  /** Runs the action; resolves to a failure message, or null when it went through. */
  onAction: (action: ContentAction, publishAt?: string) => Promise<string | null>;
  /** Set while there are unsaved changes: actions save first, and say so. */
  unsavedHint?: boolean;
}

/** The next whole hour from now, in business time: a sensible first choice for 定时发布. */
function nextHour(nowMs: number): { date: string; time: string } {
  const date = businessDateOf(nowMs);
  const hour = Number(businessTimeOf(nowMs).slice(0, 2)) + 1;
  return hour >= 24 ? { date: addDays(date, 1), time: '00:00' } : { date, time: `${padTwoDigits(hour)}:00` };
}

export function StatusPanel(props: StatusPanelProps) {
  const [pending, setPending] = useState<ContentAction | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [scheduling, setScheduling] = useState<{ date: string; time: string } | null>(null);

  async function run(action: ContentAction, publishAt?: string) {
    setPending(action);
    setFailure(null);
    const message = await props.onAction(action, publishAt);
    setPending(null);
    setFailure(message);
    if (!message) setScheduling(null);
  }

  function schedule() {
    if (!scheduling) return;
    const at = instantOf(scheduling.date, scheduling.time);
    if (!(at > Date.now())) return setFailure('发布时间须晚于现在');
    void run('SCHEDULE', new Date(at).toISOString());
  }

  return (
    <View className="zz-card studio-status-panel" data-testid="studio-status-panel">
      <View className="studio-status-panel__head">
        <Text className="studio-status-panel__label">状态</Text>
        <StatusTag status={props.status} />
        <Text className="studio-status-panel__when">{whenLine(props)}</Text>
      </View>
      {props.unsavedHint && props.actions.length > 0 ? (
        <Text className="staff-hint">有未保存的修改，操作前会先保存。</Text>
      ) : null}
      <View className="studio-status-panel__actions">
        {props.actions.map((action) => (
          <Button
            key={action}
            size="sm"
            variant={action === 'PUBLISH' ? 'primary' : action === 'UNPUBLISH' ? 'danger' : 'secondary'}
            loading={pending === action}
            disabled={pending !== null && pending !== action}
            className={`studio-action studio-action--${action.toLowerCase()}`}
            onClick={() => {
              if (action === 'SCHEDULE') {
                setFailure(null);
                setScheduling(nextHour(Date.now()));
              } else void run(action);
            }}
          >
            {CONTENT_ACTION_LABELS[action]}
          </Button>
        ))}
      </View>
      {failure && !scheduling ? (
        <Text className="staff-form__error" data-testid="studio-status-error">
          {failure}
        </Text>
      ) : null}
      {scheduling ? (
        <Dialog
          title="定时发布"
          confirmText="确定定时"
          pending={pending === 'SCHEDULE'}
          error={failure}
          onConfirm={schedule}
          onCancel={() => setScheduling(null)}
          testId="studio-schedule-dialog"
        >
          <DateField
            label="发布日期"
            value={scheduling.date}
            start={businessDateOf(Date.now())}
            onChange={(date) => setScheduling((s) => (s ? { ...s, date } : s))}
            className="studio-schedule__date"
          />
          <TimeField
            label="发布时间（北京时间）"
            value={scheduling.time}
            onChange={(time) => setScheduling((s) => (s ? { ...s, time } : s))}
            className="studio-schedule__time"
          />
          <Text className="staff-hint">到时间后系统自动发布，读者即可看到。</Text>
        </Dialog>
      ) : null}
    </View>
  );
}
