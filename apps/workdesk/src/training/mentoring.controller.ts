import type { MenteeEscalationView } from '@inquiry-router/contracts';
import { Advisers, AuthenticatedUser, CurrentUser, Endpoint } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { Competences } from './training.ports';
import { MenteeEscalationDoc, toMenteeEscalationView } from './training.views';

/**
 * A mentor's view of what their trainees escalated to them: each is the mentor's to answer
 * (`POST /api/inquiries/:id/answer`) or to pass on to the second line (`…/escalate`).
 */
@ApiController('mentoring')
export class MentoringController {
  constructor(private readonly competences: Competences) {}

  @Endpoint('GET', 'escalations', Advisers, {
    summary: 'what the caller’s trainees escalated to them and they still hold, oldest first',
    ok: { type: [MenteeEscalationDoc] },
  })
  async escalations(@CurrentUser() user: AuthenticatedUser): Promise<MenteeEscalationView[]> {
    return (await this.competences.escalationsHeldBy(user.username)).map(toMenteeEscalationView);
  }
}
