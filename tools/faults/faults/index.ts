import { agencyHang } from './agency-hang';
import { appKill } from './app-kill';
import { brokerKills } from './broker-kills';
import { Fault } from './fault';
import { poisonMessages } from './poison-messages';
import { postgresRestart } from './postgres-restart';
import { redisFlush } from './redis-flush';
import { redisStop } from './redis-stop';

export type { Fault } from './fault';

/** Every fault, in the order they run (one line each). */
export const faults: Fault[] = [
  brokerKills,
  appKill('classifier'),
  appKill('router'),
  appKill('agency-forwarder'),
  appKill('workdesk'),
  postgresRestart,
  redisStop,
  redisFlush,
  agencyHang,
  poisonMessages,
];
