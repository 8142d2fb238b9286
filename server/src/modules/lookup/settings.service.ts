// Per-archive lookup settings (the record types an archive holds, its working-day targets, how far ahead a
// reading-room seat must be booked) and the city's holiday calendar that working days are counted on.
import {
  addDays,
  type BusinessDate,
  type CalendarDayKind,
  calendarDayModel,
  DEFAULT_LOOKUP_TARGETS,
  type HolidayCalendar,
  holidayCalendarOf,
  LOOKUP_RECORD_TYPES,
  type LookupRecordType,
  type LookupTargets,
  lookupSettingsModel,
} from '@zz/shared';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import { InputValidationError, NotAuthorizedError, parseInput } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { assertBranchInScope } from '../../platform/access/branch-scope';
import { requireStaff } from '../../platform/access/guards';
import { recordStaffAction } from '../../platform/audit/audit-log';
import { branchExists } from '../branches/branch.service';
import {
  deleteCalendarDay,
  findBranchSettings,
  type LookupBranchSettingRow,
  listCalendarDays,
  saveBranchSetting,
  saveCalendarDay,
} from './lookup.repository';

export interface LookupArchiveSettings {
  branchId: number;
  enabledRecordTypes: LookupRecordType[];
  targets: LookupTargets;
  /** Working days between booking a reading-room seat and the visit. */
  visitLeadDays: number;
}

export const DEFAULT_VISIT_LEAD_DAYS = 1;

function toSettings(branchId: number, row: LookupBranchSettingRow | undefined): LookupArchiveSettings {
  // Until an archive says otherwise it accepts every type, with the standard targets.
  if (!row) {
    return {
      branchId,
      enabledRecordTypes: [...LOOKUP_RECORD_TYPES],
      targets: DEFAULT_LOOKUP_TARGETS,
      visitLeadDays: DEFAULT_VISIT_LEAD_DAYS,
    };
  }
  const enabled = new Set(row.enabled_record_types.split(',').filter(Boolean));
  return {
    branchId,
    // In vocabulary order, whatever order they were saved in.
    enabledRecordTypes: LOOKUP_RECORD_TYPES.filter((type) => enabled.has(type)),
    targets: { acceptDays: row.accept_days, answerDays: row.answer_days, notifyDays: row.notify_days },
    visitLeadDays: row.visit_lead_days,
  };
}

/** The settings of several archives in one query, in the order asked. */
export async function settingsOf(db: Executor, branchIds: readonly number[]): Promise<LookupArchiveSettings[]> {
  const rows = await findBranchSettings(db, branchIds);
  return branchIds.map((id) =>
    toSettings(
      id,
      rows.find((r) => r.branch_id === id),
    ),
  );
}

export async function settingsOfBranch(db: Executor, branchId: number): Promise<LookupArchiveSettings> {
  return (await settingsOf(db, [branchId]))[0];
}

/** Saves an archive's settings; staff change their own archive's, administrators any. */
export async function saveSettings(
  deps: Deps,
  actor: Actor | null,
  branchId: number,
  input: unknown,
): Promise<LookupArchiveSettings> {
  const staff = requireStaff(actor);
  assertBranchInScope(actor, branchId);
  if (!(await branchExists(deps.db, branchId))) throw InputValidationError.single('branchId', '所选档案馆不存在');
  const settings = parseInput(lookupSettingsModel, input, 'settings');
  await saveBranchSetting(deps.db, {
    branch_id: branchId,
    enabled_record_types: settings.enabledRecordTypes.join(','),
    accept_days: settings.targets.acceptDays,
    answer_days: settings.targets.answerDays,
    notify_days: settings.targets.notifyDays,
    visit_lead_days: settings.visitLeadDays,
    updated_at: deps.clock.now(),
  });
  await recordStaffAction(
    deps,
    staff,
    'SETTINGS_CHANGED',
    { kind: 'LOOKUP_SETTINGS', id: branchId },
    {
      detail: {
        enabledRecordTypes: settings.enabledRecordTypes.join(','),
        acceptDays: settings.targets.acceptDays,
        answerDays: settings.targets.answerDays,
        notifyDays: settings.targets.notifyDays,
        visitLeadDays: settings.visitLeadDays,
      },
    },
  );
  return settingsOfBranch(deps.db, branchId);
}

// ---- the holiday calendar -------------------------------------------------------------------------------

export interface WorkingCalendarDay {
  date: BusinessDate;
  kind: CalendarDayKind;
  note: string | null;
}

/** Further than any target or lead time reaches (30 working days is about six weeks, holidays included). */
const CALENDAR_HORIZON_DAYS = 120;
export const MAX_CALENDAR_RANGE_DAYS = 400;

/** The holidays and make-up working days from `from` far enough ahead for every due date counted from it. */
export async function holidayCalendarFrom(db: Executor, from: BusinessDate): Promise<HolidayCalendar> {
  return holidayCalendarOf(await calendarDays(db, from, addDays(from, CALENDAR_HORIZON_DAYS)));
}

export async function calendarDays(db: Executor, from: BusinessDate, to: BusinessDate): Promise<WorkingCalendarDay[]> {
  return (await listCalendarDays(db, from, to)).map((row) => ({
    date: row.calendar_date,
    kind: row.kind,
    note: row.note,
  }));
}

/** The calendar is the city's, one for all 12 archives: the city administrator keeps it. */
function requireCalendarKeeper(actor: Actor | null) {
  const staff = requireStaff(actor);
  if (staff.role !== 'ADMIN') throw new NotAuthorizedError('FORBIDDEN');
  return staff;
}

export async function setCalendarDay(deps: Deps, actor: Actor | null, input: unknown): Promise<WorkingCalendarDay> {
  const staff = requireCalendarKeeper(actor);
  const day = parseInput(calendarDayModel, input);
  await saveCalendarDay(deps.db, {
    calendar_date: day.date,
    kind: day.kind,
    note: day.note,
    updated_by: staff.accountId,
    updated_at: deps.clock.now(),
  });
  await recordStaffAction(
    deps,
    staff,
    'SETTINGS_CHANGED',
    { kind: 'WORKING_CALENDAR', id: day.date },
    {
      detail: { kind: day.kind },
    },
  );
  return { date: day.date, kind: day.kind, note: day.note };
}

/** Makes a day follow the weekly rule again; false when it did already. */
export async function clearCalendarDay(deps: Deps, actor: Actor | null, date: BusinessDate): Promise<boolean> {
  const staff = requireCalendarKeeper(actor);
  const cleared = await deleteCalendarDay(deps.db, date);
  if (cleared) {
    await recordStaffAction(
      deps,
      staff,
      'SETTINGS_CHANGED',
      { kind: 'WORKING_CALENDAR', id: date },
      {
        detail: { kind: 'CLEARED' },
      },
    );
  }
  return cleared;
}
