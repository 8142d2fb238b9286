// Consent to the 个人信息保护说明 (issue 13): recorded per account with its version and time, refused for a stale
// version, required by every new booking, waiting-list entry, group request and saved visitor, withdrawn at will
// (new bookings stop, existing ones stand), and asked again when the notice has a new version. Saving someone as
// a frequent visitor needs the account holder's confirmation that this person agreed, stored with its time.
import { addDays, PRIVACY_NOTICE_VERSION } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import {
  book,
  bookingById,
  bookOk,
  call,
  createBookableExhibition,
  joinWaitlist,
  requestGroupVisit,
  resultAs,
  roster,
  staffSlot,
  successData,
  TEST_TODAY,
  visitor,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  AcceptPrivacyNoticeDocument,
  AddFrequentVisitorDocument,
  FrequentVisitorsDocument,
  MyPrivacyConsentDocument,
  WithdrawPrivacyConsentDocument,
} from '../testkit/generated/graphql';
import { acceptCurrentPrivacyNotice, type SignedInAs, signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const TOMORROW = addDays(TEST_TODAY, 1);

describe.each(dialects)('consent to the personal-information notice (%s)', (dialect) => {
  const { server, staff } = useStaffSuite({ dialect }, { manager: ['BRANCH_STAFF'] });

  const newcomer = () => signInCitizen(server(), undefined, { acceptPrivacyNotice: false });
  const consentOf = async (citizen: SignedInAs) =>
    (await call(server(), MyPrivacyConsentDocument, {}, citizen.token))?.privacyConsent ?? null;
  const consentRows = (citizen: SignedInAs) =>
    server()
      .db.selectFrom('privacy_consent')
      .select(['version', 'accepted_at', 'withdrawn_at'])
      .where('account_id', '=', citizen.accountId)
      .orderBy('id')
      .execute();

  it('refuses a booking, a waiting-list entry, a group and a saved visitor before the notice is accepted', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 1, groupQuota: 20 }],
    });
    const slot = await exhibition.slotAt(TOMORROW);
    const citizen = await newcomer();
    expect(await consentOf(citizen)).toBeNull();

    expect(await book(server(), citizen, slot.id)).toMatchObject({
      __typename: 'PrivacyConsentRequiredError',
      currentVersion: PRIVACY_NOTICE_VERSION,
    });
    expect(
      await call(server(), AddFrequentVisitorDocument, { visitor: visitor(), consent: true }, citizen.token),
    ).toMatchObject({ __typename: 'PrivacyConsentRequiredError' });
    expect(await requestGroupVisit(server(), citizen, slot.id, roster(2, 8, TOMORROW))).toMatchObject({
      __typename: 'PrivacyConsentRequiredError',
    });
    // The only place goes to someone who accepted; the newcomer may not wait for it either.
    await bookOk(server(), await signInCitizen(server()), slot.id);
    expect(await joinWaitlist(server(), citizen, slot.id)).toMatchObject({
      __typename: 'PrivacyConsentRequiredError',
    });

    const taken = await staffSlot(server(), staff.manager, slot.id);
    expect({ booked: taken.booked, groupBooked: taken.groupBooked }).toEqual({ booked: 1, groupBooked: 0 });
    expect(await call(server(), FrequentVisitorsDocument, {}, citizen.token)).toEqual([]);
  });

  it('records the acceptance of the current version with its time, per account, once', async () => {
    const alice = await newcomer();
    const bob = await newcomer();
    const acceptedAt = new Date(server().clock.now()).toISOString();

    const accepted = successData(
      await call(server(), AcceptPrivacyNoticeDocument, { version: PRIVACY_NOTICE_VERSION }, alice.token),
    );
    expect(accepted).toEqual({ version: PRIVACY_NOTICE_VERSION, acceptedAt, current: true });
    expect(await consentOf(alice)).toEqual(accepted);
    // Bob's account has accepted nothing.
    expect(await consentOf(bob)).toBeNull();

    // Accepting again later answers with the standing consent and records nothing more.
    server().clock.advance(60_000);
    expect(
      successData(await call(server(), AcceptPrivacyNoticeDocument, { version: PRIVACY_NOTICE_VERSION }, alice.token)),
    ).toEqual(accepted);
    expect(await consentRows(alice)).toEqual([
      { version: PRIVACY_NOTICE_VERSION, accepted_at: Date.parse(acceptedAt), withdrawn_at: null },
    ]);
    expect(await consentRows(bob)).toEqual([]);
  });

  it('refuses to record a version that is not the current one', async () => {
    const citizen = await newcomer();
    const stale = resultAs(
      await call(server(), AcceptPrivacyNoticeDocument, { version: '2020-01-01' }, citizen.token),
      'StalePrivacyNoticeError',
    );
    expect(stale).toMatchObject({ acceptedVersion: '2020-01-01', currentVersion: PRIVACY_NOTICE_VERSION });
    expect(await consentRows(citizen)).toEqual([]);
    expect(await consentOf(citizen)).toBeNull();
  });

  it('asks again when the notice has a new version: an older acceptance no longer lets one book', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const citizen = await newcomer();
    // What an acceptance of the previous notice left behind.
    await server()
      .db.insertInto('privacy_consent')
      .values({ account_id: citizen.accountId, version: '2026-01-01', accepted_at: server().clock.now() - 1 })
      .execute();
    expect(await consentOf(citizen)).toMatchObject({ version: '2026-01-01', current: false });
    expect(await book(server(), citizen, (await exhibition.slotAt(TOMORROW)).id)).toMatchObject({
      __typename: 'PrivacyConsentRequiredError',
    });

    await acceptCurrentPrivacyNotice(server(), citizen.token);
    expect(await consentOf(citizen)).toMatchObject({ version: PRIVACY_NOTICE_VERSION, current: true });
    successData(await book(server(), citizen, (await exhibition.slotAt(TOMORROW)).id));
  });

  it('stops new bookings after a withdrawal, keeps the existing ones, and books again once accepted again', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const citizen = await signInCitizen(server());
    const kept = await bookOk(server(), citizen, (await exhibition.slotAt(TOMORROW)).id);

    const withdrawal = successData(await call(server(), WithdrawPrivacyConsentDocument, {}, citizen.token));
    expect(withdrawal).toEqual({ withdrawnAt: new Date(server().clock.now()).toISOString(), withdrawn: 1 });
    expect(await consentOf(citizen)).toBeNull();
    expect(await book(server(), citizen, (await exhibition.slotAt(addDays(TOMORROW, 1))).id)).toMatchObject({
      __typename: 'PrivacyConsentRequiredError',
    });
    expect((await bookingById(server(), citizen.token, kept.id))?.status).toBe('CONFIRMED');
    // Withdrawing twice withdraws nothing more.
    expect(successData(await call(server(), WithdrawPrivacyConsentDocument, {}, citizen.token)).withdrawn).toBe(0);

    server().clock.advance(60_000);
    await acceptCurrentPrivacyNotice(server(), citizen.token);
    successData(await book(server(), citizen, (await exhibition.slotAt(addDays(TOMORROW, 1))).id));
    // The history stays: the withdrawn acceptance and the new one.
    expect((await consentRows(citizen)).map((r) => r.withdrawn_at === null)).toEqual([false, true]);
  });

  it("saves a frequent visitor only with the account holder's confirmation of that person's consent, and its time", async () => {
    const citizen = await signInCitizen(server());
    const person = visitor({ name: '陈明' });
    for (const consent of [undefined, false]) {
      expect(
        await call(server(), AddFrequentVisitorDocument, { visitor: person, consent }, citizen.token),
      ).toMatchObject({ __typename: 'VisitorConsentRequiredError' });
    }
    expect(await call(server(), FrequentVisitorsDocument, {}, citizen.token)).toEqual([]);

    const saved = successData(
      await call(server(), AddFrequentVisitorDocument, { visitor: person, consent: true }, citizen.token),
    );
    expect(saved.map((v) => v.name)).toEqual(['陈明']);
    const stored = await server()
      .db.selectFrom('frequent_visitor')
      .select('consent_confirmed_at')
      .where('account_id', '=', citizen.accountId)
      .execute();
    expect(stored).toEqual([{ consent_confirmed_at: server().clock.now() }]);
  });

  it('books nothing when typed visitors are to be saved without that confirmation', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TOMORROW);
    const citizen = await signInCitizen(server());
    const before = (await staffSlot(server(), staff.manager, slot.id)).booked;

    expect(await book(server(), citizen, slot.id, { visitors: [visitor()], saveVisitors: true })).toMatchObject({
      __typename: 'VisitorConsentRequiredError',
    });
    expect((await staffSlot(server(), staff.manager, slot.id)).booked).toBe(before);

    const person = visitor({ name: '林晓' });
    successData(
      await book(server(), citizen, slot.id, { visitors: [person], saveVisitors: true, visitorsConsent: true }),
    );
    const saved = await call(server(), FrequentVisitorsDocument, {}, citizen.token);
    expect(saved.map((v) => v.name)).toEqual(['林晓']);
    expect(JSON.stringify(saved)).not.toContain(person.documentNumber);
  });
});
