import { Body, Param, Query } from '@nestjs/common';
import { DomainError } from '@inquiry-router/contracts';
import { AuthenticatedUser, CurrentUser, Endpoint, Supervisors, SupportStaff } from '@inquiry-router/access';
import { ApiController, DocumentDraftListQuery, DocumentListQuery } from '@inquiry-router/runtime';
import { CreatePolicyDraft } from './create-policy-draft.use-case';
import { DiscardPolicyDraft } from './discard-policy-draft.use-case';
import { CreateDraftRequest, ReplaceAgreementRequest, SimulateRequest } from './policy-change.request';
import {
  AgreementsView,
  AgreementView,
  AuditEntryView,
  PolicyDraftSummaryView,
  PolicyDraftView,
  PolicyVersionSummaryView,
  PolicyVersionView,
  PublishedPolicyView,
  SimulationView,
} from './policy.views';
import { PublishPolicyDraft } from './publish-policy-draft.use-case';
import { ReadPolicy } from './read-policy.use-case';
import { SimulatePolicyDraft } from './simulate-policy-draft.use-case';

@ApiController('policy')
export class PolicyController {
  constructor(
    private readonly read: ReadPolicy,
    private readonly createDraft: CreatePolicyDraft,
    private readonly simulation: SimulatePolicyDraft,
    private readonly publishDraft: PublishPolicyDraft,
    private readonly discardDraft: DiscardPolicyDraft,
  ) {}

  @Endpoint('GET', '', SupportStaff, { summary: 'the active policy version and its document', ok: { type: PolicyVersionView } })
  active(): Promise<PolicyVersionView> {
    return this.read.active();
  }

  @Endpoint('GET', 'versions', SupportStaff, { summary: 'published versions, newest first', ok: { type: [PolicyVersionSummaryView] } })
  versions(@Query() query: DocumentListQuery): Promise<PolicyVersionSummaryView[]> {
    return this.read.versions(query.limit);
  }

  @Endpoint('GET', 'versions/:version', SupportStaff, { ok: { type: PolicyVersionView }, notFound: true })
  version(@Param('version') version: string): Promise<PolicyVersionView> {
    return this.read.version(version);
  }

  @Endpoint('GET', 'agencies', SupportStaff, { summary: 'the agency agreements in force', ok: { type: AgreementsView } })
  agreements(): Promise<AgreementsView> {
    return this.read.agreements();
  }

  @Endpoint('GET', 'agencies/:code', SupportStaff, {
    summary: 'one agency agreement in force',
    ok: { type: AgreementView },
    notFound: true,
  })
  agreement(@Param('code') code: string): Promise<AgreementView> {
    return this.read.agreement(code);
  }

  @Endpoint('PUT', 'agencies/:code', Supervisors, {
    summary: 'creates a draft that replaces (or adds) one agreement; nothing is in force until the draft is published',
    created: { type: PolicyDraftView },
    badRequest: 'the agreement or the resulting policy has problems (`problems` lists them with their paths)',
  })
  replaceAgreement(
    @Param('code') code: string,
    @Body() body: ReplaceAgreementRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PolicyDraftView> {
    if (body.agreement.code !== code)
      throw new DomainError('invalid', `agreement.code "${body.agreement.code}" is not the code in the path ("${code}")`);
    return this.createDraft.execute({ agencies: [body.agreement] }, user.username, body.comment);
  }

  @Endpoint('GET', 'drafts', SupportStaff, { ok: { type: [PolicyDraftSummaryView] } })
  drafts(@Query() query: DocumentDraftListQuery): Promise<PolicyDraftSummaryView[]> {
    return this.read.drafts({ status: query.status, limit: query.limit });
  }

  @Endpoint('POST', 'drafts', Supervisors, {
    summary: 'a draft of the next version: the active one with the change applied; checked, stored, not in force',
    created: { type: PolicyDraftView },
    badRequest: 'the change or the resulting policy has problems (`problems` lists them with their paths)',
  })
  create(@Body() body: CreateDraftRequest, @CurrentUser() user: AuthenticatedUser): Promise<PolicyDraftView> {
    return this.createDraft.execute(body.change, user.username, body.comment);
  }

  @Endpoint('GET', 'drafts/:id', SupportStaff, { ok: { type: PolicyDraftView }, notFound: true })
  draft(@Param('id') id: string): Promise<PolicyDraftView> {
    return this.read.draft(id);
  }

  @Endpoint('POST', 'drafts/:id/publish', Supervisors, {
    summary: 'makes the draft the active version (named YYYY-MM-DD.n); this instance uses it at once, others within POLICY_REFRESH_SECONDS',
    ok: { type: PublishedPolicyView },
    notFound: true,
    conflict: 'the draft was made from a version that is no longer active, or is not a draft any more',
  })
  publish(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<PublishedPolicyView> {
    return this.publishDraft.execute(id, user.username);
  }

  @Endpoint('POST', 'drafts/:id/discard', Supervisors, {
    noContent: { description: 'discarded' },
    notFound: true,
    conflict: 'already published or discarded',
  })
  async discard(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.discardDraft.execute(id, user.username);
  }

  @Endpoint('POST', 'simulate', Supervisors, {
    summary:
      'what-if: replays recent recorded inquiries (at most 20,000, newest first) under the active policy and the draft and reports the decisions that would change',
    ok: { type: SimulationView },
    badRequest: 'neither or both of draftId and change, or the change has problems',
    notFound: 'unknown draft',
    tooManyRequests: 'another simulation is running in this instance',
  })
  simulate(@Body() body: SimulateRequest): Promise<SimulationView> {
    if (!body.draftId === !body.change)
      throw new DomainError('invalid', 'give either draftId (a stored draft) or change (an unsaved one), not both');
    return this.simulation.execute({
      draftId: body.draftId,
      change: body.change,
      days: body.days ?? 30,
      examplesPerTransition: body.examplesPerTransition ?? 5,
    });
  }

  @Endpoint('GET', 'audit', SupportStaff, {
    summary: 'who changed the policy, when, and what changed; newest first',
    ok: { type: [AuditEntryView] },
  })
  audit(@Query() query: DocumentListQuery): Promise<AuditEntryView[]> {
    return this.read.audit(query.limit);
  }
}
