import { DataSource } from 'typeorm';
import type { IncidentLinkView } from '@inquiry-router/contracts';
import { InquiryEntity } from '../entities/inquiry.entity';
import { RoutingDecisionEntity } from '../entities/routing-decision.entity';
import { InquiryHistoryEntity } from '../entities/inquiry-history.entity';
import { entityOfRow } from '../mappers/inquiry.mapper';
import type { InquiryRecord } from './inquiry.repository';

/** An inquiry record as one row of jsonb columns (`to_jsonb` of each table's rows). */
export interface InquiryRecordRow {
  inquiry: Record<string, unknown>;
  decision: Record<string, unknown> | null;
  history: Record<string, unknown>[];
  thread: Record<string, unknown>[];
  incidents: {
    noticeId: string;
    title: IncidentLinkView['title'];
    status: IncidentLinkView['status'];
    linkedAt: string;
    explanation: string[];
  }[];
}

/** The `incidents` column of an InquiryRecordRow for the inquiry aliased `alias`. */
export function incidentLinksOf(alias: string): string {
  return `coalesce((SELECT jsonb_agg(jsonb_build_object('noticeId', l.notice_id, 'title', n.title, 'status', n.status,
                                                        'linkedAt', l.linked_at, 'explanation', l.explanation)
                                     ORDER BY l.linked_at DESC, l.notice_id)
                      FROM incident_links l JOIN notices n ON n.id = l.notice_id WHERE l.inquiry_id = ${alias}.id), '[]')`;
}

/** The record an InquiryRecordRow holds, as `InquiryRepository.find` gives it, without entity hydration. */
export function inquiryRecordOf(db: DataSource, row: InquiryRecordRow): InquiryRecord {
  return {
    inquiry: entityOfRow(db, InquiryEntity, row.inquiry),
    decision: row.decision ? entityOfRow(db, RoutingDecisionEntity, row.decision) : null,
    history: row.history.map((h) => entityOfRow(db, InquiryHistoryEntity, h)),
    thread: row.thread.map((t) => entityOfRow(db, InquiryEntity, t)),
    // jsonb gives the time in Postgres' own format: as ISO 8601, as linksOf gives it.
    incidents: row.incidents.map((l) => ({ ...l, linkedAt: new Date(l.linkedAt).toISOString() })),
  };
}
