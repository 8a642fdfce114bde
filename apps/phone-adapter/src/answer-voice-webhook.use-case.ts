import { Injectable, Logger } from '@nestjs/common';
import { agencyOfTarget, Inquiry, isQueueTarget, parseContract, RoutingDecision } from '@inquiry-router/contracts';
import { phoneInquiryIds, ReceiveInquiries } from '@inquiry-router/intake';
import { isOpen, nextOpening } from '@inquiry-router/opening-hours';
import { SupportCalendar } from '@inquiry-router/support-calendar';
import { IncidentsInForce } from '@inquiry-router/incidents-in-force';
import { incidentsSpoken, textIn } from '@inquiry-router/notices';
import { Clock } from '@inquiry-router/runtime';
import { AnsweredCalls } from './answered-calls.store';
import { DecisionWaiter } from './decision-waiter';
import { ivrInquiryBody, MenuChoice, menuChoiceOf } from './ivr-menu';
import { PhoneAdapterEnv } from './phone-adapter.env';
import { SupportNumbers } from './support-numbers';
import { unconfirmedCalls } from './unconfirmed-calls';
import { callableNumber, callerParty, VoiceCall } from './voice-call';
import {
  agencyWithoutNumberResponse,
  callbackRecordedResponse,
  closedResponse,
  describeResponse,
  dialAgencyResponse,
  enqueueResponse,
  menuResponse,
  notOurNumberResponse,
  spokenTime,
  voicemailResponse,
} from './voice-responses';

const NotRecordedReason = 'Vi kunne ikke registrere henvendelsen din akkurat nå.';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Resolves after `ms` unless the process ends first (the timer does not hold it open). */
const confirmationGivenUp = (ms: number) =>
  new Promise<'publish-unconfirmed'>((resolve) => setTimeout(() => resolve('publish-unconfirmed'), ms).unref());

/**
 * The IVR, step by step: each webhook of a call in, the TwiML for the caller's next step out.
 * Throws ContractViolation when the call's data cannot make a valid inquiry.
 */
@Injectable()
export class AnswerVoiceWebhook {
  private readonly log = new Logger(AnswerVoiceWebhook.name);

  constructor(
    private readonly env: PhoneAdapterEnv,
    private readonly intake: ReceiveInquiries,
    private readonly decisions: DecisionWaiter,
    private readonly answered: AnsweredCalls,
    private readonly clock: Clock,
    private readonly calendars: SupportCalendar,
    private readonly numbers: SupportNumbers,
    private readonly incidents: IncidentsInForce,
  ) {}

  /**
   * A new call: the menu when open, otherwise when we open again and a callback offer; either told
   * first of the incidents in force that callers are likely calling about (from the cached reader:
   * no database call per webhook).
   */
  incoming(call: VoiceCall): string {
    if (!this.isOurs(call)) return notOurNumberResponse();
    const now = this.clock.now();
    const calendar = this.calendars.calendar();
    // The menu speaks bokmål, and so does what it says of the incidents.
    const knownIncidents = incidentsSpoken(this.incidents.forCallers(now).map((n) => textIn(n.title, 'nb')));
    if (!isOpen(now, calendar)) return closedResponse(nextOpening(now, calendar), knownIncidents);
    return menuResponse(knownIncidents);
  }

  /** The menu answered (a key or a word): ask what it is about. */
  menu(call: VoiceCall, digits: string | undefined, speech: string | undefined): string {
    if (!this.isOurs(call)) return notOurNumberResponse();
    return describeResponse(menuChoiceOf(digits, speech));
  }

