// Getting an export's CSV to the member of staff. The routes need the session's Bearer token, which a plain link
// cannot send, so on H5 the file is fetched with it, kept as a blob and handed to the browser through a download
// link. A mini-program cannot save a CSV where staff could open it, so there we say where to get it instead.
// `process.env.TARO_ENV` is replaced at build time, so each build carries only its own branch.
import { EXPORT_DOWNLOAD_PATH, EXPORT_PATHS, type ExportKind } from '@zz/shared/exports/exports';
import { API_BASE } from '../../../config';
import { authorizationHeader } from '../../../graphql/session-token';
import { staffRoutes } from '../routes';

export const CAN_DOWNLOAD = process.env.TARO_ENV === 'h5';

/** Where the H5 staff pages are, for the mini-program's "download it there" note. */
export function h5ExportsAddress(): string {
  return `${API_BASE || '（本馆网站地址）'}/#${staffRoutes.exports()}`;
}

export interface ExportFilterValues {
  from: string;
  to: string;
  exhibitionId?: string | null;
  status?: string | null;
  branchId?: string | null;
}

export function maskedExportPath(kind: ExportKind, filters: ExportFilterValues): string {
  const params = Object.entries(filters)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return `${EXPORT_PATHS[kind]}?${params}`;
}

export function unmaskedExportPath(requestId: string): string {
  return `${EXPORT_DOWNLOAD_PATH}?request=${encodeURIComponent(requestId)}`;
}

export type DownloadResult = { ok: true; fileName: string } | { ok: false; message: string };

/** Fetches `path` with the session and saves it as a file (H5). */
export async function downloadCsv(path: string): Promise<DownloadResult> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, { headers: authorizationHeader(), cache: 'no-store' });
  } catch {
    return { ok: false, message: '网络连接失败，请重试' };
  }
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return { ok: false, message: answer?.error?.message ?? `导出失败（${response.status}），请重试` };
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'export.csv';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.setAttribute('data-testid', 'export-download-link');
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the blob can go after that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true, fileName };
}
