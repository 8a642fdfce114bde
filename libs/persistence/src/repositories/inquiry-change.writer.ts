import type { EntityManager } from 'typeorm';
import type { InquiryChange, InquiryChangeSet, InquiryGuard, InquiryHistoryEntry } from '@inquiry-router/inquiry';
import type { OutboxMessage } from '@inquiry-router/messaging';

const columnOf: Record<keyof InquiryChangeSet, string> = {
  status: 'status',
  queue: 'queue',
  agency: 'agency',
  assignedTo: 'assigned_to',
  assignedAt: 'assigned_at',
  reservedBy: 'reserved_by',
  reservedUntil: 'reserved_until',
  overflowedAt: 'overflowed_at',
};

const typeOf: Record<keyof InquiryChangeSet, string> = {
  status: 'text',
  queue: 'text',
  agency: 'text',
  assignedTo: 'text',
  assignedAt: 'timestamptz',
  reservedBy: 'text',
  reservedUntil: 'timestamptz',
  overflowedAt: 'timestamptz',
};

/** Stores a change the inquiry's lifecycle decided, with its history row, in the caller's transaction. */
export async function writeInquiryChange(tx: EntityManager, id: string, change: InquiryChange): Promise<void> {
  const columns = Object.entries(change.set) as [keyof InquiryChangeSet, unknown][];
  if (columns.length > 0) {
    const params: unknown[] = [id];
    const assignments = columns.map(([field, value]) => {
      params.push(value);
      return `${columnOf[field]} = $${params.length}`;
    });
    await tx.query(`UPDATE inquiries SET ${assignments.join(', ')} WHERE id = $1`, params);
  }
  const { event, actor, details } = change.history;
  await tx.query(`INSERT INTO inquiry_history (inquiry_id, event, actor, details) VALUES ($1, $2, $3, $4::jsonb)`, [
    id,
    event,
    actor,
    JSON.stringify(details),
  ]);
}

/**
 * Stores many changes the lifecycle decided, with their history rows, in the caller's transaction:
 * one UPDATE for each set of columns changed and one INSERT of the history, however many inquiries
 * (a router's batch of forwards), instead of two statements an inquiry.
 */
export async function writeInquiryChanges(tx: EntityManager, changes: readonly { id: string; change: InquiryChange }[]): Promise<void> {
  if (changes.length === 0) return;
  const bySet = new Map<string, { fields: (keyof InquiryChangeSet)[]; rows: Record<string, unknown>[] }>();
  for (const { id, change } of changes) {
    const fields = (Object.keys(change.set) as (keyof InquiryChangeSet)[]).sort();
    if (fields.length === 0) continue;
    const signature = fields.join(',');
    const group = bySet.get(signature) ?? { fields, rows: [] };
    group.rows.push({ id, ...Object.fromEntries(fields.map((f) => [columnOf[f], change.set[f]])) });
    bySet.set(signature, group);
  }
  for (const { fields, rows } of bySet.values()) {
    const columns = fields.map((f) => `${columnOf[f]} ${typeOf[f]}`).join(', ');
    const assignments = fields.map((f) => `${columnOf[f]} = x.${columnOf[f]}`).join(', ');
    await tx.query(
      `UPDATE inquiries SET ${assignments} FROM jsonb_to_recordset($1::jsonb) AS x(id text, ${columns}) WHERE inquiries.id = x.id`,
      [JSON.stringify(rows)],
    );
  }
  await addHistoryRows(
    tx,
    changes.map(({ id, change: { history } }) => ({ inquiryId: id, ...history })),
  );
}

/** History rows of any number of inquiries, in one statement. */
export async function addHistoryRows(tx: EntityManager, entries: readonly (InquiryHistoryEntry & { inquiryId: string })[]): Promise<void> {
  await tx.query(
    `INSERT INTO inquiry_history (inquiry_id, event, actor, details)
     SELECT x.inquiry_id, x.event, x.actor, x.details FROM jsonb_to_recordset($1::jsonb) AS x(inquiry_id text, event text, actor text, details jsonb)`,
    [JSON.stringify(entries.map((e) => ({ inquiry_id: e.inquiryId, event: e.event, actor: e.actor, details: e.details })))],
  );
}

/**
 * The steps of a guarded change, for a statement's WITH clause: `r`, the inquiry `idParam` as
 * changed (every column; none when the guard — or `onlyIf`, a further condition — does not hold),
 * `h` its new history row (every column) and `o` its outbox message. Values are appended to `params`.
 */
export function guardedChangeSteps(
  idParam: string,
  guard: InquiryGuard,
  change: InquiryChange,
  outbox: OutboxMessage,
  params: unknown[],
  onlyIf?: string,
): string {
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const assignments = (Object.entries(change.set) as [keyof InquiryChangeSet, unknown][]).map(
    ([field, value]) => `${columnOf[field]} = ${param(value)}`,
  );
  const { event, actor, details } = change.history;
  return `r AS (UPDATE inquiries SET ${assignments.join(', ')} WHERE ${[`id = ${idParam}`, ...guardCondition(guard, param), ...(onlyIf ? [onlyIf] : [])].join(' AND ')} RETURNING *),
     h AS (INSERT INTO inquiry_history (inquiry_id, event, actor, details) SELECT id, ${param(event)}, ${param(actor)}, ${param(JSON.stringify(details))}::jsonb FROM r RETURNING *),
     o AS (INSERT INTO outbox (topic, message_key, payload, headers)
           SELECT ${param(outbox.topic)}, ${param(outbox.key)}, ${param(JSON.stringify(outbox.payload))}::jsonb, ${param(outbox.headers ? JSON.stringify(outbox.headers) : null)}::jsonb FROM r)`;
}

/**
 * The guard as one row comparison (`(status, queue, reserved_by) IS NOT DISTINCT FROM ('queued',
 * $2, NULL)`), which no index can serve: the planner then always finds the inquiry by its id. With
 * the guarded columns compared one by one, a table whose statistics are stale or missing (a storm
 * filling a queue faster than autovacuum analyses, a table just created) can tie the id's index
 * with the (queue, status) index, and the update then scans every inquiry waiting in the queue for
 * the one id: thousands of rows a claim. The same rows match either way (NULL only matches NULL).
 */
function guardCondition(guard: InquiryGuard, param: (value: unknown) => string): string[] {
  const fields = Object.entries(guard) as [keyof InquiryGuard, unknown][];
  if (fields.length === 0) return [];
  const columns = fields.map(([field]) => columnOf[field]);
  const values = fields.map(([field, value]) => (value === null ? 'NULL' : param(value)) + `::${typeOf[field]}`);
  return [`(${columns.join(', ')}) IS NOT DISTINCT FROM (${values.join(', ')})`];
}
