// 团体预约 for schools and work units: 10–50 people from a session's group quota, held for staff review.
// The roster is pasted as lines of 「姓名 证件号」 and checked line by line; the same roster field re-enters
// the roster of an existing group booking (修改团体名单) until the deadline.
import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  BOOKING_STATUS_LABELS,
  GROUP_MAX_SIZE,
  GROUP_MIN_SIZE,
  MINORS_PER_ADULT,
  nameMessage,
  normalizePhone,
  phoneMessage,
  weekdayLabel,
} from '@zz/shared';
import { type ReactNode, useMemo, useState } from 'react';
import { Button } from '../../components/Button';
import { Cell, CellGroup } from '../../components/Cell';
import { DataState, EmptyState } from '../../components/DataState';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { Tag } from '../../components/Tag';
import { describeFailure } from '../../graphql/client';
import { isSuccessResult } from '../../graphql/errors';
import {
  BookingDocument,
  BookingSlotDocument,
  RequestGroupVisitDocument,
  type TicketFieldsFragment,
  UpdateGroupRosterDocument,
} from '../../graphql/generated/booking/operations';
import { useMutation } from '../../graphql/use-mutation';
import { useQuery } from '../../graphql/use-query';
import { cx } from '../../lib/cx';
import { formatDate } from '../../lib/format';
import { routes } from '../../lib/navigation';
import { formatTimeRange } from '../exhibitions/booking-rules';
import { newIdempotencyKey } from './idempotency';
import { type BookingError, bookingErrorMessage } from './messages';
import { type ParsedRoster, parseRoster } from './roster';
import { SignInGate } from './SignInGate';
import { type BookableSlot, SlotSummary } from './SlotSummary';
import { writeCachedTicket } from './ticket-cache';
import './booking.css';

const ORGANIZATION_MAX = 60;

export function GroupForm({ slotId, bookingId }: { slotId?: string; bookingId?: string }) {
  if (!slotId && !bookingId) return <EmptyState text="未指定场次，请从展览页选择团体预约的场次" />;
  return (
    <SignInGate reason="登录后即可提交团体预约，审核结果会在「我的预约」中显示。">
      {() => (bookingId ? <RosterEditor bookingId={bookingId} /> : <NewGroup slotId={slotId as string} />)}
    </SignInGate>
  );
}

function NewGroup({ slotId }: { slotId: string }) {
  const query = useQuery(BookingSlotDocument, { id: slotId });
  return (
    <DataState
      state={query.state}
      onRetry={query.refetch}
      isEmpty={(data) => !data.slot?.exhibition}
      emptyText="该场次不存在或已下线"
    >
      {(data) => (data.slot ? <GroupRequest slot={data.slot} /> : null)}
    </DataState>
  );
}

type FieldKey = 'organization' | 'leaderName' | 'leaderPhone';

interface ServerProblems {
  fields: Partial<Record<FieldKey, string>>;
  /** Messages per roster line number. */
  lines: Record<number, string[]>;
}

const NO_PROBLEMS: ServerProblems = { fields: {}, lines: {} };

/** `roster.3.documentNumber` names the 4th visitor sent, which is the 4th non-empty line. */
function serverProblemsOf(entries: ReadonlyArray<{ path: string; message: string }>, roster: ParsedRoster) {
  const out: ServerProblems = { fields: {}, lines: {} };
  for (const entry of entries) {
    const match = entry.path.match(/^roster\.(\d+)\./);
    const line = match ? roster.lines[Number(match[1])] : undefined;
    if (line) out.lines[line.lineNumber] = [...(out.lines[line.lineNumber] ?? []), entry.message];
    else if (entry.path === 'organization' || entry.path === 'leaderName' || entry.path === 'leaderPhone') {
      out.fields[entry.path] = entry.message;
    }
  }
  return out;
}

