import Redis from 'ioredis';
import {
  Channels,
  Languages,
  QueueNames,
  TechnicalCategories,
  type Channel,
  type Language,
  type TechnicalCategory,
} from '@inquiry-router/contracts';

/** Where an inquiry waits and its place there (see `queueScore`; lower is served first). */
export interface QueueEntry {
  queue: string;
  id: string;
  channel: Channel;
  /** Null: unknown, any adviser may take it. */
  language: Language | null;
  /** The decision's technical category; null: none (subject matter, or not categorised). */
  category: TechnicalCategory | null;
  score: number;
}

/** One kind of work an adviser may take: a queue, a channel with capacity left, a language they speak. */
export interface WorkKind {
  queue: string;
  channel: Channel;
  language: Language | null;
}

export interface Reservation {
  id: string;
  adviser: string;
  queue: string;
  /** The queue key and score it goes back to: its original place. */
  key: string;
  score: string;
  reservedUntil: Date;
}

const LanguageSlots = [...Languages, 'any'] as const;
/** Every category a set may hold; `none` for work without one. */
const CategorySlots = [...TechnicalCategories, 'none'] as const;

// Every script touches only this prefix's keys. A reserved inquiry is in no queue set; its record
// (adviser, queue key, original score) is in the reservations hash and its expiry in a sorted set.
// The index (a set) names every queue set that may hold something: whatever adds to a queue set
// adds its key there in the same script, and whatever empties one takes it out, so a claim looks
// only at sets with work in them instead of at every set the adviser qualifies for.

// KEYS: due, data, index. ARGV: adviser, reserved until, the number n of kinds, then n pairs of
// (queue set key without its category, queue), then the category slots to take from. Reads the
// queue sets the index names (standalone Redis: keys found in the index are not declared).
const ReserveScript = `
local allowed, cats = {}, {}
local n = tonumber(ARGV[3])
for i = 0, n - 1 do allowed[ARGV[4 + 2 * i]] = ARGV[5 + 2 * i] end
for i = 4 + 2 * n, #ARGV do cats[ARGV[i]] = true end
local best, bestKey, bestScore, bestScoreText, bestQueue
for _, key in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  local head, category = string.match(key, '^(.*):([^:]+)$')
  local queue = head and allowed[head]
  if queue and cats[category] then
    while true do
      local r = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
      if #r == 0 then
        redis.call('SREM', KEYS[3], key)
        break
      end
      if redis.call('HEXISTS', KEYS[2], r[1]) == 1 then
        redis.call('ZREM', key, r[1])
      else
        local s = tonumber(r[2])
        -- Equal scores: the lower id first, as entries() orders them, whatever order the index is read in.
        if best == nil or s < bestScore or (s == bestScore and r[1] < best) then
          best, bestKey, bestScore, bestScoreText, bestQueue = r[1], key, s, r[2], queue
        end
        break
      end
    end
  end
end
if best == nil then return nil end
redis.call('ZREM', bestKey, best)
if redis.call('ZCARD', bestKey) == 0 then redis.call('SREM', KEYS[3], bestKey) end
redis.call('ZADD', KEYS[1], ARGV[2], best)
redis.call('HSET', KEYS[2], best, cjson.encode({adviser = ARGV[1], key = bestKey, score = bestScoreText, queue = bestQueue}))
return {best, bestQueue, bestScoreText}
`;

// KEYS: due, data, index.
const FinishScript = `
local d = redis.call('HGET', KEYS[2], ARGV[1])
if not d then return 0 end
local r = cjson.decode(d)
if ARGV[2] ~= '' and r.adviser ~= ARGV[2] then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
if ARGV[3] == '1' then
  redis.call('ZADD', r.key, 'NX', r.score, ARGV[1])
  redis.call('SADD', KEYS[3], r.key)
end
return 1
`;

const LeaseScript = `
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local out = {}
for _, id in ipairs(ids) do
  local d = redis.call('HGET', KEYS[2], id)
  if d then
    redis.call('ZADD', KEYS[1], 'XX', ARGV[2], id)
    table.insert(out, id)
    table.insert(out, d)
  else
    redis.call('ZREM', KEYS[1], id)
  end
end
return out
`;

// KEYS: data, index, then one queue set per entry. ARGV: (id, score) per entry.
const EnqueueScript = `
local n = 0
for i = 3, #KEYS do
  local id = ARGV[(i - 3) * 2 + 1]
  if redis.call('HEXISTS', KEYS[1], id) == 0 then
    n = n + redis.call('ZADD', KEYS[i], 'NX', ARGV[(i - 3) * 2 + 2], id)
    redis.call('SADD', KEYS[2], KEYS[i])
  end
end
return n
`;

