import { DataSource, EntityManager } from 'typeorm';
import type { Channel, IdentityKeyKind, InquiryParty } from '@inquiry-router/contracts';
import type { InquiryStatus } from '@inquiry-router/inquiry';
import type {
  ContactToRecognise,
  EarlierContact,
  HashedIdentityKey,
  QuotedContact,
  RecognisedContact,
  Recognition,
} from '@inquiry-router/inquirer';
import type { ReferencedThread } from '@inquiry-router/routing';

/** An inquiry being routed, as the repeat-contact rule looks for the same person's earlier contacts. */
export interface EarlierContactLookup {
  inquiryId: string;
  /** The keyed hashes of its identity keys. */
  keyHashes: string[];
  /** The conversation it continues (a reply from the conversation's sender); null when it starts one. */
  threadId: string | null;
  /** Contacts received in this period count. */
  since: Date;
  until: Date;
}

/** The conversation a reply refers to, as recorded: how it stands, who opened it, and its service-desk case. */
export interface ConversationOfReply extends ReferencedThread {
  threadId: string;
  caseId: string | null;
}

/** A routed inquiry, once recorded, to recognise the person of. */
export interface InquiryToRecognise {
  inquiryId: string;
  keys: HashedIdentityKey[];
  /** Our references its text quotes. */
  references: { inquiries: string[]; cases: string[] };
}

/** Who the senders of a batch being recorded are: recognised in the transaction that records it. */
export interface SenderRecognition {
  inquiries: InquiryToRecognise[];
  /** libs/inquirer's `recogniseInquirers`, with the id of a new person and the time. */
  recognise: (contacts: ContactToRecognise[], known: RecognisedContact[]) => Recognition[];
}

/**
 * How many contacts are read per key, person or conversation, the most recent: enough to name the
 * person and explain a match, and to find a repeat contact; a key many share (an organisation
 * number) costs no more than that.
 */
const ContactsPerKey = 20;

/**
 * Knowing the inquirer, as the router needs it: the same person's earlier contacts for the
 * repeat-contact rule, read for a whole batch at once (the recognition of each inquiry recorded is
 * `recogniseSenders`, in the transaction that records it). Only keyed hashes of the keys reach Postgres.
 */
export class InquirerRecognitionRepository {
  constructor(private readonly db: DataSource) {}

  /** The conversations replies refer to, by the reference (an inquiry of the conversation). */
  async conversationsOf(refs: readonly string[]): Promise<Map<string, ConversationOfReply>> {
    if (refs.length === 0) return new Map();
    const rows: {
      ref: string;
      thread_id: string;
      status: InquiryStatus;
      channel: Channel;
      sender: InquiryParty;
      case_id: string | null;
    }[] = await this.db.query(
      `SELECT r.id AS ref, r.thread_id, root.status, root.channel, root.sender, cs.id AS case_id
           FROM inquiries r JOIN inquiries root ON root.id = r.thread_id
           LEFT JOIN LATERAL (
             SELECT c.id FROM cases c WHERE c.thread_id = r.thread_id ORDER BY c.created_at DESC, c.id DESC LIMIT 1
           ) cs ON true
          WHERE r.id = ANY($1::text[])`,
      [[...new Set(refs)]],
    );
    return new Map(
      rows.map((r) => [r.ref, { threadId: r.thread_id, status: r.status, channel: r.channel, from: r.sender, caseId: r.case_id }]),
    );
  }

