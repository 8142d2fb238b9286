// Vitest wiring for the test server; kept apart from server.ts so scripts (the benchmark) can start servers
// without importing vitest.
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer, type TestServerOptions } from './server';

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
