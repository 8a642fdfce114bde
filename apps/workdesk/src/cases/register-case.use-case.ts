import { Injectable, Logger } from '@nestjs/common';
import { inquiryLanguage } from '@inquiry-router/classification';
import { CaseType, CaseTypes, InquiryClassified, InquiryReclassified, InquiryWork, routerCatchUpBy } from '@inquiry-router/contracts';
import { WaitingForAnotherApp } from '@inquiry-router/messaging';
import { CaseEntity, CaseTransaction, InquiryForCase } from '@inquiry-router/persistence';
import { CaseStore } from './cases.ports';
import { AnnounceCaseChange } from './announce-case-change';
import { statusAfterReply } from './case-lifecycle';

/** Who registers cases and reopens them on a reply, in history and events. */
const System = 'workdesk';

/** The router has not recorded (or carried out) what the event says yet: retried by the consumer. */
export class NotRecordedYet extends WaitingForAnotherApp {}

/**
 * Keeps the service desk's cases in step with the inquiries the router records:
 * - an inquiry sent to the service desk — by the router (the decision in force targets
 *   `servicedesk`) or by an adviser (it waits in the servicedesk queue: a reclassification, or
 *   the `sent-to-servicedesk` work event, whose case type wins) — becomes a case of the
 *   decision's type (`support` if none), registered, and the reporter is told its number;
 * - a later inquiry in a conversation with an open case (the reporter's reply) is noted on the
 *   case, reopens it when resolved and resumes it when it waited on the reporter;
 * - a reply the router took as a satisfaction survey's answer is not work, and is let go.
 * Works from what Postgres says, after the router has recorded it, so it is idempotent: a
 * redelivered event finds the case (or the reply) there and does nothing.
 */
@Injectable()
export class RegisterCases {
  private readonly log = new Logger(RegisterCases.name);

  constructor(
    private readonly cases: CaseStore,
    private readonly announce: AnnounceCaseChange,
  ) {}

  async fromClassified(batch: InquiryClassified[]): Promise<void> {
    const latest = new Map(batch.map((c) => [c.inquiry.id, c]));
    for (const [id, classified] of latest) {
      const inquiry = await this.cases.inquiryForCase(id);
      if (inquiry) await this.forInquiry(inquiry, System);
      else if (!(await this.cases.takenAsSurveyAnswer(id)))
        throw new NotRecordedYet(`inquiry ${id} is not recorded by the router yet`, routerCatchUpBy(classified.classifiedAt));
    }
  }

  /** An adviser or supervisor sent an inquiry to the service desk (`inquiry.reclassified.v1`). */
  async fromReclassified(batch: InquiryReclassified[]): Promise<void> {
    for (const change of batch) {
      if (change.decision.target !== 'servicedesk') continue;
      const outcome = await this.cases.reclassificationOutcome(change.inquiryId, change.actor, change.reclassifiedAt);
      if (outcome === null)
        throw new NotRecordedYet(
          `the reclassification of ${change.inquiryId} is not carried out by the router yet`,
          routerCatchUpBy(change.reclassifiedAt),
        );
      if (outcome === 'reclassification-skipped') continue;
      const inquiry = await this.cases.inquiryForCase(change.inquiryId);
      if (inquiry) await this.forInquiry(inquiry, change.actor);
    }
  }

  /** An adviser sent an inquiry in hand to the service desk (`inquiry.work.v1`, type `sent-to-servicedesk`). */
  async fromWork(batch: InquiryWork[]): Promise<void> {
    for (const work of batch) {
      if (work.type !== 'sent-to-servicedesk') continue;
      const inquiry = await this.cases.inquiryForCase(work.inquiryId);
      // Published after the change committed, so the inquiry is there; retried if not.
      if (!inquiry) throw new NotRecordedYet(`inquiry ${work.inquiryId} is not recorded yet`);
      const type = (CaseTypes as readonly string[]).includes(work.caseType ?? '') ? (work.caseType as CaseType) : undefined;
      await this.forInquiry(inquiry, work.actor, type);
    }
  }

  /** Registers a case for the inquiry, or notes it on its conversation's open case; returns the case, if any. */
  async forInquiry(inquiry: InquiryForCase, actor: string, type?: CaseType): Promise<CaseEntity | null> {
    return this.cases.transaction(async (tx) => {
      if (inquiry.threadId !== inquiry.id) {
        const open = await tx.lockOpenCaseOfThread(inquiry.threadId);
        if (open) return this.replyReceived(tx, open, inquiry);
      }
      // Overtaken (re-routed elsewhere since), or not for the service desk at all.
      if (inquiry.target !== 'servicedesk' && inquiry.queue !== 'servicedesk') return null;
      if (await tx.hasCaseFor(inquiry.id)) return null;
      const registered = await tx.insertCase({
        inquiryId: inquiry.id,
        threadId: inquiry.threadId,
        type: type ?? inquiry.caseType ?? 'support',
        language: inquiryLanguage(inquiry),
        owner: null,
      });
      if (!registered) return null; // the conversation has an open case (registered concurrently)
      await this.announce.execute(tx, { case: registered, channel: inquiry.channel, from: null, actor });
      this.log.log({ caseId: registered.id, inquiryId: inquiry.id, type: registered.type }, 'case registered');
      return registered;
    });
  }

  private async replyReceived(tx: CaseTransaction, open: CaseEntity, reply: InquiryForCase): Promise<CaseEntity> {
    if (await tx.hasHistory(open.inquiryId, 'case-reply-received', 'replyInquiryId', reply.id)) return open;
    await tx.addHistory(open.inquiryId, 'case-reply-received', null, { caseId: open.id, replyInquiryId: reply.id });
    const next = statusAfterReply(open.status);
    if (!next) return open;
    const updated = await tx.updateCase(open.id, { status: next });
    const channel = (await this.cases.inquiryForCase(open.inquiryId))?.channel ?? reply.channel;
    await this.announce.execute(tx, {
      case: updated,
      channel,
      from: open.status,
      actor: System,
      reopenedByReply: true,
      details: { replyInquiryId: reply.id },
    });
    this.log.log({ caseId: open.id, fromStatus: open.status, toStatus: next }, "case resumed by the reporter's reply");
    return updated;
  }
}