  /**
   * For each lookup, the same person's contacts received in its period, in one query for the
   * batch: those carrying one of its keys, those of the persons such contacts belong to, and
   * those of the conversation it continues (and of that conversation's person). Each says how it
   * stands — unresolved: waiting or being handled by the portal's advisers (a reply that joined a
   * conversation as the conversation); reopened: resolved, then a later reply reopened its
   * conversation (a reply that found it resolved is recorded as new work in it) or its case — and
   * the keys it shares with the lookup, or failing that the keys the lookup shares with its person.
   * Each key, person and conversation gives its most recent contacts only (`ContactsPerKey`).
   */
  async earlierContacts(lookups: readonly EarlierContactLookup[]): Promise<Map<string, EarlierContact[]>> {
    const found = new Map<string, EarlierContact[]>(lookups.map((l) => [l.inquiryId, []]));
    if (lookups.length === 0) return found;
    const rows: {
      for_id: string;
      id: string;
      channel: Channel;
      received_at: Date;
      thread_id: string;
      case_id: string | null;
      category: string | null;
      unresolved: boolean;
      reopened: boolean;
      shared: IdentityKeyKind[];
      person_kinds: IdentityKeyKind[];
    }[] = await this.db.transaction(async (tx) => {
      // A lookup for a whole batch looks costly to the planner, whose JIT compiling then takes longer than it runs.
      await tx.query(`SET LOCAL jit = off`);
      return tx.query(
        `WITH wanted AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS w(inquiry_id text, thread_id text, since timestamptz, until timestamptz)
       ),
       keys AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS h(inquiry_id text, key_hash text)),
       -- The contacts carrying each key, whatever their age (the most recent), read once per key however many share it.
       carriers AS MATERIALIZED (
         SELECT h.key_hash, m.id, m.kind, m.inquirer_id
           FROM (SELECT DISTINCT key_hash FROM keys) h
           CROSS JOIN LATERAL (
             SELECT i.id, k.kind, i.inquirer_id
               FROM inquirer_keys k JOIN inquiries i ON i.id = k.inquiry_id
              WHERE k.key_hash = h.key_hash
              ORDER BY i.received_at DESC, i.id DESC LIMIT ${ContactsPerKey}
           ) m
       ),
       keyed AS (
         SELECT h.inquiry_id AS for_id, c.id, c.kind, c.inquirer_id
           FROM keys h JOIN carriers c ON c.key_hash = h.key_hash WHERE c.id <> h.inquiry_id
       ),
       -- The keys shared with each contact, and with each person (of the contacts carrying them).
       shared AS (SELECT for_id, id, array_agg(DISTINCT kind) AS kinds FROM keyed GROUP BY for_id, id),
       person_kinds AS (
         SELECT for_id, inquirer_id, array_agg(DISTINCT kind) AS kinds FROM keyed WHERE inquirer_id IS NOT NULL GROUP BY for_id, inquirer_id
       ),
       persons AS (
         SELECT for_id, inquirer_id FROM person_kinds
         UNION
         SELECT w.inquiry_id, t.inquirer_id FROM wanted w JOIN inquiries t ON t.id = w.thread_id WHERE t.inquirer_id IS NOT NULL
       ),
       -- In its period: those carrying its keys, the most recent of each of those persons and of the conversation it continues.
       candidates AS (
         SELECT for_id, id FROM shared
         UNION
         SELECT p.for_id, m.id
           FROM persons p JOIN wanted w ON w.inquiry_id = p.for_id
           CROSS JOIN LATERAL (
             SELECT i.id FROM inquiries i WHERE i.inquirer_id = p.inquirer_id AND i.received_at BETWEEN w.since AND w.until
              ORDER BY i.received_at DESC LIMIT ${ContactsPerKey}
           ) m
         UNION
         SELECT w.inquiry_id, m.id
           FROM wanted w
           CROSS JOIN LATERAL (
             SELECT i.id FROM inquiries i WHERE i.thread_id = w.thread_id AND i.received_at BETWEEN w.since AND w.until
              ORDER BY i.received_at DESC LIMIT ${ContactsPerKey}
           ) m
       )
       SELECT c.for_id, e.id, e.channel, e.received_at, e.thread_id, cs.id AS case_id,
              CASE WHEN d.kind = 'technical' THEN d.category END AS category,
              (d.kind = 'technical' AND s.status IN ('queued', 'claimed')) AS unresolved,
              (d.kind = 'technical' AND s.status = 'resolved' AND (
                 EXISTS (SELECT 1 FROM inquiries l
                          WHERE l.thread_id = e.thread_id AND l.received_at > e.received_at AND l.id <> l.thread_id
                            AND l.status <> 'in-thread' AND l.id <> c.for_id)
                 OR EXISTS (SELECT 1 FROM inquiry_history h
                             WHERE h.inquiry_id = cs.inquiry_id AND h.event = 'case-status-changed'
                               AND h.details->>'from' = 'resolved' AND h.details ? 'replyInquiryId'))) AS reopened,
              coalesce(sk.kinds, '{}') AS shared,
              coalesce(pk.kinds, '{}') AS person_kinds
         FROM candidates c
         JOIN wanted w ON w.inquiry_id = c.for_id
         JOIN inquiries e ON e.id = c.id
         JOIN routing_decisions d ON d.inquiry_id = e.id
         JOIN inquiries root ON root.id = e.thread_id
         LEFT JOIN shared sk ON sk.for_id = c.for_id AND sk.id = e.id
         LEFT JOIN person_kinds pk ON pk.for_id = c.for_id AND pk.inquirer_id = e.inquirer_id
         -- A reply that joined its conversation stands as the conversation does.
         CROSS JOIN LATERAL (SELECT CASE WHEN e.status = 'in-thread' THEN root.status ELSE e.status END AS status) s
         LEFT JOIN LATERAL (
           SELECT x.id, x.inquiry_id FROM cases x WHERE x.thread_id = e.thread_id ORDER BY x.created_at DESC, x.id DESC LIMIT 1
         ) cs ON true
        WHERE e.received_at BETWEEN w.since AND w.until AND e.id <> w.inquiry_id`,
        [
          JSON.stringify(
            lookups.map((l) => ({
              inquiry_id: l.inquiryId,
              thread_id: l.threadId,
              since: l.since.toISOString(),
              until: l.until.toISOString(),
            })),
          ),
          JSON.stringify(lookups.flatMap((l) => [...new Set(l.keyHashes)].map((key_hash) => ({ inquiry_id: l.inquiryId, key_hash })))),
        ],
      );
    });
    for (const r of rows) {
      found.get(r.for_id)!.push({
        inquiryId: r.id,
        channel: r.channel,
        receivedAt: r.received_at,
        threadId: r.thread_id,
        caseId: r.case_id,
        category: r.category,
        unresolved: r.unresolved,
        reopened: r.reopened,
        matchedBy: r.shared.length > 0 ? r.shared : r.person_kinds,
      });
    }
    return found;
  }
}

