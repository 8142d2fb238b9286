// Uploads of identity-document photos (server/src/platform/uploads): only real JPEG, PNG and WebP images are
// taken, within a byte and a pixel limit; what is stored is a fresh JPEG with no metadata, encrypted in the
// database; only its owner reads it back (staff reading a lookup's attachments: lookup-attachments.test.ts); a
// request claims its uploads all or nothing inside its transaction; the purge removes exactly what is due. Raw
// fetch throughout: the body, the framing and the status matter.
import { randomBytes } from 'node:crypto';
import type { UploadPurpose } from '@zz/shared';
import { sql } from 'kysely';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../server/src/db/executor';
import { purgeUploads } from '../../server/src/jobs/uploads-purge.job';
import { PersonalDataVault } from '../../server/src/platform/pii/vault';
import { ManualClock } from '../../server/src/platform/runtime/clock';
import { MAX_INPUT_PIXELS, MAX_OUTPUT_SIDE } from '../../server/src/platform/uploads/image';
import {
  claimUploads,
  purgeExpiredUploads,
  scheduleUploadDeletion,
} from '../../server/src/platform/uploads/upload.service';
import { dialects } from '../testkit/dialects';
import { createStaff, type SignedInAs, signInCitizen } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { useTestServer } from '../testkit/suite';
import {
  type Answer,
  AUTHOR,
  answer,
  CAMERA,
  expectRefused,
  getUpload,
  hasGpsIfd,
  noisePixels,
  phonePhoto,
  photo,
  plain,
  pngClaiming,
  postAsTaro,
  uploadOk,
} from '../testkit/uploads';

const HOUR_MS = 3600 * 1000;
/** What 查档 claims its documents for. */
const PURPOSE: UploadPurpose = 'LOOKUP_DOCUMENT';
const RATE_LIMIT = 8;

