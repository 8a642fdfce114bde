import type { EntityManager } from 'typeorm';
import type { InquiryChange, InquiryChangeSet, InquiryGuard } from '@inquiry-router/inquiry';
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
 * Stores a change in one statement only if the inquiry still satisfies `guard` (checked under the
 * row's lock by the update itself), with its history row and one outbox message (under its full
 * topic name) in that same statement: a claim stays one round trip. Returns whether it applied.
 */
export async function writeGuardedChange(
  tx: EntityManager,
  id: string,
  guard: InquiryGuard,
  change: InquiryChange,
  outbox: OutboxMessage,
): Promise<boolean> {
  const params: unknown[] = [id];
  const taken: { id: string }[] = await tx.query(
    `WITH ${guardedChangeSteps('$1', guard, change, outbox, params)} SELECT id FROM r`,
    params,
  );
  return taken.length === 1;
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
  const conditions = (Object.entries(guard) as [keyof InquiryGuard, unknown][]).map(([field, value]) =>
    value === null ? `${columnOf[field]} IS NULL` : `${columnOf[field]} = ${param(value)}`,
  );
  const { event, actor, details } = change.history;
  return `r AS (UPDATE inquiries SET ${assignments.join(', ')} WHERE ${[`id = ${idParam}`, ...conditions, ...(onlyIf ? [onlyIf] : [])].join(' AND ')} RETURNING *),
     h AS (INSERT INTO inquiry_history (inquiry_id, event, actor, details) SELECT id, ${param(event)}, ${param(actor)}, ${param(JSON.stringify(details))}::jsonb FROM r RETURNING *),
     o AS (INSERT INTO outbox (topic, message_key, payload, headers)
           SELECT ${param(outbox.topic)}, ${param(outbox.key)}, ${param(JSON.stringify(outbox.payload))}::jsonb, ${param(outbox.headers ? JSON.stringify(outbox.headers) : null)}::jsonb FROM r)`;
}
