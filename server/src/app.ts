// Assembles one server process: services, GraphQL, the health probes and the H5 app, on one HTTP server; and
// stops it gracefully (no new connections, the requests in flight and the scheduled job in progress finished).
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Config } from './config';
import type { AppServices } from './context';
import { createDatabase, type DatabaseHandle } from './db/create-db';
import { migrateToLatest } from './db/migrate';
import { GRAPHQL_LIMITS, REFUSAL_CODES, REFUSAL_MESSAGES } from './graphql/limits';
import { loadPersistedOperations, type PersistedOperations } from './graphql/persisted-operations';
import { startScheduler } from './jobs/scheduler';
import { extendAllSlotPlans } from './jobs/slot-plans.job';
import { resolveActor } from './modules/accounts/auth.service';
import { createCoverRoutes } from './modules/exhibitions/exhibition-cover.routes';
import { createExportRoutes } from './modules/exports/export.routes';
import { lookupAttachmentReadPolicy } from './modules/lookup/attachment.service';
import { verifyCertificate } from './modules/lookup/certificate.service';
import { renderVerificationPage } from './modules/lookup/certificate-page';
import { createPublicCache } from './platform/cache/public-cache';
import { createHealthRoutes } from './platform/http/health';
import { readBodyWithinLimit, sendJson } from './platform/http/http';
import { createStaticFiles } from './platform/http/static-files';
import { createMediaRoutes } from './platform/media/media.routes';
import { createFileMediaStorage } from './platform/media/media-storage';
import { PersonalDataVault } from './platform/pii/vault';
import { type Clock, systemClock } from './platform/runtime/clock';
import { createRateLimiter } from './platform/runtime/rate-limit';
import { CertificateSigner } from './platform/signing/certificate-signer';
import { createUploadRoutes } from './platform/uploads/upload.routes';
import { createTokenCache } from './platform/wechat/token-cache';
import { createWechatClient, type WechatClient } from './platform/wechat/wechat.client';
import { schema } from './schema';
import { seedDemoContent, seedReferenceData } from './seed/seed';
import './tables';
import { clientAddressOf, createGraphqlHandler, requestIdOf } from './yoga';

export interface AppOptions {
  clock?: Clock;
  wechat?: WechatClient;
  /** Share an existing database handle (tests); otherwise one is opened from the configuration. */
  database?: DatabaseHandle;
  /** Run no-show marking and offer expiry on a timer (default true; tests drive them directly). */
  scheduler?: boolean;
  /** The operations known by id; default server/persisted-operations.json (tests may add their own). */
  persistedOperations?: PersistedOperations;
}

export interface App {
  services: AppServices;
  server: Server;
  listen(): Promise<{ url: string; port: number }>;
  /** Requests this process has taken and not yet answered. */
  requestsInFlight(): number;
  /**
   * Stops gracefully: the listening socket closes and idle connections with it, the requests in flight and the
   * scheduler's job in progress finish; connections still busy after `graceMs` are cut. Then the caches, Redis and
   * the database are closed. `cut` counts the requests that did not finish in time. A second call waits for the first.
   */
  close(options?: { graceMs?: number }): Promise<{ cut: number }>;
}

/** How long close() lets requests in flight finish by default (index.ts gives the whole stop 10 s). */
const DEFAULT_GRACE_MS = 8_000;

