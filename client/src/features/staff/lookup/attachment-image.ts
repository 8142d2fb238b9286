// The photo of an attachment staff opened, read from `GET /uploads/<id>?grant=…` (the path openLookupAttachment
// answered). The grant admits only the member of staff it was given to, so the request carries their session:
// neither an <Image src> nor wx.previewImage can send a header, so the bytes are fetched first and shown from
// what the device holds (a temp file on weapp, which wx.previewImage opens full screen; an object URL on H5).
// `process.env.TARO_ENV` is replaced at build time, so each build carries only its own branch.
import Taro from '@tarojs/taro';
import { authorizationHeader } from '../../../graphql/session-token';
import { assetUrl } from '../../../lib/asset-url';

export type AttachmentImage =
  /** `src` stays valid until `release` (H5 frees the object URL; a weapp temp file is WeChat's to clear). */
  { status: 'loaded'; src: string; release: () => void } | { status: 'failed'; message: string };

/** A photo of paper on a county connection: the same patience as its upload. */
const DOWNLOAD_TIMEOUT_MS = 60_000;

const NETWORK_FAILURE: AttachmentImage = { status: 'failed', message: '网络连接失败，照片未能加载，请重试' };

export function loadAttachmentImage(path: string): Promise<AttachmentImage> {
  const url = assetUrl(path) ?? path;
  return process.env.TARO_ENV === 'h5' ? loadOnH5(url) : loadOnWeapp(url);
}

/** The full-screen viewer of WeChat (zoom, long-press to save as the phone allows) for a loaded photo. */
export function previewAttachmentImage(src: string): void {
  void Taro.previewImage({ urls: [src], current: src });
}

async function loadOnWeapp(url: string): Promise<AttachmentImage> {
  try {
    // The API domain must be on the mini-program's downloadFile list as well as its request list.
    const answer = await Taro.downloadFile({ url, header: authorizationHeader(), timeout: DOWNLOAD_TIMEOUT_MS });
    if (answer.statusCode !== 200) return failedWith(answer.statusCode);
    return { status: 'loaded', src: answer.tempFilePath, release: () => undefined };
  } catch {
    return NETWORK_FAILURE;
  }
}

async function loadOnH5(url: string): Promise<AttachmentImage> {
  try {
    const response = await fetch(url, { headers: authorizationHeader(), cache: 'no-store' });
    if (!response.ok) return failedWith(response.status);
    const src = URL.createObjectURL(await response.blob());
    return { status: 'loaded', src, release: () => URL.revokeObjectURL(src) };
  } catch {
    return NETWORK_FAILURE;
  }
}

function failedWith(status: number): AttachmentImage {
  // The server answers 404 to anyone it does not admit, so an expired grant and a purged photo look the same.
  if (status === 404) return { status: 'failed', message: '照片已删除或查看授权已过期（5 分钟），请关闭后重新查看' };
  if (status === 401) return { status: 'failed', message: '登录已失效，请重新登录后查看' };
  return { status: 'failed', message: `照片加载失败（${status}），请重试` };
}
