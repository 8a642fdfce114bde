import { DataSource } from 'typeorm';

/** An agency's delivery settings as anyone may see them: whether a secret is set, never the secret. */
export interface AgencyEndpointSettings {
  agency: string;
  webhookUrl: string | null;
  hasWebhookSecret: boolean;
  mailbox: string | null;
  enabled: boolean;
  updatedBy: string | null;
  updatedAt: Date | null;
}

/** What agency-forwarder needs to deliver: the settings with the signing secret. */
export interface AgencyEndpointForDelivery {
  agency: string;
  webhookUrl: string | null;
  webhookSecret: string | null;
  mailbox: string | null;
  enabled: boolean;
}

/** A change of settings; `webhookSecret` undefined keeps the stored secret. */
export interface AgencyEndpointChange {
  webhookUrl: string | null;
  webhookSecret: string | null | undefined;
  mailbox: string | null;
  enabled: boolean;
}

type Row = {
  agency: string;
  webhook_url: string | null;
  webhook_secret?: string | null;
  has_secret: boolean;
  mailbox: string | null;
  enabled: boolean;
  updated_by: string;
  updated_at: Date;
};

const publicColumns = `agency, webhook_url, webhook_secret IS NOT NULL AS has_secret, mailbox, enabled, updated_by, updated_at`;

function settingsOf(agency: string, row: Row | undefined): AgencyEndpointSettings {
  if (!row) return { agency, webhookUrl: null, hasWebhookSecret: false, mailbox: null, enabled: false, updatedBy: null, updatedAt: null };
  return {
    agency: row.agency,
    webhookUrl: row.webhook_url,
    hasWebhookSecret: row.has_secret,
    mailbox: row.mailbox,
    enabled: row.enabled,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

/** Agencies' delivery settings (`agency_endpoints`). */
export class AgencyEndpointRepository {
  constructor(private readonly db: DataSource) {}

  /** The settings of one agency; an agency never configured has none (and nothing enabled). */
  async find(agency: string): Promise<AgencyEndpointSettings> {
    const [row]: Row[] = await this.db.query(`SELECT ${publicColumns} FROM agency_endpoints WHERE agency = $1`, [agency]);
    return settingsOf(agency, row);
  }

  async forDelivery(agency: string): Promise<AgencyEndpointForDelivery | null> {
    const [row]: Row[] = await this.db.query(
      `SELECT agency, webhook_url, webhook_secret, mailbox, enabled FROM agency_endpoints WHERE agency = $1`,
      [agency],
    );
    return row
      ? {
          agency: row.agency,
          webhookUrl: row.webhook_url,
          webhookSecret: row.webhook_secret ?? null,
          mailbox: row.mailbox,
          enabled: row.enabled,
        }
      : null;
  }

  /** Replaces the settings (keeping the stored secret when the change carries none); returns them. */
  async save(agency: string, change: AgencyEndpointChange, actor: string): Promise<AgencyEndpointSettings> {
    const keepSecret = change.webhookSecret === undefined;
    const [row]: Row[] = await this.db.query(
      `INSERT INTO agency_endpoints AS e (agency, webhook_url, webhook_secret, mailbox, enabled, updated_by, updated_at)
       VALUES ($1, $2, CASE WHEN $7::boolean THEN (SELECT webhook_secret FROM agency_endpoints WHERE agency = $1) ELSE $3 END, $4, $5, $6, now())
       ON CONFLICT (agency) DO UPDATE SET
         webhook_url = EXCLUDED.webhook_url, webhook_secret = EXCLUDED.webhook_secret,
         mailbox = EXCLUDED.mailbox, enabled = EXCLUDED.enabled, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING ${publicColumns}`,
      [agency, change.webhookUrl, change.webhookSecret ?? null, change.mailbox, change.enabled, actor, keepSecret],
    );
    return settingsOf(agency, row);
  }
}
