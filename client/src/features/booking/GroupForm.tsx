// 团体预约 for schools and work units: people from a session's group quota, held for staff review. How many is one
// shared rule (groupSizeRange: 10 to 50, and no more than the session's remaining group places) for the notice,
// the form and the server. The roster is pasted as lines of 「姓名 证件号」, each line marked right or wrong as it
// is typed, and the whole request is checked with the shared group model the server parses again. A wrong field
// is scrolled to and focused; the roster waits for the 个人信息保护说明 to be accepted. The same roster field re-enters the roster of an existing
// group booking (修改团体名单) until the deadline.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { NAME_MAX_LENGTH } from '@zz/shared/identity/names';
import { weekdayLabel } from '@zz/shared/time/business-time';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { groupRosterModel, groupVisitModel, ORGANIZATION_MAX_LENGTH } from '@zz/shared/visits/booking-models';
import {
  GROUP_MAX_SIZE,
  GROUP_MIN_SIZE,
  groupSizeLabel,
  groupSizeRange,
  MINORS_PER_ADULT,
} from '@zz/shared/visits/limits';
import { BOOKING_STATUS_LABELS } from '@zz/shared/visits/statuses';
import { useMemo, useState } from 'react';
import { Button } from '../../components/Button';
import { Cell, CellGroup } from '../../components/Cell';
import { DataState, EmptyState } from '../../components/DataState';
import { TextArea, TextField } from '../../components/form/TextField';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { Tag } from '../../components/Tag';
import { describeFailure } from '../../graphql/client';
import { type FieldErrorEntry, isSuccessResult, messagesByPath } from '../../graphql/errors';
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
import { formatDate, todayDate } from '../../lib/format';
import { routes } from '../../lib/navigation';
import { formatTimeRange } from '../exhibitions/booking-rules';
import { SignInGate } from '../session/SignInGate';
import { firstWrongField, useFirstErrorFocus } from './first-error';
import { newIdempotencyKey } from './idempotency';
import { type BookingError, bookingErrorMessage } from './messages';
import { PrivacyConsentCard, usePrivacyConsent } from './PrivacyConsent';
import {
  checkRosterLines,
  NO_ROSTER_ISSUES,
  type ParsedRoster,
  parseRoster,
  placeRosterIssues,
  type RosterIssues,
  rosterCounts,
} from './roster';
import { type BookableSlot, SlotSummary } from './SlotSummary';
import { writeCachedTicket } from './ticket-cache';
import './booking.css';
import { a11y } from '../../components/a11y';

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
const FIELD_KEYS: readonly FieldKey[] = ['organization', 'leaderName', 'leaderPhone'];

/** The server's field errors: the organisation and leader by field, the roster on its lines. */
interface ServerProblems {
  fields: Partial<Record<FieldKey, string>>;
  roster: RosterIssues;
}

const NO_PROBLEMS: ServerProblems = { fields: {}, roster: NO_ROSTER_ISSUES };

