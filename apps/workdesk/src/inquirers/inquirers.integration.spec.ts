// Integration: the workdesk runs as a real process on the shared test database and Redis; inquiries
// are recorded through the project's repository and their persons set in SQL (recognising them is
// the router's part); requests go over HTTP with real tokens. Tests isolate themselves by fresh
// ids, addresses and a marker word in every text.
import { randomBytes } from 'node:crypto';
import type { InquirerAuditEntryView, InquirerView, InquirySearchPageView, PersonalDataReadView } from '@inquiry-router/contracts';
import { loadConfig } from '@inquiry-router/runtime';
import { freshId, pipelineApi, TestPipeline } from '@inquiry-router/testing';
import { WorkdeskEnv } from '../workdesk.env';
import { daysAgo, KnownInquirers } from './testing/known-inquirers';

describe('knowing the inquirer: search, earlier contacts, merge and split, suggestions, who looked', () => {
  const pipeline = new TestPipeline();
  const { api, json, post, login } = pipelineApi(pipeline);
  const tokens = { adviser: '', supervisor: '', skd: '', nav: '' };
  let known: KnownInquirers;

  // Kari wrote about login twice (resolved, then today), called about her tax return (forwarded to skd);
  // Ola wrote to nav's matter (forwarded) and today. Every text has this run's marker word.
  const marker = `merke${randomBytes(4).toString('hex')}`;
  const kari = {
    name: 'Kari Nordmann',
    email: `kari.${randomBytes(3).toString('hex')}@example.no`,
    phone: `9${Math.floor(1e6 + Math.random() * 8e6)}`,
  };
  const ola = { name: 'Ola Hansen', email: `ola.${randomBytes(3).toString('hex')}@example.no` };
  const ids = { kariLogin: '', kariTax: '', kariToday: '', olaNav: '', olaToday: '' };
  const times = { kariLogin: daysAgo(10), kariLoginResolved: daysAgo(9), kariTax: daysAgo(5), kariTaxForwarded: daysAgo(4.9) };
  let kariPerson = '';
  let olaPerson = '';

  const search = async (query: string, token = tokens.adviser) =>
    json<InquirySearchPageView>(await api(`/api/inquiries/search?${query}`, { token }), 200);
  const hitIds = async (query: string, token = tokens.adviser) => (await search(query, token)).items.map((hit) => hit.id);
  const inquirerOf = async (inquiryId: string, token = tokens.adviser) =>
    json<InquirerView>(await api(`/api/inquiries/${inquiryId}/inquirer`, { token }), 200);
  const auditOf = async (inquirerId: string) =>
    json<InquirerAuditEntryView[]>(await api(`/api/inquirers/${inquirerId}/audit`, { token: tokens.supervisor }), 200);
  const readsOf = async (inquirerId: string) =>
    json<PersonalDataReadView[]>(await api(`/api/inquirers/${inquirerId}/reads?limit=500`, { token: tokens.supervisor }), 200);
  const receivedAt = async (inquiryId: string): Promise<number> => {
    const [row]: { received_at: Date }[] = await pipeline.db.query(`SELECT received_at FROM inquiries WHERE id = $1`, [inquiryId]);
    return row.received_at.getTime();
  };
  const personOfRow = async (inquiryId: string) => {
    const [row]: { inquirer_id: string | null; inquirer_match: Record<string, unknown> }[] = await pipeline.db.query(
      `SELECT inquirer_id, inquirer_match FROM inquiries WHERE id = $1`,
      [inquiryId],
    );
    return row;
  };

  beforeAll(async () => {
    await pipeline.setUp();
    // No overflow check while the test runs: it would move waiting inquiries between queues.
    await pipeline.start('workdesk', { OVERFLOW_CHECK_SECONDS: '3600' });
    [tokens.adviser, tokens.supervisor, tokens.skd, tokens.nav] = await Promise.all(
      ['adviser', 'supervisor', 'skd', 'nav'].map((u) => login(u)),
    );
    known = new KnownInquirers(pipeline.db, loadConfig(WorkdeskEnv, pipeline.appEnv).inquirerKeySecret);

    [ids.kariLogin, ids.kariTax, ids.kariToday] = await known.record(
      {
        from: { name: kari.name, email: kari.email },
        receivedAt: times.kariLogin,
        target: 'first-line',
        status: 'resolved',
        endedAt: times.kariLoginResolved,
        subject: `Innlogging feiler ${marker}`,
        body: 'Jeg får ikke logget inn med BankID.',
        keys: [{ kind: 'email', value: kari.email }],
      },
      {
        from: { phone: kari.phone },
        channel: 'phone',
        receivedAt: times.kariTax,
        target: 'agency:skd',
        status: 'forwarded',
        endedAt: times.kariTaxForwarded,
        body: `Samtale om skattemeldingen for enkeltpersonforetaket ${marker}.`,
        keys: [{ kind: 'phone', value: kari.phone }],
      },
      {
        from: { name: kari.name, email: kari.email },
        receivedAt: daysAgo(0.01),
        target: 'first-line',
        subject: `Fremdeles innlogging ${marker}`,
        body: `BankID henger fortsatt. Ring meg på ${kari.phone}.`,
        keys: [
          { kind: 'email', value: kari.email },
          { kind: 'phone', value: kari.phone },
        ],
      },
    );
    [ids.olaNav, ids.olaToday] = await known.record(
      {
        from: ola,
        receivedAt: daysAgo(3),
        target: 'agency:nav',
        status: 'forwarded',
        subject: `Sykepenger ${marker}`,
        body: 'Når kommer sykepengene?',
        keys: [{ kind: 'email', value: ola.email }],
      },
      {
        from: ola,
        receivedAt: daysAgo(0.02),
        target: 'first-line',
        subject: `Passord ${marker}`,
        body: 'Hvordan bytter jeg passord?',
        keys: [{ kind: 'email', value: ola.email }],
      },
    );
    kariPerson = await known.person([ids.kariLogin, ids.kariTax, ids.kariToday]);
    olaPerson = await known.person([ids.olaNav, ids.olaToday]);
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('searches by words, sender, status, channel, queue, agency, time and reference, newest first and paged', async () => {
    const all = await search(`q=${marker}`);
    expect(all.total).toBe(5);
    expect(all.items.map((hit) => hit.id)).toEqual([ids.kariToday, ids.olaToday, ids.olaNav, ids.kariTax, ids.kariLogin]);
    expect(all.items[0]).toMatchObject({
      channel: 'email',
      sender: `${kari.name} <${kari.email}>`,
      summary: `Fremdeles innlogging ${marker}`,
      status: 'queued',
      target: 'first-line',
      queue: 'first-line',
      agency: null,
      category: 'login',
    });
    expect(await search(`q=${marker}&page=2&pageSize=2`)).toMatchObject({
      total: 5,
      totalCapped: false,
      page: 2,
      pageSize: 2,
      items: [{ id: ids.olaNav }, { id: ids.kariTax }],
    });
    // Email addresses and numbers by their keys (however written), names in any case.
    expect(await hitIds(`sender=${encodeURIComponent(kari.email.toUpperCase())}`)).toEqual([ids.kariToday, ids.kariLogin]);
    expect(await hitIds(`sender=${encodeURIComponent(`+47 ${kari.phone.slice(0, 3)} ${kari.phone.slice(3)}`)}`)).toEqual([
      ids.kariToday,
      ids.kariTax,
    ]);
    expect(await hitIds(`sender=kari%20NORDMANN&q=${marker}`)).toEqual([ids.kariToday, ids.kariLogin]);
    expect(await hitIds(`q=${marker}%20innlogg`)).toEqual([ids.kariToday, ids.kariLogin]);
    expect(await hitIds(`q=${marker}&status=forwarded`)).toEqual([ids.olaNav, ids.kariTax]);
    expect(await hitIds(`q=${marker}&status=resolved,queued&channel=email&queue=first-line`)).toEqual([
      ids.kariToday,
      ids.olaToday,
      ids.kariLogin,
    ]);
    expect(await hitIds(`q=${marker}&channel=phone`)).toEqual([ids.kariTax]);
    expect(await hitIds(`q=${marker}&agency=nav`)).toEqual([ids.olaNav]);
    expect(await hitIds(`q=${marker}&from=${daysAgo(6).toISOString()}&to=${daysAgo(1).toISOString()}`)).toEqual([ids.olaNav, ids.kariTax]);
    expect(await hitIds(`reference=${ids.kariTax}`)).toEqual([ids.kariTax]);
    const caseId = `SD-${Date.now()}`;
    await pipeline.db.query(
      `INSERT INTO cases (id, inquiry_id, thread_id, type, status, language) VALUES ($1, $2, $2, 'support', 'resolved', 'nb')`,
      [caseId, ids.kariLogin],
    );
    expect(await hitIds(`reference=${caseId.toLowerCase()}`)).toEqual([ids.kariLogin]);
  });

  it('refuses a malformed search with the reason', async () => {
    for (const [query, reason] of [
      ['pageSize=101', /pageSize must not be greater than 100/],
      ['status=waiting', /status must be among/],
      ['channel=fax', /channel must be among/],
      ['from=yesterday', /from must be an ISO 8601/],
      ['from=2026-12-05&to=2026-12-01', /to must be after from/],
      ['q=%20%2A%20', /q must have letters or digits/],
      ['page=0', /page must not be less than 1/],
      ['order=oldest', /property order should not exist/],
    ] as const) {
      const res = await api(`/api/inquiries/search?${query}`, { token: tokens.adviser });
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(await res.text()).toMatch(reason);
    }
  });

  it('shows an agency only what was forwarded to it: not another agency’s, not the portal’s own, never other contacts', async () => {
    // skd finds Kari's call forwarded to it, and nothing else of hers or Ola's, whatever it asks.
    expect(await hitIds(`q=${marker}`, tokens.skd)).toEqual([ids.kariTax]);
    expect(await hitIds(`q=${marker}&agency=nav`, tokens.skd)).toEqual([]);
    expect(await hitIds(`reference=${ids.kariLogin}`, tokens.skd)).toEqual([]);
    expect(await hitIds(`sender=${encodeURIComponent(kari.email)}`, tokens.skd)).toEqual([]);
    expect(await hitIds(`q=${marker}`, tokens.nav)).toEqual([ids.olaNav]);
    // The person and the portal's inquiry pages are not for agencies.
    expect((await api(`/api/inquiries/${ids.kariTax}/inquirer`, { token: tokens.skd })).status).toBe(403);
    expect((await api(`/api/inquiries/${ids.kariTax}`, { token: tokens.skd })).status).toBe(403);
    expect((await post(`/api/inquiries/${ids.kariTax}/inquirer/split`, tokens.skd, { note: 'x' })).status).toBe(403);
    // The agency's own copy is the inquiry alone.
    const copy = await json<Record<string, unknown>>(await api(`/api/agency/inquiries/${ids.kariTax}`, { token: tokens.skd }), 200);
    expect(Object.keys(copy).sort()).toEqual(['decision', 'inquiry', 'status']);
    expect(JSON.stringify(copy)).not.toContain(ids.kariLogin);
    expect(JSON.stringify(copy)).not.toContain(ids.kariToday);
    expect((await api(`/api/agency/inquiries/${ids.olaNav}`, { token: tokens.skd })).status).toBe(404);
    expect((await api(`/api/agency/inquiries/${ids.kariTax}`, { token: tokens.nav })).status).toBe(404);
  });

  it("shows the inquiry's person, how it was recognised, and their other contacts newest first with how each ended", async () => {
    const view = await inquirerOf(ids.kariToday);
    expect(view).toMatchObject({ inquirerId: kariPerson, match: { by: 'keys', keys: ['email'] }, suggestions: [] });
    expect(view.contacts).toEqual([
      {
        inquiryId: ids.kariTax,
        channel: 'phone',
        receivedAt: times.kariTax.toISOString(),
        summary: `Samtale om skattemeldingen for enkeltpersonforetaket ${marker}.`,
        target: 'agency:skd',
        queue: null,
        agency: 'skd',
        category: null,
        status: 'forwarded',
        outcome: 'forwarded',
        endedAt: times.kariTaxForwarded.toISOString(),
        matchedBy: ['phone'],
      },
      {
        inquiryId: ids.kariLogin,
        channel: 'email',
        receivedAt: times.kariLogin.toISOString(),
        summary: `Innlogging feiler ${marker}`,
        target: 'first-line',
        queue: 'first-line',
        agency: null,
        category: 'login',
        status: 'resolved',
        outcome: 'resolved',
        endedAt: times.kariLoginResolved.toISOString(),
        matchedBy: ['email'],
      },
    ]);
    // Ola's person is another: their contacts only.
    expect(await inquirerOf(ids.olaToday)).toMatchObject({
      inquirerId: olaPerson,
      contacts: [{ inquiryId: ids.olaNav, outcome: 'forwarded' }],
    });
    expect((await api(`/api/inquiries/${freshId('missing')}/inquirer`, { token: tokens.adviser })).status).toBe(404);
  });

  it('merges two persons and splits one, each audited, with the moved inquiries saying who linked them', async () => {
    const [a1, a2, b1] = await known.record(
      {
        from: { email: `a.${marker}@example.no` },
        receivedAt: daysAgo(8),
        target: 'first-line',
        status: 'resolved',
        body: `Første ${marker}`,
      },
      {
        from: { email: `a.${marker}@example.no` },
        receivedAt: daysAgo(4),
        target: 'first-line',
        status: 'resolved',
        body: `Andre ${marker}`,
      },
      {
        from: { email: `b.${marker}@example.no` },
        receivedAt: daysAgo(6),
        target: 'first-line',
        status: 'resolved',
        body: `Tredje ${marker}`,
      },
    );
    const [reply] = await known.record({
      from: { email: `b.${marker}@example.no` },
      receivedAt: daysAgo(5.9),
      target: 'first-line',
      body: `Svar ${marker}`,
      threadRef: b1,
    });
    const [personA, personB] = [await known.person([a1, a2]), await known.person([b1, reply])];

    const merged = await json<InquirerView>(
      await post(`/api/inquiries/${a2}/inquirer/merge`, tokens.adviser, { otherInquiryId: b1, note: 'The same person, by phone.' }),
      200,
    );
    expect(merged.inquirerId).toBe(personA);
    expect(merged.contacts.map((c) => c.inquiryId)).toEqual([reply, b1, a1]);
    expect(merged.contacts.find((c) => c.inquiryId === b1)?.matchedBy).toEqual([]);
    for (const id of [b1, reply])
      expect(await personOfRow(id)).toMatchObject({
        inquirer_id: personA,
        inquirer_match: { by: 'adviser', actor: 'adviser', action: 'merged' },
      });
    expect(await personOfRow(a1)).toMatchObject({ inquirer_id: personA, inquirer_match: { by: 'new' } });
    expect(await pipeline.db.query(`SELECT 1 FROM inquirers WHERE id = $1`, [personB])).toEqual([]);
    const mergeEntry = {
      actor: 'adviser',
      action: 'merged',
      inquiryId: a2,
      details: {
        inquirersBefore: [personA, personB],
        inquirerAfter: personA,
        otherInquiryId: b1,
        inquiries: [b1, reply],
        note: 'The same person, by phone.',
      },
    };
    expect(await auditOf(personA)).toMatchObject([mergeEntry]);
    // The person merged away keeps their audit.
    expect(await auditOf(personB)).toMatchObject([mergeEntry]);
    expect((await post(`/api/inquiries/${a1}/inquirer/merge`, tokens.adviser, { otherInquiryId: reply, note: 'again' })).status).toBe(409);
    expect(
      (await post(`/api/inquiries/${a1}/inquirer/merge`, tokens.adviser, { otherInquiryId: freshId('missing'), note: 'x' })).status,
    ).toBe(404);
    expect((await post(`/api/inquiries/${a1}/inquirer/merge`, tokens.adviser, { otherInquiryId: b1 })).status).toBe(400);

    // b1 was someone else after all: it and its conversation become a person of their own.
    const split = await json<InquirerView>(
      await post(`/api/inquiries/${b1}/inquirer/split`, tokens.supervisor, { note: 'Another B.' }),
      200,
    );
    expect(split.inquirerId).not.toBe(personA);
    expect(split.match).toMatchObject({ by: 'adviser', actor: 'supervisor', action: 'split' });
    expect(split.contacts.map((c) => c.inquiryId)).toEqual([reply]);
    expect((await inquirerOf(a2)).contacts.map((c) => c.inquiryId)).toEqual([a1]);
    const lastContacts: { id: string; last_contact_at: Date }[] = await pipeline.db.query(
      `SELECT id, last_contact_at FROM inquirers WHERE id = ANY($1::uuid[])`,
      [[personA, split.inquirerId]],
    );
    // Each person's last contact is their latest inquiry's.
    expect(Object.fromEntries(lastContacts.map((p) => [p.id, p.last_contact_at.getTime()]))).toEqual({
      [personA]: await receivedAt(a2),
      [split.inquirerId!]: await receivedAt(reply),
    });
    const splitEntry = {
      actor: 'supervisor',
      action: 'split',
      inquiryId: b1,
      details: { inquirersBefore: [personA], inquirerAfter: split.inquirerId, inquiries: [b1, reply] },
    };
    expect(await auditOf(personA)).toMatchObject([splitEntry, mergeEntry]);
    expect(await auditOf(split.inquirerId!)).toMatchObject([splitEntry]);
    expect((await post(`/api/inquiries/${b1}/inquirer/split`, tokens.adviser, { note: 'once more' })).status).toBe(409);
  });

  it('links a quoted reference only when an adviser confirms it, and keeps a rejection', async () => {
    // A stranger quotes Kari's reference: a suggestion on their inquiry, no link.
    const stranger = { email: `quoting.${marker}@example.no` };
    const [quoting] = await known.record({
      from: stranger,
      receivedAt: daysAgo(0.5),
      target: 'first-line',
      body: `Gjelder ${ids.kariLogin} ${marker}`,
    });
    const [reply] = await known.record({
      from: stranger,
      receivedAt: daysAgo(0.4),
      target: 'first-line',
      body: `Tillegg ${marker}`,
      threadRef: quoting,
    });
    const strangerPerson = await known.person([quoting, reply]);
    const suggestion = await known.suggestion(quoting, ids.kariLogin);
    const before = await inquirerOf(quoting);
    expect(before).toMatchObject({
      inquirerId: strangerPerson,
      suggestions: [{ id: suggestion, reference: ids.kariLogin, referencedInquiryId: ids.kariLogin, status: 'open' }],
    });
    expect(before.contacts.map((c) => c.inquiryId)).toEqual([reply]);

    const confirmed = await json<InquirerView>(
      await post(`/api/inquirer-suggestions/${suggestion}/confirm`, tokens.adviser, { note: 'She said so.' }),
      200,
    );
    expect(confirmed.inquirerId).toBe(kariPerson);
    expect(confirmed.suggestions).toEqual([]);
    expect(confirmed.contacts.map((c) => c.inquiryId)).toEqual(expect.arrayContaining([reply, ids.kariToday, ids.kariTax, ids.kariLogin]));
    for (const id of [quoting, reply])
      expect(await personOfRow(id)).toMatchObject({
        inquirer_id: kariPerson,
        inquirer_match: { by: 'adviser', actor: 'adviser', action: 'link-confirmed' },
      });
    expect(await pipeline.db.query(`SELECT 1 FROM inquirers WHERE id = $1`, [strangerPerson])).toEqual([]);
    expect((await auditOf(kariPerson))[0]).toMatchObject({
      action: 'link-confirmed',
      inquiryId: quoting,
      details: {
        inquirersBefore: [strangerPerson],
        inquirerAfter: kariPerson,
        suggestionId: suggestion,
        inquiries: [quoting, reply],
        note: 'She said so.',
      },
    });
    expect((await post(`/api/inquirer-suggestions/${suggestion}/confirm`, tokens.adviser)).status).toBe(409);
    expect((await post(`/api/inquirer-suggestions/99999999999/confirm`, tokens.adviser)).status).toBe(404);
    expect((await post(`/api/inquirer-suggestions/not-a-number/reject`, tokens.adviser)).status).toBe(404);

    // Another suggestion, rejected: nothing moves, the decision and the audit stay.
    const [other] = await known.record({
      from: { email: `other.${marker}@example.no` },
      receivedAt: daysAgo(0.3),
      target: 'first-line',
      body: `Se ${ids.olaNav}`,
    });
    const otherPerson = await known.person([other]);
    const rejected = await known.suggestion(other, ids.olaNav);
    expect((await post(`/api/inquirer-suggestions/${rejected}/reject`, tokens.adviser, {})).status).toBe(204);
    expect((await post(`/api/inquirer-suggestions/${rejected}/reject`, tokens.adviser, {})).status).toBe(409);
    expect(await personOfRow(other)).toMatchObject({ inquirer_id: otherPerson });
    expect(await pipeline.db.query(`SELECT status, decided_by FROM inquirer_link_suggestions WHERE id = $1`, [rejected])).toEqual([
      { status: 'rejected', decided_by: 'adviser' },
    ]);
    expect(await auditOf(otherPerson)).toMatchObject([{ action: 'link-rejected', inquiryId: other, details: { suggestionId: rejected } }]);
  });

  it('logs every read of personal data, which a supervisor sees for the person and an adviser may not', async () => {
    const [read] = await known.record({
      from: { email: `read.${marker}@example.no` },
      receivedAt: daysAgo(2),
      target: 'agency:skd',
      status: 'forwarded',
      body: `Les ${marker}`,
    });
    const [earlier] = await known.record({
      from: { email: `read.${marker}@example.no` },
      receivedAt: daysAgo(7),
      target: 'first-line',
      status: 'resolved',
      body: `Før ${marker}`,
    });
    const person = await known.person([earlier, read]);
    expect(await readsOf(person)).toEqual([]);

    expect((await api(`/api/inquiries/${read}`, { token: tokens.adviser })).status).toBe(200);
    await inquirerOf(read, tokens.supervisor);
    expect((await search(`q=${marker}%20les`, tokens.adviser)).items.map((hit) => hit.id)).toEqual([read]);
    expect((await api(`/api/agency/inquiries/${read}`, { token: tokens.skd })).status).toBe(200);

    const reads = await readsOf(person);
    expect(reads.map(({ actor, roles, inquiryId, via }) => ({ actor, roles, inquiryId, via }))).toEqual([
      { actor: 'skd', roles: ['agency'], inquiryId: read, via: 'agency-inquiry' },
      { actor: 'adviser', roles: ['adviser'], inquiryId: read, via: 'search' },
      // The person's page shows the other contact's summary: a read of that contact.
      { actor: 'supervisor', roles: ['supervisor'], inquiryId: earlier, via: 'earlier-contacts' },
      { actor: 'adviser', roles: ['adviser'], inquiryId: read, via: 'inquiry' },
    ]);
    // A search logs one read per hit it returns.
    const before = (await readsOf(kariPerson)).filter((r) => r.via === 'search').length;
    await search(`q=${marker}&sender=${encodeURIComponent(kari.email)}`);
    expect((await readsOf(kariPerson)).filter((r) => r.via === 'search').length - before).toBe(2);

    expect((await api(`/api/inquirers/${person}/reads`, { token: tokens.adviser })).status).toBe(403);
    expect((await api(`/api/inquirers/${person}/audit`, { token: tokens.adviser })).status).toBe(403);
    expect((await api(`/api/inquirers/${person}/reads`, { token: tokens.skd })).status).toBe(403);
    expect((await api(`/api/inquirers/not-a-uuid/reads`, { token: tokens.supervisor })).status).toBe(400);
  });
});
