import { AppName } from '@inquiry-router/local-system';
import { Fault, note } from './fault';

/**
 * What processing again means for the app: the agency-forwarder delivering to agencies, the
 * workdesk taking intake posts that get recorded; for the others, the pipeline's work as a whole.
 */
const progressOf: Partial<Record<AppName, Fault['progress']>> = {
  'agency-forwarder': (system) => Promise.resolve(system.outside.agencyDeliveries),
  workdesk: (system) => system.intakeRecorded(),
};

/** An app ended with SIGKILL mid-stream (as a crash or an out-of-memory kill would) and started again. */
export function appKill(app: AppName): Fault {
  return {
    name: `${app} SIGKILL`,
    progress: progressOf[app],
    async inflict(system, ended) {
      await system.kill(app);
      note(`${app} killed; starting it again`);
      ended();
      await system.start(app);
      note(`${app} ready again`);
    },
  };
}
