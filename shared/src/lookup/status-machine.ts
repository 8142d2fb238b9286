// The life of a lookup request as one typed table: who (the citizen, the archive that received the request,
// the archive that holds the record) may move it from which statuses to which. The server refuses every move
// this table does not list; the client shows only the moves it lists for the viewer.
import type { LookupQueueTab } from './vocabularies';

export const LOOKUP_STATUSES = [
  'SUBMITTED',
  'ACCEPTED',
  'NEEDS_MORE',
  'REFUSED',
  'FORWARDED',
  'SEARCHING',
  'FOUND',
  'NOT_FOUND',
  'CERTIFIED',
  'COMPLETED',
  'WITHDRAWN',
] as const;
export type LookupStatus = (typeof LOOKUP_STATUSES)[number];
export const LOOKUP_STATUS_LABELS: Record<LookupStatus, string> = {
  SUBMITTED: '已提交',
  ACCEPTED: '已受理',
  NEEDS_MORE: '需补正',
  REFUSED: '不予受理',
  FORWARDED: '已转馆',
  SEARCHING: '查档中',
  FOUND: '已查到',
  NOT_FOUND: '未查到',
  CERTIFIED: '已出证',
  COMPLETED: '已办结',
  WITHDRAWN: '已撤回',
};

/** What each status means to the citizen who filed the request, as the timeline explains it. */
export const LOOKUP_STATUS_MEANINGS: Record<LookupStatus, string> = {
  SUBMITTED: '申请已提交，等待档案馆核对身份和查档范围。',
  ACCEPTED: '档案馆已受理，正在安排查找档案。',
  NEEDS_MORE: '材料或线索不全，请按说明补充后重新提交。',
  REFUSED: '申请不符合查档条件，未予受理，原因见说明。',
  FORWARDED: '档案保存在其他档案馆，申请已转交保管馆查找。',
  SEARCHING: '保管档案的档案馆正在查找。',
  FOUND: '已查到相关档案，将按您选择的方式提供。',
  NOT_FOUND: '经查找，馆藏中没有发现相关档案记载。',
  CERTIFIED: '查档证明已出具，任何人可扫描证明上的二维码核验真伪。',
  COMPLETED: '本次查档已办结。',
  WITHDRAWN: '您已撤回本次申请。',
};

/** A request is open until refused, completed or withdrawn; one open request per person per record type. */
export const CLOSED_LOOKUP_STATUSES = ['REFUSED', 'COMPLETED', 'WITHDRAWN'] as const satisfies readonly LookupStatus[];

export function isOpenLookupStatus(status: LookupStatus): boolean {
  return !(CLOSED_LOOKUP_STATUSES as readonly LookupStatus[]).includes(status);
}

export const LOOKUP_ACTIONS = [
  'ACCEPT',
  'ASK_FOR_MORE',
  'REFUSE',
  'SUPPLEMENT',
  'FORWARD',
  'START_SEARCH',
  'RECORD_FOUND',
  'RECORD_NOT_FOUND',
  'ISSUE_CERTIFICATE',
  'MARK_COLLECTED',
  'MARK_POSTED',
  'CLOSE',
  'WITHDRAW',
] as const;
export type LookupAction = (typeof LOOKUP_ACTIONS)[number];
export const LOOKUP_ACTION_LABELS: Record<LookupAction, string> = {
  ACCEPT: '受理',
  ASK_FOR_MORE: '要求补正',
  REFUSE: '不予受理',
  SUPPLEMENT: '补正材料',
  FORWARD: '转至保管馆',
  START_SEARCH: '开始查档',
  RECORD_FOUND: '登记已查到',
  RECORD_NOT_FOUND: '登记未查到',
  ISSUE_CERTIFICATE: '出具证明',
  MARK_COLLECTED: '已领取',
  MARK_POSTED: '已邮寄',
  CLOSE: '办结',
  WITHDRAW: '撤回申请',
};

/** Who acts on a request: its citizen, or staff of the archive that received it or of the one that holds it. */
export const LOOKUP_ROLES = ['CITIZEN', 'RECEIVING_ARCHIVE', 'HOLDING_ARCHIVE'] as const;
export type LookupRole = (typeof LOOKUP_ROLES)[number];

export interface LookupTransition {
  action: LookupAction;
  from: readonly LookupStatus[];
  to: LookupStatus;
  by: LookupRole;
}

/**
 * Every legal move. An action may have one row per role (asking for more is the receiving archive's before
 * forwarding and the holding archive's while it searches). No two rows share an action, a role and a status.
 */
