// Messages for the failures of the 查档 administration mutations, worded for staff, one per __typename. The switch
// is exhaustive: an error type added to these mutations fails the build here until it has its sentence.
import type { ResultError } from '../../../graphql/errors';
import { unexpectedError } from '../errors';
import type {
  StaffClearWorkingCalendarDayMutation,
  StaffSetLookupSettingsMutation,
  StaffSetWorkingCalendarDayMutation,
} from '../graphql';

export type LookupAdminError =
  | ResultError<StaffSetLookupSettingsMutation['setLookupSettings']>
  | ResultError<StaffSetWorkingCalendarDayMutation['setWorkingCalendarDay']>
  | ResultError<StaffClearWorkingCalendarDayMutation['clearWorkingCalendarDay']>;

/** The summary above the buttons when the messages themselves stand beside the fields. */
export const CHECK_MARKED_FIELDS = '请按提示修改标红的项目';

/** What a refusal means on each page: the server decides who may change what (see access.ts). */
export const FORBIDDEN = {
  settings: '没有权限：只能修改本馆的查档设置',
  calendar: '没有权限：工作日历仅限管理员修改',
} as const;

export function lookupAdminErrorMessage(error: LookupAdminError, page: keyof typeof FORBIDDEN): string {
  switch (error.__typename) {
    case 'InputValidationError':
      return CHECK_MARKED_FIELDS;
    case 'NotAuthorizedError':
      return error.reason === 'FORBIDDEN' ? FORBIDDEN[page] : '登录已失效，请重新登录';
    default:
      return unexpectedError(error);
  }
}
