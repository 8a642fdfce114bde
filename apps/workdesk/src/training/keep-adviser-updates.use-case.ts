import { Injectable, Logger } from '@nestjs/common';
import { updateReaches } from '@inquiry-router/adviser-training';
import type { AdviserUpdateConfirmation, AdviserUpdateFields, AdviserUpdateRecord } from '@inquiry-router/persistence';
import { AdviserUpdates, Competences } from './training.ports';
import { AdviserUpdateNotFound, UpdateNotForAdviser } from './training-errors';

/** Who an update reaches, and who of them has confirmed it. */
export interface UpdateConfirmations {
  update: AdviserUpdateRecord;
  confirmed: AdviserUpdateConfirmation[];
  unconfirmed: string[];
}

/**
 * Updates advisers must take in: supervisors publish them and follow who has confirmed; each
 * adviser sees those that reach them (by their queues and the categories they may take) and confirms.
 */
@Injectable()
export class KeepAdviserUpdates {
  private readonly log = new Logger(KeepAdviserUpdates.name);

  constructor(
    private readonly updates: AdviserUpdates,
    private readonly competences: Competences,
  ) {}

  async publish(fields: AdviserUpdateFields, actor: string): Promise<AdviserUpdateRecord> {
    const published = await this.updates.publish(fields, actor);
    this.log.log({ id: published.id, kind: published.kind, required: published.requiredBeforeClaiming, actor }, 'adviser update published');
    return published;
  }

  list(): Promise<AdviserUpdateRecord[]> {
    return this.updates.list();
  }

  async confirmations(id: string): Promise<UpdateConfirmations> {
    const update = await this.updates.find(id);
    if (!update) throw new AdviserUpdateNotFound(id);
    const [register, confirmed] = await Promise.all([this.competences.register(), this.updates.confirmations(id)]);
    const reached = register.filter((a) => updateReaches(update, { lines: a.lines, competences: a.competences })).map((a) => a.adviser);
    const done = new Set(confirmed.map((c) => c.adviser));
    return { update, confirmed, unconfirmed: reached.filter((a) => !done.has(a)) };
  }

  /** The updates reaching the adviser, newest first, with when they confirmed each. */
  async mine(adviser: string): Promise<(AdviserUpdateRecord & { confirmedAt: Date | null })[]> {
    const reach = await this.reachOf(adviser);
    return (await this.updates.withConfirmationsOf(adviser)).filter((u) => updateReaches(u, reach));
  }

  async confirm(id: string, adviser: string): Promise<Date> {
    const update = await this.updates.find(id);
    if (!update) throw new AdviserUpdateNotFound(id);
    if (!updateReaches(update, await this.reachOf(adviser))) throw new UpdateNotForAdviser(id, adviser);
    const at = await this.updates.confirm(id, adviser);
    this.log.log({ id, adviser }, 'adviser update confirmed');
    return at;
  }

  private async reachOf(adviser: string) {
    const [entry] = await this.competences.register(adviser);
    return { lines: entry?.lines ?? [], competences: entry?.competences ?? [] };
  }
}
