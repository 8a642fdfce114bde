import { Body, Param } from '@nestjs/common';
import { Advisers, AuthenticatedUser, CurrentUser, Endpoint, Supervisors } from '@inquiry-router/access';
import { AdviserProfile, AdviserWithLoad } from '@inquiry-router/persistence';
import { ApiController } from '@inquiry-router/runtime';
import { AdviserRoster } from '../workdesk.ports';
import { ReleaseReservations } from '../work/release-reservations.use-case';
import { AdviserView, SetPresenceRequest, UpdateAdviserRequest } from './advisers.requests';

function viewOf(a: AdviserProfile | AdviserWithLoad): AdviserView {
  return { ...a, lastSeenAt: a.lastSeenAt?.toISOString() ?? null };
}

@ApiController('advisers')
export class AdvisersController {
  constructor(
    private readonly advisers: AdviserRoster,
    private readonly release: ReleaseReservations,
  ) {}

  /** Sets the caller's presence (counts as a heartbeat); going offline gives back every reservation. */
  @Endpoint('PUT', 'me/presence', Advisers, { ok: { type: AdviserView } })
  async setPresence(@Body() body: SetPresenceRequest, @CurrentUser() user: AuthenticatedUser): Promise<AdviserView> {
    const { profile } = await this.advisers.setPresence(user.username, body.presence);
    if (body.presence === 'offline') await this.release.execute(user.username, 'went offline', user.username);
    return viewOf(profile);
  }

  /** The caller is still there. Without one for ADVISER_HEARTBEAT_TIMEOUT_SECONDS they go offline. */
  @Endpoint('POST', 'me/heartbeat', Advisers, { ok: { type: AdviserView } })
  async heartbeat(@CurrentUser() user: AuthenticatedUser): Promise<AdviserView> {
    const profile = (await this.advisers.heartbeat(user.username)) ?? (await this.advisers.setPresence(user.username, 'available')).profile;
    return viewOf(profile);
  }

  /** Every adviser with presence and what they hold now. */
  @Endpoint('GET', '', Supervisors, { ok: { type: [AdviserView] } })
  async list(): Promise<AdviserView[]> {
    return (await this.advisers.listWithLoad()).map(viewOf);
  }

  /** Sets an adviser's skills and capacity (fields left out stay). */
  @Endpoint('PUT', ':username', Supervisors, { ok: { type: AdviserView } })
  async update(@Param('username') username: string, @Body() body: UpdateAdviserRequest): Promise<AdviserView> {
    return viewOf(await this.advisers.update(username, { ...body, capacity: body.capacity && { ...body.capacity } }));
  }
}
