import { Fault, pause } from './fault';

/** Redis stopped for 30 s; it comes back empty (nothing saved), so the live queues are rebuilt from Postgres. */
export const redisStop: Fault = {
  name: 'redis stopped 30 s',
  async inflict(system, ended) {
    await system.redis.stop();
    await pause(30_000);
    ended();
    await system.redis.start();
  },
};
