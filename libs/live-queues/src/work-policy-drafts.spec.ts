import type {
  DiscardDraftOutcome,
  DocumentAuditEntry,
  DocumentDraft,
  DocumentVersionSummary,
  NewDocumentDraft,
  PublishDraftOutcome,
  StoredDocumentVersion,
} from '@inquiry-router/contracts';
import { DefaultWorkPolicy } from './work-policy';
import { WorkPolicyDrafts, WorkPolicyVersions, workPolicyChanges } from './work-policy-drafts';
import { InvalidWorkPolicy, WorkPolicySource } from './work-policy.source';

/** Versions, drafts and audit in memory, with the repository's own refusals (so the service's are seen first). */
class InMemoryVersions extends WorkPolicyVersions {
  readonly stored: StoredDocumentVersion[] = [];
  readonly draftsById = new Map<string, DocumentDraft>();
  readonly trail: DocumentAuditEntry[] = [];
  publishCalls = 0;

  constructor(document: Record<string, unknown>) {
    super();
    this.stored.push({ version: 'v1', document, isActive: true, publishedAt: new Date(), publishedBy: 'migration' });
  }

  policyDocument(): Promise<unknown> {
    return Promise.resolve(this.stored.find((v) => v.isActive)?.document ?? {});
  }
  active(): Promise<StoredDocumentVersion | null> {
    return Promise.resolve(this.stored.find((v) => v.isActive) ?? null);
  }
  versions(): Promise<DocumentVersionSummary[]> {
    return Promise.resolve([...this.stored].reverse());
  }
  version(version: string): Promise<StoredDocumentVersion | null> {
    return Promise.resolve(this.stored.find((v) => v.version === version) ?? null);
  }
  createDraft(d: NewDocumentDraft): Promise<DocumentDraft> {
    const draft: DocumentDraft = {
      ...d,
      document: d.document as Record<string, unknown>,
      createdAt: new Date(),
      status: 'draft',
      publishedVersion: null,
    };
    this.draftsById.set(d.id, draft);
    this.record('draft-created', d.createdBy, d.id, d.changes);
    return Promise.resolve(draft);
  }
  draft(id: string): Promise<DocumentDraft | null> {
    return Promise.resolve(this.draftsById.get(id) ?? null);
  }
  drafts(): Promise<DocumentDraft[]> {
    return Promise.resolve([...this.draftsById.values()]);
  }
  publishDraft(id: string, actor: string, changes: unknown[]): Promise<PublishDraftOutcome> {
    this.publishCalls++;
    const draft = this.draftsById.get(id);
    const active = this.stored.find((v) => v.isActive);
    if (!draft || !active) return Promise.resolve({ outcome: 'unknown-draft' });
    const version = this.publishVersion(draft.document, actor);
    Object.assign(draft, { status: 'published', publishedVersion: version });
    this.record('published', actor, id, changes);
    return Promise.resolve({ outcome: 'published', version, previousVersion: active.version });
  }
  discardDraft(id: string, actor: string): Promise<DiscardDraftOutcome> {
    const draft = this.draftsById.get(id);
    if (!draft) return Promise.resolve({ outcome: 'unknown-draft' });
    if (draft.status !== 'draft') return Promise.resolve({ outcome: 'not-a-draft', status: draft.status });
    draft.status = 'discarded';
    this.record('discarded', actor, id, []);
    return Promise.resolve({ outcome: 'discarded' });
  }
  audit(): Promise<DocumentAuditEntry[]> {
    return Promise.resolve([...this.trail].reverse());
  }

  /** What another instance's publish leaves behind. */
  publishVersion(document: Record<string, unknown>, by: string): string {
    for (const v of this.stored) v.isActive = false;
    const version = `v${this.stored.length + 1}`;
    this.stored.push({ version, document, isActive: true, publishedAt: new Date(), publishedBy: by });
    return version;
  }

  private record(action: DocumentAuditEntry['action'], actor: string, draftId: string, changes: unknown[]): void {
    this.trail.push({ id: String(this.trail.length + 1), at: new Date(), actor, action, version: null, draftId, changes });
  }
}

