// Integration: real Kafka broker, Postgres and Redis; the router and the workdesk run as real
// processes; requests go over HTTP. It uses a Postgres database of this file's own: the retention
// job erases whatever in the database is past retention, which would reach into other files' data
// in the shared test database, and the planners' counts are compared exactly.
import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import {
  Channel,
  Inquiry,
  InquiryClassified,
  OutboundMessage,
  PersonalDataErasureView,
  PersonalDataExportView,
  RoutingDecision,
  RoutingTarget,
  Topics,
} from '@inquiry-router/contracts';
import { hashIdentityKey, identityKeysOf } from '@inquiry-router/inquirer';
import { SocialKeys } from '@inquiry-router/live-queues';
import {
  AttachmentStore,
  ClassificationExampleRepository,
  ContactHistoryReader,
  incidentExampleText,
  OutboundMessageRepository,
  PersonalDataRepository,
} from '@inquiry-router/persistence';
import { aDecision, anInquiry, eventually, pipelineApi, TestPipeline } from '@inquiry-router/testing';
import { WorkdeskEnv } from '../workdesk.env';

const keySecret = new WorkdeskEnv().inquirerKeySecret;
const dayMs = 86_400_000;
const monthsAgo = (months: number): string => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString();
};

/** What identifies one test person wherever it might have been copied: searched for in every table and every Redis key. */
interface Markers {
  email: string;
  phoneDigits: string;
  handle: string;
  phrase: string;
}

function aPerson(name: string): Markers & { phone: string } {
  const hex = randomBytes(4).toString('hex');
  const phoneDigits = `4${String(randomBytes(4).readUInt32BE() % 10_000_000).padStart(7, '0')}`;
  return {
    email: `${name}.${hex}@example.no`,
    phone: `+47${phoneDigits}`,
    phoneDigits,
    handle: `${name}_${hex}`,
    // Letters only, so the masking of examples (which hides numbers) leaves it as it is.
    phrase: `kontonummer-${hex.replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)])}`,
  };
}

const markersOf = (m: Markers): string[] => [m.email, m.phoneDigits, m.handle, m.phrase];

