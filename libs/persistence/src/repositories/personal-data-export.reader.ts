import type { EntityManager } from 'typeorm';
import type {
  Channel,
  ExportedInquiryView,
  ExportedMessageView,
  IdentityKeyKind,
  InquirerAuditAction,
  InquirerMatchView,
  OutboundHistoryEvent,
  PersonalDataExportView,
} from '@inquiry-router/contracts';

/** Who reads an export (logged as a read of each inquiry's personal data). */
export interface PersonalDataReader {
  actor: string;
  roles: readonly string[];
}

/** How much attachment content an export carries: more is listed without its content, for an administrator to hand over. */
export interface AttachmentAllowance {
  /** An attachment larger than this is never included. */
  eachBytes: number;
  /** The included attachments together, oldest first: the export is one document in memory, and must not take the workdesk down. */
  totalBytes: number;
}

export const DefaultAttachmentAllowance: AttachmentAllowance = { eachBytes: 5 * 1024 * 1024, totalBytes: 50 * 1024 * 1024 };

interface InquiryRow {
  id: string;
  channel: Channel;
  received_at: Date;
  recorded_at: Date;
  sender: ExportedInquiryView['sender'];
  to_address: string;
  subject: string | null;
  body: string;
  language: string | null;
  service_code: string | null;
  thread_id: string;
  thread_ref: string | null;
  status: string;
  queue: string | null;
  agency: string | null;
  assigned_to: string | null;
  inquirer_match: InquirerMatchView | null;
  personal_data_erased_at: Date | null;
  decision: {
    target: string;
    kind: string;
    category: string | null;
    agency: string | null;
    case_type: string | null;
    confidence: number;
    reasons: string[];
    policy_version: string;
    decided_at: string;
  } | null;
}

interface HistoryRow {
  inquiry_id: string;
  at: Date;
  event: string;
  actor: string | null;
  details: Record<string, unknown>;
}

interface AttachmentRow {
  inquiry_id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  stored_at: Date;
  content: Buffer | null;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

const megabytes = (bytes: number): string => `${bytes / 1024 / 1024} MB`;

/** The history rows of messages to the person with one of `events`, as the export shows them. */
function messagesOf(history: HistoryRow[], events: readonly OutboundHistoryEvent[]): ExportedMessageView[] {
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return history
    .filter((h) => (events as readonly string[]).includes(h.event))
    .map((h) => ({
      at: iso(h.at)!,
      event: h.event as OutboundHistoryEvent,
      messageId: text(h.details.messageId),
      channel: text(h.details.channel),
      purpose: text(h.details.purpose),
      subject: text(h.details.subject),
      body: text(h.details.body),
      reason: text(h.details.reason),
    }));
}

/** A list's rows by their inquiry, each in the list's order: one pass, so a person with thousands of inquiries costs no more than their rows. */
function byInquiry<T extends { inquiry_id: string }>(rows: T[]): (inquiryId: string) => T[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.inquiry_id);
    if (group) group.push(row);
    else groups.set(row.inquiry_id, [row]);
  }
  return (inquiryId) => groups.get(inquiryId) ?? [];
}

/**
 * Everything held on a person, as one document, or null when there is no such person; read in the
 * caller's transaction. The reads run one after another: they share the transaction's connection,
 * which runs one query at a time in any case (pg deprecates queueing them on a client).
 */