// KEYS: due, data, the entry's queue set, index.
const RestoreReservationScript = `
redis.call('ZREM', KEYS[3], ARGV[1])
if redis.call('ZCARD', KEYS[3]) == 0 then redis.call('SREM', KEYS[4], KEYS[3]) end
if redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[3]) == 1 then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
  return 1
end
return 0
`;

// KEYS: index, then the queue sets to take the ids (ARGV) out of; an emptied set leaves the index.
const RemoveScript = `
for i = 2, #KEYS do
  if redis.call('ZREM', KEYS[i], unpack(ARGV)) > 0 and redis.call('ZCARD', KEYS[i]) == 0 then
    redis.call('SREM', KEYS[1], KEYS[i])
  end
end
return 0
`;

type ScriptRunner = (keys: string[], args: (string | number)[]) => Promise<unknown>;

/**
 * The live adviser queues in Redis. Each queue is split by channel, language and technical category
 * (one sorted set each), so an adviser is offered only what they may take — a trainee only the
 * categories they train in, nobody a category barred until they confirm an update — and the best
 * of it is found in one step: the reserve script looks at the head of every non-empty set the
 * adviser qualifies for (an index in Redis names the non-empty sets), takes the lowest score and
 * records the reservation, atomically — no inquiry is ever reserved twice.
 * Scores come from `queueScore` (original age against the service-level target), so whatever
 * goes back (a lapsed reservation, a put-back) takes its old place. Postgres is the system of
 * record; everything here can be rebuilt from it.
 */
export class LiveQueues {
  private readonly reserveScript: ScriptRunner;
  private readonly finishScript: ScriptRunner;
  private readonly leaseScript: ScriptRunner;
  private readonly enqueueScript: ScriptRunner;
  private readonly restoreReservationScript: ScriptRunner;
  private readonly removeScript: ScriptRunner;

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {
    this.reserveScript = this.script(ReserveScript);
    this.finishScript = this.script(FinishScript);
    this.leaseScript = this.script(LeaseScript);
    this.enqueueScript = this.script(EnqueueScript);
    this.restoreReservationScript = this.script(RestoreReservationScript);
    this.removeScript = this.script(RemoveScript);
  }

  /** Runs a Lua script by its digest (loading it on first use or after a Redis restart). */
  private script(source: string): ScriptRunner {
    let sha: string | undefined;
    return async (keys, args) => {
      sha ??= (await this.redis.script('LOAD', source)) as string;
      try {
        return await this.redis.evalsha(sha, keys.length, ...keys, ...args);
      } catch (error) {
        if (!String((error as Error).message).includes('NOSCRIPT')) throw error;
        sha = (await this.redis.script('LOAD', source)) as string;
        return this.redis.evalsha(sha, keys.length, ...keys, ...args);
      }
    };
  }

  private key(queue: string, channel: Channel, language: Language | null, category: TechnicalCategory | null): string {
    return `${this.kindHead(queue, channel, language)}:${category ?? 'none'}`;
  }

  /** A queue set's key without its category (the last part, which holds no ':'). */
  private kindHead(queue: string, channel: Channel, language: Language | null): string {
    return `${this.keyPrefix}queue:${queue}:${channel}:${language ?? 'any'}`;
  }

  private keysOf(queue: string): string[] {
    return Channels.flatMap((c) =>
      LanguageSlots.flatMap((l) => CategorySlots.map((t) => `${this.keyPrefix}queue:${queue}:${c}:${l}:${t}`)),
    );
  }

  /** The queue sets that may hold something (see the scripts). */
  private get nonEmptySets(): string {
    return `${this.keyPrefix}queues:non-empty`;
  }

  private get reservationsDue(): string {
    return `${this.keyPrefix}reservations:due`;
  }

  private get reservationsData(): string {
    return `${this.keyPrefix}reservations:data`;
  }

  /** Adds inquiries to their queues; one already there, or reserved, keeps its place (idempotent). */
  async enqueue(entries: QueueEntry[]): Promise<number> {
    let added = 0;
    for (let i = 0; i < entries.length; i += 500) {
      const part = entries.slice(i, i + 500);
      added += (await this.enqueueScript(
        [this.reservationsData, this.nonEmptySets, ...part.map((e) => this.key(e.queue, e.channel, e.language, e.category))],
        part.flatMap((e) => [e.id, e.score]),
      )) as number;
    }
    return added;
  }

