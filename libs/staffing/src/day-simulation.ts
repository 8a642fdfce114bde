import { Channels, type Channel } from '@inquiry-router/contracts';
import { defaultCalendar, DefaultServiceLevelTargets, targetDuration } from '@inquiry-router/opening-hours';
import { checkDuration, drawDuration, Duration } from './distributions';
import { InvalidStaffingInput, isList } from './erlang-c';
import { MinHeap } from './min-heap';
import { SeededRandom } from './random';
import { DefaultSimulatedWorkPolicy, simulatedQueueScore, SimulatedWorkPolicy } from './work-order';

export interface DaySimulationInput {
  intervalMinutes: number;
  /** Contacts expected per interval and channel; the day's arrivals are Poisson around these. */
  forecast: readonly Partial<Record<Channel, number>>[];
  /** Advisers on shift in each interval (one entry per forecast interval). */
  advisers: readonly number[];
  /** Adviser time per contact, by channel (every channel with arrivals needs one). */
  handleSeconds: Partial<Record<Channel, Duration>>;
  /** How long a caller waits before hanging up; absent: callers wait as long as it takes. */
  patienceSeconds?: Duration;
  /** Service-level targets, seconds of opening time (the simulated day is open throughout); default: the support's defaults. */
  targetSeconds?: Partial<Record<Channel, number>>;
  /** Queue order and what an adviser may hold; default: the default work policy. */
  policy?: SimulatedWorkPolicy;
  seed: number;
}

export interface ChannelOutcome {
  offered: number;
  answered: number;
  answeredWithinTarget: number;
  abandoned: number;
  /** Still waiting when the day ended: written inquiries at closing, callers nobody was left to answer. */
  waitingAtClose: number;
  /**
   * Answered within the target / contacts whose outcome is known: abandoned calls count as missed,
   * and so do inquiries still waiting past their due time; written inquiries waiting at closing
   * with time left are not counted. Null when there is none.
   */
  serviceLevel: number | null;
  /** Average wait of those answered, seconds (null: none answered). */
  asa: number | null;
}

export interface IntervalOutcome {
  /** Minutes from the day's start. */
  startMinute: number;
  advisers: number;
  channels: Record<Channel, ChannelOutcome>;
  /** Adviser time spent on work / adviser time at the desk (those leaving stay until their work is done). */
  occupancy: number;
}

export interface DayOutcome {
  intervals: IntervalOutcome[];
  day: { channels: Record<Channel, ChannelOutcome>; occupancy: number };
}

interface Contact {
  channel: Channel;
  interval: number;
  arrival: number;
  handle: number;
  patience: number;
  due: number;
  score: number;
  seq: number;
  state: 'waiting' | 'taken' | 'abandoned';
}

interface Adviser {
  onShift: boolean;
  call: Contact | null;
  callEnds: number;
  /** Written inquiries held, each with the adviser time it still needs. */
  held: { contact: Contact; remaining: number }[];
  heldBy: Record<Channel, number>;
  lastProgress: number;
  version: number;
}

type EventBody =
  | { at: number; kind: 'shift'; interval: number }
  | { at: number; kind: 'close' }
  | { at: number; kind: 'done'; adviser: Adviser; version: number }
  | { at: number; kind: 'abandon'; contact: Contact }
  | { at: number; kind: 'arrival'; contact: Contact };
type SimEvent = EventBody & { order: number; seq: number };

// At the same instant: staff changes first, then work finishing, callers giving up, new arrivals.
const EventOrder = { shift: 0, close: 0, done: 1, abandon: 2, arrival: 3 } as const;

interface Tally {
  offered: number;
  answered: number;
  within: number;
  abandoned: number;
  waitSum: number;
  waitingAtClose: number;
  pendingAtClose: number;
}

/**
 * One day of the support, contact by contact (a discrete-event simulation), seeded so the same
 * input gives the same day. Arrivals are Poisson within each interval at the forecast's rate;
 * handle times and callers' patience are drawn from the given distributions. Waiting work is taken
 * in the system's queue order (`simulatedQueueScore`: due time less the channel's head start, so
 * calls first); an adviser takes one call at a time and holds up to the policy's capacity of
 * written inquiries, working those held in turn with equal shares of their time (a call takes all of
 * it, the written work waits meanwhile). Work is offered first to idle advisers, then to those
 * holding least. Advisers leaving at an interval's end (fewer planned) take nothing new and finish
 * what they hold. At closing no new written work is taken; callers already waiting are answered by
 * the last interval's advisers.
 *
 * Simplifications: one queue per channel (no queues, languages or skills: every adviser takes every
 * channel), no reservation timeouts, overflow or diversion, no breaks within an interval (shrinkage
 * belongs to the plan), and the day is open throughout, so opening time is the clock.
 */
