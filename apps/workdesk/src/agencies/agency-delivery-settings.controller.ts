import { Body, Param } from '@nestjs/common';
import { AuthenticatedUser, CurrentUser, Endpoint, Supervisors } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { AgencyDeliverySettingsRequest } from './agency-delivery-settings.request';
import { AgencyDeliverySettingsView, toAgencyDeliverySettingsView } from './agency-delivery-settings.view';
import { AgencyDeliverySettings } from './agency-delivery-settings.use-case';

const noSuchAgency = 'no such agency in the active routing policy';

/** Where forwarded inquiries are delivered for each agency: its signed webhook and/or its support mailbox. */
@ApiController('agency delivery', 'agencies/:code/delivery')
export class AgencyDeliverySettingsController {
  constructor(private readonly settings: AgencyDeliverySettings) {}

  @Endpoint('GET', '', Supervisors, {
    ok: { type: AgencyDeliverySettingsView, description: 'an agency never set up has no webhook, no mailbox and enabled false' },
    notFound: noSuchAgency,
  })
  async get(@Param('code') code: string): Promise<AgencyDeliverySettingsView> {
    return toAgencyDeliverySettingsView(await this.settings.find(code));
  }

  @Endpoint('PUT', '', Supervisors, {
    ok: { type: AgencyDeliverySettingsView },
    badRequest: 'a malformed URL, mailbox or secret, or a webhook without a secret',
    notFound: noSuchAgency,
  })
  async put(
    @Param('code') code: string,
    @Body() body: AgencyDeliverySettingsRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgencyDeliverySettingsView> {
    return toAgencyDeliverySettingsView(await this.settings.change(code, body, user.username));
  }
}
