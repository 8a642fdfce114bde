import type { Channel, Presence, QueueName } from '../vocabulary';

/**
 * An adviser's skills, capacity and presence: what `PUT /api/advisers/me/presence`, the heartbeat
 * (`POST /api/advisers/me/heartbeat`) and a supervisor's `PUT /api/advisers/:username` answer, and
 * `GET /api/advisers` lists with what each holds now.
 */
export interface AdviserView {
  username: string;
  /** The queues they may take work from. */
  lines: QueueName[];
  languages: string[];
  agencies: string[];
  capacity: Record<Channel, number>;
  presence: Presence;
  lastSeenAt: string | null;
  /** Held now per channel (reserved + accepted); in the list only. */
  load?: Record<Channel, number>;
  reserved?: number;
  accepted?: number;
}

/** `PUT /api/advisers/me/presence`. */
export interface PresenceSetting {
  presence: Presence;
}
