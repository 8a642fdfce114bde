import { Body, Inject, Res } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import type { Response } from 'express';
import { Advisers, AuthenticatedUser, CurrentUser, Endpoint, Supervisors } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { WorkPolicy, WorkPolicySource } from '@inquiry-router/live-queues';
import { HeldWork } from './work.ports';
import { InquiryView } from '../inquiries/inquiry.view';
import { ClaimWork } from './claim-work.use-case';
import { claimResponse } from './claim-response';

const PolicyDocumentExample =
  'a partial WorkPolicy, e.g. {"channelWeightMinutes":{"social":120},"queues":{"first-line":{"overflowTo":"second-line"}}}';

@ApiController('work')
export class WorkController {
  constructor(
    @Inject(ClaimWork) private readonly claimWork: ClaimWork,
    @Inject(WorkPolicySource) private readonly policy: WorkPolicySource,
    @Inject(HeldWork) private readonly overview: HeldWork,
  ) {}

  /** What the caller holds now: reserved for them (accept before `reservedUntil`) or accepted, oldest first. */
  @Endpoint('GET', 'mine', Advisers, {
    ok: { description: '[{id, channel, subject, queue, status: reserved|claimed, receivedAt, dueAt, reservedUntil}]' },
  })
  async mine(@CurrentUser() user: AuthenticatedUser): Promise<Record<string, unknown>[]> {
    return (await this.overview.heldBy(user.username)).map((h) => ({
      ...h,
      receivedAt: h.receivedAt.toISOString(),
      dueAt: h.dueAt?.toISOString() ?? null,
      reservedUntil: h.reservedUntil?.toISOString() ?? null,
    }));
  }

  /**
   * Reserves for the caller the best inquiry they may take across the queues they are skilled
   * for (channel capacity and language respected); accept it before `reservedUntil`.
   */
  @Endpoint('POST', 'claim', Advisers, {
    ok: { type: InquiryView, description: 'reserved for the caller until reservedUntil' },
    noContent: { description: 'nothing the caller may take is waiting' },
    conflict: 'the caller is at capacity in every channel, or away',
    forbidden: 'the caller is skilled for no queue',
  })
  async claim(@CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) res: Response): Promise<InquiryView | undefined> {
    return claimResponse(this.claimWork.execute(user.username), res);
  }

  /** The distribution policy in force: channel weights, targets, reservation times, overflow and divert rules. */
  @Endpoint('GET', 'policy', Supervisors, { ok: { description: 'the policy in force (defaults, stored document, env overrides)' } })
  getPolicy(): Promise<WorkPolicy> {
    return this.policy.get();
  }

  /**
   * Replaces the stored policy document; what it leaves out takes the defaults. Checked first
   * against the WorkPolicy shape: known fields only, known queues, numbers in range, `overflowTo`
   * and `divertTo` naming queues without making a cycle.
   */
  @Endpoint('PUT', 'policy', Supervisors, {
    ok: { description: 'the policy now in force' },
    badRequest: 'the document has problems (`problems` lists them with their paths); nothing was stored',
  })
  @ApiBody({ description: PolicyDocumentExample })
  async putPolicy(@Body() document: Record<string, unknown>, @CurrentUser() user: AuthenticatedUser): Promise<WorkPolicy> {
    return this.policy.replace(document ?? {}, user.username);
  }

  /** A dry run of `PUT policy`: the same checks and answer, nothing stored. */
  @Endpoint('POST', 'policy/check', Supervisors, {
    ok: { description: 'the policy the document would put in force' },
    badRequest: 'the document has problems (`problems` lists them with their paths)',
  })
  @ApiBody({ description: PolicyDocumentExample })
  checkPolicy(@Body() document: Record<string, unknown>): WorkPolicy {
    return this.policy.check(document ?? {});
  }
}
