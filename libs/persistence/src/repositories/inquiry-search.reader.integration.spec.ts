// Integration: the search on real Postgres, in a database of this file's own (migrated here), with
// a few thousand inquiries, so counts and plans are this file's alone. Uses Postgres only.
import { DataSource } from 'typeorm';
import { migratedAfresh, planNodesOf, privateDatabase, testDatabaseUrl } from '@inquiry-router/testing';
import { InquirySearchCriteria, InquirySearchReader, InquirySearchScope } from './inquiry-search.reader';

const everyInquiry: InquirySearchScope = { kind: 'every-inquiry' };
const firstPage = { offset: 0, limit: 25, countUpTo: 10_000 };
const keyOf = (n: number) => n.toString(16).padStart(64, '0');

const texts = [
  'Jeg får ikke logget inn med BankID, det henger bare.',
  'Hvordan sender jeg skattemeldingen for enkeltpersonforetaket mitt?',
  'A-meldingen ble avvist med feilkode, hva betyr det?',
  'Jeg finner ikke skjemaet for aksjonærregisteroppgaven.',
  'Kan jeg gi fullmakt til regnskapsføreren min i portalen?',
];

/** A recorder of the SQL a reader sends, passing every call on to the real database. */
function recording(db: DataSource): { db: DataSource; sent: { sql: string; params: unknown[] }[] } {
  const sent: { sql: string; params: unknown[] }[] = [];
  const proxy = new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver) as unknown;
      return (sql: string, params: unknown[] = []) => {
        sent.push({ sql, params: [...params] });
        return target.query(sql, params);
      };
    },
  });
  return { db: proxy, sent };
}

