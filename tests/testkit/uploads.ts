// Upload helpers over raw HTTP (POST /uploads is not GraphQL): photos made with sharp, the multipart body
// Taro.uploadFile sends, reading an upload back, and an answer's status, headers, bytes and JSON in one value.
import { randomBytes } from 'node:crypto';
import type { UploadCreated } from '@zz/shared';
import sharp from 'sharp';
import { expect } from 'vitest';
import type { TestServer } from './server';

export interface Answer {
  status: number;
  headers: Headers;
  bytes: Buffer;
  // biome-ignore lint/suspicious/noExplicitAny: each test knows the shape it asserts on
  json: any;
}

export async function answer(response: Response): Promise<Answer> {
  const bytes = Buffer.from(await response.arrayBuffer());
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, bytes, json };
}

/** A copy on its own ArrayBuffer, which is what fetch's body and Blob parts are typed to take. */
export const plain = (bytes: Buffer): Uint8Array<ArrayBuffer> => Uint8Array.from(bytes);

/** Noise, so that any run of the encoded bytes is distinctive. */
export function noisePixels(width: number, height: number): Buffer {
  return randomBytes(width * height * 3);
}

export function photo(width: number, height: number, format: 'jpeg' | 'png' | 'webp' = 'jpeg'): Promise<Buffer> {
  return sharp(noisePixels(width, height), { raw: { width, height, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}

/** multipart/form-data with one file part named `file`, as Taro.uploadFile (wx.uploadFile) sends it. */
export function postAsTaro(
  server: TestServer,
  token: string | null,
  bytes: Buffer,
  file: { name?: string; type?: string } = {},
): Promise<Answer> {
  const form = new FormData();
  form.append('file', new Blob([plain(bytes)], { type: file.type ?? 'image/jpeg' }), file.name ?? 'photo.jpg');
  return fetch(`${server.url}/uploads?purpose=LOOKUP_DOCUMENT`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  }).then(answer);
}

/** GET an upload by its id, or by a path the server handed out (`/uploads/<id>?grant=…`). */
export function getUpload(server: TestServer, token: string | null, idOrPath: string): Promise<Answer> {
  const path = idOrPath.startsWith('/') ? idOrPath : `/uploads/${idOrPath}`;
  return fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }).then(answer);
}

/** An upload that must be taken (201): a small noise photo unless bytes are given. */
export async function uploadOk(server: TestServer, token: string, bytes?: Buffer): Promise<UploadCreated> {
  const result = await postAsTaro(server, token, bytes ?? (await photo(64, 48)));
  if (result.status !== 201) throw new Error(`upload refused: ${result.status} ${result.bytes.toString('utf8')}`);
  return result.json;
}

/** A refusal: the status, and exactly `{ error: { code, message } }` with a Chinese message. */
export async function expectRefused(pending: Answer | Promise<Answer>, status: number, code: string): Promise<Answer> {
  const result = await pending;
  expect(result.status, result.bytes.toString('utf8').slice(0, 300)).toBe(status);
  expect(result.json).toEqual({ error: { code, message: expect.any(String) } });
  expect(result.json.error.message).toMatch(/[\u4e00-\u9fff]/);
  return result;
}
