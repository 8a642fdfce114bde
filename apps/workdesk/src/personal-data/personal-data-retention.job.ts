import { Injectable, Logger } from '@nestjs/common';
import { retentionCutoff } from '@inquiry-router/inquirer';
import { LiveQueues } from '@inquiry-router/live-queues';
import { PersonalDataStore } from './personal-data.ports';
import { ErasePersonalData, ErasureBatchSize } from './erase-personal-data';

/**
 * Retention: the personal data of every person whose last contact lies more than
 * PERSONAL_DATA_RETENTION_MONTHS back, and of inquiries of no person received before then, is
 * erased (ErasePersonalData, batch by batch), with what else is past it (persons left with no
 * inquiries, attachment contents of inquiries never recorded, the example texts of contact-rise
 * suggestions). Run every PERSONAL_DATA_RETENTION_CHECK_INTERVAL_MS by one workdesk instance per
 * period (a turn in Redis); logs counts only.
 */
@Injectable()
export class PersonalDataRetention {
  private readonly log = new Logger(PersonalDataRetention.name);

  constructor(
    private readonly store: PersonalDataStore,
    private readonly erase: ErasePersonalData,
    private readonly queues: LiveQueues,
  ) {}

  /** Erases unless another instance has this period's turn. */
  async executeInTurn(now: Date, months: number, periodMs: number): Promise<void> {
    // A little shorter than the period, so the instance that had it is not kept out by timer jitter.
    if (!(await this.queues.takeTurn('personal-data-retention', Math.ceil(periodMs * 0.9)))) return;
    await this.execute(now, months);
  }

  async execute(now: Date, months: number): Promise<{ inquiries: number; persons: number; resolved: number }> {
    const cutoff = retentionCutoff(now, months);
    const total = { inquiries: 0, persons: 0, resolved: 0 };
    let previous = new Set<string>();
    for (;;) {
      const ids = await this.store.pastRetention(cutoff, ErasureBatchSize);
      if (ids.length === 0) break;
      // Each batch leaves the selection; one that does not would otherwise be taken for ever.
      if (ids.every((id) => previous.has(id))) throw new Error(`${ids.length} inquiries past retention stay selected after their erasure`);
      previous = new Set(ids);
      const outcome = await this.erase.execute(ids, { by: 'retention', actor: null });
      total.inquiries += outcome.inquiries;
      total.persons += outcome.persons;
      total.resolved += outcome.resolved;
    }
    const leftovers = await this.store.forgetLeftovers(cutoff);
    total.persons += leftovers.persons;
    if (total.inquiries + total.persons + leftovers.attachments + leftovers.suggestionExamples > 0)
      this.log.log(
        {
          cutoff: cutoff.toISOString(),
          ...total,
          orphanedAttachments: leftovers.attachments,
          suggestionExamples: leftovers.suggestionExamples,
        },
        'personal data past retention erased',
      );
    return total;
  }
}
