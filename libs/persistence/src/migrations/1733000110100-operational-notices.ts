import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Operational notices (incidents and planned maintenance) and what hangs on them:
 * - the portal's components as data, each with the inquiry categories it causes;
 * - the notices and their history (every registration and update, in order);
 * - subscribers and the ledger of what was sent to whom (one row per subscriber and history
 *   entry: sent once);
 * - inquiries linked to incidents, and the answering of an incident's linked inquiries at once
 *   (resumed where it stopped);
 * - early-warning suggestions of incidents from contacts far above normal.
 */
export class OperationalNotices1733000110100 implements MigrationInterface {
  name = 'OperationalNotices1733000110100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notice_components (
        code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
        names jsonb NOT NULL CHECK (jsonb_typeof(names->'nb') = 'string'),
        categories text[] NOT NULL DEFAULT '{}',
        position integer NOT NULL,
        active boolean NOT NULL DEFAULT true
      )`);
    await q.query(`
      INSERT INTO notice_components (code, names, categories, position) VALUES
        ('login', '{"nb":"Innlogging","nn":"Innlogging","en":"Login"}', '{login}', 1),
        ('inbox', '{"nb":"Innboks og meldinger","nn":"Innboks og meldingar","en":"Inbox and messages"}', '{inbox}', 2),
        ('forms', '{"nb":"Skjema og innsending","nn":"Skjema og innsending","en":"Forms and submission"}', '{form-filling,attachments,signing,submission}', 3),
        ('roles', '{"nb":"Roller og rettigheter","nn":"Roller og rettar","en":"Roles and rights"}', '{roles-rights}', 4),
        ('end-user-system-apis', '{"nb":"API-er for sluttbrukersystemer","nn":"API for sluttbrukarsystem","en":"APIs for end-user systems"}', '{integration}', 5),
        ('service-owner-platform', '{"nb":"Tjenesteeierplattformen","nn":"Tenesteeigarplattforma","en":"Service-owner platform"}', '{integration}', 6),
        ('portal', '{"nb":"Portalen og søk","nn":"Portalen og søk","en":"Portal and search"}', '{find-service,other}', 7)`);

    await q.query(`CREATE SEQUENCE notice_number_seq START 1`);
    await q.query(`
      CREATE TABLE notices (
        id text PRIMARY KEY DEFAULT ('DRIFT-' || lpad(nextval('notice_number_seq')::text, 5, '0')),
        kind text NOT NULL CHECK (kind IN ('incident', 'maintenance')),
        status text NOT NULL,
        severity text NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
        title jsonb NOT NULL CHECK (jsonb_typeof(title->'nb') = 'string'),
        description jsonb NOT NULL CHECK (jsonb_typeof(description->'nb') = 'string'),
        components text[] NOT NULL CHECK (cardinality(components) > 0),
        environments text[] NOT NULL CHECK (cardinality(environments) > 0 AND environments <@ ARRAY['production', 'test']),
        audiences text[] NOT NULL CHECK (cardinality(audiences) > 0 AND audiences <@ ARRAY['end-users', 'service-owners', 'vendors']),
        keywords text[] NOT NULL DEFAULT '{}',
        starts_at timestamptz NOT NULL,
        expected_end_at timestamptz,
        ended_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (
          (kind = 'incident' AND status IN ('investigating', 'identified', 'monitoring', 'resolved'))
          OR (kind = 'maintenance' AND status IN ('scheduled', 'in-progress', 'completed', 'cancelled'))
        ),
        CHECK ((status IN ('resolved', 'completed', 'cancelled')) = (ended_at IS NOT NULL))
      )`);
    // The status page and the router read what is in force or ahead; ended ones only for 30 days.
    await q.query(`CREATE INDEX notices_in_force_idx ON notices (starts_at) WHERE ended_at IS NULL`);
    await q.query(`CREATE INDEX notices_ended_idx ON notices (ended_at) WHERE ended_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE notice_updates (
        id bigserial PRIMARY KEY,
        notice_id text NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
        sequence integer NOT NULL CHECK (sequence > 0),
        status text NOT NULL,
        message jsonb NOT NULL CHECK (jsonb_typeof(message->'nb') = 'string'),
        changed text[] NOT NULL DEFAULT '{}',
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (notice_id, sequence)
      )`);

    await q.query(`
      CREATE TABLE notice_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        channel text NOT NULL CHECK (channel IN ('email', 'webhook')),
        -- Email subscribers: their address. Webhook subscribers: who confirms it and is told of failures.
        email text,
        webhook_url text,
        webhook_secret text,
        components text[] NOT NULL DEFAULT '{}',
        environments text[] NOT NULL DEFAULT '{}' CHECK (environments <@ ARRAY['production', 'test']),
        audiences text[] NOT NULL DEFAULT '{}' CHECK (audiences <@ ARRAY['end-users', 'service-owners', 'vendors']),
        language text NOT NULL DEFAULT 'nb' CHECK (language IN ('nb', 'nn', 'en')),
        -- A self-made subscription waits for the link in the confirmation mail; only a hash of its token is kept.
        confirm_token_hash text UNIQUE,
        confirmed_at timestamptz,
        unsubscribe_token_hash text NOT NULL UNIQUE,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        CHECK (channel <> 'email' OR email IS NOT NULL),
        CHECK (channel <> 'webhook' OR (webhook_url IS NOT NULL AND webhook_secret IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE notice_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subscription_id uuid NOT NULL REFERENCES notice_subscriptions (id) ON DELETE CASCADE,
        notice_id text NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
        sequence integer NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subscription_id, notice_id, sequence),
        FOREIGN KEY (notice_id, sequence) REFERENCES notice_updates (notice_id, sequence) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX notice_deliveries_due_idx ON notice_deliveries (next_attempt_at) WHERE status = 'pending'`);

    await q.query(`
      CREATE TABLE incident_links (
        inquiry_id text NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
        notice_id text NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
        explanation text[] NOT NULL,
        linked_at timestamptz NOT NULL DEFAULT now(),
        -- Set when the incident's resolution text was sent and the inquiry resolved (or found resolved already).
        answered_at timestamptz,
        PRIMARY KEY (inquiry_id, notice_id)
      )`);
    await q.query(`CREATE INDEX incident_links_notice_idx ON incident_links (notice_id, answered_at)`);
    await q.query(`
      CREATE TABLE incident_resolutions (
        notice_id text PRIMARY KEY REFERENCES notices (id) ON DELETE CASCADE,
        text jsonb NOT NULL CHECK (jsonb_typeof(text->'nb') = 'string'),
        total integer NOT NULL,
        answered integer NOT NULL DEFAULT 0,
        started_by text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);

    await q.query(`
      CREATE TABLE incident_suggestions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category text NOT NULL,
        window_start timestamptz NOT NULL,
        window_end timestamptz NOT NULL,
        observed integer NOT NULL,
        expected double precision NOT NULL,
        examples text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed')),
        notice_id text REFERENCES notices (id) ON DELETE SET NULL,
        decided_by text,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'open') = (decided_at IS NULL))
      )`);
    // One open suggestion per category: a rise that goes on updates it rather than adding more.
    await q.query(`CREATE UNIQUE INDEX incident_suggestions_open_idx ON incident_suggestions (category) WHERE status = 'open'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE incident_suggestions`);
    await q.query(`DROP TABLE incident_resolutions`);
    await q.query(`DROP TABLE incident_links`);
    await q.query(`DROP TABLE notice_deliveries`);
    await q.query(`DROP TABLE notice_subscriptions`);
    await q.query(`DROP TABLE notice_updates`);
    await q.query(`DROP TABLE notices`);
    await q.query(`DROP SEQUENCE notice_number_seq`);
    await q.query(`DROP TABLE notice_components`);
  }
}