  /**
   * Reserves the best waiting inquiry among the given kinds of work for an adviser until
   * `reservedUntil`; null when none waits. Atomic: two advisers never reserve the same inquiry.
   * `categories`: the only categories to take from (null in it: work without a category); all when
   * not given. The restriction is exact: the sets of other categories are not even looked at.
   */
  async reserve(
    kinds: WorkKind[],
    adviser: string,
    reservedUntil: Date,
    categories: readonly (TechnicalCategory | null)[] = [...TechnicalCategories, null],
  ): Promise<{ id: string; queue: string; score: string } | null> {
    if (kinds.length === 0 || categories.length === 0) return null;
    // The sets of a kind differ only by category: the script is sent each kind's common part once
    // and the categories once. Language-less inquiries are for anyone: the 'any' sets of each queue
    // and channel are added once.
    const heads = new Map<string, string>();
    for (const k of kinds) {
      heads.set(this.kindHead(k.queue, k.channel, k.language), k.queue);
      heads.set(this.kindHead(k.queue, k.channel, null), k.queue);
    }
    const result = (await this.reserveScript(
      [this.reservationsDue, this.reservationsData, this.nonEmptySets],
      [adviser, reservedUntil.getTime(), heads.size, ...[...heads].flat(), ...new Set(categories.map((c) => c ?? 'none'))],
    )) as [string, string, string] | null;
    return result ? { id: result[0], queue: result[1], score: result[2] } : null;
  }

  /**
   * Ends a reservation: with `requeue` the inquiry goes back to its queue at its original score,
   * without it the record is just dropped (accepted, or no longer waiting). Only the holder's
   * reservation is ended (`adviser` null: whoever holds it). False when there was none.
   */
  async finishReservation(id: string, adviser: string | null, requeue: boolean): Promise<boolean> {
    return (
      (await this.finishScript(
        [this.reservationsDue, this.reservationsData, this.nonEmptySets],
        [id, adviser ?? '', requeue ? '1' : '0'],
      )) === 1
    );
  }

  /**
   * Reservations past their time, each leased for `leaseMs` to the caller: several sweepers never
   * handle the same one at once, and one that dies mid-way leaves it to be taken again.
   */
  async leaseExpired(now: Date, leaseMs: number, limit = 200): Promise<Reservation[]> {
    const flat = (await this.leaseScript(
      [this.reservationsDue, this.reservationsData],
      [now.getTime(), now.getTime() + leaseMs, limit],
    )) as string[];
    const out: Reservation[] = [];
    for (let i = 0; i < flat.length; i += 2) out.push(this.reservationOf(flat[i], flat[i + 1], new Date(now.getTime() + leaseMs)));
    return out;
  }

  private reservationOf(id: string, data: string, reservedUntil: Date): Reservation {
    const r = JSON.parse(data) as { adviser: string; key: string; score: string; queue: string };
    return { id, adviser: r.adviser, queue: r.queue, key: r.key, score: String(r.score), reservedUntil };
  }

  /** Moves a reservation's expiry (the chosen queue's own reservation time). */
  async setReservationExpiry(id: string, reservedUntil: Date): Promise<void> {
    await this.redis.zadd(this.reservationsDue, 'XX', reservedUntil.getTime(), id);
  }

  /** Every reservation held now (for supervisors and tests). */
  async reservations(): Promise<Reservation[]> {
    const [data, due] = await Promise.all([
      this.redis.hgetall(this.reservationsData),
      this.redis.zrange(this.reservationsDue, 0, -1, 'WITHSCORES'),
    ]);
    const until = new Map<string, number>();
    for (let i = 0; i < due.length; i += 2) until.set(due[i], Number(due[i + 1]));
    return Object.entries(data).map(([id, d]) => this.reservationOf(id, d, new Date(until.get(id) ?? 0)));
  }

  /** Puts back a reservation that Postgres records (after a Redis loss), unless Redis already has one. */
  async restoreReservation(entry: QueueEntry, adviser: string, reservedUntil: Date): Promise<boolean> {
    const key = this.key(entry.queue, entry.channel, entry.language, entry.category);
    const data = JSON.stringify({ adviser, key, score: String(entry.score), queue: entry.queue });
    return (
      (await this.restoreReservationScript(
        [this.reservationsDue, this.reservationsData, key, this.nonEmptySets],
        [entry.id, reservedUntil.getTime(), data],
      )) === 1
    );
  }

  /** Takes inquiries out of a queue (re-routed, or no longer waiting); one not there is no error. */
  async remove(queue: string, ...ids: string[]): Promise<void> {
    const keys = [this.nonEmptySets, ...this.keysOf(queue)];
    for (let i = 0; i < ids.length; i += 500) await this.removeScript(keys, ids.slice(i, i + 500));
  }