/** Every table of the schema whose rows hold any of `needles` anywhere (as their JSON text). */
async function tablesHolding(db: DataSource, needles: string[]): Promise<Record<string, number>> {
  const tables: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const found: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [{ n }]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM "${table_name}" t WHERE to_jsonb(t)::text ILIKE ANY($1)`,
      [needles.map((s) => `%${s}%`)],
    );
    if (n > 0) found[table_name] = n;
  }
  return found;
}

/** Every key under the prefix whose name or content holds any of `needles`, with what it holds. */
async function redisKeysHolding(redis: Redis, prefix: string, needles: string[]): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const key of await redis.keys(`${prefix}*`)) {
    const type = await redis.type(key);
    const content =
      type === 'zset'
        ? await redis.zrange(key, 0, -1)
        : type === 'hash'
          ? Object.entries(await redis.hgetall(key)).flat()
          : type === 'set'
            ? await redis.smembers(key)
            : type === 'list'
              ? await redis.lrange(key, 0, -1)
              : type === 'string'
                ? [(await redis.get(key)) ?? '']
                : [];
    const text = [key, ...content].join('\n');
    if (needles.some((n) => text.includes(n))) found[key] = text;
  }
  return found;
}

describe('personal data: export, erasure and retention (workdesk)', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'personal_data' });
  const { api, post, json, login } = pipelineApi(pipeline);
  let supervisor: string;
  let adviser: string;

  const kari = aPerson('kari');
  const ola = aPerson('ola');
  let kariInquiries: Inquiry[];
  let olaInquiry: Inquiry;
  let kariId: string;
  let olaId: string;

  /** Has the router record the inquiry with a decision whose reasons quote its text, as a classifier's may. */
  const record = async (inquiry: Inquiry, target: RoutingTarget, quote: string): Promise<void> => {
    const decision: RoutingDecision = aDecision(target, { reasons: [`the text says "${quote}"`] });
    const event: InquiryClassified = { inquiry, decision, classifiedAt: new Date().toISOString() };
    await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: inquiry.id, value: event }]);
    await eventually(
      async () =>
        (await pipeline.db.query<unknown[]>(`SELECT 1 FROM inquiries WHERE id = $1`, [inquiry.id])).length > 0 ? true : undefined,
      30_000,
      `${inquiry.id} recorded`,
    );
  };

  /**
   * Makes the inquiries one person, as the router does when their keys match (the person it gave
   * the first one, if it did), with their keys as keyed hashes; returns the person's id.
   */
  const onePerson = async (inquiries: Inquiry[]): Promise<string> => {
    const ids = inquiries.map((i) => i.id);
    const [first]: { inquirer_id: string | null }[] = await pipeline.db.query(`SELECT inquirer_id FROM inquiries WHERE id = $1`, [ids[0]]);
    const id =
      first.inquirer_id ??
      (await pipeline.db.query<{ id: string }[]>(`INSERT INTO inquirers (last_contact_at) VALUES (now()) RETURNING id`))[0].id;
    await pipeline.db.query(
      `UPDATE inquiries SET inquirer_id = $1, inquirer_match = jsonb_build_object('by', 'new', 'at', now()) WHERE id = ANY($2::text[])`,
      [id, ids],
    );
    await pipeline.db.query(
      `UPDATE inquirers SET last_contact_at = (SELECT max(received_at) FROM inquiries WHERE inquirer_id = $1) WHERE id = $1`,
      [id],
    );
    for (const inquiry of inquiries)
      for (const key of identityKeysOf(inquiry)) {
        const hashed = hashIdentityKey(keySecret, key);
        await pipeline.db.query(`INSERT INTO inquirer_keys (inquiry_id, kind, key_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
          inquiry.id,
          hashed.kind,
          hashed.hash,
        ]);
      }
    return id;
  };

  const statusOf = async (id: string): Promise<string> =>
    (await pipeline.db.query<{ status: string }[]>(`SELECT status FROM inquiries WHERE id = $1`, [id]))[0].status;

  beforeAll(async () => {
    await pipeline.setUp();
    await Promise.all([pipeline.start('router'), pipeline.start('workdesk')]);
    [supervisor, adviser] = await Promise.all([login('supervisor', 'supervisor'), login('adviser', 'adviser')]);

    // Kari: a mail reserved by an adviser in the first line, a call waiting (in the second line, as a repeat contact), and a
    // social message that became a service desk case; Ola: one mail in the second line.
    const store = new AttachmentStore(pipeline.db);
    const kariMailId = `inq-${randomBytes(6).toString('hex')}`;
    const passport = await store.put(kariMailId, {
      filename: `pass-${kari.phrase}.pdf`,
      contentType: 'application/pdf',
      content: Buffer.from(`scan of ${kari.phrase}`),
    });
    kariInquiries = [
      anInquiry({
        id: kariMailId,
        receivedAt: new Date(Date.now() - 120_000).toISOString(),
        from: { name: 'Kari Testperson', email: kari.email },
        subject: `Refusjon ${kari.phrase}`,
        body: `Hei, jeg venter på refusjon til ${kari.phrase}. Ring meg på ${kari.phone} eller skriv til ${kari.email}.`,
        attachments: [passport],
      }),
      anInquiry({
        channel: 'phone',
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
        from: { phone: kari.phone },
        to: '+4722000000',
        subject: undefined,
        body: `Innringer om ${kari.phrase}`,
      }),
      anInquiry({
        channel: 'social',
        from: { handle: kari.handle, network: 'facebook' },
        to: 'altinn-page',
        subject: undefined,
        body: `Saken min om ${kari.phrase} står fast`,
      }),
    ];
    olaInquiry = anInquiry({ from: { name: 'Ola Testperson', email: ola.email }, body: `Spørsmål om ${ola.phrase}` });
    await record(kariInquiries[0], 'first-line', kari.phrase);
    await record(kariInquiries[1], 'first-line', kari.phrase);
    await record(kariInquiries[2], 'servicedesk', kari.phrase);
    await record(olaInquiry, 'second-line', ola.phrase);
    kariId = await onePerson(kariInquiries);
    olaId = await onePerson([olaInquiry]);

    const claim = await post('/api/queues/first-line/claim', adviser);
    expect(claim.status).toBe(200);
    await eventually(
      async () =>
        (await pipeline.db.query<unknown[]>(`SELECT 1 FROM cases WHERE inquiry_id = $1`, [kariInquiries[2].id])).length > 0
          ? true
          : undefined,
      30_000,
      'the service desk case registered',
    );

    // What else is kept of Kari: an answer sent, one she could not be sent, an adviser's note, a correction the classifier
    // learns from, a suggestion from a quoted reference, a contact-rise example, an earlier read,
    // and the social adapter's recipient and conversation in Redis.
    const messages = new OutboundMessageRepository(pipeline.db);
    const anAnswer = (inquiryId: string, channel: Channel, body: string): OutboundMessage => ({
      messageId: `msg-${randomBytes(6).toString('hex')}`,
      inquiryId,
      channel,
      purpose: 'answer',
      language: 'nb',
      body,
      sentBy: 'adviser',
      createdAt: new Date().toISOString(),
    });
    await messages.record(anAnswer(kariInquiries[2].id, 'social', `Hei Kari, refusjonen til ${kari.phrase} er sendt.`), 'message-sent');
    await messages.record(anAnswer(kariInquiries[1].id, 'phone', `Hei Kari, saken om ${kari.phrase} er løst.`), 'message-undeliverable', {
      reason: 'the caller withheld their number',
    });
    await pipeline.db.query(`INSERT INTO inquiry_history (inquiry_id, event, actor, details) VALUES ($1, 'escalated', 'adviser', $2)`, [
      kariInquiries[1].id,
      JSON.stringify({ from: 'first-line', queue: 'second-line', note: `Hun oppga ${kari.email}` }),
    ]);
    await new ClassificationExampleRepository(pipeline.db).record({
      inquiryId: kariInquiries[0].id,
      source: 'adviser-correction',
      label: { target: 'second-line', kind: 'technical', category: 'other', agency: null, caseType: null },
      rejectedTarget: 'first-line',
      reason: 'not a login problem',
      actor: 'adviser',
      channel: 'email',
      toAddress: kariInquiries[0].to,
      subject: kariInquiries[0].subject ?? null,
      body: kariInquiries[0].body,
      serviceCode: null,
      language: null,
    });
    await pipeline.db.query(
      `INSERT INTO inquirer_link_suggestions (inquiry_id, reference, referenced_inquiry_id) VALUES ($1, 'IR-TEST', $2)`,
      [kariInquiries[1].id, olaInquiry.id],
    );
    await pipeline.db.query(
      `INSERT INTO incident_suggestions (category, window_start, window_end, observed, expected, examples, status)
       VALUES ('login', now() - interval '1 hour', now(), 9, 2, $1, 'open')`,
      [[incidentExampleText(`${kariInquiries[0].subject}: ${kariInquiries[0].body}`), 'Får ikke logget inn']],
    );
    await pipeline.db.query(
      `INSERT INTO personal_data_reads (actor, roles, inquiry_id, inquirer_id, via) VALUES ('adviser', '{adviser}', $1, $2, 'inquiry')`,
      [kariInquiries[0].id, kariId],
    );
    await pipeline.redis.set(
      SocialKeys.recipient(pipeline.redisPrefix, kariInquiries[2].id),
      JSON.stringify({ network: 'facebook', senderId: kari.handle }),
    );
    await pipeline.redis.set(SocialKeys.conversation(pipeline.redisPrefix, 'facebook', 'altinn-page', kari.handle), kariInquiries[2].id);
  }, 180_000);
  afterAll(() => pipeline.tearDown());

  it('lets only supervisors export or erase, and answers 404 for a person it does not know', async () => {
    expect((await api(`/api/inquirers/${kariId}/export`, { token: adviser })).status).toBe(403);
    expect((await post(`/api/inquirers/${kariId}/erase`, adviser, { note: 'asked to' })).status).toBe(403);
    expect((await api(`/api/inquirers/${kariId}/export`)).status).toBe(401);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await api(`/api/inquirers/${unknown}/export`, { token: supervisor })).status).toBe(404);
    expect((await post(`/api/inquirers/${unknown}/erase`, supervisor, { note: 'asked to' })).status).toBe(404);
    expect((await api(`/api/inquirers/not-a-person/export`, { token: supervisor })).status).toBe(404);
    expect((await post(`/api/inquirers/${kariId}/erase`, supervisor, {})).status).toBe(400);
  });

  it("exports everything held on a person, and nothing of another's; the export is logged and audited", async () => {
    const doc = await json<PersonalDataExportView>(await api(`/api/inquirers/${kariId}/export`, { token: supervisor }), 200);

    expect(doc.inquirerId).toBe(kariId);
    expect(doc.exportedBy).toBe('supervisor');
    expect(doc.inquiries.map((i) => i.id).sort()).toEqual(kariInquiries.map((i) => i.id).sort());
    const [mail, call, social] = kariInquiries.map((k) => doc.inquiries.find((i) => i.id === k.id)!);
    expect(mail).toMatchObject({
      channel: 'email',
      sender: { email: kari.email },
      subject: `Refusjon ${kari.phrase}`,
      body: kariInquiries[0].body,
    });
    expect(mail.decision?.reasons).toEqual([`the text says "${kari.phrase}"`]);
    expect(mail.keys).toEqual(expect.arrayContaining(['email', 'phone']));
    expect(mail.attachments).toHaveLength(1);
    expect(Buffer.from(mail.attachments[0].contentBase64!, 'base64').toString()).toBe(`scan of ${kari.phrase}`);
    expect(mail.classificationExamples).toMatchObject([{ source: 'adviser-correction', body: kariInquiries[0].body }]);
    expect(call.history.find((h) => h.event === 'escalated')?.details).toMatchObject({ note: `Hun oppga ${kari.email}` });
    expect(social.messagesSent).toMatchObject([
      { event: 'message-sent', purpose: 'answer', body: `Hei Kari, refusjonen til ${kari.phrase} er sendt.`, reason: null },
    ]);
    expect(social.messagesNotDelivered).toEqual([]);
    expect(call.messagesSent).toEqual([]);
    expect(call.messagesNotDelivered).toMatchObject([
      { event: 'message-undeliverable', body: `Hei Kari, saken om ${kari.phrase} er løst.`, reason: 'the caller withheld their number' },
    ]);
    expect(social.cases).toHaveLength(1);
    expect(social.history.map((h) => h.event)).toContain('routed');
    expect(doc.suggestions).toMatchObject([{ inquiryId: kariInquiries[1].id, reference: 'IR-TEST', status: 'open' }]);
    // The adviser's claim in the setup read one of her inquiries too (the claim answers with its text).
    expect(doc.reads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'adviser', inquiryId: kariInquiries[0].id, via: 'inquiry' }),
        expect.objectContaining({ actor: 'adviser', via: 'claim' }),
      ]),
    );
    expect(doc.reads.every((r) => kariInquiries.some((k) => k.id === r.inquiryId))).toBe(true);

    // Nothing of Ola's but the id of his inquiry that Kari's quoted reference points to.
    const text = JSON.stringify(doc);
    for (const marker of markersOf(ola)) expect(text).not.toContain(marker);
    expect(doc.inquiries.map((i) => i.id)).not.toContain(olaInquiry.id);

    const reads: { inquiry_id: string; actor: string; roles: string[] }[] = await pipeline.db.query(
      `SELECT inquiry_id, actor, roles FROM personal_data_reads WHERE inquirer_id = $1 AND via = 'export'`,
      [kariId],
    );
    expect(reads.map((r) => r.inquiry_id).sort()).toEqual(kariInquiries.map((i) => i.id).sort());
    expect(reads.every((r) => r.actor === 'supervisor' && r.roles.includes('supervisor'))).toBe(true);
    const audit: { actor: string; details: { inquiries: number } }[] = await pipeline.db.query(
      `SELECT actor, details FROM inquirer_audit WHERE inquirer_id = $1 AND action = 'exported'`,
      [kariId],
    );
    expect(audit).toEqual([{ actor: 'supervisor', details: { inquiries: 3 } }]);
  });

  it('erases a person from Postgres and Redis, keeping the anonymous facts, audited', async () => {
    const ids = kariInquiries.map((i) => i.id);
    const planners = new ContactHistoryReader(pipeline.db);
    const window = [new Date(Date.now() - dayMs), new Date(Date.now() + dayMs)] as const;
    const countsBefore = await planners.countsPerInterval(...window);
    const factsQuery = `SELECT i.id, i.channel, i.received_at, i.queue, d.target, d.kind, d.category, d.confidence
                          FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id WHERE i.id = ANY($1::text[]) ORDER BY i.id`;
    const factsBefore: unknown[] = await pipeline.db.query(factsQuery, [ids]);
    const eventsQuery = `SELECT inquiry_id, event, at FROM inquiry_history WHERE inquiry_id = ANY($1::text[]) ORDER BY id`;
    const eventsBefore: unknown[] = await pipeline.db.query(eventsQuery, [ids]);
    const reserved = [...(await pipeline.queues.reservedIds())].filter((id) => ids.includes(id));
    // Her call waits in the second line: the router recognised her, and her mail on the same matter is still open.
    const waiting = [...(await pipeline.queues.idSet('first-line')), ...(await pipeline.queues.idSet('second-line'))].filter((id) =>
      ids.includes(id),
    );
    expect(reserved).toHaveLength(1);
    expect(waiting).toHaveLength(1);
    // The setting is as it should be: Kari is everywhere before.
    expect(Object.keys(await tablesHolding(pipeline.db, markersOf(kari)))).toEqual(
      expect.arrayContaining(['inquiries', 'inquiry_history', 'routing_decisions', 'classification_examples', 'incident_suggestions']),
    );
    expect(Object.keys(await redisKeysHolding(pipeline.redis, pipeline.redisPrefix, [...ids, kari.handle])).length).toBeGreaterThanOrEqual(
      4,
    );

    const erased = await json<PersonalDataErasureView>(
      await post(`/api/inquirers/${kariId}/erase`, supervisor, { note: 'The inquirer asked in a letter of 1 December' }),
      200,
    );
    expect(erased).toEqual({ erasedInquiries: 3 });

    // Nothing of Kari anywhere in Postgres: no address, number, account or text.
    expect(await tablesHolding(pipeline.db, markersOf(kari))).toEqual({});
    for (const table of ['attachment_contents', 'inquirer_keys', 'classification_examples', 'inquirer_link_suggestions'])
      expect(await pipeline.db.query(`SELECT 1 FROM ${table} WHERE inquiry_id = ANY($1::text[])`, [ids])).toEqual([]);
    expect(await pipeline.db.query(`SELECT 1 FROM inquirers WHERE id = $1`, [kariId])).toEqual([]);
    expect(await pipeline.db.query(`SELECT 1 FROM inquiries WHERE inquirer_id = $1`, [kariId])).toEqual([]);
    const [suggestion]: { examples: string[] }[] = await pipeline.db.query(
      `SELECT examples FROM incident_suggestions WHERE category = 'login'`,
    );
    expect(suggestion.examples).toEqual(['Får ikke logget inn']);
    // ... nor in Redis: not in a queue or a reservation, and the social adapter's keys are gone.
    expect(await redisKeysHolding(pipeline.redis, pipeline.redisPrefix, [...ids, kari.handle])).toEqual({});

    // The anonymous facts stay: the planners count the same, each decision and history event is kept.
    expect(await planners.countsPerInterval(...window)).toEqual(countsBefore);
    expect(await pipeline.db.query(factsQuery, [ids])).toEqual(factsBefore);
    const eventsAfter: { inquiry_id: string; event: string }[] = await pipeline.db.query(eventsQuery, [ids]);
    expect(eventsAfter.slice(0, eventsBefore.length)).toEqual(eventsBefore);
    expect(eventsAfter.slice(eventsBefore.length).map((e) => e.event)).toEqual(['erased', 'erased', 'erased']);
    // What waited or was held can no longer be worked on: resolved; the case is closed.
    expect(await statusOf(reserved[0])).toBe('resolved');
    expect(await statusOf(waiting[0])).toBe('resolved');
    const [erasedRow]: { details: Record<string, unknown>; actor: string }[] = await pipeline.db.query(
      `SELECT details, actor FROM inquiry_history WHERE inquiry_id = $1 AND event = 'erased'`,
      [kariInquiries[2].id],
    );
    expect(erasedRow).toMatchObject({ actor: 'supervisor', details: { by: 'request', queue: 'servicedesk' } });
    expect(await pipeline.db.query(`SELECT status FROM cases WHERE inquiry_id = $1`, [kariInquiries[2].id])).toEqual([
      { status: 'closed' },
    ]);
    expect((await api(`/api/queues/first-line/claim`, { method: 'POST', token: adviser })).status).not.toBe(200);

    const audit: { actor: string; details: Record<string, unknown> }[] = await pipeline.db.query(
      `SELECT actor, details FROM inquirer_audit WHERE inquirer_id = $1 AND action = 'erased'`,
      [kariId],
    );
    expect(audit).toEqual([{ actor: 'supervisor', details: { note: 'The inquirer asked in a letter of 1 December', inquiries: 3 } }]);
    expect((await post(`/api/inquirers/${kariId}/erase`, supervisor, { note: 'again' })).status).toBe(404);

    // Ola is untouched.
    const ola2 = await json<PersonalDataExportView>(await api(`/api/inquirers/${olaId}/export`, { token: supervisor }), 200);
    expect(ola2.inquiries).toMatchObject([{ id: olaInquiry.id, body: olaInquiry.body, sender: { email: ola.email } }]);
  });

  it('finishes an erasure cut short between Postgres and Redis when asked again', async () => {
    const per = aPerson('per');
    const inquiry = anInquiry({ from: { email: per.email }, body: `Gjelder ${per.phrase}` });
    await record(inquiry, 'first-line', per.phrase);
    const perId = await onePerson([inquiry]);
    const recipient = SocialKeys.recipient(pipeline.redisPrefix, inquiry.id);
    await pipeline.redis.set(recipient, JSON.stringify({ network: 'facebook', senderId: per.handle }));

    // As if the workdesk stopped right after the Postgres transaction.
    const [erased] = await new PersonalDataRepository(pipeline.db).erase([inquiry.id], { by: 'request', actor: 'supervisor' });
    expect(erased).toMatchObject({ id: inquiry.id, statusBefore: 'queued' });
    expect(await tablesHolding(pipeline.db, markersOf(per))).toEqual({});
    expect(await pipeline.redis.get(recipient)).not.toBeNull();
    expect(await pipeline.db.query(`SELECT 1 FROM inquirers WHERE id = $1`, [perId])).toHaveLength(1);

    const again = await json<PersonalDataErasureView>(
      await post(`/api/inquirers/${perId}/erase`, supervisor, { note: 'Asked again' }),
      200,
    );
    expect(again).toEqual({ erasedInquiries: 1 });
    expect(await redisKeysHolding(pipeline.redis, pipeline.redisPrefix, [inquiry.id, per.handle])).toEqual({});
    expect(await pipeline.db.query(`SELECT 1 FROM inquirers WHERE id = $1`, [perId])).toEqual([]);
    const events: unknown[] = await pipeline.db.query(`SELECT 1 FROM inquiry_history WHERE inquiry_id = $1 AND event = 'erased'`, [
      inquiry.id,
    ]);
    expect(events).toHaveLength(1);
    expect(await statusOf(inquiry.id)).toBe('resolved');
  });

  it("the retention job erases a person whose last contact is 13 months old, and keeps last month's", async () => {
    const old = aPerson('gammel');
    const recent = aPerson('fersk');
    const nobody = aPerson('ingen');
    const oldInquiries = [13, 14].map((m) =>
      anInquiry({ receivedAt: monthsAgo(m), from: { email: old.email }, body: `Gammel sak om ${old.phrase}` }),
    );
    const recentInquiry = anInquiry({ receivedAt: monthsAgo(1), from: { email: recent.email }, body: `Ny sak om ${recent.phrase}` });
    const nobodys = anInquiry({ receivedAt: monthsAgo(13), from: { email: nobody.email }, body: `Sak uten person om ${nobody.phrase}` });
    for (const inquiry of [...oldInquiries, recentInquiry, nobodys]) await record(inquiry, 'second-line', 'sak');
    const oldId = await onePerson(oldInquiries);
    const recentId = await onePerson([recentInquiry]);
    // As an inquiry recorded before persons were recognised.
    await pipeline.db.query(`UPDATE inquiries SET inquirer_id = NULL WHERE id = $1`, [nobodys.id]);

    // A workdesk instance that runs the job every second (the others run it hourly).
    await pipeline.startInstance('workdesk', 'retention', { PERSONAL_DATA_RETENTION_CHECK_INTERVAL_MS: '1000' });
    const erasedIds = [...oldInquiries, nobodys].map((i) => i.id);
    await eventually(
      async () => {
        const rows: unknown[] = await pipeline.db.query(
          `SELECT 1 FROM inquiries WHERE id = ANY($1::text[]) AND personal_data_erased_at IS NOT NULL AND inquirer_id IS NULL`,
          [erasedIds],
        );
        return rows.length === erasedIds.length ? true : undefined;
      },
      30_000,
      'the old inquiries erased',
    );
    expect(await pipeline.db.query(`SELECT 1 FROM inquirers WHERE id = $1`, [oldId])).toEqual([]);
    expect(await tablesHolding(pipeline.db, [...markersOf(old), ...markersOf(nobody)])).toEqual({});
    const events: { details: { by: string } }[] = await pipeline.db.query(
      `SELECT details FROM inquiry_history WHERE inquiry_id = ANY($1::text[]) AND event = 'erased'`,
      [erasedIds],
    );
    expect(events.map((e) => e.details.by)).toEqual(['retention', 'retention', 'retention']);
    expect(await redisKeysHolding(pipeline.redis, pipeline.redisPrefix, erasedIds)).toEqual({});

    // Last month's person keeps everything.
    const [kept]: { body: string; sender: { email: string }; inquirer_id: string }[] = await pipeline.db.query(
      `SELECT body, sender, inquirer_id FROM inquiries WHERE id = $1`,
      [recentInquiry.id],
    );
    expect(kept).toEqual({ body: recentInquiry.body, sender: { email: recent.email }, inquirer_id: recentId });
    expect(await pipeline.db.query(`SELECT kind FROM inquirer_keys WHERE inquiry_id = $1`, [recentInquiry.id])).toEqual([
      { kind: 'email' },
    ]);
  });
});