describe('WorkPolicyDrafts', () => {
  const setUp = (document: Record<string, unknown> = {}) => {
    const store = new InMemoryVersions(document);
    const source = new WorkPolicySource(store, undefined);
    return { store, source, drafts: new WorkPolicyDrafts(store, source) };
  };

  it('stores a checked draft with what it changes and the policy it would put in force; nothing is in force yet', async () => {
    const { drafts, source } = setUp({ averageHandlingMinutes: 10 });
    const draft = await drafts.create({ averageHandlingMinutes: 5 }, 'supervisor', 'shorter calls');
    expect(draft).toMatchObject({
      baseVersion: 'v1',
      status: 'draft',
      comment: 'shorter calls',
      problems: [],
      stale: false,
      changes: [{ path: 'averageHandlingMinutes', before: 10, after: 5 }],
      policy: { ...DefaultWorkPolicy, averageHandlingMinutes: 5 },
    });
    expect((await source.get()).averageHandlingMinutes).toBe(10);
  });

  it('refuses a draft with problems, naming them by their paths, and stores nothing', async () => {
    const { drafts, store } = setUp();
    const refused = drafts.create({ queues: null }, 'supervisor');
    await expect(refused).rejects.toBeInstanceOf(InvalidWorkPolicy);
    await expect(refused).rejects.toMatchObject({ kind: 'invalid', problems: [{ path: 'queues' }] });
    expect(store.draftsById.size).toBe(0);
  });

  it('publishes a draft as the version in force, which this instance uses at once', async () => {
    const { drafts, source } = setUp();
    await source.get(); // cached before the publish
    const draft = await drafts.create({ averageHandlingMinutes: 7 }, 'supervisor');
    const published = await drafts.publish(draft.id, 'lead');
    expect(published).toMatchObject({ version: 'v2', previousVersion: 'v1', publishedBy: 'lead', policy: { averageHandlingMinutes: 7 } });
    expect((await source.get()).averageHandlingMinutes).toBe(7);
    await expect(drafts.publish(draft.id, 'lead')).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('already published') as unknown,
    });
  });

  it('refuses to publish a draft made from a version no longer in force (it would undo what was published since)', async () => {
    const { drafts, store } = setUp();
    const draft = await drafts.create({ averageHandlingMinutes: 7 }, 'supervisor');
    store.publishVersion({ averageHandlingMinutes: 9 }, 'someone-else');

    expect(await drafts.draft(draft.id)).toMatchObject({ stale: true, activeVersion: 'v2' });
    await expect(drafts.publish(draft.id, 'supervisor')).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('was made from version v1, but v2 is in force') as unknown,
    });
    expect(store.publishCalls).toBe(0);
  });

  it('checks a draft again when publishing: one stored before the checks it fails is refused', async () => {
    const { drafts, store } = setUp();
    const draft = await drafts.create({}, 'supervisor');
    store.draftsById.get(draft.id)!.document = { defaultCapacity: { email: -3 } };
    expect(await drafts.draft(draft.id)).toMatchObject({ problems: [{ path: 'defaultCapacity.email' }], policy: null });
    await expect(drafts.publish(draft.id, 'supervisor')).rejects.toBeInstanceOf(InvalidWorkPolicy);
    expect(store.publishCalls).toBe(0);
  });

  it('discards a draft once; unknown drafts are not found', async () => {
    const { drafts } = setUp();
    const draft = await drafts.create({}, 'supervisor');
    await drafts.discard(draft.id, 'supervisor');
    await expect(drafts.discard(draft.id, 'supervisor')).rejects.toMatchObject({ kind: 'conflict' });
    await expect(drafts.publish(draft.id, 'supervisor')).rejects.toMatchObject({ kind: 'conflict' });
    await expect(drafts.draft('nope')).rejects.toMatchObject({ kind: 'not-found' });
    await expect(drafts.discard('nope', 'supervisor')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('replaces the policy in one step (PUT), recorded as a draft and its publishing', async () => {
    const { drafts, store } = setUp();
    await expect(drafts.replace({ averageHandlingMinutes: 4 }, 'supervisor')).resolves.toMatchObject({ averageHandlingMinutes: 4 });
    expect((await drafts.audit(10)).map((a) => a.action)).toEqual(['published', 'draft-created']);
    expect(store.stored.map((v) => v.isActive)).toEqual([false, true]);
  });

  it('lists the leaf values two policies differ in', () => {
    expect(workPolicyChanges({ a: { b: 1, c: 2 }, d: 3 }, { a: { b: 1, c: 5 }, e: 4 })).toEqual([
      { path: 'a.c', before: 2, after: 5 },
      { path: 'd', before: 3, after: null },
      { path: 'e', before: null, after: 4 },
    ]);
  });
});
