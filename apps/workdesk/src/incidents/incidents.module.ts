import { DynamicModule, Module } from '@nestjs/common';
import { periodicJob } from '@inquiry-router/runtime';
import { bindPort, IncidentLinkRepository, IncidentResolutionRepository } from '@inquiry-router/persistence';
import { WorkdeskEnv } from '../workdesk.env';
import { IncidentLinkList, IncidentResolutions } from './incidents.ports';
import { IncidentsController } from './incidents.controller';
import { StartIncidentResolution } from './start-incident-resolution.use-case';
import { AnswerLinkedInquiries } from './answer-linked-inquiries.use-case';

/**
 * Inquiries linked to incidents (linked by the router): the list per incident, and answering them
 * at once when the incident is resolved — started by a supervisor, carried out (and resumed after a
 * stop) by a periodic job of every workdesk instance.
 */
@Module({})
export class IncidentsModule {
  static register(env: WorkdeskEnv): DynamicModule {
    return {
      module: IncidentsModule,
      controllers: [IncidentsController],
      providers: [
        bindPort(IncidentLinkList, IncidentLinkRepository),
        bindPort(IncidentResolutions, IncidentResolutionRepository),
        StartIncidentResolution,
        AnswerLinkedInquiries,
        periodicJob(
          AnswerLinkedInquiries,
          { name: 'incident-resolutions', everyMs: env.INCIDENT_RESOLUTION_INTERVAL_MS, atStart: true },
          (a) => a.execute(),
        ),
      ],
    };
  }
}
