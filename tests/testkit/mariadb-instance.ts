// MariaDB servers of the test's own, on loopback ports and temporary data folders: one that a fault test may stop
// and restart without touching the machine's shared server, and three-node Galera clusters for the scale-out
// tests. Each folder is copied from one template made with mariadb-install-db per test process.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { freePort } from './processes';

const MARIADBD = '/usr/sbin/mariadbd';
const INSTALL_DB = '/usr/bin/mariadb-install-db';
export const GALERA_PROVIDER = '/usr/lib/galera/libgalera_smm.so';

const asRoot = process.getuid?.() === 0;

/** Why this machine cannot run a MariaDB of the test's own, or null when it can. */
export function ownMariadbUnavailable(): string | null {
  if (!existsSync(MARIADBD) || !existsSync(INSTALL_DB))
    return `${MARIADBD} or ${INSTALL_DB} is missing (apt-get install mariadb-server)`;
  return null;
}

/** Why this machine cannot run a Galera cluster, or null when it can. */
export function galeraUnavailable(): string | null {
  const own = ownMariadbUnavailable();
  if (own) return own;
  if (!existsSync(GALERA_PROVIDER)) return `${GALERA_PROVIDER} is missing (apt-get install galera-4)`;
  if (!existsSync('/usr/bin/rsync')) return 'rsync is missing (apt-get install rsync), the state transfer uses it';
  return null;
}

let template: string | null = null;

