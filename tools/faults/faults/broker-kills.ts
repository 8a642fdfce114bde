import { Fault, note, until } from './fault';

/**
 * The Kafka broker ended with SIGKILL five times in one run, each time started again: between
 * kills the harness waits (at most 30 s) until the pipeline has got something done again.
 */
export const brokerKills: Fault = {
  name: 'broker SIGKILL ×5',
  async inflict(system, ended) {
    for (let kill = 1; kill <= 5; kill++) {
      await system.broker.crash();
      note(`broker killed (${kill} of 5)`);
      if (kill === 5) ended();
      await system.broker.start();
      note('broker answering again');
      if (kill < 5) {
        const before = await system.progress();
        await until(async () => ((await system.progress()) ?? 0) > (before ?? Infinity), 30_000);
      }
    }
  },
};