function GroupRequest({ slot }: { slot: BookableSlot }) {
  const [organization, setOrganization] = useState('');
  const [leaderName, setLeaderName] = useState('');
  const [leaderPhone, setLeaderPhone] = useState('');
  const [rosterText, setRosterText] = useState('');
  const [touched, setTouched] = useState<Record<FieldKey | 'roster', boolean>>({
    organization: false,
    leaderName: false,
    leaderPhone: false,
    roster: false,
  });
  const [showAll, setShowAll] = useState(false);
  const [server, setServer] = useState<ServerProblems>(NO_PROBLEMS);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [result, setResult] = useState<TicketFieldsFragment | null>(null);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const request = useMutation(RequestGroupVisitDocument);
  const roster = useMemo(() => parseRoster(rosterText, slot.visitDate), [rosterText, slot.visitDate]);

  const problems: Record<FieldKey, string | null> = {
    organization:
      organization.trim().length === 0
        ? '请填写单位或学校名称'
        : organization.trim().length > ORGANIZATION_MAX
          ? `名称不能超过${ORGANIZATION_MAX}个字`
          : null,
    leaderName: nameMessage(leaderName),
    leaderPhone: phoneMessage(leaderPhone),
  };
  const errorOf = (key: FieldKey) => server.fields[key] ?? (showAll || touched[key] ? problems[key] : null);
  const touch = (key: FieldKey | 'roster') => setTouched((t) => ({ ...t, [key]: true }));

  if (result) return <GroupSubmitted booking={result} />;
  if (slot.groupRemaining === 0) {
    return (
      <View>
        <SlotSummary slot={slot} />
        <Notice tone="warning" title="团体名额已满">
          <Text>该场次的团体名额已约满，请返回选择其他场次。</Text>
        </Notice>
      </View>
    );
  }

  async function submit() {
    setShowAll(true);
    setSubmitError(null);
    if (Object.values(problems).some(Boolean) || !roster.valid) {
      void Taro.showToast({ title: '请检查标红的信息', icon: 'none' });
      return;
    }
    const answer = await request.run({
      input: {
        slotId: slot.id,
        organization: organization.trim(),
        leaderName: leaderName.trim(),
        leaderPhone: normalizePhone(leaderPhone),
        roster: roster.visitors,
        idempotencyKey,
      },
    });
    if (!answer.ok) {
      setSubmitError(`${describeFailure(answer.failure)}。若刚才已提交成功，再次提交不会重复提交。`);
      return;
    }
    const payload = answer.data.requestGroupVisit;
    if (isSuccessResult(payload)) {
      writeCachedTicket(payload.data);
      setResult(payload.data);
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
      return;
    }
    explain(payload);
  }

  function explain(error: BookingError) {
    if (error.__typename === 'InputValidationError') setServer(serverProblemsOf(error.fieldErrors ?? [], roster));
    setSubmitError(bookingErrorMessage(error));
  }

  const field = (key: FieldKey, label: string, input: ReactNode) => (
    <View className="zz-field">
      <Text className="zz-field__label">{label}</Text>
      {input}
      {errorOf(key) ? <Text className="zz-field__error">{errorOf(key)}</Text> : null}
    </View>
  );

  return (
    <View className="group-form" data-testid="group-form">
      <SlotSummary slot={slot}>
        <View className="slot-summary__tags">
          <Tag tone="success">{`团体余 ${slot.groupRemaining}`}</Tag>
        </View>
      </SlotSummary>
      <Notice title="团体预约须知">
        <Text>
          {`${GROUP_MIN_SIZE}–${GROUP_MAX_SIZE}人，实名登记；每${MINORS_PER_ADULT}名未成年人至少1名成年人带队。提交后名额为您保留，工作人员审核通过后发放领队入馆码，全团凭此码入馆。`}
        </Text>
      </Notice>
      {submitError ? (
        <Notice tone="accent" title="未能提交">
          <Text data-testid="group-error">{submitError}</Text>
        </Notice>
      ) : null}
      <Section title="单位与领队">
        {field(
          'organization',
          '单位/学校名称',
          <Input
            className={cx('zz-input', errorOf('organization') && 'zz-input--invalid', 'group-form__organization')}
            value={organization}
            placeholder="如：漳州市第一中学"
            maxlength={ORGANIZATION_MAX}
            onInput={(event) => {
              setOrganization(event.detail.value);
              setServer((s) => ({ ...s, fields: { ...s.fields, organization: undefined } }));
            }}
            onBlur={() => touch('organization')}
          />,
        )}
        {field(
          'leaderName',
          '领队姓名',
          <Input
            className={cx('zz-input', errorOf('leaderName') && 'zz-input--invalid', 'group-form__leader')}
            value={leaderName}
            placeholder="带队老师或负责人"
            maxlength={30}
            onInput={(event) => {
              setLeaderName(event.detail.value);
              setServer((s) => ({ ...s, fields: { ...s.fields, leaderName: undefined } }));
            }}
            onBlur={() => touch('leaderName')}
          />,
        )}
        {field(
          'leaderPhone',
          '领队手机',
          <Input
            className={cx('zz-input', errorOf('leaderPhone') && 'zz-input--invalid', 'group-form__phone')}
            type="number"
            value={leaderPhone}
            placeholder="用于接收审核结果"
            maxlength={11}
            onInput={(event) => {
              setLeaderPhone(event.detail.value);
              setServer((s) => ({ ...s, fields: { ...s.fields, leaderPhone: undefined } }));
            }}
            onBlur={() => touch('leaderPhone')}
          />,
        )}
      </Section>
      <RosterField
        text={rosterText}
        onChange={(text) => {
          setRosterText(text);
          setServer((s) => ({ ...s, lines: {} }));
        }}
        onBlur={() => touch('roster')}
        roster={roster}
        showErrors={showAll || touched.roster}
        serverLines={server.lines}
      />
      <Button block loading={request.pending} onClick={() => void submit()} className="group-form__submit">
        提交团体预约
      </Button>
    </View>
  );
}

