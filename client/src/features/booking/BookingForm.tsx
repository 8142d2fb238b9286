// 预约参观 for one session: choose saved 常用参观人 and/or type new visitors, a mobile number, then confirm. The
// confirmation shows what the citizen typed, in full (their own input on their own phone; the server only ever
// answers masked). Typing a document number waits for the 个人信息保护说明 to be accepted; a wrong field is scrolled
// to and focused.
// The same form joins the session's waiting list (加入候补) when it is full. One idempotency key per form:
// retrying after a timeout returns the booking the first attempt made instead of booking twice.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DOCUMENT_TYPE_LABELS, normalizeDocumentNumber } from '@zz/shared/identity/documents';
import { normalizePhone } from '@zz/shared/identity/phone';
import { FREQUENT_VISITOR_CONSENT_TEXT } from '@zz/shared/privacy/notice';
import { weekdayLabel } from '@zz/shared/time/business-time';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { bookingModel } from '@zz/shared/visits/booking-models';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { Cell, CellGroup } from '../../components/Cell';
import { DataState, EmptyState } from '../../components/DataState';
import { SwitchField } from '../../components/form/SwitchField';
import { TextField } from '../../components/form/TextField';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { Tag } from '../../components/Tag';
import { describeFailure, type GraphQLFailure } from '../../graphql/client';
import { type FieldErrorEntry, isSuccessResult, messagesByPath } from '../../graphql/errors';
import {
  BookingSlotDocument,
  CreateBookingDocument,
  type FrequentVisitorFieldsFragment,
  FrequentVisitorsDocument,
  type FrequentVisitorsQuery,
  JoinWaitlistDocument,
} from '../../graphql/generated/booking/operations';
import { useMutation } from '../../graphql/use-mutation';
import { type QueryHandle, useQuery } from '../../graphql/use-query';
import { cx } from '../../lib/cx';
import { formatDate, todayDate } from '../../lib/format';
import { routes } from '../../lib/navigation';
import { formatMinutes, formatPlace, formatTimeRange } from '../exhibitions/booking-rules';
import { useSubscriptionAsk } from '../notifications/subscribe';
import { SignInGate } from '../session/SignInGate';
import { firstWrongField, useFirstErrorFocus } from './first-error';
import { newIdempotencyKey } from './idempotency';
import { type BookingError, bookingErrorMessage } from './messages';
import { PreviousParty, usePreviousParty } from './PreviousParty';
import { ConsentCheck, PrivacyConsentCard, usePrivacyConsent } from './PrivacyConsent';
import { type BookableSlot, SlotSummary } from './SlotSummary';
import { writeCachedTicket } from './ticket-cache';
import {
  emptyDraft,
  type VisitorDraft,
  VisitorFields,
  type VisitorMessages,
  visitorFieldId,
  visitorOf,
} from './VisitorFields';
import './booking.css';
import { a11y } from '../../components/a11y';

type Mode = 'book' | 'waitlist';

export function BookingForm({ slotId, waitlist }: { slotId: string | undefined; waitlist: boolean }) {
  if (!slotId) return <EmptyState text="未指定场次，请从展览页选择日期和场次" />;
  return (
    <SignInGate reason="登录后即可预约参观，预约成功后电子票保存在「我的预约」中。">
      {() => <SlotLoader slotId={slotId} initialMode={waitlist ? 'waitlist' : 'book'} />}
    </SignInGate>
  );
}

function SlotLoader({ slotId, initialMode }: { slotId: string; initialMode: Mode }) {
  const query = useQuery(BookingSlotDocument, { id: slotId });
  return (
    <DataState
      state={query.state}
      onRetry={query.refetch}
      isEmpty={(data) => !data.slot?.exhibition}
      emptyText="该场次不存在或已下线"
    >
      {(data) => (data.slot ? <FormBody slot={data.slot} initialMode={initialMode} /> : null)}
    </DataState>
  );
}

