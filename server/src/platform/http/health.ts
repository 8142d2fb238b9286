// The two probes a load balancer or an orchestrator asks: /healthz (liveness: this process answers; restarting it
// would not help) and /readyz (readiness: send it traffic, since its database answers and holds every migration this
// build knows). A stopping process closes its listening socket first, so both probes are refused from then on.
import type { ServerResponse } from 'node:http';
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../db/create-db';
import { pendingMigrations } from '../../db/migrate';
import { sendJson } from './http';

export interface HealthDeps {
  // biome-ignore lint/suspicious/noExplicitAny: the probes read no table of the app's schema
  db: Kysely<any>;
  dialect: Dialect;
}

export type Readiness =
  | { status: 'ready'; database: Dialect }
  | { status: 'unavailable'; database: Dialect; reason: 'database unreachable' }
  | { status: 'unavailable'; database: Dialect; reason: 'migrations pending'; pending: string[] };

export async function readiness(deps: HealthDeps): Promise<Readiness> {
  const database = deps.dialect;
  try {
    await sql`select 1`.execute(deps.db);
  } catch {
    return { status: 'unavailable', database, reason: 'database unreachable' };
  }
  // The migration table can only be missing if something dropped it after start (this process migrated first).
  const pending = await pendingMigrations(deps.db).catch(() => null);
  if (pending === null) return { status: 'unavailable', database, reason: 'database unreachable' };
  if (pending.length > 0) return { status: 'unavailable', database, reason: 'migrations pending', pending };
  return { status: 'ready', database };
}

/** Answers /healthz and /readyz; returns false for any other path. */
export function createHealthRoutes(deps: HealthDeps) {
  return (res: ServerResponse, path: string): boolean => {
    if (path === '/healthz') {
      // No database query: a database outage makes the process unready, not dead (restarting it would not help).
      sendJson(res, 200, { status: 'ok', database: deps.dialect });
      return true;
    }
    if (path === '/readyz') {
      readiness(deps).then(
        (result) => sendJson(res, result.status === 'ready' ? 200 : 503, result),
        () => sendJson(res, 503, { status: 'unavailable', database: deps.dialect }),
      );
      return true;
    }
    return false;
  };
}
