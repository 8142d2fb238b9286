// wx.request (over node:http: the logic layer has no fetch), wx.uploadFile and wx.downloadFile for the fake host.
// The build's API base is whatever the client was built with; the host sends every request to the test server
// instead, keeping path and query, and records what the app asked for.
import http from 'node:http';
import { operationNameOfBody } from '../client-operations';

export interface RecordedRequest {
  method: string;
  /** The URL the app asked for. */
  url: string;
  /** Where the host sent it. */
  servedBy: string;
  /** The GraphQL operation name, when the body is a GraphQL request (sent as text or by persisted id). */
  operation: string | null;
  status: number | null;
  error: string | null;
}

export interface RequestOptions {
  url: string;
  method?: string;
  header?: Record<string, string>;
  data?: unknown;
  dataType?: string;
  responseType?: string;
  timeout?: number;
}

export interface RequestResult {
  statusCode: number;
  data: unknown;
  header: Record<string, string>;
}

/** WeChat's default when a request passes no timeout. */
const DEFAULT_TIMEOUT_MS = 60_000;

export function sendRequest(
  options: RequestOptions,
  serverUrl: string | undefined,
  record: RecordedRequest,
): { done: Promise<RequestResult>; abort: () => void } {
  const target = targetOf(options.url, serverUrl);
  const method = (options.method ?? 'GET').toUpperCase();
  const header = headersOf(options.header);
  header['content-type'] ??= 'application/json';

  // WeChat puts `data` in the query for GET, and in the body otherwise: JSON unless the content type is a form.
  let body: string | undefined;
  if (method === 'GET' && options.data && typeof options.data === 'object') {
    for (const [key, value] of Object.entries(options.data)) target.searchParams.set(key, String(value));
  } else if (typeof options.data === 'string') {
    body = options.data;
  } else if (options.data !== undefined && method !== 'GET') {
    body = header['content-type'].includes('x-www-form-urlencoded')
      ? new URLSearchParams(options.data as Record<string, string>).toString()
      : JSON.stringify(options.data);
  }
  record.servedBy = target.toString();
  record.operation = body ? operationNameOfBody(body) : null;

  let request: http.ClientRequest | undefined;
  const done = new Promise<RequestResult>((resolve, reject) => {
    request = http.request(
      target,
      { method, headers: header, timeout: options.timeout ?? DEFAULT_TIMEOUT_MS },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let data: unknown = text;
          // dataType 'json' (the default) parses when it can and hands over the text when it cannot.
          if ((options.dataType ?? 'json') === 'json') {
            try {
              data = JSON.parse(text);
            } catch {
              data = text;
            }
          }
          const headers: Record<string, string> = {};
          for (const [key, value] of Object.entries(res.headers)) headers[key] = String(value);
          record.status = res.statusCode ?? 0;
          resolve({ statusCode: res.statusCode ?? 0, data, header: headers });
        });
      },
    );
    request.on('timeout', () => request?.destroy(new Error('timeout')));
    request.on('error', (error) => {
      record.error = error.message;
      reject(error);
    });
    request.end(body);
  });
  return { done, abort: () => request?.destroy(new Error('abort')) };
}

export interface UploadOptions {
  url: string;
  filePath: string;
  /** The form field of the file part. */
  name: string;
  header?: Record<string, string>;
  formData?: Record<string, string>;
  timeout?: number;
}

/**
 * wx.uploadFile: one multipart/form-data POST with the file's bytes as the part `name`, as WeChat sends it; the
 * answer's body is handed over as text (WeChat does not parse it).
 */
export async function sendUpload(
  options: UploadOptions,
  content: Buffer,
  serverUrl: string | undefined,
  record: RecordedRequest,
): Promise<{ statusCode: number; data: string }> {
  const target = targetOf(options.url, serverUrl);
  record.servedBy = target.toString();
  const form = new FormData();
  for (const [key, value] of Object.entries(options.formData ?? {})) form.append(key, value);
  form.append(options.name, new Blob([new Uint8Array(content)]), options.filePath.split('/').pop());
  try {
    const response = await fetch(target, {
      method: 'POST',
      headers: headersOf(options.header),
      body: form,
      signal: AbortSignal.timeout(options.timeout ?? DEFAULT_TIMEOUT_MS),
    });
    record.status = response.status;
    return { statusCode: response.status, data: await response.text() };
  } catch (error) {
    record.error = (error as Error).message;
    throw error;
  }
}

export interface DownloadOptions {
  url: string;
  header?: Record<string, string>;
  timeout?: number;
}

/** wx.downloadFile: a GET with the app's headers; the body whatever the status, as WeChat saves it to a file. */
export async function sendDownload(
  options: DownloadOptions,
  serverUrl: string | undefined,
  record: RecordedRequest,
): Promise<{ statusCode: number; content: Buffer }> {
  const target = targetOf(options.url, serverUrl);
  record.servedBy = target.toString();
  try {
    const response = await fetch(target, {
      headers: headersOf(options.header),
      signal: AbortSignal.timeout(options.timeout ?? DEFAULT_TIMEOUT_MS),
    });
    record.status = response.status;
    return { statusCode: response.status, content: Buffer.from(await response.arrayBuffer()) };
  } catch (error) {
    record.error = (error as Error).message;
    throw error;
  }
}

/** Where the host sends what the app asked for: the test server when there is one, keeping path and query. */
function targetOf(url: string, serverUrl: string | undefined): URL {
  const asked = new URL(url);
  return serverUrl ? new URL(asked.pathname + asked.search, serverUrl) : asked;
}

/** The app's header object with lower-case names, as WeChat sends them. */
function headersOf(header: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(header ?? {})) out[key.toLowerCase()] = String(value);
  return out;
}
