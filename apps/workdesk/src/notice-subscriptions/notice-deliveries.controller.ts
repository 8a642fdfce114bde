import { Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Endpoint, Operators } from '@inquiry-router/access';
import { DomainError, type NoticeDeliveryView } from '@inquiry-router/contracts';
import type { NoticeDeliveryStatus, NoticeDeliverySummary } from '@inquiry-router/persistence';
import { ApiController, ListLimit } from '@inquiry-router/runtime';
import { safeTarget } from '@inquiry-router/outbound-delivery';
import { NoticeDeliveryRecords } from './notice-subscriptions.ports';

const statuses: NoticeDeliveryStatus[] = ['pending', 'delivered', 'failed'];

export class NoticeDeliveriesQuery {
  @ApiPropertyOptional({
    enum: statuses,
    description: 'failed: retries ran out (dead-lettered on notice.changed.v1.dlt); an operator may retry it',
  })
  @IsOptional()
  @IsIn(statuses)
  status?: NoticeDeliveryStatus;

  @ListLimit({ max: 1000, default: 200 })
  limit: number;
}

export function toDeliveryView(d: NoticeDeliverySummary): NoticeDeliveryView {
  return {
    id: d.id,
    subscriptionId: d.subscriptionId,
    channel: d.channel,
    // Where it goes, never the webhook's secret or its query string (which may hold a token).
    target: d.channel === 'webhook' ? safeTarget(d.webhookUrl ?? '') : (d.email ?? ''),
    noticeId: d.noticeId,
    sequence: d.sequence,
    status: d.status,
    attempts: d.attempts,
    lastError: d.lastError,
    nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
  };
}

/** Operators follow what was sent to subscribers; `?status=failed` is the failed-delivery view, and a failed one can be sent again. */
@ApiController('notice subscriptions', 'notice-deliveries')
export class NoticeDeliveriesController {
  constructor(private readonly deliveries: NoticeDeliveryRecords) {}

  @Endpoint('GET', '', Operators, { ok: { description: 'NoticeDeliveryView[], newest first' } })
  async list(@Query() query: NoticeDeliveriesQuery): Promise<NoticeDeliveryView[]> {
    return (await this.deliveries.list({ status: query.status, limit: query.limit })).map(toDeliveryView);
  }

  @Endpoint('POST', ':id/retry', Operators, {
    ok: { description: 'NoticeDeliveryView, pending again with a fresh retry schedule' },
    notFound: 'no such delivery',
    conflict: 'it has not failed, or its subscription has ended',
  })
  async retry(@Param('id', new ParseUUIDPipe()) id: string): Promise<NoticeDeliveryView> {
    if (!(await this.deliveries.retry(id))) {
      const found = await this.deliveries.find(id);
      if (!found) throw new DomainError('not-found', `no notice delivery ${id}`);
      throw new DomainError('conflict', `notice delivery ${id} is ${found.status}, not failed on a running subscription`);
    }
    return toDeliveryView((await this.deliveries.find(id))!);
  }
}
