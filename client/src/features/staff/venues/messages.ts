// Messages for the failures of the venue editor's mutations, worded for staff, one per __typename. The switch is
// exhaustive: an error type added to these mutations fails the build here until it has its sentence.
import type { ResultError } from '../../../graphql/errors';
import { unexpectedError } from '../errors';
import type { StaffSaveVenueMutation, StaffUseArchiveVenueMutation, StaffVenueEditingQuery } from '../graphql';

export type VenueError =
  | ResultError<StaffSaveVenueMutation['saveVenue']>
  | ResultError<StaffUseArchiveVenueMutation['useArchiveVenue']>
  | ResultError<StaffVenueEditingQuery['staffVenue']>;

export function venueErrorMessage(error: VenueError): string {
  switch (error.__typename) {
    case 'InputValidationError':
      return '请按提示修改标红的项目';
    case 'NotAuthorizedError':
      return error.reason === 'FORBIDDEN' ? '没有权限：场馆信息由本馆管理员或市级管理员修改' : '登录已失效，请重新登录';
    case 'NotFoundError':
      return '档案馆或展览不存在，请返回重新选择';
    default:
      return unexpectedError(error);
  }
}
