// The four numbers of an archive's 查档设置, in the order both the form and the read-only view show them, each with
// the bounds of the shared settings model and the path the server reports its issues at. The targets are the
// working days each step of a request may take; the queue flags a request past its due date.
import { LOOKUP_TARGET_BOUNDS } from '@zz/shared/lookup/due-dates';
import { MAX_VISIT_LEAD_DAYS } from '@zz/shared/lookup/request-models';
import type { StaffLookupSettingsFieldsFragment } from '../graphql';

export type SettingNumber = 'acceptDays' | 'answerDays' | 'notifyDays' | 'visitLeadDays';

export interface SettingNumberField {
  key: SettingNumber;
  label: string;
  hint: string;
  bounds: { min: number; max: number };
  /** Where setLookupSettings(settings: …) reports an issue with it. */
  path: string;
}

export const SETTING_NUMBERS: readonly SettingNumberField[] = [
  {
    key: 'acceptDays',
    label: '受理时限',
    hint: '自提交或补正起，至受理',
    bounds: LOOKUP_TARGET_BOUNDS,
    path: 'settings.targets.acceptDays',
  },
  {
    key: 'answerDays',
    label: '答复时限',
    hint: '自受理起，至得出查档结果',
    bounds: LOOKUP_TARGET_BOUNDS,
    path: 'settings.targets.answerDays',
  },
  {
    key: 'notifyDays',
    label: '告知时限',
    hint: '自得出结果起，至出证或告知申请人',
    bounds: LOOKUP_TARGET_BOUNDS,
    path: 'settings.targets.notifyDays',
  },
  {
    key: 'visitLeadDays',
    label: '阅览室预约提前',
    hint: '到馆查阅须提前预约座位',
    bounds: { min: 0, max: MAX_VISIT_LEAD_DAYS },
    path: 'settings.visitLeadDays',
  },
];

export function settingNumbersOf(archive: StaffLookupSettingsFieldsFragment): Record<SettingNumber, number> {
  const { acceptDays, answerDays, notifyDays } = archive.targets;
  return { acceptDays, answerDays, notifyDays, visitLeadDays: archive.visitLeadDays };
}
