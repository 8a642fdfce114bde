// Integration: real Kafka broker, Postgres and Redis; classifier and workdesk run as real processes;
// requests go over HTTP. The apps use a Postgres database of this file's own (the pipeline's private
// database): the active policy is global state, and publishing one in the shared test database
// would change what every other test file's classifier decides.
import { AgencyAgreement, classifyInquiry, defaultPolicy } from '@inquiry-router/classification';
import { Inquiry, InquiryClassified, isQueueTarget, Topics } from '@inquiry-router/contracts';
import { InquiryRepository } from '@inquiry-router/persistence';
import { placeReply } from '@inquiry-router/routing';
import type { ProblemDocument } from '@inquiry-router/runtime';
import { anInquiry, ApiRequest, eventually, pipelineApi, TestPipeline } from '@inquiry-router/testing';
import type {
  AgreementView,
  AuditEntryView,
  PolicyDraftSummaryView,
  PolicyDraftView,
  PolicyVersionSummaryView,
  PolicyVersionView,
  PublishedPolicyView,
  SimulationView,
} from './policy.views';

describe('policy API (classifier)', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'policy' });
  const { call, json, login } = pipelineApi(pipeline);
  const api = (path: string, request?: ApiRequest) => call('classifier', path, request);
  let supervisor: string;
  let adviser: string;

  // Recorded before the test: two mention "fiskeavgift", which no agreement knows yet; one of them
  // long ago (outside a 30-day replay); two are unrelated to it.
  const recorded = (body: string, daysAgo = 0): Inquiry =>
    anInquiry({ subject: 'Avgift', body, receivedAt: new Date(Date.now() - daysAgo * 86_400_000 - 60_000).toISOString() });
  const fishRecent = [
    recorded('Hvilken sats gjelder for fiskeavgift når vi leverer til utlandet?', 2),
    recorded('Hvilken sats for fiskeavgiften gjelder for torsk i år?', 10),
  ];
  const fishOld = recorded('Hvor mye fiskeavgift skal vi betale for leveransene, og hvilken sats gjelder?', 40);
  const unrelated = [
    recorded('Hei, jeg får ikke logget inn i portalen med BankID. Hva gjør jeg?', 1),
    recorded('Hvilken sats for arbeidsgiveravgift gjelder i sone 3?', 3),
  ];

  const withFishTerm = (skd: AgencyAgreement): AgencyAgreement => ({
    ...skd,
    vocabulary: { ...skd.vocabulary, strong: [...(skd.vocabulary.strong ?? []), 'fiskeavgift*'] },
  });

  beforeAll(async () => {
    // A long refresh: the instance that publishes must take the new version at once, not on its timer.
    await pipeline.setUp({ POLICY_REFRESH_SECONDS: '3600' });
    await Promise.all([pipeline.start('classifier'), pipeline.start('workdesk')]);
    [supervisor, adviser] = await Promise.all([login('supervisor'), login('adviser')]);

    await new InquiryRepository(pipeline.db).recordRouted(
      [...fishRecent, fishOld, ...unrelated].map((inquiry) => {
        const { language: _l, ...decision } = classifyInquiry(inquiry, defaultPolicy);
        return {
          inquiry,
          decision,
          decidedAt: inquiry.receivedAt,
          queue: isQueueTarget(decision.target) ? decision.target : null,
          agency: decision.agency,
        };
      }),
      placeReply,
    );
  }, 180_000);

  afterAll(() => pipeline.tearDown(), 60_000);

  it('lets advisers read the policy, and only supervisors change it', async () => {
    expect((await api('/api/policy')).status).toBe(401);
    const active = await json<PolicyVersionView>(await api('/api/policy', { token: adviser }), 200);
    expect(active).toMatchObject({ version: defaultPolicy.version, isActive: true });
    expect(active.document.agencies.map((a) => a.code)).toEqual(defaultPolicy.agencies.map((a) => a.code));

    const skd = await json<AgreementView>(await api('/api/policy/agencies/skd', { token: adviser }), 200);
    expect(skd.agreement).toEqual(defaultPolicy.agencies[0]);
    expect((await api('/api/policy/agencies/nope', { token: adviser })).status).toBe(404);
    expect((await api('/api/policy/versions/1999-01-01.1', { token: adviser })).status).toBe(404);

    const asAdviser = await api('/api/policy/drafts', { method: 'POST', token: adviser, body: { change: { confidenceThreshold: 0.6 } } });
    expect(asAdviser.status).toBe(403);

    const docs = await json<{ paths: Record<string, unknown> }>(await api('/api/docs-json'), 200);
    expect(Object.keys(docs.paths)).toEqual(
      expect.arrayContaining(['/api/policy/simulate', '/api/policy/drafts/{id}/publish', '/api/policy/audit']),
    );
  });

  it('refuses a draft with a bad pattern or a malformed agreement, naming where, and stores nothing', async () => {
    const skd = structuredClone(defaultPolicy.agencies[0]);
    skd.formNumberPatterns.push('\\brf-(\\d{4}');
    const bad = await json<ProblemDocument>(
      await api('/api/policy/drafts', { method: 'POST', token: supervisor, body: { change: { agencies: [skd] } } }),
      400,
    );
    expect(bad.problems).toEqual([
      { path: 'agencies.skd.formNumberPatterns[1]', message: expect.stringMatching(/not a valid regular expression/) as unknown },
    ]);
    expect(bad.message[0]).toMatch(/^agencies\.skd\.formNumberPatterns\[1\]: /);

    const malformed = structuredClone(defaultPolicy.agencies[0]) as unknown as Record<string, unknown>;
    (malformed.exceptions as { category: string }[])[0].category = 'tax';
    malformed.owner = 'someone';
    const shape = await json<{ message: string[] }>(
      await api('/api/policy/drafts', { method: 'POST', token: supervisor, body: { change: { agencies: [malformed] } } }),
      400,
    );
    expect(shape.message.join(' ')).toMatch(/category must be one of/);
    expect(shape.message.join(' ')).toMatch(/owner should not exist/);

    const removeUnknown = await json<ProblemDocument>(
      await api('/api/policy/drafts', { method: 'POST', token: supervisor, body: { change: { removeAgencies: ['nope'] } } }),
      400,
    );
    expect(removeUnknown.problems?.map((p) => p.path)).toEqual(['change.removeAgencies[0]']);

    expect(await json<unknown[]>(await api('/api/policy/drafts', { token: adviser }), 200)).toEqual([]);
    expect(await json<unknown[]>(await api('/api/policy/audit', { token: adviser }), 200)).toEqual([]);
  });

  it('simulates a draft over recorded inquiries, publishes it with an audit entry, and decides under it at once', async () => {
    const skd = (await json<AgreementView>(await api('/api/policy/agencies/skd', { token: supervisor }), 200)).agreement;

    // Two drafts on the default version; publishing the first makes the second stale.
    const draft = await json<PolicyDraftView>(
      await api('/api/policy/drafts', {
        method: 'POST',
        token: supervisor,
        body: { change: { agencies: [withFishTerm(skd)] }, comment: 'SKD owns questions about fiskeavgift' },
      }),
      201,
    );
    expect(draft).toMatchObject({ baseVersion: defaultPolicy.version, status: 'draft', createdBy: 'supervisor' });
    expect(draft.changes).toEqual([
      expect.objectContaining({ path: 'agencies.skd.vocabulary.strong', added: ['fiskeavgift*'], removed: [] }),
    ]);
    const otherDraft = await json<PolicyDraftView>(
      await api('/api/policy/drafts', { method: 'POST', token: supervisor, body: { change: { confidenceThreshold: 0.55 } } }),
      201,
    );
    expect((await json<PolicyDraftView>(await api(`/api/policy/drafts/${draft.id}`, { token: adviser }), 200)).changes).toEqual(
      draft.changes,
    );

    // What-if over the last 30 days: the two recent fiskeavgift inquiries move to skd, nothing else changes.
    const simulated = await json<SimulationView>(
      await api('/api/policy/simulate', { method: 'POST', token: supervisor, body: { draftId: draft.id } }),
      200,
    );
    expect(simulated).toMatchObject({
      activeVersion: defaultPolicy.version,
      draftId: draft.id,
      staleDraft: false,
      limit: 20_000,
      truncated: false,
    });
    expect(simulated.replayed).toBe(4);
    expect(simulated.changed).toBe(2);
    expect(simulated.targetChanged).toBe(2);
    expect(simulated.transitions.map((t) => t.to)).toEqual(simulated.transitions.map(() => 'agency:skd'));
    expect(simulated.transitions.reduce((n, t) => n + t.count, 0)).toBe(2);
    expect(simulated.examples.map((e) => e.inquiryId).sort()).toEqual(fishRecent.map((i) => i.id).sort());
    expect(simulated.examples[0].reasons.join(' ')).toMatch(/fiskeavgift/);

    // A longer window takes in the old one too; the same change given inline (not stored) simulates alike.
    const longer = await json<SimulationView>(
      await api('/api/policy/simulate', {
        method: 'POST',
        token: supervisor,
        body: { change: { agencies: [withFishTerm(skd)] }, days: 60, examplesPerTransition: 1 },
      }),
      200,
    );
    expect(longer).toMatchObject({ draftId: null, replayed: 5, changed: 3 });
    expect(longer.examples).toHaveLength(longer.transitions.length);
    expect((await api('/api/policy/simulate', { method: 'POST', token: supervisor, body: { draftId: draft.id, days: 91 } })).status).toBe(
      400,
    );
    expect(
      (
        await api('/api/policy/simulate', {
          method: 'POST',
          token: supervisor,
          body: { draftId: draft.id, change: { confidenceThreshold: 0.4 } },
        })
      ).status,
    ).toBe(400);
    expect(
      (await api('/api/policy/simulate', { method: 'POST', token: supervisor, body: { draftId: '00000000-0000-4000-8000-000000000000' } }))
        .status,
    ).toBe(404);

    // Nothing is in force before publishing.
    const before = await json<PolicyVersionView>(await api('/api/policy', { token: adviser }), 200);
    expect(before.version).toBe(defaultPolicy.version);
    expect(before.document.agencies[0].vocabulary.strong).not.toContain('fiskeavgift*');

    expect((await api(`/api/policy/drafts/${draft.id}/publish`, { method: 'POST', token: adviser })).status).toBe(403);
    const published = await json<PublishedPolicyView>(
      await api(`/api/policy/drafts/${draft.id}/publish`, { method: 'POST', token: supervisor }),
      200,
    );
    expect(published.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(published).toMatchObject({ previousVersion: defaultPolicy.version, publishedBy: 'supervisor' });

    const after = await json<PolicyVersionView>(await api('/api/policy', { token: adviser }), 200);
    expect(after.version).toBe(published.version);
    expect(after.document.version).toBe(published.version);
    expect(after.document.agencies[0].vocabulary.strong).toContain('fiskeavgift*');
    const versions = await json<PolicyVersionSummaryView[]>(await api('/api/policy/versions', { token: adviser }), 200);
    expect(versions.map((v) => [v.version, v.isActive])).toEqual([
      [published.version, true],
      [defaultPolicy.version, false],
    ]);

    const [latest] = await json<AuditEntryView[]>(await api('/api/policy/audit', { token: adviser }), 200);
    expect(latest).toMatchObject({ actor: 'supervisor', action: 'published', version: published.version, draftId: draft.id });
    expect(latest.changes).toEqual([expect.objectContaining({ path: 'agencies.skd.vocabulary.strong', added: ['fiskeavgift*'] })]);

    // A draft of a version no longer in force, one already published, and one that does not exist.
    const stale = await json<ProblemDocument>(
      await api(`/api/policy/drafts/${otherDraft.id}/publish`, { method: 'POST', token: supervisor }),
      409,
    );
    expect(stale.message).toMatch(new RegExp(`made from version ${defaultPolicy.version}.*${published.version} is active`));
    expect((await api(`/api/policy/drafts/${draft.id}/publish`, { method: 'POST', token: supervisor })).status).toBe(409);
    expect(
      (await api('/api/policy/drafts/00000000-0000-4000-8000-000000000000/publish', { method: 'POST', token: supervisor })).status,
    ).toBe(404);
    expect((await api('/api/policy/drafts/not-a-draft-id/publish', { method: 'POST', token: supervisor })).status).toBe(404);
    expect((await api('/api/policy', { token: adviser }).then((r) => r.json())) as PolicyVersionView).toMatchObject({
      version: published.version,
    });

    // A new inquiry is decided under the new version by the classifier that published it, without waiting for its timer.
    const classified = await pipeline.collect(Topics.InquiryClassified);
    const inquiry = anInquiry({ subject: 'Avgift', body: 'Hvilken sats gjelder for fiskeavgift på laks levert i desember?' });
    await pipeline.publisher.publish(Topics.InquiryReceived, [{ key: inquiry.id, value: { inquiry } }]);
    const record = await eventually(async () => classified.find((r) => r.key === inquiry.id), 30_000, 'the inquiry classified');
    const { decision } = JSON.parse(record.value!) as InquiryClassified;
    expect(decision.policyVersion).toBe(published.version);
    expect(decision.target).toBe('agency:skd');
  });

  it('drafts one agreement through PUT, and discards a draft for good', async () => {
    const active = await json<PolicyVersionView>(await api('/api/policy', { token: adviser }), 200);
    const nav = (await json<AgreementView>(await api('/api/policy/agencies/nav', { token: adviser }), 200)).agreement;
    const example = { text: 'Hvor lenge er arbeidsgiverperioden?', note: 'arbeidsgiverperiode' };

    const mismatch = await api('/api/policy/agencies/skd', { method: 'PUT', token: supervisor, body: { agreement: nav } });
    expect(mismatch.status).toBe(400);
    const draft = await json<PolicyDraftView>(
      await api('/api/policy/agencies/nav', { method: 'PUT', token: supervisor, body: { agreement: { ...nav, examples: [example] } } }),
      201,
    );
    expect(draft).toMatchObject({ baseVersion: active.version, status: 'draft' });
    expect(draft.changes).toEqual([{ path: 'agencies.nav.examples', before: null, after: [example] }]);

    const discard = (id: string) => api(`/api/policy/drafts/${id}/discard`, { method: 'POST', token: supervisor });
    expect((await discard(draft.id)).status).toBe(204);
    expect((await discard(draft.id)).status).toBe(409);
    expect((await api(`/api/policy/drafts/${draft.id}/publish`, { method: 'POST', token: supervisor })).status).toBe(409);
    expect(await json<PolicyDraftSummaryView[]>(await api('/api/policy/drafts?status=discarded', { token: adviser }), 200)).toEqual([
      expect.objectContaining({ id: draft.id, status: 'discarded' }),
    ]);
    const [latest] = await json<AuditEntryView[]>(await api('/api/policy/audit?limit=1', { token: adviser }), 200);
    expect(latest).toMatchObject({ actor: 'supervisor', action: 'discarded', draftId: draft.id });
    expect((await json<PolicyVersionView>(await api('/api/policy', { token: adviser }), 200)).version).toBe(active.version);
  });
});