/** An inquiry of the batch about to be recorded, as recognition needs it. */
export interface ContactBeingRecorded {
  inquiryId: string;
  receivedAt: Date;
  threadId: string;
  /** The person of the conversation it joins (a reply taken into a conversation being handled); null when it joins none. */
  conversationInquirerId: string | null;
}

/**
 * Recognises the person of each inquiry of a batch about to be recorded, in the transaction `tx`
 * that records it (so no inquiry is ever seen without its person): `recognise` decides — from the
 * inquiry, the conversation it joins, the recognised contacts carrying its keys and the contacts
 * it quotes — its person and the suggestions its quoted references make. Decided before the
 * inquiries are written, so each is written once with its person (a second write of every new row
 * would cost as much again as the first, with every index). Persons new to us are made here; the
 * rest is `recordRecognitions`' once the inquiries are in. Only `fresh` inquiries (not recorded
 * before) are recognised, so a redelivered inquiry changes nothing.
 */
export async function recogniseSenders(
  tx: EntityManager,
  { inquiries, recognise }: SenderRecognition,
  fresh: readonly ContactBeingRecorded[],
): Promise<Recognition[]> {
  if (inquiries.length === 0 || fresh.length === 0) return [];
  // Statements over a whole batch look costly to the planner, whose JIT compiling then takes longer than they run.
  await tx.query(`SET LOCAL jit = off`);
  const byId = new Map(inquiries.map((b) => [b.inquiryId, b]));
  const toRecognise = fresh.filter((f) => byId.has(f.inquiryId));
  const hashes = [...new Set(toRecognise.flatMap((f) => byId.get(f.inquiryId)!.keys.map((k) => k.hash)))].sort();
  // Contacts sharing a key are recognised one transaction after the other (several routers), so a
  // new person is made once, not once per instance; the locks are taken in one order, so never in a deadlock.
  if (hashes.length > 0)
    await tx.query(
      `SELECT pg_advisory_xact_lock(hashtext('inquirer-keys'), hashtext(h)) FROM unnest($1::text[]) WITH ORDINALITY AS x(h, n) ORDER BY n`,
      [hashes],
    );
  const quoted = await quotedContacts(
    tx,
    toRecognise.map((f) => byId.get(f.inquiryId)!),
  );
  const recognitions = recognise(
    toRecognise.map((f) => ({
      inquiryId: f.inquiryId,
      receivedAt: f.receivedAt,
      threadId: f.threadId,
      keys: byId.get(f.inquiryId)!.keys,
      conversationInquirerId: f.conversationInquirerId,
      quoted: quoted.get(f.inquiryId) ?? [],
    })),
    await recognisedCarriers(tx, hashes),
  );
  const made = recognitions.filter((r) => r.isNew);
  if (made.length > 0)
    await tx.query(
      `INSERT INTO inquirers (id, last_contact_at)
       SELECT x.id, x.last_contact_at FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, last_contact_at timestamptz)`,
      [JSON.stringify(made.map((r) => ({ id: r.inquirerId, last_contact_at: r.receivedAt.toISOString() })))],
    );
  return recognitions;
}

/**
 * What recognising the `recorded` inquiries leaves to store once they are written with their
 * person: their key hashes (what later contacts are recognised by), each person's last contact
 * (the latest of theirs, whatever order they are routed in) and the suggestions quoted references make.
 */
