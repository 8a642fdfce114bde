// Integration: real Kafka broker and Postgres (a database of this file's own, since it activates
// text models that every classifier reads) and Redis; classifier, router and workdesk run as real
// processes. Shows the whole loop: an adviser's correction, `npm run train`'s training, the
// classifier taking the new model without a restart, and a later similar inquiry decided differently.
import { DataSource } from 'typeorm';
import { createDataSource } from '@inquiry-router/persistence';
import { anInquiry, eventually, privateDatabase, TestPipeline } from '@inquiry-router/testing';
import { migrate, seedDevelopmentUsers } from '@inquiry-router/local-system';
import { ensureTextModel } from './train-model';
import { trainAndActivate } from './train-model';

interface View {
  status: string;
  decision: { target: string; reasons: string[] } | null;
}

describe('learning from corrections (npm run train)', () => {
  const pipeline = new TestPipeline();
  const database = privateDatabase(process.env.DATABASE_URL!, `training_${pipeline.id}`);
  let db: DataSource;
  let adviser: string;
  let supervisor: string;

  const api = (path: string, token: string | null, body?: unknown) =>
    fetch(pipeline.url('workdesk', path), {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const login = async (username: string): Promise<string> => {
    const res = await api('/api/auth/login', null, { username, password: username });
    expect(res.status).toBe(200);
    return ((await res.json()) as { token: string }).token;
  };
  /** Takes an inquiry in through the workdesk intake and waits for the router to place it. */
  const routed = async (body: string): Promise<{ id: string; view: View }> => {
    const { receivedAt: _now, ...inquiry } = anInquiry({ subject: 'Kaiavgift', body });
    expect((await api('/api/inquiries', supervisor, inquiry)).status).toBe(202);
    const view = await eventually(
      async () => {
        const res = await api(`/api/inquiries/${inquiry.id}`, adviser);
        const v = res.status === 200 ? ((await res.json()) as View) : undefined;
        return v && (v.status === 'queued' || v.status === 'forwarded') ? v : undefined;
      },
      30_000,
      `${inquiry.id} routed`,
    );
    return { id: inquiry.id, view };
  };

  beforeAll(async () => {
    await migrate(database.url, pipeline.log);
    await seedDevelopmentUsers(database.url, 'test');
    await ensureTextModel(database.url, pipeline.log);
    db = await createDataSource(database.url, { poolSize: 2, applicationName: 'test' }).initialize();
    await pipeline.setUp({ DATABASE_URL: database.url, MODEL_REFRESH_SECONDS: '1' });
    await Promise.all([pipeline.start('workdesk'), pipeline.start('classifier'), pipeline.start('router')]);
    [adviser, supervisor] = await Promise.all([login('adviser'), login('supervisor')]);
  }, 180_000);

  afterAll(async () => {
    await pipeline.tearDown();
    await db?.destroy();
    await database.drop();
  }, 60_000);

  it('a corrected example changes a later decision once the model is retrained', async () => {
    // Quay fees for a ferry: words no agreement and no project example ties to an agency.
    const first = await routed(
      'Hei. Vi driver ferjekaien for kommunen og lurer på hvilke satser for kaiavgift vi skal bruke for ferjeselskapet i år. Mvh Kari',
    );
    expect(first.view.decision?.target).not.toBe('agency:svv');

    const correction = await api(`/api/inquiries/${first.id}/reclassify`, adviser, {
      target: 'agency:svv',
      reason: 'Kaiavgift for ferjer hører til Statens vegvesen',
    });
    expect(correction.status).toBe(202);
    await eventually(
      async () => {
        const rows: unknown[] = await db.query(`SELECT 1 FROM classification_examples WHERE inquiry_id = $1`, [first.id]);
        return rows.length > 0 || undefined;
      },
      10_000,
      'the correction recorded',
    );

    const { version, report } = await trainAndActivate(db, 'test');
    expect(report.corrections).toBe(1);

    // The running classifier takes the new model on its next check; until then decisions name the old one.
    const later = await eventually(
      async () => {
        const next = await routed('Hvilken kaiavgift gjelder for ferjer som legger til ved kaien vår? Hilsen Ola');
        return next.view.decision?.reasons.some((r) => r.includes(`Text model ${version}`)) ? next : undefined;
      },
      60_000,
      `a decision made with ${version}`,
    );
    expect(later.view.decision?.target).toBe('agency:svv');
  }, 180_000);
});
