import { DataSource } from 'typeorm';
import type { Channel, InquirerMatchView, InquiryParty, RoutingTarget } from '@inquiry-router/contracts';
import { hashIdentityKey, type IdentityKey } from '@inquiry-router/inquirer';
import { InquiryRepository } from '@inquiry-router/persistence';
import { placeReply } from '@inquiry-router/routing';
import { aDecision, anInquiry, freshId } from '@inquiry-router/testing';

/** A contact as a test wants it recorded: where it went, how it stands, and when it ended. */
export interface ContactSpec {
  from: InquiryParty;
  channel?: Channel;
  receivedAt: Date;
  target: RoutingTarget;
  /** Where it stands now; resolved and forwarded ones get their history entry at `endedAt`. */
  status?: 'waiting' | 'resolved' | 'forwarded';
  endedAt?: Date;
  subject?: string;
  body: string;
  /** A reply in the conversation of this inquiry (the same sender). */
  threadRef?: string;
  /** The keys it carries, hashed into `inquirer_keys` as the router does. */
  keys?: IdentityKey[];
}

/**
 * Inquiries recorded as the router records them (InquiryRepository), and their persons set
 * straight in SQL: which person recognises whom is the router's part, not what these tests are about.
 */
export class KnownInquirers {
  constructor(
    private readonly db: DataSource,
    private readonly secret: string,
  ) {}

  /** Records the contacts, in order (a reply after the inquiry it refers to); returns their ids. */
  async record(...specs: ContactSpec[]): Promise<string[]> {
    const repository = new InquiryRepository(this.db);
    const ids: string[] = [];
    for (const spec of specs) {
      const inquiry = anInquiry({
        id: freshId('who'),
        channel: spec.channel ?? 'email',
        receivedAt: spec.receivedAt.toISOString(),
        from: spec.from,
        body: spec.body,
        ...(spec.subject ? { subject: spec.subject } : { subject: undefined }),
        ...(spec.threadRef ? { threadRef: spec.threadRef } : {}),
      });
      const decision = aDecision(spec.target);
      await repository.recordRouted(
        [
          {
            inquiry,
            decision,
            decidedAt: spec.receivedAt.toISOString(),
            queue: decision.agency ? null : spec.target,
            agency: decision.agency,
          },
        ],
        placeReply,
      );
      if (spec.status === 'resolved' || spec.status === 'forwarded') {
        await this.db.query(`UPDATE inquiries SET status = $2 WHERE id = $1`, [inquiry.id, spec.status]);
        await this.db.query(`INSERT INTO inquiry_history (inquiry_id, at, event, actor, details) VALUES ($1, $2, $3, 'test', '{}')`, [
          inquiry.id,
          spec.endedAt ?? spec.receivedAt,
          spec.status,
        ]);
      }
      if (spec.keys?.length) {
        await this.db.query(
          `INSERT INTO inquirer_keys (inquiry_id, kind, key_hash) SELECT $1, x.kind, x.hash FROM jsonb_to_recordset($2::jsonb) AS x(kind text, hash text)`,
          [inquiry.id, JSON.stringify(spec.keys.map((key) => hashIdentityKey(this.secret, key)))],
        );
      }
      ids.push(inquiry.id);
    }
    return ids;
  }

  /** One person for these inquiries, recognised by keys (or new, for the first); returns the person's id. */
  async person(inquiryIds: string[]): Promise<string> {
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO inquirers (last_contact_at) SELECT max(received_at) FROM inquiries WHERE id = ANY($1::text[]) RETURNING id`,
      [inquiryIds],
    );
    for (const [n, inquiryId] of inquiryIds.entries()) {
      const at = new Date().toISOString();
      const match: InquirerMatchView = n === 0 ? { by: 'new', at } : { by: 'keys', keys: ['email'], inquiries: inquiryIds.slice(0, n), at };
      await this.db.query(`UPDATE inquiries SET inquirer_id = $2, inquirer_match = $3::jsonb WHERE id = $1`, [
        inquiryId,
        id,
        JSON.stringify(match),
      ]);
    }
    return id;
  }

  /** A quoted reference of `inquiryId` naming `referencedInquiryId` (another person's), open; returns its id. */
  async suggestion(inquiryId: string, referencedInquiryId: string): Promise<string> {
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO inquirer_link_suggestions (inquiry_id, reference, referenced_inquiry_id) VALUES ($1, $2, $2) RETURNING id`,
      [inquiryId, referencedInquiryId],
    );
    return String(id);
  }
}

export const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
