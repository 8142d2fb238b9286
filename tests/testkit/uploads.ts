// Upload helpers over raw HTTP (POST /uploads is not GraphQL): photos made with sharp, the multipart body
// Taro.uploadFile sends, reading an upload back, and an answer's status, headers, bytes and JSON in one value.
import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { UploadCreated, UploadPurpose } from '@zz/shared';
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
  file: { name?: string; type?: string; purpose?: UploadPurpose } = {},
): Promise<Answer> {
  const form = new FormData();
  form.append('file', new Blob([plain(bytes)], { type: file.type ?? 'image/jpeg' }), file.name ?? 'photo.jpg');
  return fetch(`${server.url}/uploads?purpose=${file.purpose ?? 'LOOKUP_DOCUMENT'}`, {
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

/** A public image for articles and exhibitions (POST /uploads?purpose=CONTENT_IMAGE), as the studio sends it. */
export function postContentImage(
  server: TestServer,
  token: string | null,
  bytes: Buffer,
  file: { name?: string; type?: string } = {},
): Promise<Answer> {
  return postAsTaro(server, token, bytes, { ...file, purpose: 'CONTENT_IMAGE' });
}

/** GET (or HEAD) a public image by the path the server handed out (/media/<id>/<width>.jpg). */
export function getMedia(
  server: TestServer,
  path: string,
  init: { method?: 'GET' | 'HEAD'; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return fetch(`${server.url}${path}`, { method: init.method ?? 'GET', headers: init.headers }).then(answer);
}

/** A refusal: the status, and exactly `{ error: { code, message } }` with a Chinese message. */
export async function expectRefused(pending: Answer | Promise<Answer>, status: number, code: string): Promise<Answer> {
  const result = await pending;
  expect(result.status, result.bytes.toString('utf8').slice(0, 300)).toBe(status);
  expect(result.json).toEqual({ error: { code, message: expect.any(String) } });
  expect(result.json.error.message).toMatch(/[\u4e00-\u9fff]/);
  return result;
}

export const CAMERA = 'SecretCam ZZ-1';
export const AUTHOR = 'Ouyang Nana';

/**
 * A phone photo with everything a phone writes: EXIF camera and GPS position (Zhangzhou), orientation 6 (the
 * sensor was held sideways: the stored pixels are 300 × 200, the picture is 200 × 300), XMP and an ICC profile.
 */
export function phonePhoto(): Promise<Buffer> {
  return sharp(noisePixels(300, 200), { raw: { width: 300, height: 200, channels: 3 } })
    .withExif({
      IFD0: { Make: CAMERA, Model: 'X1', Artist: AUTHOR },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '24/1 30/1 47/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '117/1 39/1 0/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .withIccProfile('p3')
    .withXmp(
      `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
        `<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${AUTHOR}</dc:creator>` +
        `</rdf:Description></rdf:RDF></x:xmpmeta>`,
    )
    .jpeg()
    .toBuffer();
}

/** Whether an EXIF block has a GPS IFD (tag 0x8825), in either byte order. */
export function hasGpsIfd(exif: Buffer): boolean {
  const littleEndian = exif.subarray(6, 8).toString('latin1') === 'II';
  return exif.includes(Buffer.from(littleEndian ? [0x25, 0x88] : [0x88, 0x25]));
}

/** A valid PNG whose header claims `side` × `side` pixels, with almost no data: a decompression bomb's shape. */
export function pngClaiming(side: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(4096))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
