import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { DomainError } from '@inquiry-router/contracts';
import { AuthenticatedUser, CurrentUser, Roles, Supervisors, SupportStaff } from '@inquiry-router/access';
import { CreatePolicyDraft } from './create-policy-draft.use-case';
import { DiscardPolicyDraft } from './discard-policy-draft.use-case';
import { CreateDraftRequest, DraftListQuery, LimitQuery, ReplaceAgreementRequest, SimulateRequest } from './policy-change.request';
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

@ApiTags('policy')
@Controller('api/policy')
export class PolicyController {
  constructor(
    @Inject(ReadPolicy) private readonly read: ReadPolicy,
    @Inject(CreatePolicyDraft) private readonly createDraft: CreatePolicyDraft,
    @Inject(SimulatePolicyDraft) private readonly simulation: SimulatePolicyDraft,
    @Inject(PublishPolicyDraft) private readonly publishDraft: PublishPolicyDraft,
    @Inject(DiscardPolicyDraft) private readonly discardDraft: DiscardPolicyDraft,
  ) {}

  @Get()
  @Roles(SupportStaff)
  @ApiOperation({ summary: 'the active policy version and its document' })
  @ApiOkResponse({ type: PolicyVersionView })
  active(): Promise<PolicyVersionView> {
    return this.read.active();
  }

  @Get('versions')
  @Roles(SupportStaff)
  @ApiOperation({ summary: 'published versions, newest first' })
  @ApiOkResponse({ type: [PolicyVersionSummaryView] })
  versions(@Query() query: LimitQuery): Promise<PolicyVersionSummaryView[]> {
    return this.read.versions(query.limit ?? 100);
  }

  @Get('versions/:version')
  @Roles(SupportStaff)
  @ApiOkResponse({ type: PolicyVersionView })
  @ApiNotFoundResponse()
  version(@Param('version') version: string): Promise<PolicyVersionView> {
    return this.read.version(version);
  }

  @Get('agencies')
  @Roles(SupportStaff)
  @ApiOperation({ summary: 'the agency agreements in force' })
  @ApiOkResponse({ type: AgreementsView })
  agreements(): Promise<AgreementsView> {
    return this.read.agreements();
  }

  @Get('agencies/:code')
  @Roles(SupportStaff)
  @ApiOperation({ summary: 'one agency agreement in force' })
  @ApiOkResponse({ type: AgreementView })
  @ApiNotFoundResponse()
  agreement(@Param('code') code: string): Promise<AgreementView> {
    return this.read.agreement(code);
  }

  @Put('agencies/:code')
  @HttpCode(201)
  @Roles(Supervisors)
  @ApiOperation({ summary: 'creates a draft that replaces (or adds) one agreement; nothing is in force until the draft is published' })
  @ApiCreatedResponse({ type: PolicyDraftView })
  @ApiBadRequestResponse({ description: 'the agreement or the resulting policy has problems (`problems` lists them with their paths)' })
  replaceAgreement(
    @Param('code') code: string,
    @Body() body: ReplaceAgreementRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PolicyDraftView> {
    if (body.agreement.code !== code)
      throw new DomainError('invalid', `agreement.code "${body.agreement.code}" is not the code in the path ("${code}")`);
    return this.createDraft.execute({ agencies: [body.agreement] }, user.username, body.comment);
  }

  @Get('drafts')
  @Roles(SupportStaff)
  @ApiOkResponse({ type: [PolicyDraftSummaryView] })
  drafts(@Query() query: DraftListQuery): Promise<PolicyDraftSummaryView[]> {
    return this.read.drafts({ status: query.status, limit: query.limit ?? 100 });
  }

  @Post('drafts')
  @Roles(Supervisors)
  @ApiOperation({ summary: 'a draft of the next version: the active one with the change applied; checked, stored, not in force' })
  @ApiCreatedResponse({ type: PolicyDraftView })
  @ApiBadRequestResponse({ description: 'the change or the resulting policy has problems (`problems` lists them with their paths)' })
  create(@Body() body: CreateDraftRequest, @CurrentUser() user: AuthenticatedUser): Promise<PolicyDraftView> {
    return this.createDraft.execute(body.change, user.username, body.comment);
  }

  @Get('drafts/:id')
  @Roles(SupportStaff)
  @ApiOkResponse({ type: PolicyDraftView })
  @ApiNotFoundResponse()
  draft(@Param('id') id: string): Promise<PolicyDraftView> {
    return this.read.draft(id);
  }

  @Post('drafts/:id/publish')
  @HttpCode(200)
  @Roles(Supervisors)
  @ApiOperation({
    summary: 'makes the draft the active version (named YYYY-MM-DD.n); this instance uses it at once, others within POLICY_REFRESH_SECONDS',
  })
  @ApiOkResponse({ type: PublishedPolicyView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'the draft was made from a version that is no longer active, or is not a draft any more' })
  publish(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<PublishedPolicyView> {
    return this.publishDraft.execute(id, user.username);
  }

  @Post('drafts/:id/discard')
  @HttpCode(204)
  @Roles(Supervisors)
  @ApiNoContentResponse({ description: 'discarded' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'already published or discarded' })
  async discard(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.discardDraft.execute(id, user.username);
  }

  @Post('simulate')
  @HttpCode(200)
  @Roles(Supervisors)
  @ApiOperation({
    summary:
      'what-if: replays recent recorded inquiries (at most 20,000, newest first) under the active policy and the draft and reports the decisions that would change',
  })
  @ApiOkResponse({ type: SimulationView })
  @ApiBadRequestResponse({ description: 'neither or both of draftId and change, or the change has problems' })
  @ApiNotFoundResponse({ description: 'unknown draft' })
  @ApiTooManyRequestsResponse({ description: 'another simulation is running in this instance' })
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

  @Get('audit')
  @Roles(SupportStaff)
  @ApiOperation({ summary: 'who changed the policy, when, and what changed; newest first' })
  @ApiOkResponse({ type: [AuditEntryView] })
  audit(@Query() query: LimitQuery): Promise<AuditEntryView[]> {
    return this.read.audit(query.limit ?? 100);
  }
}
