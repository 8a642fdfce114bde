import type { AgencyDeliveryStatus } from '@inquiry-router/contracts';
import type { AgencyDeliverySummary, AgencyEndpointChange, AgencyEndpointSettings } from '@inquiry-router/persistence';

/** Deliveries to agencies, for supervisors. */
export abstract class AgencyDeliveries {
  /** By status (e.g. the failed ones needing attention), newest first. */
  abstract list(filter: { status?: AgencyDeliveryStatus; agency?: string; limit: number }): Promise<AgencyDeliverySummary[]>;
}

/** Each agency's delivery settings, without the signing secret. */
export abstract class AgencyEndpoints {
  abstract find(agency: string): Promise<AgencyEndpointSettings>;
  abstract save(agency: string, change: AgencyEndpointChange, actor: string): Promise<AgencyEndpointSettings>;
}
