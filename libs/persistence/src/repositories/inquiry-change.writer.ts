import type { EntityManager } from 'typeorm';
import type { InquiryChange, InquiryChangeSet } from '@inquiry-router/inquiry';

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
  await tx.query(`INSERT INTO inquiry_history (inquiry_id, event, actor, details) VALUES ($1, $2, $3, $4::jsonb)`, [id, event, actor, JSON.stringify(details)]);
}
