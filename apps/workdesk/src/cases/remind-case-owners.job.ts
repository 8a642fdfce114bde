import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CaseReminder, Topics } from '@inquiry-router/contracts';
import { Outbox } from '@inquiry-router/messaging';
import { CaseRepository } from '@inquiry-router/persistence';
import { WorkdeskEnv } from '../workdesk.env';

const Batch = 100;

/**
 * Reminds owners of cases left without an update for CASE_REMINDER_DAYS: `case.reminder.v1` and
 * a history row, once per such period (the database marks the case reminded, so several workdesk
 * instances remind once between them). Resolved and closed cases are not followed.
 */
@Injectable()
export class RemindCaseOwners implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(RemindCaseOwners.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(CaseRepository) private readonly cases: CaseRepository,
    @Inject(Outbox) private readonly outbox: Outbox,
    @Inject(WorkdeskEnv) private readonly env: WorkdeskEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return; // the previous check is still going
      this.running = this.execute()
        .then(() => undefined)
        .catch((error: unknown) => this.log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'case reminders failed; trying again at the next check'))
        .finally(() => (this.running = null));
    }, this.env.CASE_REMINDER_CHECK_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Sends the reminders due now; returns how many. */
  async execute(now = new Date()): Promise<number> {
    const idleSeconds = this.env.CASE_REMINDER_DAYS * 24 * 3600;
    let total = 0;
    for (;;) {
      const due = await this.cases.takeDueReminders(idleSeconds, Batch, async (cases, tx) => {
        const remindedAt = now.toISOString();
        const reminders: CaseReminder[] = cases.map((c) => ({
          caseId: c.id,
          inquiryId: c.inquiryId,
          status: c.status,
          owner: c.owner,
          lastUpdateAt: c.lastUpdateAt.toISOString(),
          idleDays: Math.floor((now.getTime() - c.lastUpdateAt.getTime()) / 86_400_000),
          remindedAt,
        }));
        for (const r of reminders) await tx.addHistory(r.inquiryId, 'case-reminder', null, { caseId: r.caseId, owner: r.owner, status: r.status, lastUpdateAt: r.lastUpdateAt });
        await tx.addToOutbox(this.outbox.messages(Topics.CaseReminder, reminders.map((r) => ({ key: r.caseId, value: r }))));
      });
      total += due.length;
      for (const c of due) this.log.log({ caseId: c.id, owner: c.owner, status: c.status }, 'case owner reminded');
      if (due.length < Batch) return total;
    }
  }
}
