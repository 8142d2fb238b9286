// One photo of a supporting document (an authorisation, a death certificate…), chosen by the citizen and sent to
// `POST /uploads?purpose=LOOKUP_DOCUMENT` with the session's bearer token. Not GraphQL: the mini-program can only
// send files with Taro.uploadFile, which speaks multipart. The server re-encodes the image, strips EXIF/GPS and
// answers `201 { id, byteSize, width, height }`; the form then cites the id in its mutation.
//
// The two platforms pick and send differently, behind this one function: weapp uses Taro.chooseMedia and
// Taro.uploadFile; H5 an <input type=file> and fetch (Taro's H5 uploadFile would go through a blob URL and XHR
// for no gain). `process.env.TARO_ENV` is replaced at build time, so each build carries only its own branch.
import Taro from '@tarojs/taro';
import type { UploadCreated, UploadErrorBody, UploadErrorCode } from '@zz/shared/uploads/uploads';
import { API_BASE } from '../../config';
import { authorizationHeader } from '../../graphql/session-token';

export type PhotoUpload =
  /** `preview` shows the photo as picked on this device (a temp file path, or an object URL on H5). */
  | { status: 'uploaded'; upload: UploadCreated; preview: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

const UPLOAD_URL = `${API_BASE}/uploads?purpose=LOOKUP_DOCUMENT`;
/** Photos of paper travel slowly on a county connection; the server bounds the body at 8 MiB. */
const UPLOAD_TIMEOUT_MS = 60_000;
/** What the server re-encodes; anything else it refuses with UPLOAD_NOT_AN_IMAGE. */
const ACCEPTED_TYPES = 'image/jpeg,image/png,image/webp';

/** Used when an answer carries no message of its own (the server's messages are already Chinese). */
const FALLBACK_MESSAGES: Partial<Record<UploadErrorCode, string>> = {
  UPLOAD_UNAUTHENTICATED: '登录已失效，请重新登录后上传',
  UPLOAD_TOO_LARGE: '图片太大，请换一张或压缩后再试',
  UPLOAD_TOO_MANY_PIXELS: '图片尺寸过大，请换一张再试',
  UPLOAD_NOT_AN_IMAGE: '只能上传 JPG、PNG 或 WebP 格式的照片',
  UPLOAD_RATE_LIMITED: '上传过于频繁，请稍后再试',
};

/** Lets the citizen take or choose one photo and uploads it. Cancelling the picker is not a failure. */
export async function pickAndUploadPhoto(): Promise<PhotoUpload> {
  return process.env.TARO_ENV === 'h5' ? pickAndUploadOnH5() : pickAndUploadOnWeapp();
}

async function pickAndUploadOnWeapp(): Promise<PhotoUpload> {
  let filePath: string | undefined;
  try {
    // With callbacks: Taro 4.2 does not promisify chooseMedia on weapp (it is missing from Taro's list of
    // promise APIs), so awaiting its return value would rely on the base library's own promise style.
    const picked = await new Promise<Taro.chooseMedia.SuccessCallbackResult>((resolve, reject) => {
      void Taro.chooseMedia({
        count: 1,
        mediaType: ['image'],
        sourceType: ['album', 'camera'],
        // WeChat's compressed copy is still legible and uploads faster; the server re-encodes it anyway.
        sizeType: ['compressed'],
        success: resolve,
        fail: reject,
      });
    });
    filePath = picked.tempFiles[0]?.tempFilePath;
  } catch (error) {
    if (/cancel/i.test(errMsgOf(error))) return { status: 'cancelled' };
    return { status: 'failed', message: '无法打开相册或相机，请检查权限设置' };
  }
  if (!filePath) return { status: 'cancelled' };
  try {
    const answer = await Taro.uploadFile({
      url: UPLOAD_URL,
      filePath,
      name: 'file',
      header: authorizationHeader(),
      timeout: UPLOAD_TIMEOUT_MS,
    });
    return answerOf(answer.statusCode, parseJson(answer.data), filePath);
  } catch {
    return { status: 'failed', message: '网络连接失败，照片未上传，请重试' };
  }
}

async function pickAndUploadOnH5(): Promise<PhotoUpload> {
  const file = await pickFileOnH5();
  if (!file) return { status: 'cancelled' };
  const body = new FormData();
  body.append('file', file, file.name);
  try {
    const response = await fetch(UPLOAD_URL, { method: 'POST', headers: authorizationHeader(), body });
    const json = parseJson(await response.text());
    return answerOf(response.status, json, URL.createObjectURL(file));
  } catch {
    return { status: 'failed', message: '网络连接失败，照片未上传，请重试' };
  }
}

/** A detached file input, clicked within the tap that called this; null when the chooser is closed empty. */
function pickFileOnH5(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPTED_TYPES;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    // Browsers that report a closed chooser say so; others leave the promise pending, which costs nothing.
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

function answerOf(status: number, body: unknown, preview: string): PhotoUpload {
  if (status === 201 && isUploadCreated(body)) return { status: 'uploaded', upload: body, preview };
  const error = (body as Partial<UploadErrorBody> | null)?.error;
  const message = error?.message || (error?.code && FALLBACK_MESSAGES[error.code]);
  return { status: 'failed', message: message || `照片上传失败（${status}），请重试` };
}

function isUploadCreated(body: unknown): body is UploadCreated {
  return typeof body === 'object' && body !== null && typeof (body as UploadCreated).id === 'string';
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function errMsgOf(error: unknown): string {
  if (error && typeof error === 'object' && 'errMsg' in error) return String((error as { errMsg: unknown }).errMsg);
  return error instanceof Error ? error.message : String(error);
}
