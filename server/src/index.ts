// Starts one server process and prints where everything is.
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';

try {
  const config = loadConfig();
  if (config.piiKeySource === 'generated') {
    console.warn('PII_KEY is not set: generated a development key in data/pii.key (never do this in production).');
  }
  const app = await createApp(config);
  const { url } = await app.listen();
  const where = config.database.dialect === 'sqlite' ? config.database.file : 'MySQL';
  console.log(`漳州档案 server on ${url}`);
  console.log(`  H5 app     ${url}/`);
  console.log(`  GraphQL    ${url}/graphql${config.isProduction ? '' : ' (GraphiQL)'}`);
  console.log(`  Health     ${url}/healthz (liveness), ${url}/readyz (database and migrations)`);
  console.log(`  Database   ${where}`);
  if (config.developmentSignIn) console.log('  Sign-in    development sign-in enabled (no WECHAT_APPID)');
  if (!config.notifications.wechatDelivery) {
    console.log('  Messages   WeChat delivery off (no WECHAT_APPID): notifications stay in the in-app message centre');
  } else {
    const missing = Object.entries(config.notifications.templateIds).filter(([, id]) => !id);
    if (missing.length > 0)
      console.log(`  Messages   no template id for ${missing.map(([key]) => key).join(', ')}: those stay in-app only`);
  }
  // A graceful stop: no new connections, the requests in flight and the scheduled job in progress are finished,
  // then exit 0. A database that is gone could hold that forever, so the whole stop has a 10 s deadline (exit 1).
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping; finishing ${app.requestsInFlight()} request(s) in flight`);
    setTimeout(() => {
      console.error('stop: still busy after 10 s, exiting');
      process.exit(1);
    }, 10_000).unref();
    const { cut } = await app.close({ graceMs: 8_000 });
    if (cut > 0) console.error(`stop: ${cut} request(s) did not finish within 8 s and were cut`);
    else console.log('stopped');
    process.exit(cut > 0 ? 1 : 0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
