// Integration: real Kafka broker, Postgres and Redis; the classifier, the router and the workdesk
// (an adviser confirming a suggestion) run as real processes built from this repo. A database of this file's own: the people here are recognised
// by fixed numbers and addresses, which must meet no other file's (nor an earlier run's) contacts.
import { classifyInquiry, defaultPolicy } from '@inquiry-router/classification';
import { Inquiry, InquirerMatchView, InquirerView, Topics } from '@inquiry-router/contracts';
import { hashIdentityKey, IdentityKey } from '@inquiry-router/inquirer';
import { inquiryIdFor } from '@inquiry-router/intake';
import { anInquiry, eventually, freshId, pipelineApi, TestPipeline } from '@inquiry-router/testing';

const secret = 'an-integration-test-secret-for-the-inquirer-keys';
const DayMs = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DayMs).toISOString();
/** A reference as our channels give them (`IR-…`), so that people can quote it. */
const reference = (channel: Inquiry['channel']) => inquiryIdFor(channel, freshId(channel));

/** A mail about a login problem, signed with the sender's phone number. */
const loginMail = (overrides: Partial<Inquiry>): Inquiry =>
  anInquiry({
    id: reference('email'),
    subject: 'Innlogging',
    body: 'Hei, jeg får ikke logget inn i portalen med BankID. Hva gjør jeg?\n\nHilsen Kari\nTlf: 905 50 123',
    ...overrides,
  });
/** A call choosing login in the menu, as the phone adapter publishes it. */
const loginCall = (phone: string, overrides: Partial<Inquiry> = {}): Inquiry =>
  anInquiry({
    id: reference('phone'),
    channel: 'phone',
    from: { phone },
    to: '+4775006000',
    subject: undefined,
    body: 'IVR: 1 innlogging. Innringer: jeg får ikke logget inn med bankid, det kommer bare en feilmelding hver gang',
    ...overrides,
  });

interface RoutedRow {
  status: string;
  queue: string | null;
  target: string;
  reasons: string[];
  inquirer_id: string;
  inquirer_match: InquirerMatchView;
}