export function simulateDay(input: DaySimulationInput): DayOutcome {
  checkInput(input);
  const intervalSeconds = input.intervalMinutes * 60;
  const intervalCount = input.forecast.length;
  const end = intervalCount * intervalSeconds;
  const policy = input.policy ?? DefaultSimulatedWorkPolicy;
  const targets = { ...defaultTargetSeconds(), ...input.targetSeconds } as Record<Channel, number>;

  const events = new MinHeap<SimEvent>(
    (a, b) => a.at < b.at || (a.at === b.at && (a.order < b.order || (a.order === b.order && a.seq < b.seq))),
  );
  let seq = 0;
  const schedule = (e: EventBody) => events.push({ ...e, order: EventOrder[e.kind], seq: seq++ });

  const tallies: Record<Channel, Tally>[] = input.forecast.map(() => emptyTallies());
  const arrivals = new SeededRandom(input.seed, 1);
  const handles = new SeededRandom(input.seed, 2);
  const patience = new SeededRandom(input.seed, 3);
  let contactSeq = 0;
  input.forecast.forEach((expected, interval) => {
    for (const channel of Channels) {
      const count = expected[channel] ?? 0;
      if (count <= 0) continue;
      const from = interval * intervalSeconds;
      for (
        let t = from + arrivals.exponential(intervalSeconds / count);
        t < from + intervalSeconds;
        t += arrivals.exponential(intervalSeconds / count)
      ) {
        const due = t + targets[channel];
        const contact: Contact = {
          channel,
          interval,
          arrival: t,
          handle: drawDuration(input.handleSeconds[channel]!, handles),
          patience: channel === 'phone' && input.patienceSeconds ? drawDuration(input.patienceSeconds, patience) : Infinity,
          due,
          score: simulatedQueueScore(t, due, policy.channelWeightMinutes[channel]),
          seq: contactSeq++,
          state: 'waiting',
        };
        tallies[interval][channel].offered += 1;
        schedule({ at: t, kind: 'arrival', contact });
      }
    }
  });
  for (let interval = 0; interval < intervalCount; interval++) schedule({ at: interval * intervalSeconds, kind: 'shift', interval });
  schedule({ at: end, kind: 'close' });

  const queues = Object.fromEntries(
    Channels.map((c) => [c, new MinHeap<Contact>((a, b) => a.score < b.score || (a.score === b.score && a.seq < b.seq))]),
  ) as Record<Channel, MinHeap<Contact>>;
  const advisers: Adviser[] = [];
  const busySeconds = new Array<number>(intervalCount).fill(0);
  const deskSeconds = new Array<number>(intervalCount).fill(0);
  let busyCount = 0;
  let deskCount = 0;
  let now = 0;
  let closed = false;

  const isBusy = (a: Adviser) => a.call !== null || a.held.length > 0;
  const atDesk = (a: Adviser) => a.onShift || isBusy(a);
  /** Changes an adviser, keeping the counts of busy and present advisers right. */
  const change = (a: Adviser, fn: () => void) => {
    const [wasBusy, wasAtDesk] = [isBusy(a), atDesk(a)];
    fn();
    busyCount += Number(isBusy(a)) - Number(wasBusy);
    deskCount += Number(atDesk(a)) - Number(wasAtDesk);
  };
  /** Moves the clock to `t`, adding busy and present adviser time to the intervals it crosses. */
  const advance = (t: number) => {
    while (now < t && now < end) {
      const interval = Math.floor(now / intervalSeconds);
      const until = Math.min(t, (interval + 1) * intervalSeconds);
      busySeconds[interval] += busyCount * (until - now);
      deskSeconds[interval] += deskCount * (until - now);
      now = until;
    }
    now = Math.max(now, t);
  };
  /** Written work held progresses at equal shares of the adviser's time, unless a call has it all. */
  const progress = (a: Adviser, t: number) => {
    if (!a.call && a.held.length > 0) {
      const share = (t - a.lastProgress) / a.held.length;
      for (const h of a.held) h.remaining -= share;
    }
    a.lastProgress = t;
  };
  const reschedule = (a: Adviser, t: number) => {
    a.version += 1;
    if (a.call) schedule({ at: a.callEnds, kind: 'done', adviser: a, version: a.version });
    else if (a.held.length > 0) {
      const least = Math.min(...a.held.map((h) => h.remaining));
      schedule({ at: t + Math.max(0, least) * a.held.length, kind: 'done', adviser: a, version: a.version });
    }
  };
  const take = (a: Adviser, contact: Contact, t: number) =>
    change(a, () => {
      progress(a, t);
      contact.state = 'taken';
      const tally = tallies[contact.interval][contact.channel];
      const wait = t - contact.arrival;
      tally.answered += 1;
      tally.waitSum += wait;
      if (wait <= targets[contact.channel] + 1e-9) tally.within += 1;
      if (contact.channel === 'phone') {
        a.call = contact;
        a.callEnds = t + contact.handle;
      } else {
        a.held.push({ contact, remaining: contact.handle });
        a.heldBy[contact.channel] += 1;
      }
      reschedule(a, t);
    });
  const finish = (a: Adviser, t: number) =>
    change(a, () => {
      progress(a, t);
      if (a.call) a.call = null;
      else {
        let least = 0;
        a.held.forEach((h, i) => {
          if (h.remaining < a.held[least].remaining) least = i;
        });
        const [done] = a.held.splice(least, 1);
        a.heldBy[done.contact.channel] -= 1;
      }
      reschedule(a, t);
    });
  const canTake = (a: Adviser, channel: Channel) =>
    a.onShift && a.call === null && (channel === 'phone' ? policy.capacity.phone >= 1 : a.heldBy[channel] < policy.capacity[channel]);
  const head = (channel: Channel) => {
    const queue = queues[channel];
    while (queue.size > 0 && queue.peek()!.state !== 'waiting') queue.pop();
    return queue.peek();
  };
  /** The adviser who takes a contact of `channel` now: idle first, then whoever holds least; none if nobody can. */
  const takerFor = (channel: Channel): Adviser | undefined => {
    let best: Adviser | undefined;
    for (const a of advisers) {
      if (!canTake(a, channel) || (best && a.held.length >= best.held.length)) continue;
      best = a;
      if (a.held.length === 0) break;
    }
    return best;
  };
  /** Hands waiting work, best first, to whoever can take it, until nobody can take what waits. */
  const dispatch = (t: number) => {
    const open = closed ? (['phone'] as const) : Channels;
    for (;;) {
      let best: Contact | undefined;
      let taker: Adviser | undefined;
      // The best waiting contact someone can take (at most three channels: a selection, not a sort).
      const tried = new Set<Channel>();
      for (;;) {
        let candidate: Contact | undefined;
        for (const channel of open) {
          if (tried.has(channel)) continue;
          const c = head(channel);
          if (c && (!candidate || c.score < candidate.score || (c.score === candidate.score && c.seq < candidate.seq))) candidate = c;
        }
        if (!candidate) break;
        tried.add(candidate.channel);
        taker = takerFor(candidate.channel);
        if (taker) {
          best = candidate;
          break;
        }
      }
      if (!best || !taker) return;
      queues[best.channel].pop();
      take(taker, best, t);
    }
  };
  const setStaff = (wanted: number) => {
    const present = advisers.filter((a) => a.onShift);
    if (wanted > present.length) {
      let missing = wanted - present.length;
      for (const a of advisers) {
        if (missing === 0) break;
        if (!a.onShift) {
          change(a, () => (a.onShift = true));
          missing -= 1;
        }
      }
      for (; missing > 0; missing--) {
        const a: Adviser = {
          onShift: false,
          call: null,
          callEnds: 0,
          held: [],
          heldBy: { phone: 0, email: 0, social: 0 },
          lastProgress: now,
          version: 0,
        };
        advisers.push(a);
        change(a, () => (a.onShift = true));
      }
    } else if (wanted < present.length) {
      // The idle leave first, then those holding least; each finishes what they hold.
      const leaving = [...present]
        .sort((a, b) => Number(isBusy(a)) - Number(isBusy(b)) || a.held.length - b.held.length)
        .slice(0, present.length - wanted);
      for (const a of leaving) change(a, () => (a.onShift = false));
    }
  };

  for (let e = events.pop(); e; e = events.pop()) {
    advance(e.at);
    switch (e.kind) {
      case 'shift':
        setStaff(input.advisers[e.interval]);
        break;
      case 'close':
        closed = true;
        break;
      case 'done':
        if (e.version === e.adviser.version) finish(e.adviser, e.at);
        break;
      case 'abandon':
        if (e.contact.state === 'waiting') {
          e.contact.state = 'abandoned';
          tallies[e.contact.interval][e.contact.channel].abandoned += 1;
        }
        break;
      case 'arrival':
        queues[e.contact.channel].push(e.contact);
        if (Number.isFinite(e.contact.patience)) schedule({ at: e.at + e.contact.patience, kind: 'abandon', contact: e.contact });
        break;
    }
    dispatch(e.at);
  }

  // What is still waiting: written inquiries at closing, callers nobody was left to answer.
  for (const channel of Channels) {
    for (let c = queues[channel].pop(); c; c = queues[channel].pop()) {
      if (c.state !== 'waiting') continue;
      const tally = tallies[c.interval][channel];
      tally.waitingAtClose += 1;
      if (channel !== 'phone' && end - c.arrival < targets[channel]) tally.pendingAtClose += 1;
    }
  }

  const intervals = tallies.map((byChannel, i): IntervalOutcome => ({
    startMinute: i * input.intervalMinutes,
    advisers: input.advisers[i],
    channels: outcomes(byChannel),
    occupancy: deskSeconds[i] > 0 ? busySeconds[i] / deskSeconds[i] : 0,
  }));
  const total = emptyTallies();
  for (const byChannel of tallies) for (const channel of Channels) addTally(total[channel], byChannel[channel]);
  const busy = busySeconds.reduce((s, x) => s + x, 0);
  const desk = deskSeconds.reduce((s, x) => s + x, 0);
  return { intervals, day: { channels: outcomes(total), occupancy: desk > 0 ? busy / desk : 0 } };
}

