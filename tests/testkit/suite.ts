// Vitest wiring for the test server; kept apart from server.ts so scripts (the benchmark) can start servers
// without importing vitest.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { StaffRole } from '../../server/src/platform/access/actor';
import { createStaff, type StaffSignedIn } from './seed';
import { DEFAULT_TEST_INSTANT, startTestServer, type TestServer, type TestServerOptions } from './server';

/**
 * One server for a describe block: started in beforeAll, closed in afterAll. Call the returned function
 * inside tests (`const server = useTestServer(...)` → `server().execute(...)`).
 */
export function useTestServer(options: TestServerOptions | (() => TestServerOptions)): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(typeof options === 'function' ? options() : options);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('the test server is not running (used outside a test?)');
    return server;
  };
}

/** A member of staff a suite needs: the role, and the archive when not the city archive. */
export type StaffNeeded = readonly [role: StaffRole, options?: { branchCode?: string }];

/**
 * A server for a describe block with the staff its tests act as, signed in once in beforeAll, and (unless
 * `resetClock` is false) the clock back at the default test instant before each test, so a test that moves time
 * leaves none behind. Read the staff inside tests: `staff.manager` is set once the block has started.
 */
export function useStaffSuite<const Names extends string>(
  options: TestServerOptions & { resetClock?: boolean },
  needed: Record<Names, StaffNeeded>,
): { server: () => TestServer; staff: Record<Names, StaffSignedIn> } {
  const { resetClock = true, ...serverOptions } = options;
  const server = useTestServer(serverOptions);
  const staff = {} as Record<Names, StaffSignedIn>;
  beforeAll(async () => {
    for (const [name, [role, staffOptions]] of Object.entries(needed) as Array<[Names, StaffNeeded]>) {
      staff[name] = await createStaff(server(), role, staffOptions);
    }
  });
  if (resetClock) beforeEach(() => server().clock.set(DEFAULT_TEST_INSTANT));
  return { server, staff };
}
