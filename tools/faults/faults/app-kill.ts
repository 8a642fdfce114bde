import { AppName } from '@inquiry-router/local-system';
import { Fault, note } from './fault';

/** An app ended with SIGKILL mid-stream (as a crash or an out-of-memory kill would) and started again. */
export function appKill(app: AppName): Fault {
  return {
    name: `${app} SIGKILL`,
    async inflict(system, ended) {
      await system.kill(app);
      note(`${app} killed; starting it again`);
      ended();
      await system.start(app);
      note(`${app} ready again`);
    },
  };
}
