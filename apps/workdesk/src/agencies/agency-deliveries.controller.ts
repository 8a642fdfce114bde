import { Query } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { Endpoint, Supervisors } from '@inquiry-router/access';
import {
  AgencyDeliveryStatuses,
  type AgencyDeliveryStatus,
  type AgencyDeliveryView as AgencyDeliveryContract,
} from '@inquiry-router/contracts';
import { AgencyDeliverySummary } from '@inquiry-router/persistence';
import { ApiController, ListLimit } from '@inquiry-router/runtime';
import { AgencyDeliveries } from './agencies.ports';

export class AgencyDeliveriesQuery {
  @ApiPropertyOptional({
    enum: AgencyDeliveryStatuses,
    description: 'failed: retries ran out, the inquiry is on inquiry.forwarded.v1.dlt and needs a supervisor',
  })
  @IsOptional()
  @IsIn(AgencyDeliveryStatuses)
  status?: AgencyDeliveryStatus;

  @ApiPropertyOptional({ example: 'skd' })
  @IsOptional()
  @IsString()
  agency?: string;

  @ListLimit({ max: 500, default: 100 })
  limit: number;
}

// Documents the answer in OpenAPI; implements the contract the console reads.
export class AgencyDeliveryView implements AgencyDeliveryContract {
  @ApiProperty({ description: 'also the webhook-id the agency saw' }) deliveryId: string;
  @ApiProperty() inquiryId: string;
  @ApiProperty() agency: string;
  @ApiProperty({ enum: AgencyDeliveryStatuses }) status: AgencyDeliveryStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: [String], description: 'channels that took it (webhook, mailbox)' }) doneChannels: string[];
  @ApiPropertyOptional({ nullable: true }) lastError: string | null;
  @ApiProperty() forwardedAt: string;
  @ApiPropertyOptional({ nullable: true }) firstAttemptAt: string | null;
  @ApiPropertyOptional({ nullable: true }) lastAttemptAt: string | null;
  @ApiPropertyOptional({ nullable: true }) nextAttemptAt: string | null;
  @ApiPropertyOptional({ nullable: true }) deliveredAt: string | null;
  @ApiPropertyOptional({ nullable: true }) failedAt: string | null;
  @ApiPropertyOptional({ nullable: true }) acknowledgedAt: string | null;
  @ApiPropertyOptional({ nullable: true }) answeredAt: string | null;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

function toView(d: AgencyDeliverySummary): AgencyDeliveryView {
  return {
    deliveryId: d.deliveryId,
    inquiryId: d.inquiryId,
    agency: d.agency,
    status: d.status,
    attempts: d.attempts,
    doneChannels: d.doneChannels,
    lastError: d.lastError,
    forwardedAt: d.forwardedAt.toISOString(),
    firstAttemptAt: iso(d.firstAttemptAt),
    lastAttemptAt: iso(d.lastAttemptAt),
    nextAttemptAt: iso(d.nextAttemptAt),
    deliveredAt: iso(d.deliveredAt),
    failedAt: iso(d.failedAt),
    acknowledgedAt: iso(d.acknowledgedAt),
    answeredAt: iso(d.answeredAt),
  };
}

/** Supervisors follow deliveries to agencies; `?status=failed` lists the alerts (retries ran out). */
@ApiController('agency delivery', 'agency-deliveries')
export class AgencyDeliveriesController {
  constructor(private readonly deliveries: AgencyDeliveries) {}

  @Endpoint('GET', '', Supervisors, { ok: { type: [AgencyDeliveryView], description: 'newest first' } })
  async list(@Query() query: AgencyDeliveriesQuery): Promise<AgencyDeliveryView[]> {
    return (await this.deliveries.list({ status: query.status, agency: query.agency, limit: query.limit })).map(toView);
  }
}
