import type { Channel, InquiryParty } from '@inquiry-router/contracts';
import { isAutomaticSender } from './automatic-senders';

/** Why an inquirer was not asked; one reason, the first that applies, in the order listed. */
export const SurveyNotSentReasons = [
  /** This inquiry, or another of its conversation, was asked already (a reopened and resolved again conversation is asked once). */
  'already-asked',
  /** A machine wrote it (a no-reply address, a mailer daemon): nobody would answer, and a reply could loop. */
  'automatic-sender',
  /** The same person was asked within the quiet period. */
  'asked-recently',
  /** The phone channel has no outbound SMS: a survey would be a call back, which it is not worth. */
  'no-written-channel',
  /** There is no address, number or account to write to. */
  'no-address',
] as const;
export type SurveyNotSentReason = (typeof SurveyNotSentReasons)[number];

/** What decides whether an inquirer is asked after their inquiry was resolved. */
export interface SurveyFacts {
  channel: Channel;
  sender: InquiryParty;
  /** A survey exists for this inquiry or its conversation. */
  alreadyAsked: boolean;
  /** When this person (their recognised inquirer, or else their address) was last sent a survey; null: never. */
  lastAskedAt: Date | null;
  now: Date;
  /** No survey to the same person within this many days. */
  quietDays: number;
}

export type SurveyDecision = { send: true } | { send: false; reason: SurveyNotSentReason };

/**
 * Whether the inquirer of a resolved inquiry gets the one short satisfaction question: once per
 * conversation, never to a machine, never twice within `quietDays` to the same person, and only
 * where we can write (email, social; phone has no outbound SMS).
 */
export function decideSurvey(facts: SurveyFacts): SurveyDecision {
  if (facts.alreadyAsked) return { send: false, reason: 'already-asked' };
  if (isAutomaticSender(facts.channel, facts.sender)) return { send: false, reason: 'automatic-sender' };
  if (facts.lastAskedAt && facts.now.getTime() - facts.lastAskedAt.getTime() < facts.quietDays * 86_400_000)
    return { send: false, reason: 'asked-recently' };
  if (facts.channel === 'phone') return { send: false, reason: 'no-written-channel' };
  const address = facts.channel === 'email' ? facts.sender.email : facts.sender.handle && facts.sender.network;
  if (!address) return { send: false, reason: 'no-address' };
  return { send: true };
}
