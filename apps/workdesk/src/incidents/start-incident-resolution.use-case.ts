import { Injectable } from '@nestjs/common';
import { DomainError, IncidentResolutionView, NoticeTextView } from '@inquiry-router/contracts';
import type { IncidentResolutionRecord } from '@inquiry-router/persistence';
import { IncidentResolutions } from './incidents.ports';

/** The resolution as the API shows it (without its text, which the supervisor wrote). */
export const resolutionView = ({ text: _text, ...view }: IncidentResolutionRecord): IncidentResolutionView => view;

/**
 * A supervisor starts answering every still-open inquiry linked to a resolved incident with one
 * text: the resolution is stored (how many links are open) and the answering runs in the
 * background (`AnswerLinkedInquiries`), resumed after a stop. Once per incident: while one runs,
 * or after it finished, a second start is refused.
 */
@Injectable()
export class StartIncidentResolution {
  constructor(private readonly resolutions: IncidentResolutions) {}

  async execute(noticeId: string, text: NoticeTextView, startedBy: string): Promise<IncidentResolutionView> {
    const started = await this.resolutions.start(noticeId, text, startedBy);
    switch (started.outcome) {
      case 'started':
        return resolutionView(started.resolution);
      case 'not-found':
        throw new DomainError('not-found', `no notice ${noticeId}`);
      case 'not-resolved':
        throw new DomainError(
          'conflict',
          started.kind === 'incident'
            ? `${noticeId} is ${started.status}: its linked inquiries are answered once it is resolved`
            : `${noticeId} is planned maintenance: only an incident's linked inquiries are answered at once`,
        );
      case 'running':
        throw new DomainError(
          'conflict',
          `the linked inquiries of ${noticeId} are being answered already (${started.resolution.answered} of ${started.resolution.total}, started by ${started.resolution.startedBy})`,
        );
      case 'finished':
        throw new DomainError('conflict', `the linked inquiries of ${noticeId} were answered already (${started.resolution.finishedAt})`);
    }
  }
}
