// Messages for the failures every staff mutation can return, worded for staff rather than citizens.
import { commonErrorMessage, type TypedError } from '../../graphql/errors';

/** NotAuthorizedError and NotFoundError as staff meet them; anything else falls back to the shared wording. */
export function staffErrorMessage(error: TypedError & { reason?: string }): string {
  if (error.__typename === 'NotAuthorizedError') {
    if (error.reason === 'PASSWORD_CHANGE_REQUIRED') return '请先修改初始密码';
    return error.reason === 'FORBIDDEN' ? '没有权限：只能操作本馆的展览与场次' : '登录已失效，请重新登录';
  }
  if (error.__typename === 'InputValidationError') {
    const fieldErrors = (error as { fieldErrors?: Array<{ message: string }> }).fieldErrors;
    return fieldErrors?.[0]?.message ?? '填写的信息有误，请检查后重试';
  }
  return commonErrorMessage(error);
}

/**
 * The default of a feature's switch over its error types: reached only by a server newer than this build, with an
 * error type the build does not know; typed `never` so a known but unhandled error is a build error there.
 */
export function unexpectedError(error: never): string {
  return (error as { message?: string }).message || '操作未成功，请稍后重试';
}