function RosterField(props: {
  text: string;
  onChange: (text: string) => void;
  onBlur: () => void;
  roster: ParsedRoster;
  showErrors: boolean;
  serverLines: Record<number, string[]>;
}) {
  const { roster } = props;
  const lineErrors = roster.lines
    .map((line) => ({ line, errors: [...line.errors, ...(props.serverLines[line.lineNumber] ?? [])] }))
    .filter((entry) => entry.errors.length > 0);
  const people = roster.visitors.length;
  return (
    <Section title="参观名单" className="roster-field">
      <Text className="roster-field__help">
        {`每行一人：姓名 证件号（居民身份证）。其他证件写明类型，如「李四 护照 E12345678」；持其他证件的未成年人在行末加「未成年」。共${GROUP_MIN_SIZE}–${GROUP_MAX_SIZE}人。`}
      </Text>
      <Textarea
        className={cx('zz-input', 'roster-field__input', props.showErrors && !roster.valid && 'zz-input--invalid')}
        value={props.text}
        maxlength={-1}
        placeholder={'张三 350602199001011235\n李四 350602201001011235'}
        onInput={(event) => props.onChange(event.detail.value)}
        onBlur={props.onBlur}
      />
      <Text className="roster-field__count" data-testid="roster-count">
        {roster.lines.length === 0
          ? '尚未填写'
          : `已填写 ${roster.lines.length} 行，识别 ${people} 人（成人 ${people - roster.minors}，未成年 ${roster.minors}）`}
      </Text>
      {props.showErrors ? (
        <View className="roster-field__errors" data-testid="roster-errors">
          {roster.problems.map((problem) => (
            <Text key={problem} className="zz-field__error">
              {problem}
            </Text>
          ))}
          {lineErrors.map(({ line, errors }) => (
            <Text key={line.lineNumber} className="zz-field__error roster-field__line-error">
              {`第${line.lineNumber}行「${line.text}」：${errors.join('；')}`}
            </Text>
          ))}
        </View>
      ) : null}
    </Section>
  );
}

