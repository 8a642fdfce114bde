import { Injectable } from '@nestjs/common';
import { DomainError } from '@inquiry-router/contracts';
import { webhookSecretBytes } from '@inquiry-router/outbound-delivery';
import { AgencyEndpointSettings } from '@inquiry-router/persistence';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { inProduction, NonPublicAddress, publicAddressesOf } from '@inquiry-router/runtime';
import { AgencyEndpoints } from './agencies.ports';
import { WorkdeskEnv } from '../workdesk.env';
import { AgencyDeliverySettingsRequest } from './agency-delivery-settings.request';

export class UnknownAgency extends DomainError {
  constructor(code: string) {
    super('not-found', `no agency ${code} in the active routing policy`);
  }
}

export class InvalidDeliverySettings extends DomainError {
  constructor(message: string) {
    super('invalid', message);
  }
}

/** Reading and changing an agency's delivery settings (agencies are those of the active policy). */
@Injectable()
export class AgencyDeliverySettings {
  constructor(
    private readonly endpoints: AgencyEndpoints,
    private readonly policy: RoutingPolicySource,
    private readonly env: WorkdeskEnv,
  ) {}

  async find(agency: string): Promise<AgencyEndpointSettings> {
    this.assertKnown(agency);
    return this.endpoints.find(agency);
  }

  async change(agency: string, request: AgencyDeliverySettingsRequest, actor: string): Promise<AgencyEndpointSettings> {
    this.assertKnown(agency);
    const webhookUrl = request.webhookUrl ?? null;
    if (request.webhookSecret) {
      const bytes = webhookSecretBytes(request.webhookSecret);
      if (bytes < 24 || bytes > 64) throw new InvalidDeliverySettings(`webhookSecret must hold 24 to 64 bytes (it holds ${bytes})`);
    }
    if (webhookUrl) {
      if (inProduction(this.env)) await this.assertPublicWebhook(webhookUrl);
      const hasSecret =
        request.webhookSecret === undefined ? (await this.endpoints.find(agency)).hasWebhookSecret : request.webhookSecret !== null;
      if (!hasSecret) throw new InvalidDeliverySettings('a webhook needs a signing secret: give webhookSecret (whsec_…)');
    }
    return this.endpoints.save(
      agency,
      { webhookUrl, webhookSecret: request.webhookSecret, mailbox: request.mailbox ?? null, enabled: request.enabled },
      actor,
    );
  }

  /**
   * Production: https, to a host whose addresses are all public (not loopback, private, link-local
   * ...), so an agency's webhook cannot reach into our own network. A name that does not resolve
   * yet is let through: agency-forwarder checks the addresses again at every delivery.
   */
  private async assertPublicWebhook(webhookUrl: string): Promise<void> {
    if (!webhookUrl.startsWith('https://')) throw new InvalidDeliverySettings('webhookUrl must be https in production');
    try {
      await publicAddressesOf(new URL(webhookUrl).hostname);
    } catch (error) {
      if (error instanceof NonPublicAddress)
        throw new InvalidDeliverySettings(`webhookUrl must point at a public address: ${error.message}`);
    }
  }

  private assertKnown(agency: string): void {
    if (!this.policy.agencyCodes().has(agency)) throw new UnknownAgency(agency);
  }
}
