// Issue 14 (a production build): the two probes. /healthz says the process answers; /readyz says it may take
// traffic: its database answers and holds every migration this build knows, and it is not stopping.
import { request } from 'node:http';
import { DEFAULT_MIGRATION_TABLE, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../server/src/db/migrations';
import { dialects } from '../testkit/dialects';
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
      // A request in flight: its headers are in (the server said 100 Continue), its body not yet sent.
      const body = JSON.stringify({ query: '{ __typename }' });
      const req = request(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          expect: '100-continue',
        },
      });
      const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
        req.once('response', (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.once('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.once('error', reject);
      });
      const continued = new Promise((resolve) => req.once('continue', resolve));
      req.flushHeaders();
      await continued;
      expect(server.app.requestsInFlight()).toBe(1);

      const closing = server.app.close({ graceMs: 60_000 });
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
      // The body arrives after the stop began: the request is still answered.
      req.end(body);
      const { status, text } = await answer;
      expect(status).toBe(200);
      expect(JSON.parse(text)).toEqual({ data: { __typename: 'Query' } });
      expect(await closing).toEqual({ cut: 0 });
    } finally {
      await server.close();
    }
  });
});
