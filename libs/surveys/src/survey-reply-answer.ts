import { partyIdentity, type Channel, type InquiryParty } from '@inquiry-router/contracts';
import { readSurveyReply, type SurveyAnswer } from './survey-reply';

/** A message as far as answering goes: who sent it on which channel, and its text. */
export interface SurveyReplyMessage {
  channel: Channel;
  from: InquiryParty;
  body: string;
}

/**
 * A reply in the surveyed conversation as the survey's answer: only from the person asked (the same
 * address or account on the same channel, as a conversation is continued) and only when its text
 * starts with a score 1–5. Anything else is a reply like any other.
 */
export function surveyAnswerOfReply(reply: SurveyReplyMessage, surveyed: { channel: Channel; sender: InquiryParty }): SurveyAnswer | null {
  if (reply.channel !== surveyed.channel) return null;
  const identity = partyIdentity(reply.channel, reply.from);
  if (identity === null || identity !== partyIdentity(surveyed.channel, surveyed.sender)) return null;
  return readSurveyReply(reply.body);
}
