// The outbox delivery worker in a process of its own, as each server process runs it: delivers in small rounds
// until a round claims nothing, then prints how its claimed messages ended (JSON) and exits. The concurrency test
// starts two at once on one database.
import { loadConfig } from '../../server/src/config';
import { createDatabase } from '../../server/src/db/create-db';
import { deliverOutbox } from '../../server/src/jobs/outbox-delivery.job';
import '../../server/src/tables';
import { systemClock } from '../../server/src/platform/runtime/clock';
import { createWechatClient } from '../../server/src/platform/wechat/wechat.client';

const config = loadConfig();
const handle = createDatabase(config.database);
const services = { db: handle.db, clock: systemClock, config, wechat: createWechatClient(config.wechat) };
const total: Record<string, number> = {};
try {
  for (;;) {
    const counts = await deliverOutbox(services, 3);
    const claimed = Object.values(counts).reduce((a, b) => a + b, 0);
    if (claimed === 0) break;
    for (const [status, n] of Object.entries(counts)) total[status] = (total[status] ?? 0) + n;
  }
  process.stdout.write(JSON.stringify(total));
} finally {
  await handle.destroy();
}
