import { Fault, pause } from './fault';

/** Postgres restarted (fast shutdown: every connection ended), down for 5 s. */
export const postgresRestart: Fault = {
  name: 'postgres restart',
  async inflict(system, ended) {
    await system.postgres.stop();
    await pause(5000);
    ended();
    await system.postgres.start();
  },
};
