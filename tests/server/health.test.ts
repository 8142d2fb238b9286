// Issue 14 (a production build): the two probes. /healthz says the process answers; /readyz says it may take
// traffic: its database answers and holds every migration this build knows, and it is not stopping.
import { DEFAULT_MIGRATION_TABLE, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../server/src/db/migrations';
import { dialects } from '../testkit/dialects';
import { graphqlRequestInFlight } from '../testkit/in-flight';
import { startTestServer } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

describe.each(dialects)('health probes (%s)', (dialect) => {
  const server = useTestServer({ dialect });

  it('answers /healthz and /readyz on a migrated database', async () => {
    const live = await fetch(`${server().url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok', database: dialect });
    const ready = await fetch(`${server().url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: dialect });
  });

  it('is not ready while a migration this build knows is missing from the database, and alive all the while', async () => {
    const newest = Object.keys(migrations).sort().at(-1);
    if (!newest) throw new Error('no migrations');
    const table = sql.table(DEFAULT_MIGRATION_TABLE);
    const row = await sql<{
      name: string;
      timestamp: string;
    }>`select name, timestamp from ${table} where name = ${newest}`
      .execute(server().db)
      .then((r) => r.rows[0]);
    expect(row?.name).toBe(newest);
    await sql`delete from ${table} where name = ${newest}`.execute(server().db);
    try {
      const ready = await fetch(`${server().url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        status: 'unavailable',
        database: dialect,
        reason: 'migrations pending',
        pending: [newest],
      });
      expect((await fetch(`${server().url}/healthz`)).status).toBe(200);
    } finally {
      await sql`insert into ${table} (name, timestamp) values (${row.name}, ${row.timestamp})`.execute(server().db);
    }
    expect((await fetch(`${server().url}/readyz`)).status).toBe(200);
  });
});

describe('a graceful stop (sqlite)', () => {
  it('refuses new connections at once, answers the request in flight, then closes', async () => {
    const server = await startTestServer({ dialect: 'sqlite' });
    try {
      const inFlight = await graphqlRequestInFlight(server.url, '{ __typename }');
      expect(server.app.requestsInFlight()).toBe(1);

      const closing = server.app.close({ graceMs: 60_000 });
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
      // The body arrives after the stop began: the request is still answered.
      const { status, text } = await inFlight.finish();
      expect(status).toBe(200);
      expect(JSON.parse(text)).toEqual({ data: { __typename: 'Query' } });
      expect(await closing).toEqual({ cut: 0 });
    } finally {
      await server.close();
    }
  });

  it('cuts a request still unfinished when the grace period ends, and says how many it cut', async () => {
    const server = await startTestServer({ dialect: 'sqlite' });
    try {
      // Its body never comes, as from a client that hangs.
      const stuck = await graphqlRequestInFlight(server.url, '{ __typename }');
      expect(await server.app.close({ graceMs: 50 })).toEqual({ cut: 1 });
      await expect(stuck.answer).rejects.toThrow();
    } finally {
      await server.close();
    }
  });
});
