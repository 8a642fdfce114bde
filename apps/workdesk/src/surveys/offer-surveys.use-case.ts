import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { languageOrBokmal, OutboundMessage, partyIdentity, SupportTimeZone, Topics } from '@inquiry-router/contracts';
import { hashIdentityKey } from '@inquiry-router/inquirer';
import { OutboxRelay } from '@inquiry-router/messaging';
import { onTopicsOf, type PlannedSurvey, type SurveyCandidate, type SurveyConsideration } from '@inquiry-router/persistence';
import { Clock } from '@inquiry-router/runtime';
import { decideSurvey, surveyMessage, surveyToken, surveyTokenHash } from '@inquiry-router/surveys';
import { WorkdeskEnv } from '../workdesk.env';
import { SurveyStore } from './surveys.ports';

const DayMs = 86_400_000;

/** Inquiries considered per run; the rest wait for the next. */
const PerRun = 200;

/**
 * After an inquiry is resolved (by an adviser's answer or an incident's resolution: its history's
 * 'resolved'), its inquirer is considered for the one short satisfaction question, once: the
 * decision (libs/surveys `decideSurvey`) and, when sent, the `outbound.message.v1` the channel's
 * adapter sends are written in one transaction, so a survey is kept exactly when its message goes
 * out. A periodic job over the system of record rather than a consumer of `inquiry.work.v1`: it
 * resumes whatever a stop left (within SURVEY_LOOKBACK_HOURS), and several workdesks share it (the
 * inquiry's row lock lets one consider it; the others find it considered).
 */
@Injectable()
export class OfferSurveys {
  private readonly log = new Logger(OfferSurveys.name);

  constructor(
    private readonly surveys: SurveyStore,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
    private readonly env: WorkdeskEnv,
  ) {}

  /** Considers the inquiries resolved lately and not yet considered; returns how many. */
  async execute(now: Date): Promise<number> {
    const since = new Date(now.getTime() - this.env.SURVEY_LOOKBACK_HOURS * 3_600_000);
    const resolved = await this.surveys.resolvedUnconsidered(since, PerRun);
    for (const inquiryId of resolved) await this.offer(inquiryId);
    return resolved.length;
  }

  async offer(inquiryId: string): Promise<void> {
    const now = this.clock.now();
    const considered = await this.surveys.consider(
      inquiryId,
      (candidate) => this.recipientKey(candidate),
      (consideration) => this.plan(consideration, now),
    );
    if (considered.outcome === 'sent') this.relay.kick();
    // The outcome and why, never who.
    this.log.log(
      { inquiryId, outcome: considered.outcome, ...('survey' in considered && { reason: considered.survey.notSentReason }) },
      'satisfaction survey considered',
    );
  }

  /** The person asked: their recognised inquirer, else the keyed hash of the address they wrote from. */
  private recipientKey(candidate: SurveyCandidate): string {
    if (candidate.inquirerId) return `inquirer:${candidate.inquirerId}`;
    const identity = partyIdentity(candidate.channel, candidate.sender) ?? `inquiry:${candidate.inquiryId}`;
    const kind = candidate.channel === 'email' ? 'email' : candidate.channel === 'phone' ? 'phone' : 'social';
    return `address:${hashIdentityKey(this.env.inquirerKeySecret, { kind, value: identity }).hash}`;
  }

  private plan({ candidate, alreadyAsked, lastAskedAt }: SurveyConsideration, now: Date): PlannedSurvey {
    const id = randomUUID();
    const language = languageOrBokmal(candidate.language);
    const decision = decideSurvey({
      channel: candidate.channel,
      sender: candidate.sender,
      alreadyAsked,
      lastAskedAt,
      now,
      quietDays: this.env.SURVEY_QUIET_DAYS,
    });
    if (!decision.send) return { id, language, sent: null, notSentReason: decision.reason, outbox: [] };
    const expiresAt = new Date(now.getTime() + this.env.SURVEY_VALID_DAYS * DayMs);
    const token = surveyToken(this.env.surveyTokenSecret, id, expiresAt);
    const link = `${this.env.statusPublicUrl}/survey?token=${token}`;
    const { subject, body } = surveyMessage(language, { reference: candidate.inquiryId, link, expiresAt, zone: SupportTimeZone });
    const message: OutboundMessage = {
      messageId: randomUUID(),
      inquiryId: candidate.inquiryId,
      channel: candidate.channel,
      purpose: 'satisfaction-survey',
      language,
      subject,
      body,
      sentBy: 'workdesk',
      createdAt: now.toISOString(),
    };
    return {
      id,
      language,
      sent: { at: now, tokenHash: surveyTokenHash(token), expiresAt },
      notSentReason: null,
      outbox: onTopicsOf(this.env.KAFKA_TOPIC_PREFIX, [{ topic: Topics.OutboundMessage, key: candidate.inquiryId, payload: message }]),
    };
  }
}
