// Per-request context: the app's shared services plus who is asking.
import type { Kysely } from 'kysely';
import type { Config } from './config';
import type { Dialect } from './db/create-db';
import type { Database } from './db/database';
import type { Clock } from './lib/clock';
import type { PersonalDataVault } from './lib/pii';
import type { RateLimiter } from './lib/rate-limit';
import type { WechatClient } from './modules/accounts/wechat.client';
import type { BookingLoaders } from './modules/booking/booking.loaders';

export type StaffRole = 'ADMIN' | 'BRANCH_STAFF' | 'CHECKER';

export interface Viewer {
  accountId: number;
  sessionId: number;
  kind: 'CITIZEN' | 'STAFF';
  role: StaffRole | null;
  branchId: number | null;
  displayName: string;
}

/** Built once per process; stateless apart from connection pools, so any number of processes can run. */
export interface AppServices {
  config: Readonly<Config>;
  db: Kysely<Database>;
  dialect: Dialect;
  clock: Clock;
  vault: PersonalDataVault;
  wechat: WechatClient;
  rateLimiter: RateLimiter;
}

export interface Context extends AppServices {
  viewer: Viewer | null;
  loaders: BookingLoaders;
  /** Client address for rate limits; behind a proxy, the first X-Forwarded-For entry. */
  clientAddress: string;
}
