// A Redis connection for what works on without Redis (rate limits count in the process, public reads go to the
// database): commands never wait on a Redis that has gone away. Until the first connection has been made or has
// failed, commands wait in the offline queue (a process just started); after that, one that gets no answer gives
// up after a moment, and callers ask `isAway()` to skip Redis at once while it is gone.
import { Redis, type RedisOptions } from 'ioredis';

export interface RedisConnection {
  redis: Redis;
  /** Connected (or failed to) once and not connected now: skip Redis instead of waiting for a command to fail. */
  isAway(): boolean;
  /** Why it is away, for a log line. */
  status(): string;
  close(): Promise<void>;
}

export function connectRedis(url: string, options: Pick<RedisOptions, 'keyPrefix'> = {}): RedisConnection {
  const redis = new Redis(url, {
    ...options,
    lazyConnect: false,
    enableOfflineQueue: true,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
  });
  let settled = false;
  const settle = () => {
    settled = true;
  };
  redis.once('ready', settle);
  // Failures reach each command's caller; without a listener ioredis would also print every reconnect failure.
  redis.on('error', settle);
  return {
    redis,
    isAway: () => settled && redis.status !== 'ready',
    status: () => redis.status,
    close: async () => {
      // quit() waits for an answer a Redis that is away never gives.
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