  /**
   * Takes inquiries out of the live queues altogether: out of every queue and any reservation
   * (whoever holds it). For inquiries that can no longer be worked on (their personal data erased);
   * one not there is no error.
   */
  async drop(...ids: string[]): Promise<void> {
    const keys = [this.nonEmptySets, ...QueueNames.flatMap((q) => this.keysOf(q))];
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      await this.removeScript(keys, part);
      const pipeline = this.redis.pipeline();
      pipeline.hdel(this.reservationsData, ...part);
      pipeline.zrem(this.reservationsDue, ...part);
      for (const [error] of (await pipeline.exec()) ?? []) if (error) throw error;
    }
  }

  /**
   * The queue's sets that the index names: what a claim can see. What is read below reads only
   * these, so a set missing from the index would look empty, and the reconciliation with the
   * system of record would put its inquiries back (and the set in the index).
   */
  private async indexedKeysOf(queue: string): Promise<string[]> {
    const start = `${this.keyPrefix}queue:${queue}:`;
    return (await this.redis.smembers(this.nonEmptySets)).filter((key) => key.startsWith(start)).sort();
  }

  /** The ids waiting in a queue, in no order: what is compared with the system of record. */
  async idSet(queue: string): Promise<Set<string>> {
    const pipeline = this.redis.pipeline();
    for (const key of await this.indexedKeysOf(queue)) pipeline.zrange(key, 0, -1);
    const results = (await pipeline.exec()) ?? [];
    const ids = new Set<string>();
    for (const [error, part] of results) {
      if (error) throw error;
      for (const id of part as string[]) ids.add(id);
    }
    return ids;
  }

  /** The ids reserved now (in no queue set while reserved). */
  async reservedIds(): Promise<Set<string>> {
    return new Set(await this.redis.hkeys(this.reservationsData));
  }

  async size(queue: string): Promise<number> {
    const pipeline = this.redis.pipeline();
    for (const key of await this.indexedKeysOf(queue)) pipeline.zcard(key);
    const results = (await pipeline.exec()) ?? [];
    return results.reduce((sum, [, n]) => sum + Number(n ?? 0), 0);
  }

  /** The queue's waiting inquiries in the order they will be served. */
  async ids(queue: string): Promise<string[]> {
    return (await this.entries(queue)).map((e) => e.id);
  }

  /** The queue's waiting inquiries with their scores, best first; `perSet` bounds how many of each set. */
  async entries(queue: string, perSet = -1): Promise<{ id: string; score: number; channel: Channel }[]> {
    const keys = await this.indexedKeysOf(queue);
    const pipeline = this.redis.pipeline();
    for (const key of keys) pipeline.zrange(key, 0, perSet < 0 ? -1 : perSet - 1, 'WITHSCORES');
    const results = (await pipeline.exec()) ?? [];
    const all: { id: string; score: number; channel: Channel }[] = [];
    results.forEach(([, flat], k) => {
      const channel = keys[k].slice(`${this.keyPrefix}queue:${queue}:`.length).split(':')[0] as Channel;
      const list = (flat as string[] | null) ?? [];
      for (let i = 0; i < list.length; i += 2) all.push({ id: list[i], score: Number(list[i + 1]), channel });
    });
    return all.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1));
  }

  /**
   * Makes a queue hold at least the given entries (the system of record's waiting inquiries), each
   * at its original place. Merges rather than replaces, so an enqueue racing with the rebuild is
   * kept; an entry that is no longer waiting is skipped by whoever reserves it.
   */
  async restore(entries: QueueEntry[]): Promise<number> {
    return this.enqueue(entries);
  }

  /**
   * Set after a rebuild; Redis losing its data loses this too, which is how a loss is noticed. The
   * key names the layout of the sets (`v2`: split by category too; `v3`: with the index of
   * non-empty sets), so sets of an earlier layout are rebuilt from Postgres after an upgrade rather
   * than left unseen.
   */
  async isBuilt(): Promise<boolean> {
    return (await this.redis.exists(this.builtKey)) === 1;
  }

  async markBuilt(): Promise<void> {
    await this.redis.set(this.builtKey, new Date().toISOString());
  }

  private get builtKey(): string {
    return `${this.keyPrefix}queues:built:v3`;
  }

  /**
   * Whether the caller has the turn at `job` for the next `forMs`: of several instances running
   * the same periodic job, one does it per period (the turn lapses on its own).
   */
  async takeTurn(job: string, forMs: number): Promise<boolean> {
    return (await this.redis.set(`${this.keyPrefix}turn:${job}`, new Date().toISOString(), 'PX', forMs, 'NX')) === 'OK';
  }
}
