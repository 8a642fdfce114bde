import { Fault, pause } from './fault';

/**
 * Every agency's webhook takes requests and never answers, for 30 s; then it answers again.
 * Processing again means deliveries to agencies go through again.
 */
export const agencyHang: Fault = {
  name: 'agency endpoint hangs 30 s',
  async inflict(system, ended) {
    system.outside.hang();
    await pause(30_000);
    system.outside.answerAgain();
    ended();
  },
  progress: (system) => Promise.resolve(system.outside.agencyDeliveries),
};
