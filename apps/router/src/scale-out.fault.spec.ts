// Fault (npm run test:fault, about three minutes): real Kafka broker, Postgres (test database) and
// Redis. Two instances each of classifier, router, agency-forwarder and workdesk run as real
// processes in the same consumer groups, on topics with enough partitions to share; one instance
// of each Kafka pipeline stage is killed with SIGKILL mid-stream and the other takes its work over.
import { Inquiry, InquiryReceived, Topics, TopicName } from '@inquiry-router/contracts';
import type { AppProcess } from '@inquiry-router/local-system';
import { anInquiry, eventually, TestPipeline } from '@inquiry-router/testing';

const count = 1200;
const partitions = 8;

/** Words the classifier sends to the advisers' queues and to agencies, so both paths are taken. */
const contacts: Partial<Inquiry>[] = [
  { subject: 'Innlogging', body: 'Hei, jeg får ikke logget inn i portalen med BankID, det står feilkode 403.' },
  {
    subject: 'Aksjesplitt i aksjonærregisteroppgaven',
    body: 'Vi gjennomførte en aksjesplitt 1:10 i fjor høst. Hvordan skal splitten rapporteres i aksjonærregisteroppgaven, og skal inngangsverdien per aksje endres?',
  },
  {
    subject: 'Dokumentasjon ved nytt styre',
    body: 'Vi har valgt nytt styre på generalforsamlingen. Hvilken dokumentasjon må sendes med når endringen meldes – holder det med protokollen?',
    serviceCode: 'samordnet-registermelding',
  },
  { subject: 'Tilgang', body: 'Hvordan gir jeg regnskapsføreren tilgang til å sende inn for selskapet vårt?' },
  { subject: 'Feil', body: 'Vi er en leverandør av lønnssystem og får 500 fra API-et ved innsending av a-melding.' },
];

/** The consumer group of each app that reads the pipeline's topics, and the topic it reads. */
const groups: { app: 'classifier' | 'router' | 'agency-forwarder' | 'workdesk'; group: string; topic: TopicName }[] = [
  { app: 'classifier', group: 'classifier', topic: Topics.InquiryReceived },
  { app: 'router', group: 'router', topic: Topics.InquiryClassified },
  { app: 'agency-forwarder', group: 'agency-forwarder', topic: Topics.InquiryForwarded },
  { app: 'workdesk', group: 'workdesk-cases', topic: Topics.InquiryClassified },
];

describe('two instances of each pipeline app in the same consumer groups', () => {
  const pipeline = new TestPipeline({
    partitions: [Topics.InquiryReceived, Topics.InquiryClassified, Topics.InquiryForwarded, Topics.InquiryWork]
      .map((t) => `${t}=${partitions}`)
      .join(','),
  });
  const first = new Map<string, AppProcess>();
  const second = new Map<string, AppProcess>();

  beforeAll(async () => {
    await pipeline.setUp();
    // The workdesk started by `start` is the token issuer the other apps verify against.
    for (const app of ['workdesk', 'classifier', 'router', 'agency-forwarder'] as const) {
      first.set(app, await pipeline.start(app));
      second.set(app, await pipeline.startInstance(app, 'b'));
    }
  }, 240_000);
  afterAll(() => pipeline.tearDown(), 60_000);

  it('shares every group’s partitions between the two instances', async () => {
    for (const { group, topic } of groups) {
      const held = await eventually(
        async () => {
          const members = await pipeline.assignments(group, topic);
          return members.length === 2 && members.every((p) => p.length > 0) ? members : undefined;
        },
        60_000,
        `${group} shared by two members`,
      );
      expect(held.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: partitions }, (_, i) => i));
    }
  }, 120_000);

  it('routes and forwards every inquiry exactly once when one instance of each is killed mid-stream', async () => {
    const inquiries = Array.from({ length: count }, (_, i) => anInquiry(contacts[i % contacts.length]));
    const ids = inquiries.map((i) => i.id);
    const recorded = async () => {
      const [{ n }]: { n: number }[] = await pipeline.db.query(`SELECT count(*)::int AS n FROM inquiries WHERE id = ANY($1)`, [ids]);
      return n;
    };
    await pipeline.publisher.publish(
      Topics.InquiryReceived,
      inquiries.map((inquiry): { key: string; value: InquiryReceived } => ({ key: inquiry.id, value: { inquiry } })),
    );
    await eventually(async () => ((await recorded()) >= count / 10 ? true : undefined), 60_000, 'the pipeline to be mid-stream');
    await Promise.all(['classifier', 'router', 'agency-forwarder'].map((app) => first.get(app)!.kill()));
    const atKill = await recorded();
    expect(atKill).toBeLessThan(count); // they really were killed mid-stream

    // The survivors get the partitions once the broker has given up on the killed members (session timeout).
    await eventually(async () => ((await recorded()) === count ? true : undefined), 150_000, 'every inquiry recorded');

    const [history]: { routed: number; distinct_ids: number }[] = await pipeline.db.query(
      `SELECT count(*)::int AS routed, count(DISTINCT inquiry_id)::int AS distinct_ids
         FROM inquiry_history WHERE event = 'routed' AND inquiry_id = ANY($1)`,
      [ids],
    );
    expect(history).toEqual({ routed: count, distinct_ids: count });

    const rows: { id: string; status: string; queue: string | null }[] = await pipeline.db.query(
      `SELECT id, status, queue FROM inquiries WHERE id = ANY($1)`,
      [ids],
    );
    const forwarded = rows.filter((r) => r.status === 'forwarded' || r.status === 'forward-pending').map((r) => r.id);
    const queued = rows.filter((r) => r.status === 'queued');
    expect(forwarded.length).toBeGreaterThan(0);
    expect(queued.length).toBeGreaterThan(0);
    expect(forwarded.length + queued.length).toBe(count);

    // Each queued inquiry waits in its queue once.
    for (const queue of new Set(queued.map((r) => r.queue!))) {
      const waiting = (await pipeline.queues.ids(queue)).filter((id) => ids.includes(id));
      expect(waiting.sort()).toEqual(
        queued
          .filter((r) => r.queue === queue)
          .map((r) => r.id)
          .sort(),
      );
    }
    // Each forwarded inquiry reaches the agency ledger once.
    const deliveries = await eventually(
      async () => {
        const [d]: { n: number; distinct_ids: number }[] = await pipeline.db.query(
          `SELECT count(*)::int AS n, count(DISTINCT inquiry_id)::int AS distinct_ids FROM agency_deliveries WHERE inquiry_id = ANY($1)`,
          [forwarded],
        );
        return d.distinct_ids === forwarded.length ? d : undefined;
      },
      90_000,
      'every forward in the agency ledger',
    );
    expect(deliveries).toEqual({ n: forwarded.length, distinct_ids: forwarded.length });

    // What the killed instances held, the others hold now: one member per group, every partition.
    for (const { group, topic } of groups.filter((g) => g.app !== 'workdesk')) {
      const held = await eventually(
        async () => {
          const members = await pipeline.assignments(group, topic);
          return members.length === 1 ? members : undefined;
        },
        60_000,
        `${group} down to its survivor`,
      );
      expect(held[0]).toEqual(Array.from({ length: partitions }, (_, i) => i));
    }
  }, 360_000);
});