describe('knowing the inquirer when routing', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'recognition' });
  const { json, post, login } = pipelineApi(pipeline);

  beforeAll(async () => {
    await pipeline.setUp();
    await Promise.all([
      pipeline.start('classifier'),
      pipeline.start('router', { INQUIRER_KEY_SECRET: secret }),
      pipeline.start('workdesk', { INQUIRER_KEY_SECRET: secret }),
    ]);
  }, 180_000);
  afterAll(() => pipeline.tearDown());

  /** Publishes the inquiry as an adapter does; resolves once it is routed and its person recognised. */
  async function route(inquiry: Inquiry): Promise<RoutedRow> {
    await pipeline.publisher.publish(Topics.InquiryReceived, [{ key: inquiry.id, value: { inquiry } }]);
    return eventually(
      async () => {
        const [row]: RoutedRow[] = await pipeline.db.query(
          `SELECT i.status, i.queue, d.target, d.reasons, i.inquirer_id, i.inquirer_match
             FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id WHERE i.id = $1 AND i.inquirer_id IS NOT NULL`,
          [inquiry.id],
        );
        return row;
      },
      30_000,
      `${inquiry.id} routed and recognised`,
    );
  }

  /** Each test proves the path it means to: the classifier alone sends these to the first line. */
  const expectFirstLineByClassifier = (...inquiries: Inquiry[]) => {
    for (const inquiry of inquiries) expect(classifyInquiry(inquiry, defaultPolicy).target).toBe('first-line');
  };

  const resolve = (id: string) => pipeline.db.query(`UPDATE inquiries SET status = 'resolved' WHERE id = $1`, [id]);
  const repeatReasons = (row: RoutedRow) => row.reasons.filter((r) => r.startsWith("Second line: the same person's"));

  it('a caller whose mail last week about the same login problem is still unresolved is routed to the second line with the earlier contact in the reasons', async () => {
    const mail = loginMail({ receivedAt: daysAgo(7), from: { name: 'Kari Nordmann', email: 'kari.nordmann@example.no' } });
    const call = loginCall('+4790550123');
    expectFirstLineByClassifier(mail, call);
    const mailRow = await route(mail);
    expect(mailRow).toMatchObject({ status: 'queued', queue: 'first-line', inquirer_match: { by: 'new' } });

    const callRow = await route(call);
    expect(callRow).toMatchObject({ status: 'queued', queue: 'second-line', target: 'second-line' });
    expect(repeatReasons(callRow)).toEqual([
      `Second line: the same person's earlier contact ${mail.id} (email, ${mail.receivedAt.slice(0, 10)}) about the same matter (login) is not resolved; recognised by phone number.`,
    ]);
    expect(callRow.inquirer_id).toBe(mailRow.inquirer_id);
    expect(callRow.inquirer_match).toMatchObject({ by: 'keys', keys: ['phone'], inquiries: [mail.id] });
    await eventually(async () => ((await pipeline.queues.ids('second-line')).includes(call.id) ? true : undefined), 10_000, 'enqueued');

    const [person]: { last_contact_at: Date }[] = await pipeline.db.query(`SELECT last_contact_at FROM inquirers WHERE id = $1`, [
      callRow.inquirer_id,
    ]);
    expect(person.last_contact_at.toISOString()).toBe(call.receivedAt);
  });

  it('routes the call to the first line when the earlier contact is resolved and not reopened, or older than 14 days', async () => {
    const resolvedMail = loginMail({ receivedAt: daysAgo(5), body: 'Jeg får ikke logget inn i portalen.\n\nMvh Per\nTlf: 412 23 344' });
    const callAfterResolved = loginCall('+4741223344');
    const oldMail = loginMail({ receivedAt: daysAgo(15), body: 'Jeg får ikke logget inn i portalen.\n\nMvh Ola\nTlf: 481 12 233' });
    const callAfterOld = loginCall('+4748112233');
    expectFirstLineByClassifier(resolvedMail, callAfterResolved, oldMail, callAfterOld);

    await route(resolvedMail);
    await resolve(resolvedMail.id);
    const afterResolved = await route(callAfterResolved);
    expect(afterResolved).toMatchObject({ queue: 'first-line', target: 'first-line' });
    expect(repeatReasons(afterResolved)).toEqual([]);

    const oldRow = await route(oldMail);
    expect(oldRow.status).toBe('queued');
    const afterOld = await route(callAfterOld);
    expect(afterOld).toMatchObject({ queue: 'first-line', target: 'first-line' });
    expect(afterOld.inquirer_id).toBe(oldRow.inquirer_id);
  });

  it('counts a contact resolved and then reopened by a later reply in its conversation', async () => {
    const mail = loginMail({ receivedAt: daysAgo(8), body: 'Jeg får ikke logget inn i portalen.\n\nMvh Eva\nTlf: 934 56 789' });
    const later = loginCall('+4793456789');
    expectFirstLineByClassifier(mail, later);
    await route(mail);
    await resolve(mail.id);
    const reply = anInquiry({ id: reference('email'), threadRef: mail.id, receivedAt: daysAgo(6), body: 'Det virker fortsatt ikke.' });
    const replyRow = await route(reply);
    expect(replyRow.status).toBe('queued'); // new work in the resolved conversation: it reopened it
    await resolve(reply.id);

    const call = await route(later);
    expect(call).toMatchObject({ queue: 'second-line' });
    expect(repeatReasons(call)).toEqual([
      expect.stringMatching(new RegExp(`^.* earlier contact ${mail.id} \\(email, .*\\) was reopened; recognised by phone number\\.$`)),
    ]);
  });

  it('the same person recognised from a quoted reference: only a suggestion for an adviser, never a link', async () => {
    const originalMail = loginMail({ from: { email: 'ola.original@example.no' }, body: 'Jeg får ikke logget inn i portalen.' });
    const original = await route(originalMail);

    // From a new address, quoting the reference in the subject (the email adapter makes it the reply's threadRef).
    const quoting = anInquiry({
      id: reference('email'),
      from: { email: 'ny.adresse@example.no' },
      subject: `SV: Innlogging [${originalMail.id}]`,
      threadRef: originalMail.id,
      body: 'Jeg skrev til dere om innloggingen, nå fra en annen adresse.',
    });
    const quotingRow = await route(quoting);
    expect(quotingRow.inquirer_id).not.toBe(original.inquirer_id);
    expect(quotingRow.inquirer_match).toMatchObject({ by: 'new' });
    const suggestionsOf = (id: string): Promise<{ reference: string; referenced_inquiry_id: string; status: string }[]> =>
      pipeline.db.query(`SELECT reference, referenced_inquiry_id, status FROM inquirer_link_suggestions WHERE inquiry_id = $1`, [id]);
    expect(await suggestionsOf(quoting.id)).toEqual([
      { reference: originalMail.id, referenced_inquiry_id: originalMail.id, status: 'open' },
    ]);

    // An adviser who has made sure it is the same person confirms it: then the quoting mail is theirs,
    // and so is the next mail from the new address (recognised by it, through the confirmed link).
    const [{ id: suggestion }]: { id: string }[] = await pipeline.db.query(
      `SELECT id::text FROM inquirer_link_suggestions WHERE inquiry_id = $1`,
      [quoting.id],
    );
    const view = await json<InquirerView>(
      await post(`/api/inquirer-suggestions/${suggestion}/confirm`, await login('adviser'), { note: 'Asked on the phone.' }),
      200,
    );
    expect(view).toMatchObject({ inquirerId: original.inquirer_id, match: { by: 'adviser', action: 'link-confirmed', actor: 'adviser' } });
    const later = anInquiry({ id: reference('email'), from: { email: 'ny.adresse@example.no' }, body: 'Det virker fortsatt ikke.' });
    expect((await route(later)).inquirer_id).toBe(original.inquirer_id);

    // The same person quoting their own reference from their address is theirs by the address, with nothing to suggest.
    const own = anInquiry({
      id: reference('email'),
      from: { email: 'ola.original@example.no' },
      body: `Gjelder ${originalMail.id}. Hva gjør jeg?`,
    });
    expect((await route(own)).inquirer_id).toBe(original.inquirer_id);
    expect(await suggestionsOf(own.id)).toEqual([]);
  });

  it('links a call and a mail by the national identity number given in both', async () => {
    const call = anInquiry({
      id: reference('phone'),
      channel: 'phone',
      from: { phone: '+4795512345' },
      to: '+4775006000',
      subject: undefined,
      body: 'IVR: 4 annet. Innringer: fødselsnummeret mitt er 01019010046 og jeg lurer på hvordan jeg gir regnskapsføreren tilgang',
    });
    const mail = anInquiry({
      id: reference('email'),
      from: { email: 'helt.ny@example.no' },
      subject: 'Tilgang',
      body: 'Hei. Jeg ringte i sted. Fødselsnummer: 010190 10046. Hvordan gir jeg regnskapsføreren tilgang?',
    });
    const callRow = await route(call);
    const mailRow = await route(mail);
    expect(mailRow.inquirer_id).toBe(callRow.inquirer_id);
    expect(mailRow.inquirer_match).toMatchObject({ by: 'keys', keys: ['national-id'], inquiries: [call.id] });

    // Postgres holds the keys only as hashes under the deployment's secret: no address, number or identity number in clear.
    const keys: { inquiry_id: string; kind: string; key_hash: string }[] = await pipeline.db.query(
      `SELECT inquiry_id, kind, key_hash FROM inquirer_keys WHERE inquiry_id = ANY($1::text[]) ORDER BY inquiry_id, kind, key_hash`,
      [[call.id, mail.id]],
    );
    const hashed = (inquiryId: string, key: IdentityKey) => ({ inquiry_id: inquiryId, ...renamed(hashIdentityKey(secret, key)) });
    const renamed = ({ kind, hash }: { kind: string; hash: string }) => ({ kind, key_hash: hash });
    expect(keys).toEqual(
      expect.arrayContaining([
        hashed(call.id, { kind: 'phone', value: '95512345' }),
        hashed(call.id, { kind: 'national-id', value: '01019010046' }),
        hashed(mail.id, { kind: 'email', value: 'helt.ny@example.no' }),
        hashed(mail.id, { kind: 'national-id', value: '01019010046' }),
      ]),
    );
    expect(keys).toHaveLength(4);
    // This file's database: every key of every contact here.
    const stored = JSON.stringify(await pipeline.db.query(`SELECT * FROM inquirer_keys`));
    for (const clear of ['kari.nordmann', 'helt.ny', 'example.no', '90550123', '4790550123', '95512345', '01019010046', '010190 10046'])
      expect(stored).not.toContain(clear);
  });
});
