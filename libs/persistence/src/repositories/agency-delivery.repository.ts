import { DataSource } from 'typeorm';

export class AgencyDeliveryRepository {
  constructor(private readonly db: DataSource) {}

  /** Records forwarded inquiries as pending deliveries; a redelivered event adds nothing. Returns the new ones. */
  async recordPending(items: { inquiryId: string; agency: string; forwardedAt: string }[]): Promise<string[]> {
    if (items.length === 0) return [];
    const rows: { inquiry_id: string }[] = await this.db.query(
      `INSERT INTO agency_deliveries (inquiry_id, agency, status, forwarded_at)
       SELECT x.inquiry_id, x.agency, 'pending', x.forwarded_at
         FROM jsonb_to_recordset($1::jsonb) AS x(inquiry_id text, agency text, forwarded_at timestamptz)
       ON CONFLICT (inquiry_id, agency) DO NOTHING
       RETURNING inquiry_id`,
      [JSON.stringify(items.map((i) => ({ inquiry_id: i.inquiryId, agency: i.agency, forwarded_at: i.forwardedAt })))],
    );
    return rows.map((r) => r.inquiry_id);
  }
}