  /**
   * The caller has said what it is about: publish the inquiry, wait for its decision up to the
   * deadline, and connect the call where the decision says. Without a decision in time the caller
   * goes to the first line once Kafka has confirmed the inquiry (waiting PUBLISH_CONFIRM_MS more
   * at most); when it failed or did not confirm, the caller is asked for a voicemail instead, so
   * no call is put through that nothing records. Never left in silence either way.
   */
  async describe(call: VoiceCall, choice: MenuChoice, speech: string | undefined): Promise<string> {
    if (!this.isOurs(call)) return notOurNumberResponse();
    const startedAt = Date.now();
    const id = phoneInquiryIds.call(call.callSid);
    const earlier = await this.answered.answerFor(id);
    if (earlier) return earlier; // Twilio retried: same inquiry, same answer

    const inquiry = this.inquiry(id, call, ivrInquiryBody(choice, speech));
    const remaining = Math.max(1, this.env.DECISION_DEADLINE_MS - (Date.now() - startedAt));
    const waiting = this.decisions.waitFor(id, remaining);
    const published = this.intake.execute([inquiry], { awaitReply: true }).then(
      () => 'published' as const,
      (error: unknown) => {
        this.log.error(`inquiry ${id} could not be published: ${messageOf(error)}`);
        this.decisions.cancel(id);
        return 'publish-failed' as const;
      },
    );
    const decision = await waiting;
    if (!decision) {
      const outcome = await Promise.race([published, confirmationGivenUp(this.env.PUBLISH_CONFIRM_MS)]);
      if (outcome !== 'published') return this.notRecorded(`inquiry ${id}`, outcome);
      this.log.warn(`no decision for ${id} within ${this.env.DECISION_DEADLINE_MS} ms; connecting to first-line`);
      return enqueueResponse('first-line');
    }
    // A decision means the inquiry is in Kafka: from now on a retry gets this same answer. The
    // caller does not wait for Redis's reply: the SET is on its way before the answer, so a retry,
    // which can only follow the answer, reads it (and the cache is best effort, see AnsweredCalls).
    const answer = this.connect(decision);
    void this.answered.remember(id, answer);
    return answer;
  }

  /** The closed message's offer taken (1) or not (anything else: a voicemail instead). */
  async callback(call: VoiceCall, digits: string | undefined): Promise<string> {
    if (!this.isOurs(call)) return notOurNumberResponse();
    if (digits?.trim() !== '1') return voicemailResponse();
    if (!callableNumber(call.from)) return voicemailResponse('Vi ser ikke nummeret du ringer fra. Si nummeret ditt i beskjeden.');
    const at = spokenTime(this.clock.now(), this.calendars.calendar().zone);
    const inquiry = this.inquiry(
      phoneInquiryIds.callback(call.callSid),
      call,
      `Tilbakeringing ønsket. Innringeren ringte utenfor åpningstid (${at}) og vil bli ringt opp på nummeret de ringte fra.`,
    );
    try {
      await this.intake.execute([inquiry]);
      return callbackRecordedResponse();
    } catch (error) {
      this.log.error(`callback request ${inquiry.id} could not be published: ${messageOf(error)}`);
      return this.notRecorded(
        `callback request ${inquiry.id}`,
        'publish-failed',
        'Vi kunne ikke registrere ønsket om å bli ringt opp akkurat nå.',
      );
    }
  }

  /** A call Kafka has not confirmed: counted, and the caller leaves a voicemail, acknowledged only once it is in Kafka. */
  private notRecorded(what: string, reason: 'publish-failed' | 'publish-unconfirmed', spoken = NotRecordedReason): string {
    unconfirmedCalls.inc({ reason });
    this.log.error(`${what} is not confirmed in Kafka (${reason}); the caller is asked for a voicemail`);
    return voicemailResponse(spoken);
  }

  private connect(decision: RoutingDecision): string {
    if (isQueueTarget(decision.target)) return enqueueResponse(decision.target);
    const agency = agencyOfTarget(decision.target);
    const number = agency ? this.env.agencyPhoneNumbers.get(agency) : undefined;
    return number ? dialAgencyResponse(number) : agencyWithoutNumberResponse();
  }

  private inquiry(id: string, call: VoiceCall, body: string): Inquiry {
    return parseContract(Inquiry, {
      id,
      channel: 'phone',
      receivedAt: this.clock.now().toISOString(),
      from: callerParty(call.from),
      to: call.to,
      body,
    });
  }

  private isOurs(call: VoiceCall): boolean {
    return this.numbers.includes(call.to);
  }
}
