import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles, Supervisors } from '@inquiry-router/access';
import { AgencyDeliverySettingsRequest } from './agency-delivery-settings.request';
import { AgencyDeliverySettingsView, toAgencyDeliverySettingsView } from './agency-delivery-settings.view';
import { AgencyDeliverySettings } from './agency-delivery-settings.use-case';

/** Where forwarded inquiries are delivered for each agency: its signed webhook and/or its support mailbox. */
@ApiTags('agency delivery')
@Controller('api/agencies/:code/delivery')
export class AgencyDeliverySettingsController {
  constructor(@Inject(AgencyDeliverySettings) private readonly settings: AgencyDeliverySettings) {}

  @Get()
  @Roles(Supervisors)
  @ApiOkResponse({ type: AgencyDeliverySettingsView, description: 'an agency never set up has no webhook, no mailbox and enabled false' })
  @ApiNotFoundResponse({ description: 'no such agency in the active routing policy' })
  async get(@Param('code') code: string): Promise<AgencyDeliverySettingsView> {
    return toAgencyDeliverySettingsView(await this.settings.find(code));
  }

  @Put()
  @Roles(Supervisors)
  @ApiOkResponse({ type: AgencyDeliverySettingsView })
  @ApiBadRequestResponse({ description: 'a malformed URL, mailbox or secret, or a webhook without a secret' })
  @ApiNotFoundResponse({ description: 'no such agency in the active routing policy' })
  async put(
    @Param('code') code: string,
    @Body() body: AgencyDeliverySettingsRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgencyDeliverySettingsView> {
    return toAgencyDeliverySettingsView(await this.settings.change(code, body, user.username));
  }
}
