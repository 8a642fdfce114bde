import type { RiseThresholds, RiseWindowSettings } from '@inquiry-router/notices';
import type { WorkdeskEnv } from '../workdesk.env';

/** How the early warning looks for rises, from the workdesk's env. */
export interface EarlyWarningSettings {
  windows: RiseWindowSettings;
  thresholds: RiseThresholds;
  /** After an operator confirms or dismisses a category's suggestion, it is not suggested again for this long. */
  quietMinutes: number;
  /** How many masked texts a suggestion shows. */
  examples: number;
}

export function earlyWarningSettings(env: WorkdeskEnv): EarlyWarningSettings {
  return {
    windows: { windowMinutes: env.RISE_WINDOW_MINUTES, weeks: env.RISE_HISTORY_WEEKS },
    thresholds: { minimumContacts: env.RISE_MINIMUM_CONTACTS, minimumRatio: env.RISE_MINIMUM_RATIO, deviations: env.RISE_DEVIATIONS },
    quietMinutes: env.RISE_QUIET_MINUTES,
    examples: 5,
  };
}
