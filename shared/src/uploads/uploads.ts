// The HTTP contract of `POST /uploads`, `GET /uploads/<id>` (identity-document photos) and `GET /media/…` (public
// article and exhibition images), shared so the
// client's upload call and the server's answers are typed from one place. It is not GraphQL: the
// mini-program sends files with Taro.uploadFile, which only speaks multipart over HTTP.

/** What an upload is for, sent as `?purpose=`; a feature claims only uploads made for it. */
export const UPLOAD_PURPOSES = ['LOOKUP_DOCUMENT', 'CONTENT_IMAGE'] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];
export const UPLOAD_PURPOSE_LABELS: Record<UploadPurpose, string> = {
  LOOKUP_DOCUMENT: '查档证明材料',
  CONTENT_IMAGE: '文章与网上展厅图片',
};

export function isUploadPurpose(value: unknown): value is UploadPurpose {
  return (UPLOAD_PURPOSES as readonly unknown[]).includes(value);
}

/** An upload's id: 32 lowercase hex characters (16 random bytes). Anything else names no upload. */
export const UPLOAD_ID_PATTERN = /^[0-9a-f]{32}$/;

export function isUploadId(value: unknown): value is string {
  return typeof value === 'string' && UPLOAD_ID_PATTERN.test(value);
}

/** The body of a 201 answer: the id to hand to the feature's mutation, and the stored image's size. */
export interface UploadCreated {
  id: string;
  byteSize: number;
  width: number;
  height: number;
  /** CONTENT_IMAGE only: the public screen-sized variant's path (/media/<id>/960.jpg), what an editor inserts. */
  url?: string;
}

// Public images (CONTENT_IMAGE): stored once, served to anyone at /media/<id>/<width>.jpg with long cache
// headers, in these screen-sized variants (never wider than the original).
export const MEDIA_VARIANT_WIDTHS = { thumb: 480, screen: 960, large: 1600 } as const;
export type MediaVariant = keyof typeof MEDIA_VARIANT_WIDTHS;
export const MEDIA_PATH_PATTERN = /^\/media\/([0-9a-f]{32})\/(480|960|1600)\.jpg$/;

export function mediaPath(id: string, variant: MediaVariant = 'screen'): string {
  return `/media/${id}/${MEDIA_VARIANT_WIDTHS[variant]}.jpg`;
}

/** The media id a path (or an absolute URL ending in one) names, or null when it is not one of ours. */
export function mediaIdOfPath(path: string): string | null {
  return MEDIA_PATH_PATTERN.exec(path)?.[1] ?? null;
}

/** Every refusal's stable code; the answer is `{ error: { code, message } }` with a Chinese message. */
export const UPLOAD_ERROR_CODES = [
  'UPLOAD_UNAUTHENTICATED',
  /** Signed in, but not allowed this purpose (CONTENT_IMAGE: content-editing staff only). */
  'UPLOAD_FORBIDDEN',
  'UPLOAD_INVALID_REQUEST',
  'UPLOAD_TOO_LARGE',
  'UPLOAD_NOT_AN_IMAGE',
  'UPLOAD_TOO_MANY_PIXELS',
  'UPLOAD_RATE_LIMITED',
  'UPLOAD_NOT_FOUND',
  'UPLOAD_METHOD_NOT_ALLOWED',
  'UPLOAD_INTERNAL_ERROR',
] as const;
export type UploadErrorCode = (typeof UPLOAD_ERROR_CODES)[number];

export interface UploadErrorBody {
  error: { code: UploadErrorCode; message: string };
}
