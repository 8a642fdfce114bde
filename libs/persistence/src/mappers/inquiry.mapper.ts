import type { DataSource, EntityManager } from 'typeorm';
import type { Inquiry, RoutingDecision } from '@inquiry-router/contracts';
import type { InquiryState } from '@inquiry-router/inquiry';
import type { InquiryEntity } from '../entities/inquiry.entity';
import type { RoutingDecisionEntity } from '../entities/routing-decision.entity';

/**
 * A row as the entity TypeORM would make of it: column names mapped to properties, times as
 * Dates. Takes a plain `SELECT` row or a `to_jsonb` one (whose times are strings), so every read
 * of an inquiry, raw or hydrated, ends up as the same entity.
 */
export function entityOfRow<T>(db: DataSource | EntityManager, entity: new () => T, row: Record<string, unknown>): T {
  const out = new entity() as Record<string, unknown>;
  const metadata = 'getMetadata' in db ? db.getMetadata(entity) : db.connection.getMetadata(entity);
  for (const column of metadata.columns) {
    const value = row[column.databaseName];
    out[column.propertyName] = value != null && column.type === 'timestamptz' ? new Date(value as string | Date) : (value ?? null);
  }
  return out as T;
}

/** The stored inquiry as the contracts carry it (what was received, without where it stands), its attachments always listed. */
export function inquiryOf(i: InquiryEntity): Inquiry & Required<Pick<Inquiry, 'attachments'>> {
  return {
    id: i.id,
    channel: i.channel,
    receivedAt: i.receivedAt.toISOString(),
    from: i.sender,
    to: i.toAddress,
    ...(i.subject !== null && { subject: i.subject }),
    body: i.body,
    ...(i.language !== null && { language: i.language as Inquiry['language'] }),
    ...(i.serviceCode !== null && { serviceCode: i.serviceCode }),
    ...(i.threadRef !== null && { threadRef: i.threadRef }),
    attachments: i.attachments ?? [],
  };
}

export function decisionOf(d: RoutingDecisionEntity): RoutingDecision {
  return {
    target: d.target as RoutingDecision['target'],
    kind: d.kind as RoutingDecision['kind'],
    category: d.category as RoutingDecision['category'],
    agency: d.agency,
    caseType: d.caseType as RoutingDecision['caseType'],
    confidence: d.confidence,
    reasons: d.reasons,
    ...(d.reasonCodes && { reasonCodes: d.reasonCodes }),
    policyVersion: d.policyVersion,
  };
}

/** What the lifecycle rules of the inquiry look at. */
export function inquiryStateOf(i: InquiryEntity): InquiryState {
  return {
    id: i.id,
    status: i.status,
    queue: i.queue,
    agency: i.agency,
    assignedTo: i.assignedTo,
    reservedBy: i.reservedBy,
    reservedUntil: i.reservedUntil,
    overflowedAt: i.overflowedAt,
  };
}