function serverProblemsOf(entries: ReadonlyArray<FieldErrorEntry>, roster: ParsedRoster): ServerProblems {
  const fields = messagesByPath(entries.filter((e) => (FIELD_KEYS as readonly string[]).includes(e.path)));
  return { fields, roster: placeRosterIssues(entries, roster) };
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
  const privacy = usePrivacyConsent();
  const focus = useFirstErrorFocus();
  const range = groupSizeRange(slot.groupRemaining);
  const today = todayDate();
  const roster = useMemo(
    () => parseRoster(rosterText, { today, visitDate: slot.visitDate }),
    [rosterText, today, slot.visitDate],
  );
  const model = useMemo(
    () => groupVisitModel({ today, visitDate: slot.visitDate, groupPlaces: slot.groupRemaining }),
    [today, slot.visitDate, slot.groupRemaining],
  );
  const checked = model.safeParse({ organization, leaderName, leaderPhone, roster: roster.candidates, idempotencyKey });
  const found = checked.success ? [] : fieldErrorsOf(checked.error);
  const problems = messagesByPath(found);
  const rosterIssues = placeRosterIssues(found, roster);
  const errorOf = (key: FieldKey) => server.fields[key] ?? (showAll || touched[key] ? problems[key] : null);
  const touch = (key: FieldKey | 'roster') => setTouched((t) => ({ ...t, [key]: true }));

  if (result) return <GroupSubmitted booking={result} />;
  if (!range) {
    return (
      <View>
        <SlotSummary slot={slot} />
        <Notice tone="warning" title={slot.groupRemaining === 0 ? '团体名额已满' : '团体余位不足'}>
          <Text>
            {slot.groupRemaining === 0
              ? '该场次的团体名额已约满，请返回选择其他场次。'
              : `该场次团体余位仅${slot.groupRemaining}人，不足${GROUP_MIN_SIZE}人，请返回选择其他场次。`}
          </Text>
        </Notice>
      </View>
    );
  }

  /** The first field to put right, in the order the form shows them. */
  function firstWrong(fields: Partial<Record<FieldKey, string | null>>, rosterWrong: boolean): string | null {
    const key = firstWrongField([...FIELD_KEYS, 'roster'] as const, (k) =>
      k === 'roster' ? rosterWrong : Boolean(fields[k]),
    );
    return key ? `group-${key}` : null;
  }

  async function submit() {
    setShowAll(true);
    setSubmitError(null);
    if (privacy.status !== 'given') {
      focus.reveal('group-roster');
      void Taro.showToast({ title: '请先阅读并同意个人信息保护说明', icon: 'none' });
      return;
    }
    if (!checked.success) {
      void Taro.showToast({ title: '请检查标红的信息', icon: 'none' });
      const rosterWrong =
        rosterIssues.problems.length > 0 || checkRosterLines(roster, rosterIssues).some((l) => l.errors.length > 0);
      const wrong = firstWrong(problems, rosterWrong);
      if (wrong) focus.reveal(wrong);
      return;
    }
    // What the model made of the form: texts trimmed, numbers and the phone normalised.
    const answer = await request.run({ input: { slotId: slot.id, ...checked.data } });
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
    if (error.__typename === 'InputValidationError') {
      const placed = serverProblemsOf(error.fieldErrors, roster);
      setServer(placed);
      const rosterWrong = placed.roster.problems.length > 0 || Object.keys(placed.roster.lines).length > 0;
      const wrong = firstWrong(placed.fields, rosterWrong);
      if (wrong) focus.reveal(wrong);
    }
    if (error.__typename === 'PrivacyConsentRequiredError') void privacy.refetch();
    setSubmitError(bookingErrorMessage(error));
  }

  return (
    <View className="group-form" data-testid="group-form">
      <SlotSummary slot={slot}>
        <View className="slot-summary__tags">
          <Tag tone="success">{`团体余 ${slot.groupRemaining}`}</Tag>
        </View>
      </SlotSummary>
      <Notice title="团体预约须知">
        <Text>
          {`本场次团体可预约${groupSizeLabel(range)}（每团${GROUP_MIN_SIZE}–${GROUP_MAX_SIZE}人，且不超过团体余位${slot.groupRemaining}人），实名登记；每${MINORS_PER_ADULT}名未成年人至少1名成年人带队。提交后名额为您保留，工作人员审核通过后发放领队入馆码，全团凭此码入馆。`}
        </Text>
      </Notice>
      {submitError ? (
        <Notice tone="accent" title="未能提交">
          <Text data-testid="group-error">{submitError}</Text>
        </Notice>
      ) : null}
      <Section title="单位与领队">
        <TextField
          label="单位/学校名称"
          value={organization}
          placeholder="如：漳州市第一中学"
          maxlength={ORGANIZATION_MAX_LENGTH}
          onChange={(value) => {
            setOrganization(value);
            setServer((s) => ({ ...s, fields: { ...s.fields, organization: undefined } }));
          }}
          onBlur={() => {
            touch('organization');
            focus.release();
          }}
          error={errorOf('organization')}
          id="group-organization"
          focus={focus.focused === 'group-organization'}
          className="group-form__organization"
        />
        <TextField
          label="领队姓名"
          value={leaderName}
          placeholder="带队老师或负责人"
          maxlength={NAME_MAX_LENGTH}
          onChange={(value) => {
            setLeaderName(value);
            setServer((s) => ({ ...s, fields: { ...s.fields, leaderName: undefined } }));
          }}
          onBlur={() => {
            touch('leaderName');
            focus.release();
          }}
          error={errorOf('leaderName')}
          id="group-leaderName"
          focus={focus.focused === 'group-leaderName'}
          className="group-form__leader"
        />
        <TextField
          label="领队手机"
          type="number"
          value={leaderPhone}
          placeholder="用于接收审核结果"
          maxlength={11}
          onChange={(value) => {
            setLeaderPhone(value);
            setServer((s) => ({ ...s, fields: { ...s.fields, leaderPhone: undefined } }));
          }}
          onBlur={() => {
            touch('leaderPhone');
            focus.release();
          }}
          error={errorOf('leaderPhone')}
          id="group-leaderPhone"
          focus={focus.focused === 'group-leaderPhone'}
          className="group-form__phone"
        />
      </Section>
      {privacy.status === 'given' ? (
        <RosterField
          text={rosterText}
          onChange={(text) => {
            setRosterText(text);
            setServer((s) => ({ ...s, roster: NO_ROSTER_ISSUES }));
          }}
          onBlur={() => {
            touch('roster');
            focus.release();
          }}
          roster={roster}
          issues={rosterIssues}
          showErrors={showAll || touched.roster}
          serverIssues={server.roster}
          sizeLabel={groupSizeLabel(range)}
          focus={focus.focused === 'group-roster'}
        />
      ) : (
        <View id="group-roster">
          <Section title="参观名单">
            <PrivacyConsentCard consent={privacy} />
          </Section>
        </View>
      )}
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
  /** The whole-roster model's messages (size, duplicates, adult ratio), placed on lines. */
  issues: RosterIssues;
  /** Whether the roster's own problems (size, adult ratio) show while it is still empty: after a submit. */
  showErrors: boolean;
  serverIssues: RosterIssues;
  /** The sizes groupSizeRange allows here, e.g. '10–30人'. */
  sizeLabel: string;
  focus?: boolean;
}) {
  const { roster, issues, serverIssues } = props;
  const problems = [...new Set([...issues.problems, ...serverIssues.problems])];
  // Every line is judged as it is typed; the counts come from the same judgement, so they add up.
  const lines = checkRosterLines(roster, issues, serverIssues);
  const counts = rosterCounts(lines);
  // The roster's own problems (size, adult ratio) show as soon as it has a line, like each line's: shown only when
  // the field is left, they would push the submit button down under the finger that is tapping it.
  const showProblems = props.showErrors || lines.length > 0;
  return (
    <Section title="参观名单" className="roster-field">
      <Text className="roster-field__help">
        {`每行一人：姓名 证件号（居民身份证）。其他证件写明类型，如「李四 护照 E12345678」；持其他证件的未成年人在行末加「未成年」。本场次共${props.sizeLabel}。`}
      </Text>
      <TextArea
        id="group-roster"
        className="roster-field__input"
        size="xl"
        invalid={counts.wrong > 0 || (showProblems && problems.length > 0)}
        value={props.text}
        maxlength={-1}
        placeholder={'张三 350602199001011235\n李四 350602201001011235'}
        onChange={props.onChange}
        onBlur={props.onBlur}
        focus={props.focus}
      />
      <Text className="roster-field__count" data-testid="roster-count" aria-live="polite">
        {counts.people === 0
          ? `尚未填写（本场次可${props.sizeLabel}）`
          : `共 ${counts.people} 人：${counts.right} 人无误（成人 ${counts.adults}，未成年 ${counts.minors}）${
              counts.wrong > 0 ? `，${counts.wrong} 人有误` : ''
            }；本场次可${props.sizeLabel}`}
      </Text>
      {showProblems && problems.length > 0 ? (
        <View className="roster-field__errors" data-testid="roster-errors">
          {problems.map((problem) => (
            <Text key={problem} className="zz-field__error">
              {problem}
            </Text>
          ))}
        </View>
      ) : null}
      {lines.length > 0 ? (
        <View className="roster-lines" data-testid="roster-lines">
          {lines.map((line) => {
            const ok = line.errors.length === 0;
            return (
              <View
                key={line.lineNumber}
                className={cx('roster-line', ok ? 'roster-line--ok' : 'roster-line--wrong')}
                data-testid="roster-line"
                data-ok={ok ? 'true' : 'false'}
              >
                <Text className="roster-line__mark" {...a11y({ label: ok ? '正确' : '有误' })}>
                  {ok ? '✓' : '✗'}
                </Text>
                <View className="roster-line__text">
                  <Text className="roster-line__person">{`第${line.lineNumber}行 ${line.text}${line.isMinor ? '（未成年）' : ''}`}</Text>
                  {ok ? null : <Text className="roster-line__reason">{line.errors.join('；')}</Text>}
                </View>
              </View>
            );
          })}
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
  const [serverIssues, setServerIssues] = useState<RosterIssues>(NO_ROSTER_ISSUES);
  const [error, setError] = useState<string | null>(null);
  const update = useMutation(UpdateGroupRosterDocument);
  const today = todayDate();
  const roster = useMemo(
    () => parseRoster(text, { today, visitDate: booking.visitDate }),
    [text, today, booking.visitDate],
  );
  // The group's own places count as available to it: what is left of the session's group places plus its own.
  const slotQuery = useQuery(BookingSlotDocument, { id: booking.slot.id });
  const groupRemaining = slotQuery.state.status === 'success' ? slotQuery.state.data.slot?.groupRemaining : undefined;
  const groupPlaces = groupRemaining === undefined ? GROUP_MAX_SIZE : groupRemaining + booking.partySize;
  const model = useMemo(
    () => groupRosterModel({ today, visitDate: booking.visitDate, groupPlaces }),
    [today, booking.visitDate, groupPlaces],
  );
  const checked = model.safeParse(roster.candidates);
  const issues = checked.success ? NO_ROSTER_ISSUES : placeRosterIssues(fieldErrorsOf(checked.error, 'roster'), roster);

  async function submit() {
    setShowAll(true);
    setError(null);
    if (!checked.success) return;
    const answer = await update.run({ bookingId: booking.id, roster: checked.data });
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
    if (payload.__typename === 'InputValidationError') setServerIssues(placeRosterIssues(payload.fieldErrors, roster));
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
          setServerIssues(NO_ROSTER_ISSUES);
        }}
        onBlur={() => undefined}
        roster={roster}
        issues={issues}
        showErrors={showAll}
        serverIssues={serverIssues}
        sizeLabel={groupSizeLabel(groupSizeRange(groupPlaces) ?? { min: GROUP_MIN_SIZE, max: GROUP_MIN_SIZE })}
      />
      <Button block loading={update.pending} onClick={() => void submit()}>
        提交新名单
      </Button>
    </View>
  );
}