/** Migrates, seeds what the configuration asks for, and returns a ready (not yet listening) app. */
export async function createApp(config: Readonly<Config>, options: AppOptions = {}): Promise<App> {
  // Read first: a missing or tampered manifest stops the start before anything else happens.
  const persistedOperations = options.persistedOperations ?? loadPersistedOperations();
  const database = options.database ?? createDatabase(config.database, { poolSize: config.databasePoolSize });
  const clock = options.clock ?? systemClock;
  await migrateToLatest(database.db);
  await seedReferenceData(database.db, clock.now());
  const mediaStorage = createFileMediaStorage(config.content.mediaDir);
  // The demo's pictures are stored like uploads, so the demo needs the media storage.
  if (config.seedDemo) await seedDemoContent(database.db, clock.now(), mediaStorage);
  await extendAllSlotPlans({ db: database.db, clock });

  // The access token is shared through Redis when REDIS_URL is set (stable_token gives every process the same).
  const tokenCache = createTokenCache(config.redisUrl, `zz:wechat:stable-token:${config.wechat.appId ?? 'none'}`);
  const publicCache = createPublicCache({
    redisUrl: config.redisUrl,
    ttlSeconds: config.content.publicCacheTtlSeconds,
    dataSource: JSON.stringify(config.database),
    schema,
  });
  const services: AppServices = {
    config,
    db: database.db,
    dialect: database.dialect,
    clock,
    vault: new PersonalDataVault(config.piiKey),
    certificateSigner: new CertificateSigner(config.certificateSigningKey),
    wechat: options.wechat ?? createWechatClient({ ...config.wechat, now: () => clock.now(), tokenCache }),
    rateLimiter: createRateLimiter(config.redisUrl, () => clock.now(), config.rateLimitPrefix),
    publicCache,
    mediaStorage,
  };
  const yoga = createGraphqlHandler(services, { publicCache, persistedOperations });
  const stopScheduler = options.scheduler === false ? async () => {} : startScheduler(services);
  const serveStatic =
    config.staticDir && existsSync(join(config.staticDir, 'index.html')) ? createStaticFiles(config.staticDir) : null;

  /** Refuses a /graphql body above the limit: 413 with a GraphQL-shaped JSON error, the connection closed. */
  const refuseGraphqlBody = (req: IncomingMessage, res: ServerResponse, reason: string) => {
    yoga.logger.warn(
      `GraphQL request refused (${REFUSAL_CODES.requestBodyBytes}) from ` +
        `${clientAddressOf(req.headers['x-forwarded-for']?.toString(), req, config.trustProxy)}: ${reason}`,
    );
    const message = REFUSAL_MESSAGES.requestBodyBytes;
    sendJson(
      res,
      413,
      { errors: [{ message, extensions: { code: REFUSAL_CODES.requestBodyBytes } }] },
      { connection: 'close' },
    );
  };
  const uploads = createUploadRoutes({
    ...services,
    limits: config.uploads,
    resolveActor: (authorization) => resolveActor(services, authorization),
    // Uploads are lookup attachments today: the citizen reads their own, staff of the request's archives with the
    // grant openLookupAttachment hands out once it has recorded their reason.
    authorizeRead: lookupAttachmentReadPolicy(services.db),
  });
  const media = createMediaRoutes(services.mediaStorage);
  const covers = createCoverRoutes(services);
  const exportRoutes = createExportRoutes({
    db: services.db,
    clock,
    vault: services.vault,
    batchRows: config.exports.batchRows,
    resolveActor: (authorization) => resolveActor(services, authorization),
    sourceOf: (req) => ({
      requestId: requestIdOf(req.headers['x-request-id']?.toString() ?? null, config.trustProxy),
      clientAddress: clientAddressOf(req.headers['x-forwarded-for']?.toString(), req, config.trustProxy),
    }),
  });

  // Graceful stop: requests are counted from arrival until their response closes (sent, or the client gone).
  let stopping = false;
  let inFlight = 0;
  let whenDrained: (() => void) | null = null;
  const health = createHealthRoutes({ db: services.db, dialect: services.dialect });

  const server = createServer((req, res) => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) whenDrained?.();
    });
    // A request that arrives on a kept-alive connection while stopping is answered, then that connection closes.
    if (stopping) res.setHeader('connection', 'close');
    const path = req.url?.split('?')[0] ?? '/';
    if (path === '/graphql') {
      return readBodyWithinLimit(req, GRAPHQL_LIMITS.requestBodyBytes).then((read) => {
        if (read.kind === 'too-large') return refuseGraphqlBody(req, res, read.reason);
        if (read.kind === 'failed') return;
        // Yoga reads a body already read from `req.body` (as behind Express's body parsers).
        if (read.body.length > 0) Object.assign(req, { body: read.body });
        return yoga(req, res);
      });
    }
    if (path === '/uploads' || path.startsWith('/uploads/')) return uploads(req, res);
    if (path.startsWith('/media/')) return media(req, res);
    if (path.startsWith('/covers/')) return covers(req, res);
    if (path.startsWith('/exports/')) return exportRoutes(req, res);
    if (health(res, path)) return;
    if (path.startsWith('/verify/') && (req.method === 'GET' || req.method === 'HEAD')) {
      return serveVerification(services, path.slice('/verify/'.length), res);
    }
    if (serveStatic) {
      serveStatic(req, res, () => sendJson(res, 404, { error: 'not found' })).catch((error: unknown) => {
        console.error('static file failed', error);
        if (res.headersSent) res.destroy();
        else sendJson(res, 500, { error: 'static file failed' });
      });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('漳州档案 API. The H5 app is not built: run `npm run build:h5`. GraphQL: /graphql\n');
  });

  let closing: Promise<{ cut: number }> | null = null;
  const close = async (graceMs: number) => {
    stopping = true;
    // No new connections; the idle kept-alive ones close now (node does this in close() too, since v19).
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const schedulerStopped = stopScheduler();
    const drained = new Promise<void>((resolve) => {
      whenDrained = resolve;
      if (inFlight === 0) resolve();
    });
    let deadline: NodeJS.Timeout | undefined;
    await Promise.race([drained, new Promise((resolve) => (deadline = setTimeout(resolve, graceMs)))]);
    clearTimeout(deadline);
    const cut = inFlight;
    // Every answered request has left its connection idle; what is still busy now is cut.
    server.closeAllConnections();
    await closed;
    await schedulerStopped;
    await services.rateLimiter.close();
    await tokenCache.close();
    await publicCache.close();
    if (!options.database) await database.destroy();
    return { cut };
  };

  return {
    services,
    server,
    listen: () =>
      new Promise((resolve) => {
        server.listen(config.port, config.host, () => {
          const address = server.address();
          const port = typeof address === 'object' && address ? address.port : config.port;
          const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
          resolve({ url: `http://${host}:${port}`, port });
        });
      }),
    requestsInFlight: () => inFlight,
    close: ({ graceMs = DEFAULT_GRACE_MS } = {}) => {
      closing ??= close(graceMs);
      return closing;
    },
  };
}

/**
 * GET /verify/<serial>.<signature>: the page a certificate's QR code opens. `public-key.pem` gives the key the
 * signatures are checked with, for anyone who wants to check them without this server.
 */
function serveVerification(services: AppServices, code: string, res: ServerResponse) {
  if (code === 'public-key.pem') {
    res.writeHead(200, { 'content-type': 'application/x-pem-file' });
    res.end(services.certificateSigner.publicKeyPem());
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(code);
  } catch {
    decoded = '';
  }
  verifyCertificate(services, services.certificateSigner, decoded)
    .then((result) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        // A revocation must show at once: no cache keeps the earlier verdict.
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      });
      res.end(renderVerificationPage(result));
    })
    .catch(() => {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('暂时无法核验，请稍后再试\n');
    });
}
