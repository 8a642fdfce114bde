import { Injectable } from '@nestjs/common';
import { PersonalDataInRedis } from '@inquiry-router/live-queues';
import type { ErasureRequest } from '@inquiry-router/persistence';
import { PersonalDataStore } from './personal-data.ports';

/** Inquiries erased per Postgres transaction. */
export const ErasureBatchSize = 500;

export interface ErasureOutcome {
  inquiries: number;
  /** Persons left with no inquiries, who went. */
  persons: number;
  /** Erased inquiries that were still waiting or held, and were resolved. */
  resolved: number;
}

/**
 * Erases the personal data of inquiries: the one path of the retention job and of a supervisor's
 * request. Batch by batch: Postgres first, in one transaction (the personal data goes, the anonymous
 * facts stay; see PersonalDataRepository.erase), then Redis (out of the live queues and any
 * reservation, the social adapter's recipient and conversation keys), then the inquiries leave
 * their person. A run cut short is put right by running it again: every step is idempotent, and
 * until the last one the person still names the inquiries, so a request for the person or the
 * next retention run finds them again. Meanwhile nothing works on them: an erased inquiry is no
 * longer waiting in Postgres, so the router's reconciliation drops a queue entry and the
 * reservation sweeper drops a reservation even if this run never comes back.
 */
@Injectable()
export class ErasePersonalData {
  constructor(
    private readonly store: PersonalDataStore,
    private readonly redis: PersonalDataInRedis,
  ) {}

  async execute(ids: readonly string[], request: ErasureRequest): Promise<ErasureOutcome> {
    const outcome: ErasureOutcome = { inquiries: 0, persons: 0, resolved: 0 };
    for (let i = 0; i < ids.length; i += ErasureBatchSize) {
      const batch = ids.slice(i, i + ErasureBatchSize);
      // The audit of a request goes with its first batch: no erasure without its record.
      const erased = await this.store.erase(batch, i === 0 ? request : { ...request, audit: undefined });
      await this.redis.forget(erased);
      outcome.persons += await this.store.detach(batch);
      outcome.inquiries += erased.length;
      outcome.resolved += erased.filter((e) => e.statusBefore === 'queued' || e.statusBefore === 'claimed').length;
    }
    return outcome;
  }
}
