import { Body, Param, Query } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Endpoint, Supervisors } from '@inquiry-router/access';
import { ApiController, DocumentDraftListQuery, DocumentListQuery } from '@inquiry-router/runtime';
import { WorkPolicy, WorkPolicyDrafts, WorkPolicySource } from '@inquiry-router/live-queues';
import {
  PolicyDocumentExample,
  PublishedWorkPolicyView,
  WorkPolicyAuditEntryView,
  WorkPolicyDraftRequest,
  WorkPolicyDraftSummaryView,
  WorkPolicyDraftView,
  WorkPolicyVersionView,
} from './work-policy.views';

const InvalidDocument = 'the document has problems (`problems` lists them with their paths)';

/** The distribution policy: in force, checked, and changed by draft, check and publish. */
@ApiController('work', 'work/policy')
export class WorkPolicyController {
  constructor(
    private readonly policy: WorkPolicySource,
    private readonly changes: WorkPolicyDrafts,
  ) {}

  /** The distribution policy in force: channel weights, targets, reservation times, overflow and divert rules. */
  @Endpoint('GET', '', Supervisors, { ok: { description: 'the policy in force (defaults, published document, env overrides)' } })
  getPolicy(): Promise<WorkPolicy> {
    return this.policy.get();
  }

  /**
   * Draft and publish in one step: the document replaces the one in force; what it leaves out takes
   * the defaults. Checked first against the WorkPolicy shape: known fields only, known queues,
   * numbers in range, `overflowTo` and `divertTo` naming a queue (or null) without cycles.
   */
  @Endpoint('PUT', '', Supervisors, {
    ok: { description: 'the policy now in force' },
    badRequest: InvalidDocument,
    conflict: 'another version was published at the same moment',
  })
  @ApiBody({ description: PolicyDocumentExample })
  putPolicy(@Body() document: Record<string, unknown>, @CurrentUser() user: AuthenticatedUser): Promise<WorkPolicy> {
    return this.changes.replace(document ?? {}, user.username);
  }

  /** A dry run of `PUT policy`: the same checks and answer, nothing stored. */
  @Endpoint('POST', 'check', Supervisors, {
    ok: { description: 'the policy the document would put in force' },
    badRequest: InvalidDocument,
  })
  @ApiBody({ description: PolicyDocumentExample })
  checkPolicy(@Body() document: Record<string, unknown>): WorkPolicy {
    return this.policy.check(document ?? {});
  }

  @Endpoint('GET', 'versions', Supervisors, { summary: 'published versions, newest first', ok: { type: [WorkPolicyVersionView] } })
  versions(@Query() query: DocumentListQuery): Promise<WorkPolicyVersionView[]> {
    return this.changes.versions(query.limit);
  }

  @Endpoint('GET', 'drafts', Supervisors, { summary: 'drafts, newest first', ok: { type: [WorkPolicyDraftSummaryView] } })
  drafts(@Query() query: DocumentDraftListQuery): Promise<WorkPolicyDraftSummaryView[]> {
    return this.changes.drafts({ status: query.status, limit: query.limit });
  }

  @Endpoint('POST', 'drafts', Supervisors, {
    summary: 'a draft of the next version, made from the one in force; checked, stored, not in force',
    created: { type: WorkPolicyDraftView },
    badRequest: InvalidDocument,
  })
  createDraft(@Body() body: WorkPolicyDraftRequest, @CurrentUser() user: AuthenticatedUser): Promise<WorkPolicyDraftView> {
    return this.changes.create(body.document, user.username, body.comment);
  }

  @Endpoint('GET', 'drafts/:id', Supervisors, {
    summary: 'the draft, its check result now and the policy it would put in force',
    ok: { type: WorkPolicyDraftView },
    notFound: true,
  })
  draft(@Param('id') id: string): Promise<WorkPolicyDraftView> {
    return this.changes.draft(id);
  }

  @Endpoint('POST', 'drafts/:id/publish', Supervisors, {
    summary: 'checks the draft again and makes it the version in force; this instance uses it at once, the others within their refresh',
    ok: { type: PublishedWorkPolicyView },
    notFound: true,
    badRequest: InvalidDocument,
    conflict: 'the draft was made from a version that is no longer in force, or is not a draft any more',
  })
  publish(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<PublishedWorkPolicyView> {
    return this.changes.publish(id, user.username);
  }

  @Endpoint('POST', 'drafts/:id/discard', Supervisors, {
    noContent: { description: 'discarded' },
    notFound: true,
    conflict: 'already published or discarded',
  })
  async discard(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.changes.discard(id, user.username);
  }

  @Endpoint('GET', 'audit', Supervisors, {
    summary: 'who drafted, published or discarded what, and when; newest first',
    ok: { type: [WorkPolicyAuditEntryView] },
  })
  audit(@Query() query: DocumentListQuery): Promise<WorkPolicyAuditEntryView[]> {
    return this.changes.audit(query.limit);
  }
}