export const LOOKUP_TRANSITIONS: readonly LookupTransition[] = [
  { action: 'ACCEPT', from: ['SUBMITTED'], to: 'ACCEPTED', by: 'RECEIVING_ARCHIVE' },
  { action: 'ASK_FOR_MORE', from: ['SUBMITTED', 'ACCEPTED'], to: 'NEEDS_MORE', by: 'RECEIVING_ARCHIVE' },
  { action: 'ASK_FOR_MORE', from: ['FORWARDED', 'SEARCHING'], to: 'NEEDS_MORE', by: 'HOLDING_ARCHIVE' },
  { action: 'REFUSE', from: ['SUBMITTED', 'ACCEPTED', 'NEEDS_MORE'], to: 'REFUSED', by: 'RECEIVING_ARCHIVE' },
  // The citizen's answer goes back to the receiving archive, which checks it like a new request.
  { action: 'SUPPLEMENT', from: ['NEEDS_MORE'], to: 'SUBMITTED', by: 'CITIZEN' },
  { action: 'FORWARD', from: ['ACCEPTED'], to: 'FORWARDED', by: 'RECEIVING_ARCHIVE' },
  // The receiving archive searches its own holdings without forwarding (it becomes the holding archive).
  { action: 'START_SEARCH', from: ['ACCEPTED'], to: 'SEARCHING', by: 'RECEIVING_ARCHIVE' },
  { action: 'START_SEARCH', from: ['FORWARDED'], to: 'SEARCHING', by: 'HOLDING_ARCHIVE' },
  { action: 'RECORD_FOUND', from: ['SEARCHING'], to: 'FOUND', by: 'HOLDING_ARCHIVE' },
  { action: 'RECORD_NOT_FOUND', from: ['SEARCHING'], to: 'NOT_FOUND', by: 'HOLDING_ARCHIVE' },
  // A certificate states whether and how a fact is recorded: "not recorded" is a statement too.
  { action: 'ISSUE_CERTIFICATE', from: ['FOUND', 'NOT_FOUND'], to: 'CERTIFIED', by: 'HOLDING_ARCHIVE' },
  // The receiving archive faces the citizen: it hands over or posts the result and closes the request.
  { action: 'MARK_COLLECTED', from: ['FOUND', 'CERTIFIED'], to: 'COMPLETED', by: 'RECEIVING_ARCHIVE' },
  { action: 'MARK_POSTED', from: ['FOUND', 'CERTIFIED'], to: 'COMPLETED', by: 'RECEIVING_ARCHIVE' },
  { action: 'CLOSE', from: ['FOUND', 'NOT_FOUND', 'CERTIFIED'], to: 'COMPLETED', by: 'RECEIVING_ARCHIVE' },
  // Withdrawing stops the work; once a certificate exists it stands, and the request is completed instead.
  {
    action: 'WITHDRAW',
    from: ['SUBMITTED', 'ACCEPTED', 'NEEDS_MORE', 'FORWARDED', 'SEARCHING', 'FOUND', 'NOT_FOUND'],
    to: 'WITHDRAWN',
    by: 'CITIZEN',
  },
];

export type TransitionVerdict =
  | { allowed: true; to: LookupStatus }
  /** WRONG_ROLE: the move exists from this status, but for another role. WRONG_STATUS: not from this status. */
  | { allowed: false; reason: 'WRONG_STATUS' | 'WRONG_ROLE' };

/** Where `action` by `role` takes a request in `status`, or why it may not. */
export function nextStatus(status: LookupStatus, action: LookupAction, role: LookupRole): TransitionVerdict {
  const fromHere = LOOKUP_TRANSITIONS.filter((t) => t.action === action && t.from.includes(status));
  const mine = fromHere.find((t) => t.by === role);
  if (mine) return { allowed: true, to: mine.to };
  return { allowed: false, reason: fromHere.length > 0 ? 'WRONG_ROLE' : 'WRONG_STATUS' };
}

/** The moves any of `roles` may make from `status`, in the order of LOOKUP_ACTIONS (for the action buttons). */
export function availableActions(status: LookupStatus, roles: readonly LookupRole[]): LookupAction[] {
  return LOOKUP_ACTIONS.filter((action) => roles.some((role) => nextStatus(status, action, role).allowed));
}

/** The statuses behind each tab of the staff queue. */
export const LOOKUP_QUEUE_TAB_STATUSES: Record<LookupQueueTab, readonly LookupStatus[]> = {
  NEW: ['SUBMITTED'],
  WAITING_CITIZEN: ['NEEDS_MORE'],
  IN_PROGRESS: ['ACCEPTED', 'FORWARDED', 'SEARCHING'],
  RESULT: ['FOUND', 'NOT_FOUND', 'CERTIFIED'],
  CLOSED: CLOSED_LOOKUP_STATUSES,
  ALL: LOOKUP_STATUSES,
};

/** What the timeline records besides status moves: the filing, reading-room appointments, a revocation. */
export const LOOKUP_EVENT_KINDS = [
  'SUBMIT',
  ...LOOKUP_ACTIONS,
  'BOOK_VISIT',
  'CANCEL_VISIT',
  'REVOKE_CERTIFICATE',
] as const;
export type LookupEventKind = (typeof LOOKUP_EVENT_KINDS)[number];
export const LOOKUP_EVENT_KIND_LABELS: Record<LookupEventKind, string> = {
  SUBMIT: '提交申请',
  ...LOOKUP_ACTION_LABELS,
  BOOK_VISIT: '预约到馆',
  CANCEL_VISIT: '取消到馆预约',
  REVOKE_CERTIFICATE: '撤销证明',
};
