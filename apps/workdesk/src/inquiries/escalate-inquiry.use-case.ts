import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { mentorFor } from '@inquiry-router/adviser-training';
import { escalateInquiry, escalateToMentor, isRefusal } from '@inquiry-router/inquiry';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { ActOnHeldInquiry } from '../work/act-on-held-inquiry';
import { workEvent } from '../work/work-events';
import { Competences } from '../training/training.ports';

/**
 * The holder sends an accepted inquiry on with a note. A trainee's escalation goes first to their
 * mentor in the inquiry's category (else its queue), who then holds it — to answer it, or to
 * escalate it on; anyone else's goes to the second line, keeping its original age there.
 */
@Injectable()
export class EscalateInquiry {
  constructor(
    private readonly act: ActOnHeldInquiry,
    private readonly competences: Competences,
  ) {}

  async execute(id: string, user: AuthenticatedUser, note: string): Promise<InquiryRecord> {
    const competences = (await this.competences.competencesOf(user.username)) ?? [];
    return this.act.execute(id, user, (row, actor) => {
      const category = row.decision?.category ?? null;
      // Only the holder's own escalation is a trainee's: a supervisor stepping in sends it on as before.
      const mentor = row.assignedTo === user.username ? mentorFor(competences, { category, queue: row.queue }) : null;
      if (!mentor) {
        const changed = escalateInquiry(row, actor, note);
        if (isRefusal(changed)) return changed;
        const event = workEvent('escalated', {
          inquiryId: id,
          queue: 'second-line',
          adviser: row.assignedTo,
          actor: user.username,
          note,
          details: { from: row.queue },
        });
        return { ...changed, outbox: [event], requeueTo: 'second-line' };
      }
      const changed = escalateToMentor(row, actor, { mentor, category, note, now: row.now });
      if (isRefusal(changed)) return changed;
      const event = workEvent('escalated-to-mentor', {
        inquiryId: id,
        queue: row.queue,
        adviser: mentor,
        actor: user.username,
        note,
        details: { trainee: user.username, mentor, category },
      });
      return { ...changed, outbox: [event] };
    });
  }
}