/** An empty, installed data folder, made once per process and copied for each server. */
function freshDataDir(parent: string, name: string): string {
  if (!template) {
    const dir = mkdtempSync(join(tmpdir(), 'zz-mariadb-template-'));
    const data = join(dir, 'data');
    ownByMysql(dir);
    execFileSync(
      INSTALL_DB,
      [
        ...(asRoot ? ['--user=mysql'] : []),
        `--datadir=${data}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      { stdio: 'pipe' },
    );
    template = data;
  }
  const target = join(parent, name);
  cpSync(template, target, { recursive: true });
  ownByMysql(target);
  return target;
}

function ownByMysql(path: string): void {
  if (!asRoot) return;
  const uid = Number(execFileSync('id', ['-u', 'mysql']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'mysql']).toString().trim());
  const walk = (p: string) => {
    chownSync(p, uid, gid);
    try {
      for (const entry of readdirSync(p)) walk(join(p, entry));
    } catch {
      // a file
    }
  };
  walk(path);
}

export interface MariadbNode {
  readonly name: string;
  readonly port: number;
  /** mysql://root@127.0.0.1:port/<database> */
  url(database: string): string;
  /** Starts (or restarts) the server on its data folder and waits until it answers. */
  start(options?: { newCluster?: boolean }): Promise<void>;
  /** A clean shutdown (SIGTERM), waited for. */
  stop(): Promise<void>;
  /** SIGKILL: the process is gone at once, as when a machine dies. */
  kill(): Promise<void>;
  running(): boolean;
  /** Runs one statement as root and returns its rows. */
  query<T = Record<string, unknown>>(statement: string, database?: string): Promise<T[]>;
  log(): string;
}

interface GaleraPorts {
  clusterName: string;
  gcomm: number;
  ist: number;
  sst: number;
  peers: () => number[];
}

async function createNode(parent: string, name: string, galera: GaleraPorts | null): Promise<MariadbNode> {
  const dataDir = freshDataDir(parent, name);
  const port = await freePort();
  let child: ChildProcess | null = null;
  let output = '';

  const args = (newCluster: boolean) => [
    '--no-defaults',
    ...(asRoot ? ['--user=mysql'] : []),
    `--datadir=${dataDir}`,
    `--socket=${join(parent, `${name}.sock`)}`,
    `--pid-file=${join(parent, `${name}.pid`)}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    '--skip-name-resolve',
    '--innodb-buffer-pool-size=64M',
    '--innodb-log-file-size=48M',
    '--max-connections=400',
    ...(galera
      ? [
          '--binlog-format=ROW',
          '--innodb-autoinc-lock-mode=2',
          '--wsrep-on=ON',
          `--wsrep-provider=${GALERA_PROVIDER}`,
          `--wsrep-cluster-name=${galera.clusterName}`,
          '--wsrep-node-address=127.0.0.1',
          `--wsrep-node-name=${name}`,
          `--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:${galera.gcomm};ist.recv_addr=127.0.0.1:${galera.ist}`,
          `--wsrep-sst-receive-address=127.0.0.1:${galera.sst}`,
          '--wsrep-sst-method=rsync',
          `--wsrep-cluster-address=gcomm://${galera
            .peers()
            .map((p) => `127.0.0.1:${p}`)
            .join(',')}`,
          ...(newCluster ? ['--wsrep-new-cluster'] : []),
        ]
      : []),
  ];

  async function query<T>(statement: string, database?: string): Promise<T[]> {
    const connection = await createConnection({
      host: '127.0.0.1',
      port,
      user: 'root',
      database,
      connectTimeout: 2000,
    });
    try {
      const [rows] = await connection.query(statement);
      return rows as T[];
    } finally {
      await connection.end();
    }
  }

  const node: MariadbNode = {
    name,
    port,
    url: (database) => `mysql://root@127.0.0.1:${port}/${database}`,
    async start(options = {}) {
      output = '';
      const started = spawn(MARIADBD, args(options.newCluster ?? false), { stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      started.stdout?.on('data', (d) => {
        output += d;
      });
      started.stderr?.on('data', (d) => {
        output += d;
      });
      const deadline = Date.now() + 90_000;
      for (;;) {
        if (started.exitCode !== null) throw new Error(`mariadbd ${name} exited: ${output.slice(-3000)}`);
        try {
          const [ready] = await query<{ Value: string }>("show status like 'wsrep_ready'");
          // Without Galera there is no such status; with it, the node serves only once it is part of the cluster.
          if (!galera || ready?.Value === 'ON') return;
        } catch {
          // not answering yet
        }
        if (Date.now() > deadline) throw new Error(`mariadbd ${name} did not start: ${output.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((r) => running.once('exit', r));
      running.kill('SIGTERM');
      await exited;
    },
    async kill() {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((r) => running.once('exit', r));
      running.kill('SIGKILL');
      await exited;
    },
    running: () => child !== null && child.exitCode === null && child.signalCode === null,
    query,
    log: () => output,
  };
  return node;
}

export interface OwnMariadb {
  node: MariadbNode;
  close(): Promise<void>;
}

/** One MariaDB server of the test's own with an empty database `app`. */
export async function startOwnMariadb(): Promise<OwnMariadb> {
  const parent = mkdtempSync(join(tmpdir(), 'zz-mariadb-'));
  ownByMysql(parent);
  const node = await createNode(parent, 'own', null);
  await node.start();
  await node.query('create database app');
  return {
    node,
    async close() {
      await node.kill();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

export interface GaleraCluster {
  nodes: MariadbNode[];
  /** How many nodes each node sees in the primary component. */
  clusterSizes(): Promise<number[]>;
  close(): Promise<void>;
}

/**
 * A Galera cluster of `size` nodes on loopback with an empty database `app`: the first node bootstraps it
 * (--wsrep-new-cluster), the others join it by state transfer (rsync).
 */
export async function startGaleraCluster(size = 3): Promise<GaleraCluster> {
  const parent = mkdtempSync(join(tmpdir(), 'zz-galera-'));
  ownByMysql(parent);
  const gcommPorts: number[] = [];
  const nodes: MariadbNode[] = [];
  const clusterName = `zz-${process.pid}-${Date.now()}`;
  for (let i = 0; i < size; i++) {
    const ports = { gcomm: await freePort(), ist: await freePort(), sst: await freePort() };
    gcommPorts.push(ports.gcomm);
    nodes.push(await createNode(parent, `node${i + 1}`, { clusterName, ...ports, peers: () => gcommPorts }));
  }
  const close = async () => {
    await Promise.all(nodes.map((n) => n.kill()));
    rmSync(parent, { recursive: true, force: true });
  };
  try {
    await nodes[0].start({ newCluster: true });
    // Joiners one at a time: each takes a state transfer from a donor, which serves one joiner at a time.
    for (const node of nodes.slice(1)) await node.start();
    await nodes[0].query('create database app');
  } catch (error) {
    await close();
    throw error;
  }
  return {
    nodes,
    async clusterSizes() {
      return Promise.all(
        nodes
          .filter((n) => n.running())
          .map(async (n) => {
            const [row] = await n.query<{ Value: string }>("show status like 'wsrep_cluster_size'");
            return Number(row?.Value ?? 0);
          }),
      );
    },
    close,
  };
}
