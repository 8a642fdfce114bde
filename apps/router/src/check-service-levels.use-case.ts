import { Injectable, Logger } from '@nestjs/common';
import { Channel, InquiryServiceLevelAlert, Topics } from '@inquiry-router/contracts';
import { Outbox } from '@inquiry-router/messaging';
import type { ServiceLevelAlert, ServiceLevelAlertKind } from '@inquiry-router/persistence';
import { ServiceLevelWatch } from './router.ports';

/** At most this many alerts of a kind per transaction; the check goes on until none are left. */
const BatchSize = 200;

/**
 * Periodically announces waiting inquiries close to their due time (`inquiry.sla-warning.v1`)
 * and past it (`inquiry.sla-breached.v1`), each once per inquiry, with a history row; the event
 * goes to the outbox in the transaction that marks the inquiry. The router runs it every
 * SLA_CHECK_SECONDS, one check at a time in this instance.
 */
@Injectable()
export class CheckServiceLevels {
  private readonly log = new Logger(CheckServiceLevels.name);

  constructor(
    private readonly watch: ServiceLevelWatch,
    private readonly outbox: Outbox,
  ) {}

  /** One check at `now`: breaches first (the more urgent), then warnings. Returns how many of each it announced. */
  async execute(now: Date): Promise<{ warnings: number; breaches: number }> {
    const breaches = await this.announceAll('breach', now);
    const warnings = await this.announceAll('warning', now);
    if (warnings + breaches > 0) this.log.log({ warnings, breaches }, 'service-level alerts published');
    return { warnings, breaches };
  }

  private async announceAll(kind: ServiceLevelAlertKind, now: Date): Promise<number> {
    const topic = kind === 'warning' ? Topics.InquirySlaWarning : Topics.InquirySlaBreached;
    let total = 0;
    for (;;) {
      const done = await this.watch.announceDue(kind, now, BatchSize, (alerts) =>
        this.outbox.messages(
          topic,
          alerts.map((a) => ({ key: a.inquiryId, value: alertEvent(a, now) })),
        ),
      );
      total += done.length;
      if (done.length < BatchSize) return total;
    }
  }
}

function alertEvent(a: ServiceLevelAlert, now: Date): InquiryServiceLevelAlert {
  return {
    inquiryId: a.inquiryId,
    channel: a.channel as Channel,
    queue: a.queue,
    receivedAt: a.receivedAt.toISOString(),
    dueAt: a.dueAt.toISOString(),
    slaTarget: a.slaTarget,
    detectedAt: now.toISOString(),
  };
}