/** The server's field errors, placed on what the citizen sees: a typed visitor, a saved one, the phone. */
interface ServerErrors {
  phone?: string;
  /** The party as a whole (how many people). */
  visitors?: string;
  drafts: Record<string, VisitorMessages>;
  /** By frequent visitor id. */
  saved: Record<string, string>;
}

const NO_SERVER_ERRORS: ServerErrors = { drafts: {}, saved: {} };

interface SubmitError {
  message: string;
  /** A way out the error suggests: a full session can be waited for; a session with places can be booked. */
  switchTo?: Mode;
}

function FormBody({ slot, initialMode }: { slot: BookableSlot; initialMode: Mode }) {
  const policy = slot.exhibition?.bookingPolicy;
  const max = policy?.maxVisitors ?? 1;
  const [mode, setMode] = useState<Mode>(initialMode);
  const [step, setStep] = useState<'edit' | 'confirm'>('edit');
  const [selected, setSelected] = useState<string[]>([]);
  const [drafts, setDrafts] = useState<VisitorDraft[]>([]);
  const [phone, setPhone] = useState('');
  const [phoneTouched, setPhoneTouched] = useState(false);
  const [saveVisitors, setSaveVisitors] = useState(false);
  const [visitorsConsent, setVisitorsConsent] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [serverErrors, setServerErrors] = useState<ServerErrors>(NO_SERVER_ERRORS);
  const [submitError, setSubmitError] = useState<SubmitError | null>(null);
  // Made once for this form and reused by every retry of its submission.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const createBooking = useMutation(CreateBookingDocument);
  const joinWaitlist = useMutation(JoinWaitlistDocument);
  const pending = createBooking.pending || joinWaitlist.pending;
  const askSubscriptions = useSubscriptionAsk();
  const privacy = usePrivacyConsent();
  const focus = useFirstErrorFocus();

  const frequent = useQuery(FrequentVisitorsDocument, {});
  const previous = usePreviousParty();
  const saved = frequent.state.status === 'success' ? frequent.state.data.frequentVisitors : [];
  // Nobody saved yet (or the list did not load): start with one empty visitor to fill in.
  const seeded = useRef(false);
  const frequentStatus = frequent.state.status;
  const savedCount = saved.length;
  // 再次预约 brings its party along: no empty visitor to fill in then.
  const bringsParty = previous.bookingId !== null;
  useEffect(() => {
    if (seeded.current || bringsParty) return;
    if (frequentStatus === 'failure' || (frequentStatus === 'success' && savedCount === 0)) {
      seeded.current = true;
      setDrafts((current) => (current.length === 0 ? [emptyDraft()] : current));
    } else if (frequentStatus === 'success') {
      seeded.current = true;
    }
  }, [frequentStatus, savedCount, bringsParty]);

  const count = selected.length + drafts.length + previous.placeholders.length;
  // The model the server parses again: 1 to maxVisitors people in all, each document once, and a phone.
  // Births are judged against this device's today; the server judges again by its own clock.
  const today = todayDate();
  const model = useMemo(() => bookingModel({ maxVisitors: max, today }), [max, today]);
  const values = {
    frequentVisitorIds: [...selected, ...previous.placeholders],
    visitors: drafts.map(visitorOf),
    phone,
  };
  const checked = model.safeParse(values);
  const problems = checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error));
  const problemsOf = (index: number): VisitorMessages => ({
    name: problems[`visitors.${index}.name`],
    documentNumber: problems[`visitors.${index}.documentNumber`],
  });
  const phoneError = serverErrors.phone ?? (showAll || phoneTouched ? problems.phone : null);
  const partyError = serverErrors.visitors ?? (showAll ? problems.visitors : null);
  const saving = saveVisitors && drafts.length > 0;
  const consentMissing = saving && !visitorsConsent;

  if (!policy?.bookingEnabled) {
    return (
      <Notice tone="warning" title="暂未开放线上预约">
        <Text>本展览暂不接受线上预约，请按开放时间到馆参观，或致电咨询。</Text>
      </Notice>
    );
  }
  if (slot.status === 'CLOSED') {
    return (
      <Notice tone="warning" title="该场次已关闭">
        <Text>{slot.closedReason ? `${slot.closedReason}。请返回选择其他场次。` : '请返回选择其他场次。'}</Text>
      </Notice>
    );
  }

  function updateDraft(next: VisitorDraft) {
    setDrafts((current) => current.map((d) => (d.key === next.key ? next : d)));
    setServerErrors((errors) => ({ ...errors, drafts: { ...errors.drafts, [next.key]: {} } }));
  }

  function toggleSaved(id: string) {
    setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
    setServerErrors((errors) => ({ ...errors, visitors: undefined, saved: {} }));
  }

  /** The first field to put right, in the order the form shows them: each typed visitor, the party, consent, phone. */
  function firstWrong(errors: ServerErrors): string | null {
    for (const [index, draft] of drafts.entries()) {
      const own = { ...problemsOf(index), ...errors.drafts[draft.key] };
      const field = firstWrongField(['name', 'documentNumber'] as const, (key) => Boolean(own[key]));
      if (field) return visitorFieldId(draft, field);
    }
    if (errors.visitors || problems.visitors || Object.keys(errors.saved).length > 0) return 'booking-party';
    if (consentMissing) return 'booking-visitors-consent';
    if (errors.phone || problems.phone) return 'booking-phone';
    return null;
  }

  function next() {
    setShowAll(true);
    setSubmitError(null);
    if (privacy.status !== 'given') {
      focus.reveal('booking-privacy');
      void Taro.showToast({ title: '请先阅读并同意个人信息保护说明', icon: 'none' });
      return;
    }
    const wrong = checked.success ? (consentMissing ? 'booking-visitors-consent' : null) : firstWrong(serverErrors);
    if (wrong) {
      // The toast says why; the scroll and the cursor say where.
      void Taro.showToast({ title: '请检查标红的信息', icon: 'none' });
      focus.reveal(wrong);
      return;
    }
    setStep('confirm');
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
  }

  function failedToSend(failure: GraphQLFailure) {
    // The booking may have been made before the answer was lost; the same key makes the retry safe.
    const retry = mode === 'book' ? '若刚才已预约成功，再次提交不会重复预约。' : '请稍后再次提交。';
    setSubmitError({ message: `${describeFailure(failure)}。${retry}` });
  }

  function explain(error: BookingError) {
    if (error.__typename === 'InputValidationError') {
      const placed = serverErrorsOf(error.fieldErrors, drafts, selected);
      setServerErrors(placed);
      setStep('edit');
      setSubmitError({ message: bookingErrorMessage(error) });
      const wrong = firstWrong(placed);
      if (wrong) focus.reveal(wrong);
      return;
    }
    if (error.__typename === 'PrivacyConsentRequiredError') {
      // Withdrawn (or the notice changed) since the form opened: back to the card that asks again.
      void privacy.refetch();
      setStep('edit');
    }
    if (error.__typename === 'VisitorConsentRequiredError') setStep('edit');
    const switchTo =
      mode === 'book' && error.__typename === 'SlotFullError' && !error.remaining
        ? 'waitlist'
        : error.__typename === 'WaitlistNotAvailableError' && error.waitlistReason === 'SLOT_HAS_PLACES'
          ? 'book'
          : undefined;
    if (error.__typename === 'DuplicateVisitorError') setStep('edit');
    setSubmitError({ message: bookingErrorMessage(error), switchTo });
  }

  async function submit() {
    // First, before any await: WeChat shows its dialog only inside the tap. Not awaited, the booking goes on.
    void askSubscriptions(
      mode === 'book' ? ['BOOKING_RESULT', 'VISIT_REMINDER', 'WAITLIST_RESULT'] : ['WAITLIST_RESULT'],
    );
    setSubmitError(null);
    if (!checked.success) return setStep('edit');
    // What the model made of the form: names trimmed, numbers and the phone normalised.
    const input = { slotId: slot.id, ...checked.data, frequentVisitorIds: selected };
    if (mode === 'book') {
      const result = await createBooking.run({
        input: {
          ...input,
          ...previous.bookingInput,
          idempotencyKey,
          saveVisitors: saving,
          visitorsConsent: saving && visitorsConsent,
        },
      });
      if (!result.ok) return failedToSend(result.failure);
      const payload = result.data.createBooking;
      if (!isSuccessResult(payload)) return explain(payload);
      writeCachedTicket(payload.data);
      void Taro.redirectTo({ url: routes.bookingTicket(payload.data.id, { justBooked: true }) });
      return;
    }
    const result = await joinWaitlist.run({ input });
    if (!result.ok) return failedToSend(result.failure);
    const payload = result.data.joinWaitlist;
    if (!isSuccessResult(payload)) return explain(payload);
    const position = payload.data.position;
    void Taro.showToast({ title: position ? `已加入候补，第${position}位` : '已加入候补', icon: 'none' });
    void Taro.redirectTo({ url: routes.myBookings() });
  }

  const errorNotice = submitError ? (
    <Notice tone="accent" title="未能提交" className="booking-form__error">
      <Text data-testid="booking-error">{submitError.message}</Text>
      {submitError.switchTo ? (
        <View className="booking-form__switch">
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              setMode(submitError.switchTo ?? mode);
              setSubmitError(null);
              setStep('edit');
            }}
          >
            {submitError.switchTo === 'waitlist' ? '改为加入候补' : '改为直接预约'}
          </Button>
        </View>
      ) : null}
    </Notice>
  ) : null;

  if (step === 'confirm') {
    return (
      <View className="booking-confirm" data-testid="booking-confirm">
        <Text className="booking-confirm__title">{mode === 'book' ? '请核对预约信息' : '请核对候补信息'}</Text>
        <CellGroup>
          <Cell label="展览" value={slot.exhibition?.title} />
          <Cell label="日期" value={`${formatDate(slot.visitDate)} ${weekdayLabel(slot.visitDate)}`} />
          <Cell label="场次" value={formatTimeRange(slot.startAt, slot.endAt)} />
          <Cell label="地点" value={formatPlace(slot.exhibition?.branch.name, slot.exhibition?.venue)} />
          <Cell label="手机号码" value={normalizePhone(phone)} />
        </CellGroup>
        <Section title={`参观人（${count}人）`}>
          <PreviousParty party={previous} />
          <CellGroup className="booking-confirm__visitors">
            {saved
              .filter((v) => selected.includes(v.id))
              .map((v) => (
                <Cell key={v.id} label={v.name} hint={`${DOCUMENT_TYPE_LABELS[v.documentType]} ${v.documentNumber}`} />
              ))}
            {/* As typed, in full: the citizen checks their own input before it leaves the phone. */}
            {drafts.map((d) => (
              <Cell
                key={d.key}
                label={d.name.trim()}
                hint={`${DOCUMENT_TYPE_LABELS[d.documentType]} ${normalizeDocumentNumber(d.documentType, d.documentNumber)}`}
              />
            ))}
          </CellGroup>
        </Section>
        <Notice tone="warning" className="booking-confirm__rules">
          <Text>
            {mode === 'book'
              ? `场次开始前${formatMinutes(policy.cancelCutoffMinutes)}可免费取消，之后取消或未到场将计为一次未到场。`
              : `有名额时将为您保留${formatMinutes(policy.waitlistHoldMinutes)}，请在「我的预约」中及时确认，逾期名额顺延给下一位。`}
          </Text>
        </Notice>
        {errorNotice}
        <Button block loading={pending} onClick={() => void submit()} className="booking-confirm__submit">
          {mode === 'book' ? '确认预约' : '确认加入候补'}
        </Button>
        <Button
          block
          variant="ghost"
          disabled={pending}
          onClick={() => setStep('edit')}
          className="booking-confirm__back"
        >
          返回修改
        </Button>
      </View>
    );
  }

  return (
    <View className="booking-form" data-testid="booking-form" data-mode={mode}>
      <SlotSummary slot={slot}>
        <View className="slot-summary__tags">
          {slot.remaining > 0 ? <Tag tone="success">{`余 ${slot.remaining}`}</Tag> : <Tag tone="accent">约满</Tag>}
          {mode === 'waitlist' ? <Tag tone="warning">候补</Tag> : null}
        </View>
      </SlotSummary>
      {mode === 'book' && slot.remaining === 0 ? (
        <Notice tone="warning" title="该场次已约满">
          <Text>可加入候补，有观众取消时按顺序为您保留名额。</Text>
          <View className="booking-form__switch">
            <Button size="sm" variant="secondary" onClick={() => setMode('waitlist')}>
              加入候补
            </Button>
          </View>
        </Notice>
      ) : null}
      {mode === 'waitlist' ? (
        <Notice title="加入候补" className="booking-form__waitlist">
          <Text>
            {`有观众取消时，按候补顺序为您保留名额${formatMinutes(policy.waitlistHoldMinutes)}，请留意「我的预约」并及时确认。`}
          </Text>
          {slot.remaining > 0 ? (
            <View className="booking-form__switch">
              <Button size="sm" variant="secondary" onClick={() => setMode('book')}>
                该场次尚有名额，直接预约
              </Button>
            </View>
          ) : null}
        </Notice>
      ) : null}
      {errorNotice}

      <Section title={`参观人（${count}/${max}）`} className="booking-form__visitors">
        <PreviousParty party={previous} />
        <SavedVisitors
          query={frequent}
          selected={selected}
          onToggle={toggleSaved}
          full={count >= max}
          saved={saved}
          errors={serverErrors.saved}
        />
        {privacy.status === 'given' ? (
          <>
            {drafts.map((draft, index) => (
              <View key={draft.key} className="visitor-card" data-testid="visitor-card">
                <View className="visitor-card__head">
                  <Text className="visitor-card__title">{`新增参观人 ${index + 1}`}</Text>
                  <Text
                    className="visitor-card__remove"
                    {...a11y({
                      role: 'button',
                      label: `移除新增参观人 ${index + 1}`,
                      onActivate: () => setDrafts((current) => current.filter((d) => d.key !== draft.key)),
                    })}
                    onClick={() => setDrafts((current) => current.filter((d) => d.key !== draft.key))}
                  >
                    移除
                  </Text>
                </View>
                <VisitorFields
                  draft={draft}
                  onChange={updateDraft}
                  showAll={showAll}
                  problems={problemsOf(index)}
                  serverErrors={serverErrors.drafts[draft.key]}
                  focused={focus.focused}
                  onFocusDone={focus.release}
                />
              </View>
            ))}
            <View id="booking-party">
              <Button
                block
                variant="secondary"
                disabled={count >= max}
                onClick={() => setDrafts((current) => [...current, emptyDraft()])}
                className="booking-form__add"
              >
                {count >= max ? `每单最多${max}人` : '+ 添加参观人'}
              </Button>
              {partyError ? <Text className="zz-field__error">{partyError}</Text> : null}
            </View>
            {drafts.length > 0 ? (
              <SwitchField
                label="保存为常用参观人"
                hint="下次预约时可直接勾选"
                checked={saveVisitors}
                onChange={setSaveVisitors}
                className="booking-form__save"
              />
            ) : null}
            {saving ? (
              <ConsentCheck
                id="booking-visitors-consent"
                checked={visitorsConsent}
                onChange={setVisitorsConsent}
                label={FREQUENT_VISITOR_CONSENT_TEXT}
                error={showAll && consentMissing ? '保存前请确认已征得参观人同意，或关闭「保存为常用参观人」' : null}
                className="booking-form__visitors-consent"
              />
            ) : null}
          </>
        ) : (
          <View id="booking-privacy">
            <PrivacyConsentCard consent={privacy} className="booking-form__privacy" />
            {partyError ? <Text className="zz-field__error">{partyError}</Text> : null}
          </View>
        )}
      </Section>

      <Section title="联系方式">
        <TextField
          label="手机号码"
          type="number"
          id="booking-phone"
          focus={focus.focused === 'booking-phone'}
          value={phone}
          placeholder="用于接收预约通知"
          maxlength={11}
          onChange={(value) => {
            setPhone(value);
            setServerErrors((errors) => ({ ...errors, phone: undefined }));
          }}
          onBlur={() => {
            setPhoneTouched(true);
            focus.release();
          }}
          error={phoneError}
          className="booking-form__phone"
        />
      </Section>

      <Button block onClick={next} className="booking-form__next">
        下一步
      </Button>
    </View>
  );
}

