import { DomainError } from '@inquiry-router/contracts';

/** The networks a social inquiry can come from (`Inquiry.from.network`). */
export const Networks = ['facebook', 'instagram', 'x'] as const;
export type Network = (typeof Networks)[number];

/** A direct message as any platform's webhook delivers it, before it becomes an inquiry. */
export interface SocialMessage {
  network: Network;
  /** The platform's id of this message (Meta `mid`, X event id): the same on every retry. */
  messageId: string;
  /** Who wrote it: the id we answer to through the send API. */
  senderId: string;
  /** How to show the sender: X screen name if known, else the platform's id. */
  senderHandle: string;
  /** Our page or account that received it. */
  accountId: string;
  text: string;
  /** Links to the platform's copies; we note them and never fetch them. */
  attachments: { type: string; url: string | null }[];
  /** When the platform says it was sent (ISO 8601), if it said so sensibly. */
  sentAt?: string;
}

export interface ParsedWebhook {
  messages: SocialMessage[];
  /** Events that are not messages from people (echoes, deliveries, reads, reactions, feed changes). */
  ignored: number;
}

/** The webhook body is not of the documented shape; `reasons` name each offending field. */
export class MalformedWebhook extends DomainError {
  constructor(readonly reasons: string[]) {
    super('invalid', reasons.join('; '), { problems: reasons.map((message) => ({ path: '', message })) });
  }
}

/** Small readers for untrusted JSON that collect every problem with its path. */
export class ShapeReader {
  readonly problems: string[] = [];

  isObject(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  object(value: unknown, path: string): Record<string, unknown> | null {
    if (this.isObject(value)) return value;
    this.problems.push(`${path} must be an object`);
    return null;
  }

  array(value: unknown, path: string, maxItems: number): unknown[] | null {
    if (!Array.isArray(value)) {
      this.problems.push(`${path} must be an array`);
      return null;
    }
    if (value.length > maxItems) {
      this.problems.push(`${path} has more than ${maxItems} items`);
      return null;
    }
    return value as unknown[];
  }

  /** A non-empty string of at most `maxLength` characters; numbers are not accepted as ids. */
  string(value: unknown, path: string, maxLength: number): string | null {
    if (typeof value !== 'string' || value.length === 0) {
      this.problems.push(`${path} must be a non-empty string`);
      return null;
    }
    if (value.length > maxLength) {
      this.problems.push(`${path} must be at most ${maxLength} characters`);
      return null;
    }
    return value;
  }

  optionalString(value: unknown, path: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.problems.push(`${path} must be a string`);
      return undefined;
    }
    return value;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new MalformedWebhook(this.problems.slice(0, 20));
  }
}

/** A platform timestamp (ms since the epoch) as ISO 8601, if it is a plausible one. */
export function isoFromMillis(value: unknown): string | undefined {
  const ms = typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value;
  if (typeof ms !== 'number' || !Number.isSafeInteger(ms) || ms < Date.UTC(2000, 0, 1) || ms > Date.now() + 24 * 3600_000) return undefined;
  return new Date(ms).toISOString();
}
