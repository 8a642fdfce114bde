import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AgencyEndpointSettings } from '@inquiry-router/persistence';

/** An agency's delivery settings as shown: whether a signing secret is set, never the secret. */
export class AgencyDeliverySettingsView {
  @ApiProperty() agency: string;
  @ApiPropertyOptional({ nullable: true }) webhookUrl: string | null;
  @ApiProperty({ description: 'whether a webhook signing secret is stored (the secret itself is never returned)' })
  hasWebhookSecret: boolean;
  @ApiPropertyOptional({ nullable: true }) mailbox: string | null;
  @ApiProperty() enabled: boolean;
  @ApiPropertyOptional({ nullable: true }) updatedBy: string | null;
  @ApiPropertyOptional({ nullable: true }) updatedAt: string | null;
}

export function toAgencyDeliverySettingsView(s: AgencyEndpointSettings): AgencyDeliverySettingsView {
  return {
    agency: s.agency,
    webhookUrl: s.webhookUrl,
    hasWebhookSecret: s.hasWebhookSecret,
    mailbox: s.mailbox,
    enabled: s.enabled,
    updatedBy: s.updatedBy,
    updatedAt: s.updatedAt?.toISOString() ?? null,
  };
}