export async function recordRecognitions(
  tx: EntityManager,
  { inquiries }: SenderRecognition,
  recognitions: readonly Recognition[],
  recorded: ReadonlySet<string>,
): Promise<void> {
  const mine = recognitions.filter((r) => recorded.has(r.inquiryId));
  if (mine.length === 0) return;
  const byId = new Map(inquiries.map((b) => [b.inquiryId, b]));
  const keys = mine.flatMap((r) =>
    (byId.get(r.inquiryId)?.keys ?? []).map((k) => ({ inquiry_id: r.inquiryId, kind: k.kind, key_hash: k.hash })),
  );
  if (keys.length > 0)
    await tx.query(
      `INSERT INTO inquirer_keys (inquiry_id, kind, key_hash)
       SELECT x.inquiry_id, x.kind, x.key_hash FROM jsonb_to_recordset($1::jsonb) AS x(inquiry_id text, kind text, key_hash text)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(keys)],
    );
  await tx.query(
    `UPDATE inquirers p SET last_contact_at = greatest(p.last_contact_at, l.latest)
       FROM (SELECT x.inquirer_id, max(x.received_at) AS latest
               FROM jsonb_to_recordset($1::jsonb) AS x(inquirer_id uuid, received_at timestamptz) GROUP BY x.inquirer_id) l
      WHERE p.id = l.inquirer_id`,
    [JSON.stringify(mine.map((r) => ({ inquirer_id: r.inquirerId, received_at: r.receivedAt.toISOString() })))],
  );
  const suggestions = mine.flatMap((r) =>
    r.suggestions.map((s) => ({ inquiry_id: r.inquiryId, reference: s.reference, referenced_inquiry_id: s.referencedInquiryId })),
  );
  if (suggestions.length > 0)
    await tx.query(
      `INSERT INTO inquirer_link_suggestions (inquiry_id, reference, referenced_inquiry_id)
       SELECT x.inquiry_id, x.reference, x.referenced_inquiry_id
         FROM jsonb_to_recordset($1::jsonb) AS x(inquiry_id text, reference text, referenced_inquiry_id text)
       ON CONFLICT (inquiry_id, referenced_inquiry_id) DO NOTHING`,
      [JSON.stringify(suggestions)],
    );
}

/** The recognised contacts carrying each key (the most recent per key), with the keys they carry. */
async function recognisedCarriers(tx: EntityManager, hashes: readonly string[]): Promise<RecognisedContact[]> {
  if (hashes.length === 0) return [];
  const rows: { id: string; inquirer_id: string; received_at: Date; kind: IdentityKeyKind; key_hash: string }[] = await tx.query(
    `SELECT m.id, m.inquirer_id, m.received_at, m.kind, m.key_hash
       FROM unnest($1::text[]) AS h(key_hash)
       CROSS JOIN LATERAL (
         SELECT i.id, i.inquirer_id, i.received_at, k.kind, k.key_hash
           FROM inquirer_keys k JOIN inquiries i ON i.id = k.inquiry_id
          WHERE k.key_hash = h.key_hash AND i.inquirer_id IS NOT NULL
          ORDER BY i.received_at DESC, i.id DESC LIMIT ${ContactsPerKey}
       ) m`,
    [hashes],
  );
  const carriers = new Map<string, RecognisedContact>();
  for (const r of rows) {
    const contact = carriers.get(r.id) ?? { inquiryId: r.id, inquirerId: r.inquirer_id, receivedAt: r.received_at, keys: [] };
    contact.keys.push({ kind: r.kind, hash: r.key_hash });
    carriers.set(r.id, contact);
  }
  return [...carriers.values()];
}

/** The recorded contacts each inquiry's quoted references name: an inquiry by its id, a case by its inquiry. */
async function quotedContacts(tx: EntityManager, batch: readonly InquiryToRecognise[]): Promise<Map<string, QuotedContact[]>> {
  const references = batch.flatMap((b) =>
    [...b.references.inquiries, ...b.references.cases].map((reference) => ({ for_id: b.inquiryId, reference })),
  );
  const out = new Map<string, QuotedContact[]>();
  if (references.length === 0) return out;
  const rows: { for_id: string; reference: string; id: string; inquirer_id: string | null; thread_id: string }[] = await tx.query(
    `SELECT q.for_id, q.reference, i.id, i.inquirer_id, i.thread_id
       FROM jsonb_to_recordset($1::jsonb) AS q(for_id text, reference text)
       LEFT JOIN cases c ON c.id = q.reference
       JOIN inquiries i ON i.id = coalesce(c.inquiry_id, q.reference)`,
    [JSON.stringify(references)],
  );
  for (const r of rows)
    out.set(r.for_id, [
      ...(out.get(r.for_id) ?? []),
      { reference: r.reference, inquiryId: r.id, inquirerId: r.inquirer_id, threadId: r.thread_id },
    ]);
  return out;
}
