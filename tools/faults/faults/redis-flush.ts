import { Fault } from './fault';

/** Every Redis key gone at once (FLUSHALL): the live queues must be rebuilt from Postgres. */
export const redisFlush: Fault = {
  name: 'redis flushed',
  async inflict(system, ended) {
    await system.redisClient.flushall();
    ended();
  },
};
