// One picture for an article or an online exhibition, chosen by staff and sent to the one upload endpoint
// (`POST /uploads?purpose=CONTENT_IMAGE`, the one lookup photos use) with the session's bearer token. The server
// checks the type by content, re-encodes, strips EXIF/GPS and answers `201 { id, width, height, url }`, where
// `url` is the public screen-sized variant (/media/<id>/960.jpg) that the editor puts in the HTML.
//
// Its own small copy of the picking rather than the lookup feature's: that module lives in the lookup subpackage,
// and a module two subpackages import would move to the main package, which staff-only code must not grow.
// weapp: Taro.chooseMedia + Taro.uploadFile; H5: a file input + fetch (TARO_ENV is replaced at build time).
import Taro from '@tarojs/taro';
import type { UploadCreated, UploadErrorBody } from '@zz/shared/uploads/uploads';
import { API_BASE } from '../../../config';
import { authorizationHeader } from '../../../graphql/session-token';

export type ImageUpload =
  | { status: 'uploaded'; image: UploadCreated & { url: string } }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

const UPLOAD_URL = `${API_BASE}/uploads?purpose=CONTENT_IMAGE`;
/** A large photo over a county connection is slow; the server bounds the body anyway. */
const UPLOAD_TIMEOUT_MS = 60_000;
const NETWORK_FAILURE = '网络连接失败，图片未上传，请重试';

export async function pickAndUploadImage(): Promise<ImageUpload> {
  return process.env.TARO_ENV === 'h5' ? uploadOnH5() : uploadOnWeapp();
}

async function uploadOnWeapp(): Promise<ImageUpload> {
  let filePath: string | undefined;
  try {
    // Callbacks, not the promise: Taro 4.2 does not promisify chooseMedia on weapp.
    const picked = await new Promise<Taro.chooseMedia.SuccessCallbackResult>((resolve, reject) => {
      void Taro.chooseMedia({
        count: 1,
        mediaType: ['image'],
        sourceType: ['album', 'camera'],
        // The original: a published picture deserves the detail; the server makes the screen sizes.
        sizeType: ['original'],
        success: resolve,
        fail: reject,
      });
    });
    filePath = picked.tempFiles[0]?.tempFilePath;
  } catch (error) {
    const errMsg = String((error as { errMsg?: unknown } | null)?.errMsg ?? error);
    return /cancel/i.test(errMsg)
      ? { status: 'cancelled' }
      : { status: 'failed', message: '无法打开相册，请检查权限设置' };
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
    return answerOf(answer.statusCode, answer.data);
  } catch {
    return { status: 'failed', message: NETWORK_FAILURE };
  }
}

async function uploadOnH5(): Promise<ImageUpload> {
  const file = await new Promise<File | null>((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/jpeg,image/png,image/webp';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
  if (!file) return { status: 'cancelled' };
  const body = new FormData();
  body.append('file', file, file.name);
  try {
    const response = await fetch(UPLOAD_URL, { method: 'POST', headers: authorizationHeader(), body });
    return answerOf(response.status, await response.text());
  } catch {
    return { status: 'failed', message: NETWORK_FAILURE };
  }
}

function answerOf(status: number, text: unknown): ImageUpload {
  let body: unknown = text;
  if (typeof text === 'string') {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  const created = body as Partial<UploadCreated> | null;
  if (status === 201 && typeof created?.id === 'string' && typeof created.url === 'string') {
    return { status: 'uploaded', image: created as UploadCreated & { url: string } };
  }
  const message = (body as Partial<UploadErrorBody> | null)?.error?.message;
  return { status: 'failed', message: message || `图片上传失败（${status}），请重试` };
}

/** Picks and uploads, showing a toast when it fails; the stored image, or null (cancelled or failed). */
export async function uploadImageWithFeedback(): Promise<(UploadCreated & { url: string }) | null> {
  const result = await pickAndUploadImage();
  if (result.status === 'uploaded') return result.image;
  if (result.status === 'failed') void Taro.showToast({ title: result.message, icon: 'none', duration: 3000 });
  return null;
}
