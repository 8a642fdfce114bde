import { DynamicModule, Module } from '@nestjs/common';
import { periodicJob } from '@inquiry-router/runtime';
import { bindPort, ContactRiseReader, IncidentSuggestionRepository } from '@inquiry-router/persistence';
import { WorkdeskEnv } from '../workdesk.env';
import { ContactCounts, IncidentSuggestionStore } from './incident-suggestions.ports';
import { IncidentSuggestionsController } from './incident-suggestions.controller';
import { DetectContactRises } from './detect-contact-rises.job';
import { DecideIncidentSuggestion } from './decide-incident-suggestion.use-case';
import { earlyWarningSettings } from './early-warning-settings';

/**
 * The early warning: a periodic look for rises in a category's contacts (first at start), the
 * suggested incidents it makes, and the operators' API to confirm or dismiss them. Postgres, the
 * clock and access come from the app's global modules.
 */
@Module({})
export class IncidentSuggestionsModule {
  static register(env: WorkdeskEnv): DynamicModule {
    const settings = earlyWarningSettings(env);
    return {
      module: IncidentSuggestionsModule,
      controllers: [IncidentSuggestionsController],
      providers: [
        bindPort(ContactCounts, ContactRiseReader),
        bindPort(IncidentSuggestionStore, IncidentSuggestionRepository),
        DetectContactRises,
        DecideIncidentSuggestion,
        periodicJob(DetectContactRises, { name: 'contact-rises', everyMs: env.RISE_CHECK_INTERVAL_MS, atStart: true }, (d, now) =>
          d.execute(now, settings),
        ),
      ],
    };
  }
}