export async function readPersonalDataExport(
  tx: EntityManager,
  inquirerId: string,
  reader: PersonalDataReader,
  at: Date,
  allowance: AttachmentAllowance = DefaultAttachmentAllowance,
): Promise<PersonalDataExportView | null> {
  const [person]: { id: string; created_at: Date; last_contact_at: Date }[] = await tx.query(
    `SELECT id, created_at, last_contact_at FROM inquirers WHERE id = $1`,
    [inquirerId],
  );
  if (!person) return null;
  const rows: InquiryRow[] = await tx.query(
    `SELECT i.id, i.channel, i.received_at, i.recorded_at, i.sender, i.to_address, i.subject, i.body, i.language, i.service_code,
            i.thread_id, i.thread_ref, i.status, i.queue, i.agency, i.assigned_to, i.inquirer_match, i.personal_data_erased_at,
            to_jsonb(d) AS decision
       FROM inquiries i LEFT JOIN routing_decisions d ON d.inquiry_id = i.id
      WHERE i.inquirer_id = $1 ORDER BY i.received_at DESC, i.id`,
    [inquirerId],
  );
  const ids = rows.map((r) => r.id);

  const historyOf = byInquiry(
    await tx.query<HistoryRow[]>(
      `SELECT inquiry_id, at, event, actor, details FROM inquiry_history WHERE inquiry_id = ANY($1::text[]) ORDER BY at, id`,
      [ids],
    ),
  );
  const casesOf = byInquiry(
    await tx.query<
      { id: string; inquiry_id: string; type: string; status: string; owner: string | null; created_at: Date; updated_at: Date }[]
    >(
      `SELECT id, inquiry_id, type, status, owner, created_at, updated_at FROM cases WHERE inquiry_id = ANY($1::text[]) ORDER BY created_at, id`,
      [ids],
    ),
  );
  // The content only of what fits each attachment's and the whole export's allowance; the rest is listed.
  const attachmentsOf = byInquiry(
    await tx.query<AttachmentRow[]>(
      `SELECT inquiry_id, filename, content_type, size, sha256, stored_at,
              CASE WHEN size <= $2 AND included <= $3 THEN content END AS content
         FROM (SELECT a.*, sum(CASE WHEN size <= $2 THEN size ELSE 0 END) OVER (ORDER BY stored_at, id) AS included
                 FROM attachment_contents a WHERE inquiry_id = ANY($1::text[])) a
        ORDER BY stored_at, id`,
      [ids, allowance.eachBytes, allowance.totalBytes],
    ),
  );
  const keysOf = byInquiry(
    await tx.query<{ inquiry_id: string; kind: IdentityKeyKind }[]>(
      `SELECT DISTINCT inquiry_id, kind FROM inquirer_keys WHERE inquiry_id = ANY($1::text[]) ORDER BY inquiry_id, kind`,
      [ids],
    ),
  );
  const deliveriesOf = byInquiry(
    await tx.query<
      { inquiry_id: string; agency: string; status: string; forwarded_at: Date; delivered_at: Date | null; answered_at: Date | null }[]
    >(
      `SELECT inquiry_id, agency, status, forwarded_at, delivered_at, answered_at FROM agency_deliveries
        WHERE inquiry_id = ANY($1::text[]) ORDER BY forwarded_at`,
      [ids],
    ),
  );
  const linksOf = byInquiry(
    await tx.query<{ inquiry_id: string; notice_id: string; linked_at: Date; explanation: string[]; answered_at: Date | null }[]>(
      `SELECT inquiry_id, notice_id, linked_at, explanation, answered_at FROM incident_links WHERE inquiry_id = ANY($1::text[]) ORDER BY linked_at`,
      [ids],
    ),
  );
  const examplesOf = byInquiry(
    await tx.query<
      {
        inquiry_id: string;
        source: string;
        label: unknown;
        rejected_target: string | null;
        reason: string;
        actor: string;
        created_at: Date;
        subject: string | null;
        body: string;
      }[]
    >(
      `SELECT inquiry_id, source, label, rejected_target, reason, actor, created_at, subject, body FROM classification_examples
        WHERE inquiry_id = ANY($1::text[]) ORDER BY created_at, id`,
      [ids],
    ),
  );
  const suggestions = await tx.query<
    {
      id: string;
      inquiry_id: string;
      reference: string;
      referenced_inquiry_id: string;
      status: 'open' | 'confirmed' | 'rejected';
      created_at: Date;
      decided_by: string | null;
      decided_at: Date | null;
    }[]
  >(
    `SELECT id::text, inquiry_id, reference, referenced_inquiry_id, status, created_at, decided_by, decided_at
       FROM inquirer_link_suggestions WHERE inquiry_id = ANY($1::text[]) OR referenced_inquiry_id = ANY($1::text[]) ORDER BY created_at, id`,
    [ids],
  );
  const reads = await tx.query<{ at: Date; actor: string; roles: string[]; inquiry_id: string; via: string }[]>(
    `SELECT at, actor, roles, inquiry_id, via FROM personal_data_reads
      WHERE inquiry_id = ANY($1::text[]) OR inquirer_id = $2 ORDER BY at DESC, id DESC`,
    [ids, inquirerId],
  );
  const audit = await tx.query<
    { at: Date; actor: string; action: InquirerAuditAction; inquiry_id: string | null; details: Record<string, unknown> }[]
  >(`SELECT at, actor, action, inquiry_id, details FROM inquirer_audit WHERE inquirer_id = $1 ORDER BY at DESC, id DESC`, [inquirerId]);

  const inquiries: ExportedInquiryView[] = rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    receivedAt: iso(r.received_at)!,
    recordedAt: iso(r.recorded_at)!,
    sender: r.sender,
    to: r.to_address,
    subject: r.subject,
    body: r.body,
    language: r.language,
    serviceCode: r.service_code,
    threadId: r.thread_id,
    threadRef: r.thread_ref,
    status: r.status,
    queue: r.queue,
    agency: r.agency,
    assignedTo: r.assigned_to,
    match: r.inquirer_match,
    personalDataErasedAt: iso(r.personal_data_erased_at),
    decision: r.decision && {
      target: r.decision.target,
      kind: r.decision.kind,
      category: r.decision.category,
      agency: r.decision.agency,
      caseType: r.decision.case_type,
      confidence: r.decision.confidence,
      reasons: r.decision.reasons,
      policyVersion: r.decision.policy_version,
      decidedAt: iso(r.decision.decided_at)!,
    },
    history: historyOf(r.id).map((h) => ({ at: iso(h.at)!, event: h.event, actor: h.actor, details: h.details })),
    messagesSent: messagesOf(historyOf(r.id), ['message-sent', 'callback-requested']),
    messagesNotDelivered: messagesOf(historyOf(r.id), ['message-undeliverable']),
    cases: casesOf(r.id).map((c) => ({
      id: c.id,
      type: c.type,
      status: c.status,
      owner: c.owner,
      createdAt: iso(c.created_at)!,
      updatedAt: iso(c.updated_at)!,
    })),
    attachments: attachmentsOf(r.id).map((a) => ({
      filename: a.filename,
      contentType: a.content_type,
      size: a.size,
      sha256: a.sha256,
      storedAt: iso(a.stored_at)!,
      contentBase64: a.content ? a.content.toString('base64') : null,
      ...(!a.content && { note: attachmentLeftOut(a, allowance) }),
    })),
    keys: keysOf(r.id).map((k) => k.kind),
    agencyDeliveries: deliveriesOf(r.id).map((d) => ({
      agency: d.agency,
      status: d.status,
      forwardedAt: iso(d.forwarded_at)!,
      deliveredAt: iso(d.delivered_at),
      answeredAt: iso(d.answered_at),
    })),
    incidentLinks: linksOf(r.id).map((l) => ({
      noticeId: l.notice_id,
      linkedAt: iso(l.linked_at)!,
      explanation: l.explanation,
      answeredAt: iso(l.answered_at),
    })),
    classificationExamples: examplesOf(r.id).map((e) => ({
      source: e.source,
      label: e.label,
      rejectedTarget: e.rejected_target,
      reason: e.reason,
      actor: e.actor,
      createdAt: iso(e.created_at)!,
      subject: e.subject,
      body: e.body,
    })),
  }));

  return {
    inquirerId,
    exportedAt: at.toISOString(),
    exportedBy: reader.actor,
    firstRecordedAt: iso(person.created_at)!,
    lastContactAt: iso(person.last_contact_at)!,
    inquiries,
    suggestions: suggestions.map((s) => ({
      id: s.id,
      inquiryId: s.inquiry_id,
      reference: s.reference,
      referencedInquiryId: s.referenced_inquiry_id,
      status: s.status,
      createdAt: iso(s.created_at)!,
      decidedBy: s.decided_by,
      decidedAt: iso(s.decided_at),
    })),
    reads: reads.map((r) => ({ at: iso(r.at)!, actor: r.actor, roles: r.roles, inquiryId: r.inquiry_id, via: r.via })),
    audit: audit.map((a) => ({ at: iso(a.at)!, actor: a.actor, action: a.action, inquiryId: a.inquiry_id, details: a.details })),
  };
}

function attachmentLeftOut(a: AttachmentRow, allowance: AttachmentAllowance): string {
  return a.size > allowance.eachBytes
    ? `larger than ${megabytes(allowance.eachBytes)}: not included, ask an administrator for it`
    : `the export's attachments reached ${megabytes(allowance.totalBytes)} before this one: not included, ask an administrator for it`;
}
