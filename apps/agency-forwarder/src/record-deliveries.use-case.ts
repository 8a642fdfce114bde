import { Inject, Injectable, Logger } from '@nestjs/common';
import { InquiryForwarded } from '@inquiry-router/contracts';
import { AgencyDeliveryRepository } from '@inquiry-router/persistence';

/**
 * Takes forwarded inquiries into the agencies' delivery ledger, once each. Agencies read their
 * pending deliveries from it; pushing them to agency webhooks and mailboxes builds on this ledger.
 */
@Injectable()
export class RecordDeliveries {
  private readonly log = new Logger(RecordDeliveries.name);

  constructor(@Inject(AgencyDeliveryRepository) private readonly deliveries: AgencyDeliveryRepository) {}

  async execute(forwarded: InquiryForwarded[]): Promise<void> {
    const fresh = await this.deliveries.recordPending(
      forwarded.map((f) => ({ inquiryId: f.inquiry.id, agency: f.agency, forwardedAt: f.forwardedAt })),
    );
    if (fresh.length > 0) this.log.log(`${fresh.length} forwarded inquiries awaiting agency delivery`);
  }
}