describe('InquirySearchReader', () => {
  const database = privateDatabase(testDatabaseUrl, 'inquiry_search');
  let db: DataSource;
  let reader: InquirySearchReader;
  const search = (criteria: InquirySearchCriteria, scope: InquirySearchScope = everyInquiry, page = firstPage) =>
    reader.search(criteria, scope, page);
  const idsOf = async (criteria: InquirySearchCriteria, scope: InquirySearchScope = everyInquiry) =>
    (await search(criteria, scope, { ...firstPage, limit: 100 })).rows.map((r) => r.id);

  beforeAll(async () => {
    db = await migratedAfresh(database, 'inquiry-search-test');
    // 4,000 inquiries, one a minute back from 1 December 2026: channels, statuses and texts in turn;
    // every 500th forwarded to skd, every 700th to nav.
    const start = Date.parse('2026-12-01T12:00:00Z');
    const rows = Array.from({ length: 4000 }, (_, n) => ({
      id: `s-${String(n).padStart(4, '0')}`,
      channel: ['email', 'phone', 'social'][n % 3],
      received_at: new Date(start - n * 60_000).toISOString(),
      sender: n % 3 === 2 ? { handle: `@konto_${n}`, network: 'facebook' } : { name: `Person ${n}`, email: `person.${n}@example.no` },
      subject: n % 2 === 0 ? `Spørsmål ${n}` : null,
      body: texts[n % texts.length],
      status: n % 500 === 0 ? 'forwarded' : n % 700 === 0 ? 'forwarded' : ['queued', 'claimed', 'resolved'][n % 3],
      agency: n % 500 === 0 ? 'skd' : n % 700 === 0 ? 'nav' : null,
      queue: n % 500 === 0 || n % 700 === 0 ? null : 'first-line',
    }));
    await db.query(
      `INSERT INTO inquiries (id, channel, received_at, sender, to_address, subject, body, thread_id, status, queue, agency)
       SELECT x.id, x.channel, x.received_at, x.sender, 'brukerservice@altinn.example', x.subject, x.body, x.id, x.status, x.queue, x.agency
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, channel text, received_at timestamptz, sender jsonb, subject text, body text,
              status text, queue text, agency text)`,
      [JSON.stringify(rows)],
    );
    await db.query(
      `INSERT INTO routing_decisions (inquiry_id, target, kind, category, agency, confidence, reasons, policy_version, decided_at)
       SELECT id, coalesce('agency:' || agency, 'first-line'), 'technical', CASE WHEN agency IS NULL THEN 'login' END, agency, 0.9, '[]', 'test', received_at
         FROM inquiries`,
    );
    // The generated history is no one's contact: never found.
    await db.query(
      `INSERT INTO inquiries (id, channel, received_at, sender, to_address, body, thread_id, status, generated)
       VALUES ('generated-1', 'email', '2026-11-30T12:00:00Z', '{"name": "Generert"}', 'x', 'BankID henger', 'generated-1', 'resolved', true)`,
    );
    await db.query(
      `INSERT INTO inquirer_keys (inquiry_id, kind, key_hash) VALUES ('s-0003', 'email', $1), ('s-1003', 'email', $1), ('s-0004', 'phone', $2)`,
      [keyOf(1), keyOf(2)],
    );
    await db.query(
      `INSERT INTO cases (id, inquiry_id, thread_id, type, status, language) VALUES ('SD-90001', 's-0042', 's-0042', 'support', 'registered', 'nb')`,
    );
    await db.query(`UPDATE inquiries SET personal_data_erased_at = now(), subject = NULL, body = '', sender = '{}' WHERE id = 's-0006'`);
    await db.query(`ANALYZE inquiries`);
    reader = new InquirySearchReader(db);
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    await database.drop();
  });

  it('finds by words of the text, each a word or its start, all of them, newest first, paged with the total', async () => {
    const bankId = await search({ words: ['bankid'] });
    expect(bankId.total).toBe(800);
    expect(bankId.rows.map((r) => r.id)).toEqual(Array.from({ length: 25 }, (_, k) => `s-${String(k * 5).padStart(4, '0')}`));
    expect((await search({ words: ['logg', 'bankid'] })).total).toBe(800);
    expect((await search({ words: ['bankid', 'skattemeldingen'] })).total).toBe(0);
    expect((await search({ words: ['spørsmål', 'bankid'] })).total).toBe(400);
    const third = await search({ words: ['bankid'] }, everyInquiry, { ...firstPage, offset: 50 });
    expect(third.rows[0].id).toBe('s-0250');
    expect(third.total).toBe(800);
    expect(await search({ words: ['bankid'] }, everyInquiry, { ...firstPage, offset: 800 })).toEqual({
      rows: [],
      total: 800,
      totalCapped: false,
    });
  });

  it('counts up to its cap and says so when more match, and still pages past the cap', async () => {
    const capped = { ...firstPage, countUpTo: 799 };
    expect(await search({ words: ['bankid'] }, everyInquiry, capped)).toMatchObject({ total: 799, totalCapped: true });
    expect(await search({ words: ['bankid'] }, everyInquiry, { ...capped, countUpTo: 800 })).toMatchObject({
      total: 800,
      totalCapped: false,
    });
    const beyond = await search({ words: ['bankid'] }, everyInquiry, { ...capped, offset: 790, limit: 25 });
    expect(beyond.rows.map((r) => r.id)).toEqual(Array.from({ length: 10 }, (_, k) => `s-${String((790 + k) * 5).padStart(4, '0')}`));
    expect((await search({}, everyInquiry, { ...firstPage, countUpTo: 1000 })).totalCapped).toBe(true);
  });

  it('finds by reference, case, the sender’s key hashes, social account and part of a name', async () => {
    expect(await idsOf({ reference: { inquiryId: 's-0017' } })).toEqual(['s-0017']);
    expect(await idsOf({ reference: { caseId: 'SD-90001' } })).toEqual(['s-0042']);
    expect(await idsOf({ reference: { caseId: 'SD-99999' } })).toEqual([]);
    expect(await idsOf({ sender: { keyHashes: [keyOf(1)] } })).toEqual(['s-0003', 's-1003']);
    expect(await idsOf({ sender: { keyHashes: [keyOf(1), keyOf(2)] } })).toEqual(['s-0003', 's-0004', 's-1003']);
    expect(await idsOf({ sender: { socialAccount: 'konto_5' } })).toEqual(['s-0005']);
    // Named senders are those not on social (n % 3 !== 2): Person 100, and Person 1000 to 1009.
    const named = [100, ...Array.from({ length: 10 }, (_, k) => 1000 + k)].filter((n) => n % 3 !== 2);
    expect(await idsOf({ sender: { name: 'PERSON 100' } })).toEqual(named.map((n) => `s-${String(n).padStart(4, '0')}`));
    // LIKE's wildcards are taken literally.
    expect(await idsOf({ sender: { name: '%' } })).toEqual([]);
  });

  it('filters by status, channel, queue, agency and the time received (from inclusive, to exclusive)', async () => {
    const all = Array.from({ length: 4000 }, (_, n) => n);
    const toNav = all.filter((n) => n % 700 === 0 && n % 500 !== 0);
    expect((await search({ statuses: ['forwarded'] })).total).toBe(8 + toNav.length);
    expect((await search({ statuses: ['forwarded'], agency: 'nav' })).total).toBe(toNav.length);
    expect((await search({ channels: ['phone'], queue: 'first-line', statuses: ['claimed'] })).total).toBe(
      all.filter((n) => n % 3 === 1 && n % 500 !== 0 && n % 700 !== 0).length,
    );
    // s-0003 came at 11:57, s-0002 at 11:58, s-0001 at 11:59.
    const window = await idsOf({ from: new Date('2026-12-01T11:57:00Z'), to: new Date('2026-12-01T11:59:00Z') });
    expect(window).toEqual(['s-0002', 's-0003']);
  });

  it('lets an agency find only what was forwarded to it, whatever else it asks', async () => {
    const skd: InquirySearchScope = { kind: 'forwarded-to', agency: 'skd' };
    expect(await idsOf({}, skd)).toEqual(['s-0000', 's-0500', 's-1000', 's-1500', 's-2000', 's-2500', 's-3000', 's-3500']);
    expect(await idsOf({ agency: 'nav' }, skd)).toEqual([]);
    expect(await idsOf({ reference: { inquiryId: 's-0700' } }, skd)).toEqual([]);
    expect(await idsOf({ words: ['bankid'], statuses: ['queued', 'forwarded'] }, skd)).toEqual([
      's-0000',
      's-0500',
      's-1000',
      's-1500',
      's-2000',
      's-2500',
      's-3000',
      's-3500',
    ]);
  });

  it('leaves out the generated history, and keeps erased inquiries findable by their facts alone', async () => {
    expect((await search({ words: ['henger'] })).rows.map((r) => r.id)).not.toContain('generated-1');
    expect((await search({})).total).toBe(4000);
    const [erased] = (await search({ reference: { inquiryId: 's-0006' } })).rows;
    expect(erased).toMatchObject({ id: 's-0006', channel: 'email', status: 'queued', subject: null, bodyStart: '', sender: {} });
    expect(erased.personalDataErasedAt).toBeInstanceOf(Date);
  });

  it('looks words up in the text index, not by reading every inquiry', async () => {
    const recorder = recording(db);
    const found = await new InquirySearchReader(recorder.db).search({ words: ['spørsmål', '1234'] }, everyInquiry, firstPage);
    expect(found.rows.map((r) => r.id)).toEqual(['s-1234']);
    expect(recorder.sent).toHaveLength(2); // the count and the page
    for (const { sql, params } of recorder.sent) {
      const nodes = await planNodesOf(db, sql, params);
      expect(nodes.filter((n) => n['Index Name'] === 'inquiries_text_search_idx')).not.toHaveLength(0);
      expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'inquiries')).toEqual([]);
    }
  });
});
