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
  console.log(`  Health     ${url}/healthz`);
  console.log(`  Database   ${where}`);
  if (config.developmentSignIn) console.log('  Sign-in    development sign-in enabled (no WECHAT_APPID)');
  if (!config.notifications.wechatDelivery) {
    console.log('  Messages   WeChat delivery off (no WECHAT_APPID): notifications stay in the in-app message centre');
  } else {
    const missing = Object.entries(config.notifications.templateIds).filter(([, id]) => !id);
    if (missing.length > 0)
      console.log(`  Messages   no template id for ${missing.map(([key]) => key).join(', ')}: those stay in-app only`);
  }
  // A graceful stop finishes what is in flight; a database that is gone could hold it forever, so it has a deadline.
  const stop = async () => {
    setTimeout(() => process.exit(1), 10_000).unref();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
