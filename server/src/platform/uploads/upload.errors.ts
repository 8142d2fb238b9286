// The refusals of the upload endpoint: an HTTP status, a stable code (shared/uploads) and a Chinese message
// for the citizen. The routes turn each into `{ error: { code, message } }`.
import type { UploadErrorCode } from '@zz/shared';

export class UploadRefusal extends Error {
  constructor(
    readonly code: UploadErrorCode,
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'UploadRefusal';
  }
}

const MIB = 1024 * 1024;

export const refuse = {
  unauthenticated: () => new UploadRefusal('UPLOAD_UNAUTHENTICATED', 401, '请先登录后再上传'),
  forbidden: () => new UploadRefusal('UPLOAD_FORBIDDEN', 403, '只有文章与展厅的编辑人员可以上传图片'),
  invalidRequest: (message: string) => new UploadRefusal('UPLOAD_INVALID_REQUEST', 400, message),
  tooLarge: (limitBytes: number) =>
    new UploadRefusal(
      'UPLOAD_TOO_LARGE',
      413,
      `文件过大，请上传不超过 ${Math.floor((limitBytes / MIB) * 10) / 10} MB 的图片`,
    ),
  notAnImage: () => new UploadRefusal('UPLOAD_NOT_AN_IMAGE', 415, '只能上传 JPEG、PNG 或 WebP 格式的照片'),
  tooManyPixels: () => new UploadRefusal('UPLOAD_TOO_MANY_PIXELS', 413, '图片尺寸过大，请缩小后再上传'),
  rateLimited: (retryAfterSeconds: number) =>
    new UploadRefusal('UPLOAD_RATE_LIMITED', 429, `上传过于频繁，请${retryAfterSeconds}秒后再试`, {
      'retry-after': String(retryAfterSeconds),
    }),
  notFound: () => new UploadRefusal('UPLOAD_NOT_FOUND', 404, '未找到该文件，或无权查看'),
  methodNotAllowed: (allow: string) =>
    new UploadRefusal('UPLOAD_METHOD_NOT_ALLOWED', 405, '不支持该请求方法', { allow }),
  internal: () => new UploadRefusal('UPLOAD_INTERNAL_ERROR', 500, '上传服务暂时不可用，请稍后再试'),
};
