// Public images through the one upload endpoint (POST /uploads?purpose=CONTENT_IMAGE) and their serving at
// /media/<id>/<width>.jpg: only content-editing staff send them; the type is decided by the bytes; what is kept is
// a fresh JPEG per screen size with no metadata and nothing appended; refusals leave nothing behind; anyone reads
// the variants with year-long cache headers. Raw fetch throughout: the body, the framing and the headers matter.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MEDIA_VARIANT_WIDTHS, mediaPath } from '@zz/shared';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { describeMediaImages } from '../../server/src/platform/media/media.service';
import { dialects } from '../testkit/dialects';
import { signInCitizen } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';
import {
  AUTHOR,
  CAMERA,
  expectRefused,
  getMedia,
  hasGpsIfd,
  phonePhoto,
  photo,
  pngClaiming,
  postContentImage,
} from '../testkit/uploads';

/** Small enough that a test sends more than it without building megabytes. */
const MAX_BYTES = 200_000;
const WIDTHS = Object.values(MEDIA_VARIANT_WIDTHS);

/** A large picture of few bytes (one colour): proportions and widths matter here, not content. */
function plainPicture(width: number, height: number, format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#8a6d3b' } })
    .toFormat(format)
    .toBuffer();
}

/** Every file under the server's media directory (relative paths). */
function storedFiles(server: TestServer): string[] {
  const dir = server.config.content.mediaDir;
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

async function mediaRows(server: TestServer) {
  return server.db.selectFrom('media').selectAll().orderBy('id').execute();
}

/** A refusal that stored no file and no row. */
async function expectNothingStored(server: TestServer, work: () => Promise<unknown>): Promise<void> {
  const files = storedFiles(server).length;
  const rows = (await mediaRows(server)).length;
  await work();
  expect(storedFiles(server)).toHaveLength(files);
  expect(await mediaRows(server)).toHaveLength(rows);
}

/** The start of an ELF executable (Linux) and of a PE one (Windows), with some code-like bytes after. */
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(2000, 0x90)]);
const PE = Buffer.concat([
  Buffer.from('MZ', 'latin1'),
  Buffer.alloc(58),
  Buffer.from('PE\0\0', 'latin1'),
  Buffer.alloc(2000, 0xcc),
]);
const HTML_PAYLOAD = Buffer.from('<html><script>alert(document.cookie)</script></html>', 'latin1');
/** A local-file header of a ZIP archive: what makes "JPEG + ZIP" polyglots open as archives. */
const ZIP_PAYLOAD = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from('evil.js', 'latin1'),
  Buffer.alloc(64, 1),
]);

