import { Injectable, Logger } from '@nestjs/common';
import { CaseReminder, Topics } from '@inquiry-router/contracts';
import { Outbox } from '@inquiry-router/messaging';
import { CaseStore } from './cases.ports';

const Batch = 100;

/**
 * Reminds owners of cases left without an update for CASE_REMINDER_DAYS: `case.reminder.v1` and
 * a history row, once per such period (the database marks the case reminded, so several workdesk
 * instances remind once between them). Resolved and closed cases are not followed. Checked every
 * CASE_REMINDER_CHECK_INTERVAL_MS.
 */
@Injectable()
export class RemindCaseOwners {
  private readonly log = new Logger(RemindCaseOwners.name);

  constructor(
    private readonly cases: CaseStore,
    private readonly outbox: Outbox,
  ) {}

  /** Sends the reminders due at `now` for cases without an update for `idleDays`; returns how many. */
  async execute(now: Date, idleDays: number): Promise<number> {
    const idleSeconds = idleDays * 24 * 3600;
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
        for (const r of reminders)
          await tx.addHistory(r.inquiryId, 'case-reminder', null, {
            caseId: r.caseId,
            owner: r.owner,
            status: r.status,
            lastUpdateAt: r.lastUpdateAt,
          });
        await tx.addToOutbox(
          this.outbox.messages(
            Topics.CaseReminder,
            reminders.map((r) => ({ key: r.caseId, value: r })),
          ),
        );
      });
      total += due.length;
      for (const c of due) this.log.log({ caseId: c.id, owner: c.owner, status: c.status }, 'case owner reminded');
      if (due.length < Batch) return total;
    }
  }
}