/** The support's default targets as opening time, in seconds (2 working days: 15 opening hours). */
export function defaultTargetSeconds(): Record<Channel, number> {
  const calendar = defaultCalendar();
  return Object.fromEntries(Channels.map((c) => [c, targetDuration(DefaultServiceLevelTargets[c], calendar) / 1000])) as Record<
    Channel,
    number
  >;
}

function emptyTallies(): Record<Channel, Tally> {
  const tally = (): Tally => ({ offered: 0, answered: 0, within: 0, abandoned: 0, waitSum: 0, waitingAtClose: 0, pendingAtClose: 0 });
  return { phone: tally(), email: tally(), social: tally() };
}

function addTally(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
}

function outcomes(byChannel: Record<Channel, Tally>): Record<Channel, ChannelOutcome> {
  const outcome = (t: Tally): ChannelOutcome => {
    const known = t.offered - t.pendingAtClose;
    return {
      offered: t.offered,
      answered: t.answered,
      answeredWithinTarget: t.within,
      abandoned: t.abandoned,
      waitingAtClose: t.waitingAtClose,
      serviceLevel: known > 0 ? t.within / known : null,
      asa: t.answered > 0 ? t.waitSum / t.answered : null,
    };
  };
  return { phone: outcome(byChannel.phone), email: outcome(byChannel.email), social: outcome(byChannel.social) };
}