describe.each(dialects)('public images: upload and serving (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, env: { UPLOAD_MAX_BYTES: String(MAX_BYTES) } },
    { editor: ['BRANCH_STAFF', { branchCode: 'longhai' }], admin: ['ADMIN'], checker: ['CHECKER'] },
  );

  it('takes a staff upload sent as Taro does, records it, and answers its id, size and screen URL', async () => {
    const result = await postContentImage(server(), staff.editor.token, await plainPicture(2000, 1000));
    expect(result.status, result.bytes.toString('utf8')).toBe(201);
    expect(result.headers.get('cache-control')).toBe('no-store');
    const { id } = result.json;
    expect(result.json).toEqual({ id, byteSize: expect.any(Number), width: 2000, height: 1000, url: mediaPath(id) });
    const rows = await mediaRows(server());
    expect(rows.find((row) => row.id === id)).toMatchObject({
      uploaded_by: staff.editor.accountId,
      width: 2000,
      height: 1000,
      byte_size: result.json.byteSize,
      created_at: server().clock.now(),
    });
    const screen = await getMedia(server(), result.json.url);
    expect(screen.bytes.length).toBe(result.json.byteSize);
  });

  it('describes stored images by id in one query, ignoring unknown and malformed ids', async () => {
    const { json } = await postContentImage(server(), staff.editor.token, await plainPicture(1200, 900));
    let sizes: Awaited<ReturnType<typeof describeMediaImages>> | undefined;
    const statements = await server().statementsDuring(async () => {
      sizes = await describeMediaImages(server().db, [json.id, json.id, '0'.repeat(32), '../x']);
    });
    expect(statements).toHaveLength(1);
    expect(sizes).toEqual(new Map([[json.id, { width: 1200, height: 900 }]]));
    expect(await describeMediaImages(server().db, [])).toEqual(new Map());
  });

  it('makes 480, 960 and 1600 px wide variants of a large picture, keeping its proportions', async () => {
    const { json } = await postContentImage(server(), staff.admin.token, await plainPicture(2000, 1000, 'png'));
    for (const width of WIDTHS) {
      const served = await getMedia(server(), `/media/${json.id}/${width}.jpg`);
      expect(served.status).toBe(200);
      expect(await sharp(served.bytes).metadata()).toMatchObject({ format: 'jpeg', width, height: width / 2 });
    }
  });

  it('never enlarges a small picture: every variant keeps its own width', async () => {
    const { json } = await postContentImage(server(), staff.editor.token, await photo(300, 200, 'webp'));
    for (const width of WIDTHS) {
      const served = await getMedia(server(), `/media/${json.id}/${width}.jpg`);
      expect(await sharp(served.bytes).metadata()).toMatchObject({ width: 300, height: 200 });
    }
  });

  it('strips EXIF with the GPS position, the camera, XMP and ICC from every variant, and turns the picture upright', async () => {
    const original = await phonePhoto();
    const before = await sharp(original).metadata();
    expect(before.exif && hasGpsIfd(before.exif)).toBe(true);
    const { json } = await postContentImage(server(), staff.editor.token, original);
    // Orientation 6: the sensor's 300 × 200 is a 200 × 300 picture.
    expect(json).toMatchObject({ width: 200, height: 300 });
    for (const width of WIDTHS) {
      const served = await getMedia(server(), `/media/${json.id}/${width}.jpg`);
      const after = await sharp(served.bytes).metadata();
      expect(after).toMatchObject({ width: 200, height: 300 });
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.icc).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect(served.bytes.includes(Buffer.from(CAMERA))).toBe(false);
      expect(served.bytes.includes(Buffer.from(AUTHOR))).toBe(false);
    }
  });

  it('refuses a renamed executable (ELF, PE) sent as photo.jpg image/jpeg with 415, storing nothing', async () => {
    for (const executable of [ELF, PE]) {
      await expectNothingStored(server(), () =>
        expectRefused(postContentImage(server(), staff.editor.token, executable), 415, 'UPLOAD_NOT_AN_IMAGE'),
      );
    }
  });

  it('keeps only a clean re-encoded JPEG of a polyglot (JPEG + HTML + ZIP): nothing appended survives', async () => {
    const image = await photo(120, 80);
    const polyglot = Buffer.concat([image, HTML_PAYLOAD, ZIP_PAYLOAD]);
    // The input really is a polyglot: a JPEG decoder reads it, and the payloads are in it.
    expect((await sharp(polyglot).metadata()).format).toBe('jpeg');
    expect(polyglot.includes(Buffer.from('<script'))).toBe(true);
    const { status, json } = await postContentImage(server(), staff.editor.token, polyglot);
    expect(status).toBe(201);
    for (const width of WIDTHS) {
      const served = await getMedia(server(), `/media/${json.id}/${width}.jpg`);
      expect(await sharp(served.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 120, height: 80 });
      // A JPEG ends at its end-of-image marker; the encoder wrote nothing after it.
      expect(served.bytes.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
      expect(served.bytes.includes(Buffer.from('<script'))).toBe(false);
      expect(served.bytes.includes(Buffer.from('<html'))).toBe(false);
      expect(served.bytes.includes(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(false);
    }
  });

  it('refuses a GIF/JavaScript polyglot (GIF is never decoded) with 415', async () => {
    const gifScript = Buffer.from('GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=1;alert(document.domain);//', 'latin1');
    await expectNothingStored(server(), () =>
      expectRefused(
        postContentImage(server(), staff.editor.token, gifScript, { name: 'a.gif', type: 'image/gif' }),
        415,
        'UPLOAD_NOT_AN_IMAGE',
      ),
    );
  });

  it('refuses a file above the byte limit with 413, storing nothing', async () => {
    const large = await photo(400, 400, 'png');
    expect(large.length).toBeGreaterThan(MAX_BYTES);
    await expectNothingStored(server(), () =>
      expectRefused(postContentImage(server(), staff.editor.token, large), 413, 'UPLOAD_TOO_LARGE'),
    );
  });

  it('refuses a zero-byte file with 415, storing nothing', async () => {
    await expectNothingStored(server(), () =>
      expectRefused(postContentImage(server(), staff.editor.token, Buffer.alloc(0)), 415, 'UPLOAD_NOT_AN_IMAGE'),
    );
  });

  it('refuses an image bomb (a tiny PNG claiming 30000 × 30000 pixels) by the pixel limit, storing nothing', async () => {
    const bomb = pngClaiming(30_000);
    expect(bomb.length).toBeLessThan(10_000);
    await expectNothingStored(server(), () =>
      expectRefused(postContentImage(server(), staff.editor.token, bomb), 413, 'UPLOAD_TOO_MANY_PIXELS'),
    );
  });

  it('refuses citizens and door checkers with 403 UPLOAD_FORBIDDEN and anonymous senders with 401', async () => {
    const image = await photo(64, 48);
    const citizen = await signInCitizen(server());
    await expectNothingStored(server(), async () => {
      await expectRefused(postContentImage(server(), citizen.token, image), 403, 'UPLOAD_FORBIDDEN');
      await expectRefused(postContentImage(server(), staff.checker.token, image), 403, 'UPLOAD_FORBIDDEN');
      await expectRefused(postContentImage(server(), null, image), 401, 'UPLOAD_UNAUTHENTICATED');
    });
  });

  it('serves a variant to anyone with year-long immutable caching, nosniff and an ETag; HEAD gives the headers alone', async () => {
    const { json } = await postContentImage(server(), staff.editor.token, await photo(640, 480));
    const got = await getMedia(server(), json.url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(got.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = got.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(got.headers.get('content-length')).toBe(String(got.bytes.length));

    const head = await getMedia(server(), json.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.bytes.length).toBe(0);
    expect(head.headers.get('content-length')).toBe(String(got.bytes.length));
    expect(head.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(head.headers.get('etag')).toBe(etag);

    const revalidated = await getMedia(server(), json.url, { headers: { 'if-none-match': etag as string } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.bytes.length).toBe(0);
  });

  it('answers 404 JSON for an unknown id, another width, another name and any path trick', async () => {
    const { json } = await postContentImage(server(), staff.editor.token, await photo(64, 48));
    const paths = [
      mediaPath('0'.repeat(32)),
      `/media/${json.id}/720.jpg`,
      `/media/${json.id}/960.png`,
      `/media/${json.id}/`,
      `/media/${json.id.toUpperCase()}/960.jpg`,
      '/media/..%2F..%2Fpackage.json',
      `/media/${json.id}/..%2F..%2F..%2Fpackage.json`,
    ];
    for (const path of paths) {
      const result = await getMedia(server(), path);
      expect(result.status, path).toBe(404);
      expect(result.json, path).toEqual({ error: { code: 'MEDIA_NOT_FOUND', message: expect.any(String) } });
    }
  });
});

describe.each(dialects)('public images share the upload rate limit (%s)', (dialect) => {
  const { server, staff } = useStaffSuite({ dialect, env: { UPLOAD_RATE_LIMIT: '2' } }, { editor: ['BRANCH_STAFF'] });

  it('counts content images with every other upload of the account and refuses past the limit with 429', async () => {
    const image = await photo(64, 48);
    for (let i = 0; i < 2; i += 1)
      expect((await postContentImage(server(), staff.editor.token, image)).status).toBe(201);
    await expectNothingStored(server(), async () => {
      const refused = await expectRefused(
        postContentImage(server(), staff.editor.token, image),
        429,
        'UPLOAD_RATE_LIMITED',
      );
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });
});
