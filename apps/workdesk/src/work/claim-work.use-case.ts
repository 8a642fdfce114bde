import { Injectable } from '@nestjs/common';
import { Channels, isLanguage, QueueName, QueueNames, type TechnicalCategory } from '@inquiry-router/contracts';
import { barsOn, claimCategorySlots, mayTakeCategory, type ClaimBars } from '@inquiry-router/adviser-training';
import type { ClaimAttempt, InquiryRecord } from '@inquiry-router/persistence';
import { LiveQueues, WorkKind, WorkPolicy, WorkPolicySource } from '@inquiry-router/live-queues';
import { OutboxRelay } from '@inquiry-router/messaging';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { Clock } from '@inquiry-router/runtime';
import { WorkdeskEnv } from '../workdesk.env';
import { ClaimSessions } from './work.ports';
import { WorkRefused } from './work-refused';
import { workEvent } from './work-events';
import { claimScopeOf } from '../training/claim-scopes';

/** Attempts before giving up on entries that turn out stale (already taken or moved in Postgres). */
const MaxStaleSkips = 50;

/**
 * Times a claim reads the adviser again after another claim of theirs was recorded first. Each
 * round records one of an adviser's concurrent claims, so this bounds only pathological bursts
 * (one adviser firing many claims at once), never ordinary use.
 */
const MaxTurns = 100;

/** What the personal-data read log names a claim's answer (the reserved inquiry, text and sender included). */
export const ClaimReadVia = 'claim';

/**
 * Reserves for an adviser the best inquiry they may take — from every queue they are skilled for,
 * or from one named queue — in a channel where they have capacity left and a language they speak.
 * One Postgres statement reads the adviser with what they hold and what bounds their claims;
 * Redis picks and reserves atomically (no two advisers get the same inquiry); one Postgres
 * statement records the reservation with its history row, event and the adviser's read of the
 * inquiry's personal data (the answer shows it), in the adviser's turn (no other claim of theirs
 * recorded since their load was read, so capacity holds), and returns the inquiry. The adviser
 * then has the queue's reservation time to accept; otherwise the reservation lapses and the
 * inquiry goes back to its place. An adviser in training takes only the categories
 * they train in, and nobody takes work of a category or queue whose required update they have not
 * confirmed: Redis is asked only for the rest.
 */
@Injectable()
export class ClaimWork {
  constructor(
    private readonly queues: LiveQueues,
    private readonly claims: ClaimSessions,
    private readonly policy: WorkPolicySource,
    private readonly relay: OutboxRelay,
    private readonly env: WorkdeskEnv,
    private readonly clock: Clock,
  ) {}

  /** The reserved inquiry, or null when nothing the adviser may take is waiting; `onlyCategory`: of that technical category only. */
  async execute(
    caller: Pick<AuthenticatedUser, 'username' | 'roles'>,
    onlyQueue?: QueueName,
    onlyCategory?: TechnicalCategory,
  ): Promise<InquiryRecord | null> {
    const policy = await this.policy.get();
    for (let turn = 0; turn < MaxTurns; turn++) {
      const outcome = await this.claimInTurn(caller, policy, onlyQueue, onlyCategory);
      if (outcome === 'overtaken') continue;
      if (outcome) this.relay.kick();
      return outcome;
    }
    throw new WorkRefused('conflict', 'your other claims kept coming first: try again');
  }