function checkInput(input: DaySimulationInput): void {
  if (!Number.isFinite(input.intervalMinutes) || input.intervalMinutes <= 0)
    throw new InvalidStaffingInput('intervalMinutes must be above 0');
  if (!isList(input.forecast) || input.forecast.length === 0) throw new InvalidStaffingInput('forecast must list at least one interval');
  if (!isList(input.advisers) || input.advisers.length !== input.forecast.length)
    throw new InvalidStaffingInput(`advisers must give one number per forecast interval (${input.forecast.length})`);
  input.advisers.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 0) throw new InvalidStaffingInput(`advisers[${i}] must be a whole number, at least 0`);
  });
  const used = new Set<Channel>();
  input.forecast.forEach((interval, i) => {
    for (const [channel, count] of Object.entries(interval)) {
      if (!Channels.includes(channel as Channel))
        throw new InvalidStaffingInput(`forecast[${i}].${channel}: not a channel (${Channels.join(', ')})`);
      if (typeof count !== 'number' || !Number.isFinite(count) || count < 0)
        throw new InvalidStaffingInput(`forecast[${i}].${channel} must be at least 0`);
      if (count > 0) used.add(channel as Channel);
    }
  });
  for (const channel of used) {
    const d = input.handleSeconds[channel];
    if (!d) throw new InvalidStaffingInput(`handleSeconds.${channel} is needed: the forecast has ${channel} contacts`);
    checkDuration(d, `handleSeconds.${channel}`);
  }
  if (input.patienceSeconds) checkDuration(input.patienceSeconds, 'patienceSeconds');
  for (const [channel, seconds] of Object.entries(input.targetSeconds ?? {})) {
    if (!Number.isFinite(seconds) || seconds < 0) throw new InvalidStaffingInput(`targetSeconds.${channel} must be at least 0`);
  }
  if (!Number.isFinite(input.seed)) throw new InvalidStaffingInput('seed must be a number');
}
