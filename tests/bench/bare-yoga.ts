// The baseline server of the rush rows: Yoga with a one-field schema, in a process of its own like the server it is
// compared with, so both pay for their own HTTP, JSON and event loop on the same machine in the same run.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createSchema, createYoga } from 'graphql-yoga';

export interface BareYogaProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export const BARE_QUERY = '{ __typename }';

export function startBareYogaProcess(): Promise<BareYogaProcess> {
  return new Promise((resolveProcess, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bare Yoga exited with ${code}`)));
    child.stdout?.once('data', (data: Buffer) => {
      const url = String(data).trim();
      const stop = async () => {
        if (child.exitCode !== null) return;
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      };
      resolveProcess({ url, child, stop });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }), logging: false });
  const server = createServer(yoga);
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    process.stdout.write(`http://127.0.0.1:${address.port}/graphql\n`);
  });
  process.on('SIGTERM', () => process.exit(0));
}