/** A raw body, as a web client or a script would send it. */
function postRaw(
  server: TestServer,
  token: string | null,
  body: Buffer | ReadableStream<Uint8Array>,
  init: { contentType?: string; query?: string; extra?: RequestInit } = {},
): Promise<Answer> {
  return fetch(`${server.url}/uploads${init.query ?? '?purpose=LOOKUP_DOCUMENT'}`, {
    method: 'POST',
    headers: {
      'content-type': init.contentType ?? 'image/jpeg',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: Buffer.isBuffer(body) ? plain(body) : body,
    ...init.extra,
  }).then(answer);
}

function uploadsOf(server: TestServer, accountId: number) {
  return (
    server.db
      .selectFrom('upload')
      .select(['id', 'claimed_at', 'delete_after'])
      .where('owner_account_id', '=', accountId)
      // The manual clock stands still, so created_at ties; ids give a stable order.
      .orderBy('id')
      .execute()
  );
}

async function dueAt(server: TestServer, instant: number): Promise<string[]> {
  const rows = await server.db.selectFrom('upload').select('id').where('delete_after', '<=', instant).execute();
  return rows.map((row) => row.id);
}

function storedRow(server: TestServer, id: string) {
  return server.db.selectFrom('upload').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('PersonalDataVault encryption of files', () => {
  const vault = new PersonalDataVault(randomBytes(32));
  const file = randomBytes(5000);

  it('round-trips bytes under the same associated data and never repeats a ciphertext', () => {
    const a = vault.encryptBytes(file, 'upload-1');
    const b = vault.encryptBytes(file, 'upload-1');
    expect(a.equals(b)).toBe(false);
    expect(a.length).toBe(1 + 12 + 16 + file.length);
    expect(vault.decryptBytes(a, 'upload-1').equals(file)).toBe(true);
    expect(vault.decryptBytes(vault.encryptBytes(Buffer.alloc(0), 'x'), 'x').length).toBe(0);
  });

  it('refuses other associated data (a ciphertext moved to another row), another key and any flipped bit', () => {
    const stored = vault.encryptBytes(file, 'upload-1');
    expect(() => vault.decryptBytes(stored, 'upload-2')).toThrow();
    expect(() => new PersonalDataVault(randomBytes(32)).decryptBytes(stored, 'upload-1')).toThrow();
    for (const index of [0, 1, 12, 13, 28, 29, stored.length - 1]) {
      const tampered = Buffer.from(stored);
      tampered[index] ^= 0x01;
      expect(() => vault.decryptBytes(tampered, 'upload-1'), `byte ${index}`).toThrow();
    }
    expect(() => vault.decryptBytes(stored.subarray(0, 28), 'upload-1')).toThrow(/Unknown encrypted file format/);
  });

  it('leaves the text format of encrypt/decrypt as it was', () => {
    expect(vault.encrypt('13812345678')).toMatch(/^v1:[A-Za-z0-9+/=]+$/);
    expect(vault.decrypt(vault.encrypt('欧阳娜娜'))).toBe('欧阳娜娜');
  });
});

describe.each(dialects)('uploads (%s)', (dialect) => {
  const server = useTestServer({ dialect, env: { UPLOAD_RATE_LIMIT: String(RATE_LIMIT) } });

  describe('what is accepted', () => {
    it('stores a JPEG sent as Taro.uploadFile sends it and answers 201 with its id and size', async () => {
      const citizen = await signInCitizen(server());
      const result = await postAsTaro(server(), citizen.token, await photo(320, 240));

      expect(result.status).toBe(201);
      expect(result.json).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{32}$/),
        byteSize: expect.any(Number),
        width: 320,
        height: 240,
      });
      const served = await getUpload(server(), citizen.token, result.json.id);
      expect(served.status).toBe(200);
      expect(served.bytes.length).toBe(result.json.byteSize);
      expect(await uploadsOf(server(), citizen.accountId)).toEqual([
        { id: result.json.id, claimed_at: null, delete_after: server().clock.now() + 24 * HOUR_MS },
      ]);
    });

    it('takes a raw PNG or WebP body too and stores every upload as JPEG', async () => {
      const citizen = await signInCitizen(server());
      for (const format of ['png', 'webp'] as const) {
        const result = await postRaw(server(), citizen.token, await photo(50, 40, format), {
          contentType: `image/${format}`,
        });
        expect(result.status, format).toBe(201);
        const served = await getUpload(server(), citizen.token, result.json.id);
        expect(served.headers.get('content-type')).toBe('image/jpeg');
        expect(await sharp(served.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 50, height: 40 });
      }
    });

    it('turns a phone photo upright by its EXIF orientation and keeps none of its EXIF, GPS, XMP or ICC profile', async () => {
      const citizen = await signInCitizen(server());
      const original = await phonePhoto();
      const before = await sharp(original).metadata();
      // The fixture really carries what must go.
      expect(before).toMatchObject({ width: 300, height: 200, orientation: 6 });
      expect(before.exif && hasGpsIfd(before.exif)).toBe(true);
      expect(before.exif?.includes(CAMERA)).toBe(true);
      expect(before.xmp?.includes(AUTHOR)).toBe(true);
      expect(before.icc).toBeDefined();

      const created = await uploadOk(server(), citizen.token, original);
      expect(created).toMatchObject({ width: 200, height: 300 });
      const served = (await getUpload(server(), citizen.token, created.id)).bytes;
      const after = await sharp(served).metadata();
      expect(after).toMatchObject({ format: 'jpeg', width: 200, height: 300 });
      expect({
        exif: after.exif,
        xmp: after.xmp,
        icc: after.icc,
        iptc: after.iptc,
        orientation: after.orientation,
      }).toEqual({ exif: undefined, xmp: undefined, icc: undefined, iptc: undefined, orientation: undefined });
      expect(served.includes(CAMERA)).toBe(false);
      expect(served.includes(AUTHOR)).toBe(false);
      expect(served.includes('Exif\0\0')).toBe(false);
      // It still decodes, whole.
      const { info } = await sharp(served).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height, info.channels]).toEqual([200, 300, 3]);
    });

    it(`bounds the longest side to ${MAX_OUTPUT_SIDE} px, keeping the proportions`, async () => {
      const citizen = await signInCitizen(server());
      const wide = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#d0c8b0' } })
        .png()
        .toBuffer();
      expect(await uploadOk(server(), citizen.token, wide)).toMatchObject({ width: MAX_OUTPUT_SIDE, height: 800 });
    });

    it('lets staff upload too', async () => {
      const staff = await createStaff(server(), 'BRANCH_STAFF');
      const created = await uploadOk(server(), staff.token);
      expect((await getUpload(server(), staff.token, created.id)).status).toBe(200);
    });
  });

  describe('what is refused', () => {
    it('refuses a body over the limit, declared or streamed, with 413 UPLOAD_TOO_LARGE and stores nothing', async () => {
      const citizen = await signInCitizen(server());
      const limit = server().config.uploads.maxBytes;
      expect(limit).toBe(8 * 1024 * 1024);
      const oversized = Buffer.concat([await photo(64, 64), randomBytes(limit)]);
      await expectRefused(postRaw(server(), citizen.token, oversized), 413, 'UPLOAD_TOO_LARGE');
      await expectRefused(postAsTaro(server(), citizen.token, oversized), 413, 'UPLOAD_TOO_LARGE');

      // Without Content-Length: an endless body is answered once the limit is passed.
      const chunk = randomBytes(64 * 1024);
      let sent = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const streamed = await postRaw(server(), citizen.token, endless, { extra: { duplex: 'half' } as RequestInit });
      await expectRefused(streamed, 413, 'UPLOAD_TOO_LARGE');
      expect(sent).toBeGreaterThan(limit);

      expect(await uploadsOf(server(), citizen.accountId)).toEqual([]);
      expect((await fetch(`${server().url}/healthz`)).status).toBe(200);
    });

    /** Each attempt is refused as not an image, and the citizen has no upload afterwards. */
    async function expectNotTakenAsImages(citizen: SignedInAs, attempts: Array<() => Promise<Answer>>) {
      for (const attempt of attempts) await expectRefused(attempt(), 415, 'UPLOAD_NOT_AN_IMAGE');
      expect(await uploadsOf(server(), citizen.accountId)).toEqual([]);
    }

    it('refuses a PDF, a text file renamed photo.jpg and sent as image/jpeg, and an empty body with 415 UPLOAD_NOT_AN_IMAGE', async () => {
      const citizen = await signInCitizen(server());
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
      const text = Buffer.from('姓名：欧阳娜娜 身份证号：350602199001011234\n'.repeat(20));
      await expectNotTakenAsImages(citizen, [
        () => postAsTaro(server(), citizen.token, pdf, { name: 'scan.pdf', type: 'application/pdf' }),
        () => postAsTaro(server(), citizen.token, pdf, { name: 'scan.jpg', type: 'image/jpeg' }),
        () => postAsTaro(server(), citizen.token, text, { name: 'photo.jpg', type: 'image/jpeg' }),
        () => postRaw(server(), citizen.token, text, { contentType: 'image/jpeg' }),
        () => postRaw(server(), citizen.token, Buffer.alloc(0)),
      ]);
    });

    it('refuses formats other than JPEG, PNG and WebP before any decoder sees them (GIF, SVG)', async () => {
      const citizen = await signInCitizen(server());
      const gif = await sharp(noisePixels(16, 16), { raw: { width: 16, height: 16, channels: 3 } })
        .gif()
        .toBuffer();
      const svg = Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
      );
      await expectNotTakenAsImages(citizen, [
        () => postRaw(server(), citizen.token, gif, { contentType: 'image/gif' }),
        () => postRaw(server(), citizen.token, svg, { contentType: 'image/jpeg' }),
      ]);
    });

    it('refuses a JPEG cut off halfway, which has the right magic bytes but does not decode', async () => {
      const citizen = await signInCitizen(server());
      const whole = await photo(200, 200);
      await expectNotTakenAsImages(citizen, [
        () => postAsTaro(server(), citizen.token, whole.subarray(0, whole.length / 2)),
      ]);
    });

    it(`refuses a small PNG whose header claims more than ${MAX_INPUT_PIXELS / 1e6} MP (a decompression bomb) with 413 UPLOAD_TOO_MANY_PIXELS`, async () => {
      const citizen = await signInCitizen(server());
      const bomb = pngClaiming(100_000);
      expect(bomb.length).toBeLessThan(1024);
      await expectRefused(
        postRaw(server(), citizen.token, bomb, { contentType: 'image/png' }),
        413,
        'UPLOAD_TOO_MANY_PIXELS',
      );
      expect(await uploadsOf(server(), citizen.accountId)).toEqual([]);
    });

    it('refuses an anonymous upload, an unknown token and a signed-out session with 401 UPLOAD_UNAUTHENTICATED', async () => {
      const image = await photo(32, 32);
      await expectRefused(postAsTaro(server(), null, image), 401, 'UPLOAD_UNAUTHENTICATED');
      await expectRefused(postRaw(server(), 'not-a-session-token', image), 401, 'UPLOAD_UNAUTHENTICATED');
      const rows = await server().db.selectFrom('upload').select('id').execute();
      const citizen = await signInCitizen(server());
      server().clock.advance(server().config.sessionTtlSeconds * 1000 + 1);
      try {
        await expectRefused(postAsTaro(server(), citizen.token, image), 401, 'UPLOAD_UNAUTHENTICATED');
      } finally {
        server().clock.advance(-(server().config.sessionTtlSeconds * 1000 + 1));
      }
      expect(await server().db.selectFrom('upload').select('id').execute()).toEqual(rows);
    });

    it('refuses a missing or unknown purpose, two files in one form and a form without a file with 400 UPLOAD_INVALID_REQUEST', async () => {
      const citizen = await signInCitizen(server());
      const image = await photo(32, 32);
      await expectRefused(postRaw(server(), citizen.token, image, { query: '' }), 400, 'UPLOAD_INVALID_REQUEST');
      await expectRefused(
        postRaw(server(), citizen.token, image, { query: '?purpose=ANYTHING' }),
        400,
        'UPLOAD_INVALID_REQUEST',
      );
      const two = new FormData();
      two.append('file', new Blob([plain(image)], { type: 'image/jpeg' }), 'a.jpg');
      two.append('file2', new Blob([plain(image)], { type: 'image/jpeg' }), 'b.jpg');
      const none = new FormData();
      none.append('purpose', 'LOOKUP_DOCUMENT');
      for (const body of [two, none]) {
        const result = await fetch(`${server().url}/uploads?purpose=LOOKUP_DOCUMENT`, {
          method: 'POST',
          headers: { authorization: `Bearer ${citizen.token}` },
          body,
        }).then(answer);
        await expectRefused(result, 400, 'UPLOAD_INVALID_REQUEST');
      }
      expect(await uploadsOf(server(), citizen.accountId)).toEqual([]);
    });

    it(`refuses the ${RATE_LIMIT + 1}th upload of an account within an hour with 429 UPLOAD_RATE_LIMITED and Retry-After, and not another account's`, async () => {
      const [busy, other] = [await signInCitizen(server()), await signInCitizen(server())];
      const image = await photo(16, 16);
      for (let i = 0; i < RATE_LIMIT; i++) await uploadOk(server(), busy.token, image);
      const refused = await postAsTaro(server(), busy.token, image);
      await expectRefused(refused, 429, 'UPLOAD_RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await uploadsOf(server(), busy.accountId)).toHaveLength(RATE_LIMIT);
      await uploadOk(server(), other.token, image);
    });

    it('answers other methods with 405 and unknown paths under /uploads with 404', async () => {
      const citizen = await signInCitizen(server());
      const { id } = await uploadOk(server(), citizen.token);
      const get = await fetch(`${server().url}/uploads`, { headers: { authorization: `Bearer ${citizen.token}` } });
      await expectRefused(answer(get), 405, 'UPLOAD_METHOD_NOT_ALLOWED');
      const del = await fetch(`${server().url}/uploads/${id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${citizen.token}` },
      });
      await expectRefused(answer(del), 405, 'UPLOAD_METHOD_NOT_ALLOWED');
      await expectRefused(getUpload(server(), citizen.token, `${id}/x`), 404, 'UPLOAD_NOT_FOUND');
    });
  });

  describe('at rest and on the way back', () => {
    it('stores the image encrypted: the row holds neither the JPEG header nor any run of its bytes, and decrypts to exactly the served bytes', async () => {
      const citizen = await signInCitizen(server());
      const { id, byteSize } = await uploadOk(server(), citizen.token, await photo(400, 300));
      const served = (await getUpload(server(), citizen.token, id)).bytes;
      const row = await storedRow(server(), id);
      const stored = Buffer.from(row.content);

      expect(row.byte_size).toBe(byteSize);
      expect(stored.length).toBe(1 + 12 + 16 + served.length);
      // A JPEG starts FF D8 FF; the stored value starts with the format byte instead. (Two given bytes occur
      // by chance somewhere in any large random value, so the search for runs uses longer ones.)
      expect([...stored.subarray(0, 2)]).not.toEqual([0xff, 0xd8]);
      expect(stored.includes(served.subarray(0, 16))).toBe(false);
      for (const at of [served.length / 4, served.length / 2, (3 * served.length) / 4]) {
        const run = served.subarray(Math.floor(at), Math.floor(at) + 24);
        expect(stored.includes(run), `bytes from ${Math.floor(at)}`).toBe(false);
      }
      const decrypted = server().app.services.vault.decryptBytes(stored, id);
      expect(decrypted.equals(served)).toBe(true);
      expect(() => server().app.services.vault.decryptBytes(stored, 'f'.repeat(32))).toThrow();
    });

    it('serves an upload to its owner only, never cached: another citizen, staff and an unknown id get 404, anonymous 401', async () => {
      const [owner, other] = [await signInCitizen(server()), await signInCitizen(server())];
      const staff = await createStaff(server(), 'ADMIN');
      const { id } = await uploadOk(server(), owner.token);

      const mine = await getUpload(server(), owner.token, id);
      expect(mine.status).toBe(200);
      expect(mine.headers.get('cache-control')).toBe('private, no-store');
      expect(mine.headers.get('content-type')).toBe('image/jpeg');
      expect(mine.headers.get('x-content-type-options')).toBe('nosniff');

      const theirs = await getUpload(server(), other.token, id);
      await expectRefused(theirs, 404, 'UPLOAD_NOT_FOUND');
      expect(theirs.bytes.includes(mine.bytes.subarray(0, 16))).toBe(false);
      await expectRefused(getUpload(server(), staff.token, id), 404, 'UPLOAD_NOT_FOUND');
      await expectRefused(getUpload(server(), owner.token, 'a'.repeat(32)), 404, 'UPLOAD_NOT_FOUND');
      await expectRefused(getUpload(server(), owner.token, `${id.toUpperCase()}`), 404, 'UPLOAD_NOT_FOUND');
      await expectRefused(getUpload(server(), null, id), 401, 'UPLOAD_UNAUTHENTICATED');
    });
  });

  describe('claims by a request', () => {
    /** What a feature's mutation does: claim inside its transaction, and roll back when the claim fails. */
    async function claimInTransaction(owner: SignedInAs, ids: string[]): Promise<'claimed' | 'rolled back'> {
      class ClaimRefused extends Error {}
      try {
        await inTransaction(server().db, async (trx) => {
          if (!(await claimUploads(trx, owner.accountId, PURPOSE, ids, server().clock.now()))) throw new ClaimRefused();
        });
        return 'claimed';
      } catch (error) {
        if (error instanceof ClaimRefused) return 'rolled back';
        throw error;
      }
    }

    it("claims all of the owner's unclaimed uploads at once, which keeps them from the purge", async () => {
      const owner = await signInCitizen(server());
      const a = await uploadOk(server(), owner.token);
      const b = await uploadOk(server(), owner.token);

      expect(await claimInTransaction(owner, [a.id, b.id, a.id])).toBe('claimed');
      const now = server().clock.now();
      expect(await uploadsOf(server(), owner.accountId)).toEqual(
        [a.id, b.id].sort().map((id) => ({ id, claimed_at: now, delete_after: null })),
      );
      expect(await claimUploads(server().db, owner.accountId, PURPOSE, [], now)).toBe(true);
    });

    it("refuses another owner's id and an already claimed id, and leaves nothing half-claimed", async () => {
      const [owner, other] = [await signInCitizen(server()), await signInCitizen(server())];
      const mine = await uploadOk(server(), owner.token);
      const taken = await uploadOk(server(), owner.token);
      const theirs = await uploadOk(server(), other.token);
      expect(await claimInTransaction(owner, [taken.id])).toBe('claimed');
      const before = await uploadsOf(server(), owner.accountId);

      expect(await claimInTransaction(owner, [mine.id, theirs.id])).toBe('rolled back');
      expect(await claimInTransaction(owner, [mine.id, taken.id])).toBe('rolled back');
      expect(await claimInTransaction(owner, [mine.id, 'not-an-id'])).toBe('rolled back');
      expect(await claimInTransaction(owner, [mine.id, 'b'.repeat(32)])).toBe('rolled back');

      expect(await uploadsOf(server(), owner.accountId)).toEqual(before);
      expect(before.find((row) => row.id === mine.id)).toMatchObject({ claimed_at: null });
      expect(await uploadsOf(server(), other.accountId)).toEqual([
        { id: theirs.id, claimed_at: null, delete_after: expect.any(Number) },
      ]);
    });

    it('refuses an upload made for another purpose: a photo sent for one feature is not a document of another', async () => {
      const owner = await signInCitizen(server());
      const [document, elsewhere] = [await uploadOk(server(), owner.token), await uploadOk(server(), owner.token)];
      // Only one purpose exists today; a row written as another feature's stands in for the next one.
      await sql`update upload set purpose = ${'ARTICLE_IMAGE'} where id = ${elsewhere.id}`.execute(server().db);

      expect(await claimInTransaction(owner, [document.id, elsewhere.id])).toBe('rolled back');
      expect(await claimInTransaction(owner, [document.id])).toBe('claimed');
      expect((await uploadsOf(server(), owner.accountId)).find((row) => row.id === elsewhere.id)).toMatchObject({
        claimed_at: null,
      });
    });
  });

  describe('purge', () => {
    it('deletes only uploads that are due, and two concurrent runs delete each of them once', async () => {
      const owner = await signInCitizen(server());
      const now = server().clock.now();
      const [unclaimed, held, closedLongAgo, closedRecently, due] = [
        await uploadOk(server(), owner.token),
        await uploadOk(server(), owner.token),
        await uploadOk(server(), owner.token),
        await uploadOk(server(), owner.token),
        await uploadOk(server(), owner.token),
      ];
      expect(
        await claimUploads(server().db, owner.accountId, PURPOSE, [held.id, closedLongAgo.id, closedRecently.id], now),
      ).toBe(true);
      expect(await scheduleUploadDeletion(server().db, [closedLongAgo.id, due.id], now - 1)).toBe(2);
      expect(await scheduleUploadDeletion(server().db, [closedRecently.id], now + HOUR_MS)).toBe(1);
      // Anything another test left due at this instant goes too; count only this test's rows.
      const dueBefore = await dueAt(server(), now);
      expect(dueBefore).toEqual(expect.arrayContaining([closedLongAgo.id, due.id]));

      const [first, second] = await Promise.all([
        purgeExpiredUploads(server().db, now, 1000),
        purgeExpiredUploads(server().db, now, 1000),
      ]);
      expect(first + second).toBe(dueBefore.length);
      expect((await uploadsOf(server(), owner.accountId)).map((row) => row.id).sort()).toEqual(
        [unclaimed.id, held.id, closedRecently.id].sort(),
      );
      expect(await purgeExpiredUploads(server().db, now, 1000)).toBe(0);
      const dueInAnHour = await dueAt(server(), now + HOUR_MS);
      expect(dueInAnHour).toContain(closedRecently.id);
      expect(await purgeExpiredUploads(server().db, now + HOUR_MS, 1000)).toBe(dueInAnHour.length);
      expect((await uploadsOf(server(), owner.accountId)).map((row) => row.id).sort()).toEqual(
        [unclaimed.id, held.id].sort(),
      );
    });

    it('the scheduled job removes unclaimed uploads a day after they were made, in batches, and never a claimed one', async () => {
      const owner = await signInCitizen(server());
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await uploadOk(server(), owner.token)).id);
      expect(await claimUploads(server().db, owner.accountId, PURPOSE, [ids[0]], server().clock.now())).toBe(true);
      const ttl = server().config.uploads.unclaimedTtlSeconds * 1000;
      const job = (at: number) => purgeUploads({ db: server().db, clock: new ManualClock(at) }, 2);

      expect(await job(server().clock.now() + ttl - 1)).toBe(0);
      // Every upload of this suite that nobody claimed is a day old then, this test's four among them.
      const due = await dueAt(server(), server().clock.now() + ttl);
      expect(due).toEqual(expect.arrayContaining(ids.slice(1)));
      expect(await job(server().clock.now() + ttl)).toBe(due.length);
      expect(await uploadsOf(server(), owner.accountId)).toEqual([
        { id: ids[0], claimed_at: expect.any(Number), delete_after: null },
      ]);
      expect(await job(server().clock.now() + ttl)).toBe(0);
    });
  });
});
