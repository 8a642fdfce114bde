import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type DocumentAuditEntry,
  type DocumentDraft,
  type DocumentDraftStatus,
  type DocumentDraftSummary,
  type DocumentVersionSummary,
  DomainError,
  type Problem,
  VersionedDocumentStore,
} from '@inquiry-router/contracts';
import { checkedWorkPolicy, WorkPolicy } from './work-policy';
import { WorkPolicySource } from './work-policy.source';

/** The distribution policy's versions, drafts and audit trail (the adapter that is also the WorkPolicyStore). */
export abstract class WorkPolicyVersions extends VersionedDocumentStore {}

export class WorkPolicyNotFound extends DomainError {
  constructor(message: string) {
    super('not-found', message);
  }
}

/** The draft cannot be published or discarded as asked: its base is no longer in force, or it is not a draft any more. */
export class WorkPolicyDraftConflict extends DomainError {
  constructor(message: string) {
    super('conflict', message);
  }
}

/** One value a change sets: `queues.first-line.reservationSeconds` from 120 to 60 (null where there was none). */
export interface WorkPolicyChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface WorkPolicyDraftDetails extends DocumentDraft {
  /** What the draft changes in the policy its base put in force. */
  changes: WorkPolicyChange[];
  /** The draft checked now (empty: it can be published). */
  problems: Problem[];
  /** Made from a version that is no longer in force: publishing it would be refused. */
  stale: boolean;
  activeVersion: string | null;
  /** The policy the draft would put in force (with this instance's env overrides); null while it has problems. */
  policy: WorkPolicy | null;
}

export interface PublishedWorkPolicy {
  version: string;
  previousVersion: string;
  draftId: string;
  publishedBy: string;
  changes: WorkPolicyChange[];
  /** The policy now in force here; other instances take it within their refresh. */
  policy: WorkPolicy;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every leaf value that differs between two policies, by its path. */
export function workPolicyChanges(before: unknown, after: unknown, path = ''): WorkPolicyChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => workPolicyChanges(before[key], after[key], path ? `${path}.${key}` : key));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, before: before ?? null, after: after ?? null }];
}

/**
 * Changes to the distribution policy as the routing agreements are changed: a draft (a whole,
 * possibly partial, document on top of the version in force), checked when made and again when
 * published; publishing is refused once another version came into force since the draft was made.
 */
@Injectable()
export class WorkPolicyDrafts {
  constructor(
    private readonly store: WorkPolicyVersions,
    private readonly source: WorkPolicySource,
  ) {}

  /** Stores a draft that passes the checks (InvalidWorkPolicy naming its problems otherwise). */
  async create(document: Record<string, unknown>, actor: string, comment?: string): Promise<WorkPolicyDraftDetails> {
    this.source.check(document);
    const base = await this.active();
    const draft = await this.store.createDraft({
      id: randomUUID(),
      baseVersion: base.version,
      document,
      createdBy: actor,
      comment: comment ?? null,
      changes: workPolicyChanges(checkedWorkPolicy(base.document).policy, checkedWorkPolicy(document).policy),
    });
    return this.details(draft);
  }

  async draft(id: string): Promise<WorkPolicyDraftDetails> {
    return this.details(await this.storedDraft(id));
  }

  drafts(options: { status?: DocumentDraftStatus; limit?: number }): Promise<DocumentDraftSummary[]> {
    return this.store.drafts(options);
  }

  /** Makes the draft the version in force, if it still passes the checks and its base is still in force. */
  async publish(id: string, actor: string): Promise<PublishedWorkPolicy> {
    const draft = await this.storedDraft(id);
    if (draft.status !== 'draft') throw this.notADraft(id, draft.status);
    const active = await this.active();
    // The repository checks this again in the publishing transaction; here it is said before any other check.
    if (active.version !== draft.baseVersion) throw this.stale(draft.id, draft.baseVersion, active.version);
    this.source.check(draft.document);
    const changes = workPolicyChanges(checkedWorkPolicy(active.document).policy, checkedWorkPolicy(draft.document).policy);

    const result = await this.store.publishDraft(id, actor, changes);
    switch (result.outcome) {
      case 'unknown-draft':
        throw new WorkPolicyNotFound(`no work policy draft ${id}`);
      case 'not-a-draft':
        throw this.notADraft(id, result.status);
      case 'stale':
        throw this.stale(id, result.baseVersion, result.activeVersion);
      case 'published':
        return {
          version: result.version,
          previousVersion: result.previousVersion,
          draftId: id,
          publishedBy: actor,
          changes,
          policy: await this.source.refresh(),
        };
    }
  }

  async discard(id: string, actor: string): Promise<void> {
    const result = await this.store.discardDraft(id, actor);
    if (result.outcome === 'unknown-draft') throw new WorkPolicyNotFound(`no work policy draft ${id}`);
    if (result.outcome === 'not-a-draft') throw this.notADraft(id, result.status);
  }

  /** `PUT policy`: a draft published at once, recorded as both. */
  async replace(document: Record<string, unknown>, actor: string): Promise<WorkPolicy> {
    const draft = await this.create(document, actor);
    return (await this.publish(draft.id, actor)).policy;
  }

  versions(limit: number): Promise<DocumentVersionSummary[]> {
    return this.store.versions(limit);
  }

  audit(limit: number): Promise<DocumentAuditEntry[]> {
    return this.store.audit(limit);
  }

  private async details(draft: DocumentDraft): Promise<WorkPolicyDraftDetails> {
    const [base, active] = await Promise.all([this.store.version(draft.baseVersion), this.store.active()]);
    const { problems } = checkedWorkPolicy(draft.document);
    return {
      ...draft,
      changes: workPolicyChanges(checkedWorkPolicy(base?.document).policy, checkedWorkPolicy(draft.document).policy),
      problems,
      stale: active?.version !== draft.baseVersion,
      activeVersion: active?.version ?? null,
      policy: problems.length === 0 ? this.source.check(draft.document) : null,
    };
  }

  private async active(): Promise<{ version: string; document: Record<string, unknown> }> {
    const active = await this.store.active();
    if (!active) throw new WorkPolicyNotFound('no work policy version is in force: run the migrations (they make the first)');
    return active;
  }

  private async storedDraft(id: string): Promise<DocumentDraft> {
    const draft = await this.store.draft(id);
    if (!draft) throw new WorkPolicyNotFound(`no work policy draft ${id}`);
    return draft;
  }

  private notADraft(id: string, status: DocumentDraftStatus): WorkPolicyDraftConflict {
    return new WorkPolicyDraftConflict(`work policy draft ${id} is already ${status}`);
  }

  private stale(id: string, baseVersion: string, activeVersion: string | null): WorkPolicyDraftConflict {
    return new WorkPolicyDraftConflict(
      `work policy draft ${id} was made from version ${baseVersion}, but ${activeVersion ?? 'no version'} is in force now; make a new draft from it`,
    );
  }
}