function SavedVisitors(props: {
  query: QueryHandle<FrequentVisitorsQuery>;
  saved: FrequentVisitorFieldsFragment[];
  selected: string[];
  onToggle: (id: string) => void;
  full: boolean;
  /** The server's messages for saved visitors, by id. */
  errors: Record<string, string>;
}) {
  const { state } = props.query;
  if (state.status === 'loading' && !state.previous) {
    return <Text className="saved-visitors__hint">正在加载常用参观人…</Text>;
  }
  if (state.status === 'failure') {
    return (
      <View className="saved-visitors__failure">
        <Text className="saved-visitors__hint">{`常用参观人加载失败：${describeFailure(state.failure)}`}</Text>
        <Text className="saved-visitors__retry" onClick={() => void props.query.refetch()}>
          重试
        </Text>
      </View>
    );
  }
  if (props.saved.length === 0) {
    return <Text className="saved-visitors__hint">还没有常用参观人：在下方填写，可选择保存，下次一键勾选。</Text>;
  }
  return (
    <View className="saved-visitors" data-testid="saved-visitors">
      <Text className="saved-visitors__title">常用参观人</Text>
      {props.saved.map((v) => {
        const checked = props.selected.includes(v.id);
        const disabled = !checked && props.full;
        return (
          <View
            key={v.id}
            className={cx('choice', checked && 'is-checked', disabled && 'is-disabled')}
            data-testid="saved-visitor"
            onClick={disabled ? undefined : () => props.onToggle(v.id)}
          >
            <View className="choice__box">{checked ? <Text className="choice__tick">✓</Text> : null}</View>
            <View className="choice__text">
              <Text className="choice__name">{v.name}</Text>
              <Text className="choice__hint">{`${DOCUMENT_TYPE_LABELS[v.documentType]} ${v.documentNumber}`}</Text>
              {props.errors[v.id] ? <Text className="zz-field__error">{props.errors[v.id]}</Text> : null}
            </View>
          </View>
        );
      })}
    </View>
  );
}

/**
 * Places the server's field errors. Typed visitors are `visitors.{i}` by their index in the `visitors` list as
 * sent, which is the order of the drafts; saved visitors are `frequentVisitorIds.{i}` in the order selected.
 */
function serverErrorsOf(
  entries: ReadonlyArray<FieldErrorEntry>,
  drafts: VisitorDraft[],
  selected: string[],
): ServerErrors {
  const out: ServerErrors = { drafts: {}, saved: {} };
  for (const entry of entries) {
    const typed = entry.path.match(/^visitors\.(\d+)\.(name|documentNumber)$/);
    const draft = typed ? drafts[Number(typed[1])] : undefined;
    const savedId = entry.path.match(/^frequentVisitorIds\.(\d+)$/)?.[1];
    if (typed && draft) {
      out.drafts[draft.key] = { ...out.drafts[draft.key], [typed[2]]: entry.message };
    } else if (savedId !== undefined && selected[Number(savedId)]) {
      out.saved[selected[Number(savedId)]] ??= entry.message;
    } else if (entry.path === 'visitors' || entry.path === 'frequentVisitorIds') {
      out.visitors ??= entry.message;
    } else if (entry.path === 'phone') {
      out.phone = entry.message;
    }
  }
  return out;
}
