// The HTTP face of uploads on the one server (app.ts routes /uploads and /uploads/<id> here):
//   POST /uploads?purpose=LOOKUP_DOCUMENT  a photo (raw image body, or multipart/form-data with one file part)
//                                          → 201 { id, byteSize, width, height }, kept encrypted in the database
//   POST /uploads?purpose=CONTENT_IMAGE    the same from content-editing staff: a public image, stored in
//                                          MediaStorage as variants → 201 { id, byteSize, width, height, url }
//   GET  /uploads/<id>[?grant=<token>]     → the stored JPEG, to whoever authorizeRead admits (by default its owner;
//                                          a feature may admit others who hold its read grant, see upload-grant.ts)
// Both take the GraphQL bearer token; every refusal is `{ error: { code, message } }` (codes in shared/uploads).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isUploadPurpose, type UploadCreated } from '@zz/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Actor } from '../access/actor';
import { MANAGER_SCOPES } from '../access/scopes';
import { readBodyWithinLimit, sendJson } from '../http/http';
import { createMediaImage } from '../media/media.service';
import type { MediaStorage } from '../media/media-storage';
import type { PersonalDataVault } from '../pii/vault';
import type { Clock } from '../runtime/clock';
import type { RateLimiter } from '../runtime/rate-limit';
import { refuse, UploadRefusal } from './upload.errors';
import { describeUpload, readUpload, storeUpload, type UploadDescription } from './upload.service';
import { fileInBody } from './upload-body';
import { isUploadReadGranted } from './upload-grant';

/** What the read request carries besides the session. */
export interface UploadReadAccess {
  /** The request names a genuine, unexpired read grant of this upload to this actor (upload-grant.ts). */
  granted: boolean;
}

/**
 * Whether `actor` may read `upload`. The default admits the owner only; the feature that lets staff read
 * attachments passes its own, which decides by the request the upload belongs to and admits staff only with the
 * grant it handed out when it recorded their reason (lookups: openLookupAttachment).
 */
export type AuthorizeUploadRead = (
  actor: Actor,
  upload: UploadDescription,
  access: UploadReadAccess,
) => boolean | Promise<boolean>;

const isContentEditor = (actor: Actor) =>
  actor.kind === 'STAFF' && actor.role !== null && MANAGER_SCOPES.staffRole.includes(actor.role);

export const ownerOnly: AuthorizeUploadRead = (actor, upload) => actor.accountId === upload.ownerAccountId;

/** The configured limits (config.uploads). */
export interface UploadLimits {
  maxBytes: number;
  perAccountPerHour: number;
  unclaimedTtlSeconds: number;
}

export interface UploadRoutesOptions {
  db: Kysely<Database>;
  vault: PersonalDataVault;
  clock: Clock;
  rateLimiter: RateLimiter;
  limits: UploadLimits;
  /** Where public images (CONTENT_IMAGE) go. */
  mediaStorage: MediaStorage;
  /** The actor behind an Authorization header: the same sessions as GraphQL (accounts module, passed in by app.ts). */
  resolveActor(authorization: string | null): Promise<Actor | null>;
  authorizeRead?: AuthorizeUploadRead;
}

export function createUploadRoutes(options: UploadRoutesOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const authorizeRead = options.authorizeRead ?? ownerOnly;

  async function upload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const actor = await options.resolveActor(req.headers.authorization ?? null);
    if (!actor) throw refuse.unauthenticated();
    const purpose = url.searchParams.get('purpose');
    if (!isUploadPurpose(purpose)) throw refuse.invalidRequest('缺少或无法识别上传用途（purpose）');
    // Public images appear in articles and exhibitions: only the staff who write them (the same roles that may
    // manage content) send them; a citizen's session is refused before anything is read.
    if (purpose === 'CONTENT_IMAGE' && !isContentEditor(actor)) throw refuse.forbidden();
    // Counted before the body is read, so a flood costs the server no reading and no decoding.
    const decision = await options.rateLimiter.hit(`upload:${actor.accountId}`, options.limits.perAccountPerHour, 3600);
    if (!decision.allowed) throw refuse.rateLimited(decision.retryAfterSeconds);

    const read = await readBodyWithinLimit(req, options.limits.maxBytes);
    if (read.kind === 'failed') return;
    if (read.kind === 'too-large') throw refuse.tooLarge(options.limits.maxBytes);
    const file = await fileInBody(req.headers, read.body);
    const now = options.clock.now();
    let created: UploadCreated;
    if (purpose === 'CONTENT_IMAGE') {
      // Public, so not personal data: files in MediaStorage, served to anyone at /media/<id>/<width>.jpg.
      const image = await createMediaImage(
        { db: options.db, storage: options.mediaStorage, now },
        actor.accountId,
        file,
      );
      created = { id: image.id, byteSize: image.byteSize, width: image.width, height: image.height, url: image.path };
    } else {
      const deps = {
        db: options.db,
        vault: options.vault,
        now,
        unclaimedTtlSeconds: options.limits.unclaimedTtlSeconds,
      };
      created = await storeUpload(deps, actor.accountId, purpose, file);
    }
    sendJson(res, 201, created, { 'cache-control': 'no-store' });
  }

  async function download(req: IncomingMessage, res: ServerResponse, id: string, url: URL): Promise<void> {
    const actor = await options.resolveActor(req.headers.authorization ?? null);
    if (!actor) throw refuse.unauthenticated();
    const granted = isUploadReadGranted(options.vault, url.searchParams.get('grant'), {
      uploadId: id,
      accountId: actor.accountId,
      now: options.clock.now(),
    });
    // Someone else's upload answers exactly like a missing one.
    const description = await describeUpload(options.db, id);
    if (!description || !(await authorizeRead(actor, description, { granted }))) throw refuse.notFound();
    const content = await readUpload(options.db, options.vault, id);
    if (!content) throw refuse.notFound();
    res.writeHead(200, {
      'content-type': content.mime,
      'content-length': String(content.bytes.length),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(content.bytes);
  }

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://uploads.invalid');
    const id = url.pathname.match(/^\/uploads\/([^/]+)$/)?.[1];
    let work: Promise<void>;
    if (url.pathname === '/uploads')
      work = req.method === 'POST' ? upload(req, res, url) : Promise.reject(refuse.methodNotAllowed('POST'));
    else if (id !== undefined)
      work = req.method === 'GET' ? download(req, res, id, url) : Promise.reject(refuse.methodNotAllowed('GET'));
    else work = Promise.reject(refuse.notFound());
    work.catch((error: unknown) => answerRefusal(res, error));
  };
}

/**
 * A refusal as JSON. Refusals may come before the body was read (unauthenticated, rate limited, too large),
 * so the connection is closed after the answer rather than reused with unread bytes in it.
 */
function answerRefusal(res: ServerResponse, error: unknown): void {
  const refusal = error instanceof UploadRefusal ? error : refuse.internal();
  if (!(error instanceof UploadRefusal)) console.error('upload request failed', error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(
    res,
    refusal.status,
    { error: { code: refusal.code, message: refusal.message } },
    { ...refusal.headers, connection: 'close' },
  );
}
