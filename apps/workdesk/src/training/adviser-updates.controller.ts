import { Body, Param, ParseUUIDPipe } from '@nestjs/common';
import type { AdviserUpdateConfirmationsView, AdviserUpdateView, MyAdviserUpdateView } from '@inquiry-router/contracts';
import { Advisers, AuthenticatedUser, CurrentUser, Endpoint, Supervisors } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { KeepAdviserUpdates } from './keep-adviser-updates.use-case';
import { PublishAdviserUpdateRequest } from './training.requests';
import {
  AdviserUpdateConfirmationsDoc,
  AdviserUpdateDoc,
  ConfirmedDoc,
  MyAdviserUpdateDoc,
  toAdviserUpdateView,
  toConfirmationsView,
  toMyAdviserUpdateView,
} from './training.views';

/**
 * Updates advisers must take in (a new agreement version, a changed procedure, an active incident):
 * supervisors publish them and see who has confirmed; advisers see theirs and confirm. An update
 * that requires it bars claiming in its categories and queues until confirmed.
 */
@ApiController('adviser-updates')
export class AdviserUpdatesController {
  constructor(private readonly updates: KeepAdviserUpdates) {}

  @Endpoint('POST', '', Supervisors, {
    summary: 'publishes an update to the advisers of its categories and queues',
    created: { type: AdviserUpdateDoc },
    badRequest: 'an unknown kind, category or queue, or a title or body empty or too long',
  })
  async publish(@Body() body: PublishAdviserUpdateRequest, @CurrentUser() user: AuthenticatedUser): Promise<AdviserUpdateView> {
    const published = await this.updates.publish(
      {
        kind: body.kind,
        title: body.title,
        body: body.body,
        categories: body.categories ?? [],
        queues: body.queues ?? [],
        requiredBeforeClaiming: body.requiredBeforeClaiming ?? false,
        agreementVersion: body.agreementVersion ?? null,
        incidentId: body.incidentId ?? null,
      },
      user.username,
    );
    return toAdviserUpdateView(published);
  }

  @Endpoint('GET', '', Supervisors, { summary: 'every update, newest first', ok: { type: [AdviserUpdateDoc] } })
  async list(): Promise<AdviserUpdateView[]> {
    return (await this.updates.list()).map(toAdviserUpdateView);
  }

  @Endpoint('GET', 'mine', Advisers, {
    summary: 'the updates reaching the caller, newest first, with when they confirmed each (null: not yet)',
    ok: { type: [MyAdviserUpdateDoc] },
  })
  async mine(@CurrentUser() user: AuthenticatedUser): Promise<MyAdviserUpdateView[]> {
    return (await this.updates.mine(user.username)).map(toMyAdviserUpdateView);
  }

  @Endpoint('GET', ':id/confirmations', Supervisors, {
    summary: 'who the update reaches, who has confirmed it (when) and who has not',
    ok: { type: AdviserUpdateConfirmationsDoc },
    badRequest: 'id not a UUID',
    notFound: 'no such update',
  })
  async confirmations(@Param('id', new ParseUUIDPipe()) id: string): Promise<AdviserUpdateConfirmationsView> {
    return toConfirmationsView(await this.updates.confirmations(id));
  }

  @Endpoint('POST', ':id/confirm', Advisers, {
    summary: 'the caller confirms they have taken the update in (again: the first confirmation stands)',
    ok: { type: ConfirmedDoc },
    badRequest: 'id not a UUID',
    notFound: 'no such update',
    forbidden: 'the update does not reach the caller',
  })
  async confirm(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthenticatedUser): Promise<{ confirmedAt: string }> {
    return { confirmedAt: (await this.updates.confirm(id, user.username)).toISOString() };
  }
}