  /** One look at what the adviser holds and one reservation on it; `overtaken` when another claim of theirs was recorded first. */
  private async claimInTurn(
    { username: adviser, roles }: Pick<AuthenticatedUser, 'username' | 'roles'>,
    policy: WorkPolicy,
    onlyQueue?: QueueName,
    onlyCategory?: TechnicalCategory,
  ): Promise<InquiryRecord | null | 'overtaken'> {
    const session = await this.claims.open(adviser, this.env.KAFKA_TOPIC_PREFIX);
    const { profile, load } = session;
    if (profile.presence === 'away')
      throw new WorkRefused('conflict', 'you are away: set your presence to available (or busy) to claim work');
    const skilled = (onlyQueue ? [onlyQueue] : QueueNames).filter((q) => profile.lines.includes(q));
    if (skilled.length === 0)
      throw new WorkRefused(
        'forbidden',
        `you are not skilled for ${onlyQueue ?? 'any queue'}; your lines are ${profile.lines.join(', ') || 'none'}`,
      );
    const scope = claimScopeOf(session.competences, session.unconfirmed);
    const bars = scope.barsFor(profile.lines);
    const lines = skilled.filter((q) => !bars.queues.includes(q));
    if (lines.length === 0) throw new WorkRefused('forbidden', unconfirmedMessage(barsOn(bars, { queue: skilled[0] }), skilled.join(', ')));
    const categories = this.categoriesOf(scope.competences, bars, onlyCategory);
    const channels = Channels.filter((c) => load[c] < (profile.capacity[c] ?? policy.defaultCapacity[c]));
    if (channels.length === 0)
      throw new WorkRefused('conflict', `you are at capacity (holding ${Channels.map((c) => `${load[c]} ${c}`).join(', ')})`);
    const languages = profile.languages.filter(isLanguage);
    const kinds: WorkKind[] = lines.flatMap((queue) =>
      channels.flatMap((channel) => (languages.length ? languages : [null]).map((language) => ({ queue, channel, language }))),
    );

    for (let attempt = 0; attempt < MaxStaleSkips; attempt++) {
      // The longest reservation time among the candidate queues bounds the Redis record; the
      // chosen queue's own time is what Postgres records and what accepting is judged by.
      const longest = Math.max(...lines.map((q) => policy.queues[q].reservationSeconds));
      const entry = await this.queues.reserve(kinds, adviser, new Date(Date.now() + longest * 1000), categories);
      if (!entry) return null;
      const reservedUntil = new Date(Date.now() + policy.queues[entry.queue as QueueName].reservationSeconds * 1000);
      let attempted: ClaimAttempt;
      try {
        attempted = await session.reserve(
          entry.id,
          entry.queue,
          reservedUntil,
          workEvent('reserved', {
            inquiryId: entry.id,
            queue: entry.queue,
            adviser,
            actor: adviser,
            reservedUntil: reservedUntil.toISOString(),
          }),
          { at: this.clock.now(), roles, via: ClaimReadVia },
        );
      } catch (error) {
        await this.queues.finishReservation(entry.id, adviser, true);
        throw error;
      }
      if (attempted === 'overtaken') {
        // Nothing recorded: the inquiry goes back to its place, and the adviser's load is read again.
        await this.queues.finishReservation(entry.id, adviser, true);
        return 'overtaken';
      }
      if (attempted !== 'stale') {
        if (policy.queues[entry.queue as QueueName].reservationSeconds !== longest)
          await this.queues.setReservationExpiry(entry.id, reservedUntil);
        return attempted.reserved;
      }
      // Stale entry: Postgres no longer has it waiting unreserved in that queue.
      await this.queues.finishReservation(entry.id, adviser, false);
    }
    return null;
  }

  /** The category slots the claim may take: one named (if the adviser may take it), else all they may. */
  private categoriesOf(competences: Parameters<typeof claimCategorySlots>[0], bars: ClaimBars, only?: TechnicalCategory) {
    if (!only) return claimCategorySlots(competences, bars);
    const barring = barsOn(bars, { category: only });
    if (barring.length > 0) throw new WorkRefused('forbidden', unconfirmedMessage(barring, only));
    if (!mayTakeCategory(competences, only)) throw new WorkRefused('forbidden', `you are in training and take no ${only} work yet`);
    return [only];
  }
}

/** Why claiming there is refused: the required updates to confirm first. */
function unconfirmedMessage(updates: ClaimBars['updates'], where: string): string {
  const titles = updates.map((u) => `"${u.title}"`).join(', ');
  return `confirm the update${updates.length === 1 ? '' : 's'} ${titles} before claiming ${where} work`;
}
