// The lookup state machine against an expectation written out by hand, move by move from the flow:
// every status × action × role is either one of the legal moves below (and goes where it says) or refused,
// with WRONG_ROLE when another role could make it from there and WRONG_STATUS otherwise.
import {
  availableActions,
  isOpenLookupStatus,
  LOOKUP_ACTIONS,
  LOOKUP_QUEUE_TAB_STATUSES,
  LOOKUP_QUEUE_TABS,
  LOOKUP_ROLES,
  LOOKUP_STATUS_LABELS,
  LOOKUP_STATUS_MEANINGS,
  LOOKUP_STATUSES,
  type LookupAction,
  type LookupRole,
  type LookupStatus,
  nextStatus,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';

/** "STATUS ACTION ROLE → TARGET", one legal move a line. */
const LEGAL = `
  SUBMITTED ACCEPT RECEIVING_ARCHIVE → ACCEPTED
  SUBMITTED ASK_FOR_MORE RECEIVING_ARCHIVE → NEEDS_MORE
  ACCEPTED ASK_FOR_MORE RECEIVING_ARCHIVE → NEEDS_MORE
  FORWARDED ASK_FOR_MORE HOLDING_ARCHIVE → NEEDS_MORE
  SEARCHING ASK_FOR_MORE HOLDING_ARCHIVE → NEEDS_MORE
  SUBMITTED REFUSE RECEIVING_ARCHIVE → REFUSED
  ACCEPTED REFUSE RECEIVING_ARCHIVE → REFUSED
  NEEDS_MORE REFUSE RECEIVING_ARCHIVE → REFUSED
  NEEDS_MORE SUPPLEMENT CITIZEN → SUBMITTED
  ACCEPTED FORWARD RECEIVING_ARCHIVE → FORWARDED
  ACCEPTED START_SEARCH RECEIVING_ARCHIVE → SEARCHING
  FORWARDED START_SEARCH HOLDING_ARCHIVE → SEARCHING
  SEARCHING RECORD_FOUND HOLDING_ARCHIVE → FOUND
  SEARCHING RECORD_NOT_FOUND HOLDING_ARCHIVE → NOT_FOUND
  FOUND ISSUE_CERTIFICATE HOLDING_ARCHIVE → CERTIFIED
  NOT_FOUND ISSUE_CERTIFICATE HOLDING_ARCHIVE → CERTIFIED
  FOUND MARK_COLLECTED RECEIVING_ARCHIVE → COMPLETED
  CERTIFIED MARK_COLLECTED RECEIVING_ARCHIVE → COMPLETED
  FOUND MARK_POSTED RECEIVING_ARCHIVE → COMPLETED
  CERTIFIED MARK_POSTED RECEIVING_ARCHIVE → COMPLETED
  FOUND CLOSE RECEIVING_ARCHIVE → COMPLETED
  NOT_FOUND CLOSE RECEIVING_ARCHIVE → COMPLETED
  CERTIFIED CLOSE RECEIVING_ARCHIVE → COMPLETED
  SUBMITTED WITHDRAW CITIZEN → WITHDRAWN
  ACCEPTED WITHDRAW CITIZEN → WITHDRAWN
  NEEDS_MORE WITHDRAW CITIZEN → WITHDRAWN
  FORWARDED WITHDRAW CITIZEN → WITHDRAWN
  SEARCHING WITHDRAW CITIZEN → WITHDRAWN
  FOUND WITHDRAW CITIZEN → WITHDRAWN
  NOT_FOUND WITHDRAW CITIZEN → WITHDRAWN
`;

const legal = new Map(
  LEGAL.trim()
    .split('\n')
    .map((line) => {
      const [status, action, role, , to] = line.trim().split(/\s+/);
      return [`${status} ${action} ${role}`, to as LookupStatus] as const;
    }),
);

const everyMove = LOOKUP_STATUSES.flatMap((status) =>
  LOOKUP_ACTIONS.flatMap((action) => LOOKUP_ROLES.map((role) => ({ status, action, role }))),
);

describe('the lookup state machine', () => {
  it('is checked over every status, action and role: 11 × 13 × 3 moves, 30 of them legal', () => {
    expect(everyMove).toHaveLength(429);
    expect(legal.size).toBe(30);
  });

  it.each(everyMove)('$status $action by $role', ({ status, action, role }) => {
    const target = legal.get(`${status} ${action} ${role}`);
    if (target) {
      expect(nextStatus(status, action, role)).toEqual({ allowed: true, to: target });
      return;
    }
    const otherRoleMay = LOOKUP_ROLES.some((other) => legal.has(`${status} ${action} ${other}`));
    expect(nextStatus(status, action, role)).toEqual({
      allowed: false,
      reason: otherRoleMay ? 'WRONG_ROLE' : 'WRONG_STATUS',
    });
  });

  it('has no move out of a closed request', () => {
    const closed: LookupStatus[] = ['REFUSED', 'COMPLETED', 'WITHDRAWN'];
    expect(LOOKUP_STATUSES.filter((s) => !isOpenLookupStatus(s))).toEqual(closed);
    expect(closed.flatMap((status) => availableActions(status, LOOKUP_ROLES))).toEqual([]);
  });

  it('offers each viewer the moves their roles allow, in the order of the actions', () => {
    const offered = (status: LookupStatus, roles: LookupRole[]): LookupAction[] => availableActions(status, roles);
    expect(offered('SUBMITTED', ['CITIZEN'])).toEqual(['WITHDRAW']);
    expect(offered('SUBMITTED', ['RECEIVING_ARCHIVE'])).toEqual(['ACCEPT', 'ASK_FOR_MORE', 'REFUSE']);
    expect(offered('FORWARDED', ['RECEIVING_ARCHIVE'])).toEqual([]);
    expect(offered('FORWARDED', ['HOLDING_ARCHIVE'])).toEqual(['ASK_FOR_MORE', 'START_SEARCH']);
    expect(offered('FOUND', ['RECEIVING_ARCHIVE', 'HOLDING_ARCHIVE'])).toEqual([
      'ISSUE_CERTIFICATE',
      'MARK_COLLECTED',
      'MARK_POSTED',
      'CLOSE',
    ]);
    expect(offered('CERTIFIED', ['CITIZEN'])).toEqual([]);
  });

  it('labels and explains every status to the citizen', () => {
    expect(Object.keys(LOOKUP_STATUS_LABELS)).toEqual([...LOOKUP_STATUSES]);
    expect(Object.keys(LOOKUP_STATUS_MEANINGS)).toEqual([...LOOKUP_STATUSES]);
    expect(LOOKUP_STATUSES.map((s) => LOOKUP_STATUS_LABELS[s])).toEqual([
      '已提交',
      '已受理',
      '需补正',
      '不予受理',
      '已转馆',
      '查档中',
      '已查到',
      '未查到',
      '已出证',
      '已办结',
      '已撤回',
    ]);
  });

  it('puts every status in exactly one queue tab besides 全部', () => {
    const tabs = LOOKUP_QUEUE_TABS.filter((tab) => tab !== 'ALL');
    const placed = tabs.flatMap((tab) => LOOKUP_QUEUE_TAB_STATUSES[tab]);
    expect([...placed].sort()).toEqual([...LOOKUP_STATUSES].sort());
    expect(LOOKUP_QUEUE_TAB_STATUSES.ALL).toEqual(LOOKUP_STATUSES);
  });
});
