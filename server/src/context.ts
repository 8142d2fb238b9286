// What a request and a service have to work with. AppServices are built once per process and hold no
// state that correctness depends on (only connection pools), so any number of processes can run.

import type { Kysely } from 'kysely';
import type { Config } from './config';
import type { Dialect } from './db/create-db';
import type { Database, Executor } from './db/database';
import type { Actor } from './platform/access/actor';
import type { AuditSource } from './platform/audit/audit-log';
import type { PublicCache } from './platform/cache/public-cache';
import type { MediaStorage } from './platform/media/media-storage';
import type { PersonalDataVault } from './platform/pii/vault';
import type { Clock } from './platform/runtime/clock';
import type { RateLimiter } from './platform/runtime/rate-limit';
import type { CertificateSigner } from './platform/signing/certificate-signer';
import type { WechatClient } from './platform/wechat/wechat.client';

export interface AppServices {
  config: Readonly<Config>;
  db: Kysely<Database>;
  dialect: Dialect;
  clock: Clock;
  vault: PersonalDataVault;
  /** Signs lookup certificates (Ed25519, key from the configuration). */
  certificateSigner: CertificateSigner;
  wechat: WechatClient;
  rateLimiter: RateLimiter;
  /** Cached public reads; invalidate it after committing a change readers see (platform/cache). */
  publicCache: PublicCache;
  /** Public images (data/media by default). */
  mediaStorage: MediaStorage;
}

/**
 * What a service needs: a database executor (the connection, or the transaction its caller opened), the
 * clock and the personal-data vault. Services take these, the acting person and their input — never the
 * GraphQL context — so jobs, exports and scripts call them the same way.
 */
export interface Deps {
  db: Executor;
  clock: Clock;
  vault: PersonalDataVault;
  /** The request a mutation serves, for the audit rows its services record; absent in jobs and scripts. */
  source?: AuditSource;
}

export interface Context extends AppServices {
  viewer: Actor | null;
  /** Client address for rate limits; behind a proxy, the first X-Forwarded-For entry. */
  clientAddress: string;
  /** This request's id, for the audit log and the logs: the proxy's X-Request-Id when trusted, else generated. */
  requestId: string;
}