function GroupSubmitted({ booking }: { booking: TicketFieldsFragment }) {
  return (
    <View className="group-submitted" data-testid="group-submitted">
      <View className="group-submitted__head">
        <Text className="group-submitted__title">团体预约已提交</Text>
        <Tag tone="warning">{BOOKING_STATUS_LABELS[booking.status]}</Tag>
      </View>
      <Notice tone="warning" title="审核中">
        <Text>名额已为您保留。工作人员审核通过后，可在「我的预约」中查看领队入馆二维码，全团凭此码入馆。</Text>
      </Notice>
      <CellGroup>
        <Cell label="预约号" value={booking.reference} />
        <Cell label="展览" value={booking.exhibition?.title} />
        <Cell
          label="时间"
          value={`${formatDate(booking.visitDate)} ${weekdayLabel(booking.visitDate)} ${formatTimeRange(
            booking.slot.startAt,
            booking.slot.endAt,
          )}`}
        />
        {booking.organization ? <Cell label="单位" value={booking.organization} /> : null}
        <Cell label="人数" value={`${booking.partySize}人`} />
      </CellGroup>
      <Button block onClick={() => void Taro.redirectTo({ url: routes.bookingTicket(booking.id) })}>
        查看预约详情
      </Button>
    </View>
  );
}

function RosterEditor({ bookingId }: { bookingId: string }) {
  const query = useQuery(BookingDocument, { id: bookingId });
  return (
    <DataState
      state={query.state}
      onRetry={query.refetch}
      isEmpty={(data) => data.booking?.kind !== 'GROUP'}
      emptyText="未找到该团体预约"
    >
      {(data) => (data.booking ? <RosterUpdate booking={data.booking} /> : null)}
    </DataState>
  );
}

function RosterUpdate({ booking }: { booking: TicketFieldsFragment }) {
  const [text, setText] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [serverLines, setServerLines] = useState<Record<number, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const update = useMutation(UpdateGroupRosterDocument);
  const roster = useMemo(() => parseRoster(text, booking.visitDate), [text, booking.visitDate]);

  async function submit() {
    setShowAll(true);
    setError(null);
    if (!roster.valid) return;
    const answer = await update.run({ bookingId: booking.id, roster: roster.visitors });
    if (!answer.ok) {
      setError(describeFailure(answer.failure));
      return;
    }
    const payload = answer.data.updateGroupRoster;
    if (isSuccessResult(payload)) {
      writeCachedTicket(payload.data);
      void Taro.showToast({ title: '名单已更新', icon: 'success' });
      void Taro.redirectTo({ url: routes.bookingTicket(booking.id) });
      return;
    }
    if (payload.__typename === 'InputValidationError')
      setServerLines(serverProblemsOf(payload.fieldErrors, roster).lines);
    setError(bookingErrorMessage(payload));
  }

  return (
    <View className="group-form" data-testid="group-roster-form">
      <View className="slot-summary">
        <Text className="slot-summary__title">{booking.exhibition?.title ?? '展览'}</Text>
        <Text className="slot-summary__when">
          {`${formatDate(booking.visitDate)} ${weekdayLabel(booking.visitDate)} · ${formatTimeRange(
            booking.slot.startAt,
            booking.slot.endAt,
          )}`}
        </Text>
        <Text className="slot-summary__where">{`${booking.organization ?? ''} · 现有${booking.partySize}人`}</Text>
      </View>
      <Notice title="修改团体名单">
        <Text>为保护个人信息，原名单仅显示部分号码，请重新填写完整名单，提交后将替换原名单。</Text>
      </Notice>
      {error ? (
        <Notice tone="accent" title="未能提交">
          <Text>{error}</Text>
        </Notice>
      ) : null}
      <RosterField
        text={text}
        onChange={(next) => {
          setText(next);
          setServerLines({});
        }}
        onBlur={() => undefined}
        roster={roster}
        showErrors={showAll}
        serverLines={serverLines}
      />
      <Button block loading={update.pending} onClick={() => void submit()}>
        提交新名单
      </Button>
    </View>
  );
}
