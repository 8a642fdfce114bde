import { Injectable } from '@nestjs/common';
import { diffPolicies, parseRoutingPolicy, problemsIntroduced } from '@inquiry-router/classification';
import type { DocumentDraftStatus } from '@inquiry-router/contracts';
import type { PolicyDraft } from '@inquiry-router/persistence';
import { PolicyStore } from '../classifier.ports';
import { PolicyNotFound } from './policy-errors';
import {
  AgreementsView,
  AgreementView,
  AuditEntryView,
  PolicyDraftSummaryView,
  PolicyDraftView,
  PolicyVersionSummaryView,
  PolicyVersionView,
  toAuditEntryView,
  toDraftSummaryView,
  toVersionSummaryView,
} from './policy.views';

/** The policy as stored: versions, the agreements in force, drafts and the audit trail. */
@Injectable()
export class ReadPolicy {
  constructor(private readonly policies: PolicyStore) {}

  /** The active version (in Postgres; every classifier instance picks it up within POLICY_REFRESH_SECONDS). */
  async active(): Promise<PolicyVersionView> {
    const active = await this.policies.active();
    if (!active) throw new PolicyNotFound('no policy version is active: run the migrations (they seed the default)');
    return this.version(active.version);
  }

  async versions(limit: number): Promise<PolicyVersionSummaryView[]> {
    return (await this.policies.versions(limit)).map(toVersionSummaryView);
  }

  async version(version: string): Promise<PolicyVersionView> {
    const stored = await this.policies.version(version);
    if (!stored) throw new PolicyNotFound(`no policy version "${version}"`);
    return { ...toVersionSummaryView(stored), document: parseRoutingPolicy(stored.document, stored.version) };
  }

  async agreements(): Promise<AgreementsView> {
    const { version, document } = await this.active();
    return { version, agencies: document.agencies };
  }

  async agreement(code: string): Promise<AgreementView> {
    const { version, document } = await this.active();
    const agreement = document.agencies.find((a) => a.code === code);
    if (!agreement)
      throw new PolicyNotFound(
        `no agreement "${code}" in version ${version}; agreements are ${document.agencies.map((a) => a.code).join(', ')}`,
      );
    return { version, agreement };
  }

  async draft(id: string): Promise<PolicyDraftView> {
    const draft = await this.policies.draft(id);
    if (!draft) throw new PolicyNotFound(`no policy draft ${id}`);
    return this.draftView(draft);
  }

  async drafts(options: { status?: DocumentDraftStatus; limit: number }): Promise<PolicyDraftSummaryView[]> {
    return (await this.policies.drafts(options)).map(toDraftSummaryView);
  }

  async audit(limit: number): Promise<AuditEntryView[]> {
    return (await this.policies.audit(limit)).map(toAuditEntryView);
  }

  /** A draft with what it changes against the version it was made from. */
  async draftView(draft: PolicyDraft): Promise<PolicyDraftView> {
    const base = await this.policies.version(draft.baseVersion);
    if (!base) throw new Error(`policy draft ${draft.id} refers to version ${draft.baseVersion}, which does not exist`);
    const document = parseRoutingPolicy(draft.document);
    const basePolicy = parseRoutingPolicy(base.document, base.version);
    return {
      ...toDraftSummaryView(draft),
      changes: diffPolicies(basePolicy, document),
      inheritedProblems: problemsIntroduced(basePolicy, document).inherited,
      document,
    };
  }
}
