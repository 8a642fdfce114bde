import { Body, Param } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse } from '@nestjs/swagger';
import { Advisers, AuthenticatedUser, CurrentUser, Endpoint, EndpointAnswers } from '@inquiry-router/access';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { ApiController } from '@inquiry-router/runtime';
import { InquiryView, toInquiryView } from './inquiry.view';
import { AcceptInquiry } from '../work/accept-inquiry.use-case';
import { AnswerInquiry } from './answer-inquiry.use-case';
import { EscalateInquiry } from './escalate-inquiry.use-case';
import { ForwardInquiry } from './forward-inquiry.use-case';
import { SendToServicedesk } from './send-to-servicedesk.use-case';
import { PutBackInquiry } from './put-back-inquiry.use-case';
import {
  AnswerInquiryRequest,
  EscalateInquiryRequest,
  ForwardInquiryRequest,
  PutBackInquiryRequest,
  SendToServicedeskRequest,
} from './inquiry-actions.requests';
import { oneInquiry, ReadsPersonalData } from '../personal-data-reads/reads-personal-data.decorator';

async function view(action: Promise<InquiryRecord>): Promise<InquiryView> {
  return toInquiryView(await action);
}

/** An action for the inquiry's holder (or a supervisor): it answers with the inquiry as it is after it. */
const onHeldInquiry: EndpointAnswers = { ok: { type: InquiryView }, forbidden: 'another adviser holds it' };

/**
 * An adviser's work on an inquiry: accept a reservation, then answer, escalate, forward, send to the service desk or put back.
 * Each answers with the inquiry, text and sender included: a read of its personal data, logged.
 */
@ApiController('inquiries')
@ApiNotFoundResponse({ description: 'no such inquiry' })
@ApiConflictResponse({ description: 'the inquiry is not in a state for this (not reserved for you, lapsed, not accepted, already there)' })
export class InquiryActionsController {
  constructor(
    private readonly acceptInquiry: AcceptInquiry,
    private readonly answerInquiry: AnswerInquiry,
    private readonly escalateInquiry: EscalateInquiry,
    private readonly forwardInquiry: ForwardInquiry,
    private readonly sendToServicedesk: SendToServicedesk,
    private readonly putBackInquiry: PutBackInquiry,
  ) {}

  /** Takes the inquiry reserved for the caller (before the reservation lapses). */
  @Endpoint('POST', ':id/accept', Advisers, { ok: { type: InquiryView } })
  @ReadsPersonalData('inquiry', oneInquiry)
  accept(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<InquiryView> {
    return view(this.acceptInquiry.execute(id, user.username));
  }

  /** Answers through the inquiry's channel and (by default) resolves it, made from a saved answer if `templateId`. Holder or supervisor. */
  @Endpoint('POST', ':id/answer', Advisers, {
    ...onHeldInquiry,
    badRequest: 'no text, or a text made from a template with a placeholder still unfilled',
    unprocessableEntity: 'the template named is unknown or retired',
  })
  @ReadsPersonalData('inquiry', oneInquiry)
  answer(@Param('id') id: string, @Body() body: AnswerInquiryRequest, @CurrentUser() user: AuthenticatedUser): Promise<InquiryView> {
    return view(this.answerInquiry.execute(id, user, body.text, body.resolve ?? true, body.templateId));
  }

  /** Sends it to the second line with a note. Holder or supervisor. */
  @Endpoint('POST', ':id/escalate', Advisers, onHeldInquiry)
  @ReadsPersonalData('inquiry', oneInquiry)
  escalate(@Param('id') id: string, @Body() body: EscalateInquiryRequest, @CurrentUser() user: AuthenticatedUser): Promise<InquiryView> {
    return view(this.escalateInquiry.execute(id, user, body.note));
  }

  /** Forwards it to an agency with a note (published as the router forwards). Holder or supervisor. */
  @Endpoint('POST', ':id/forward', Advisers, { ...onHeldInquiry, badRequest: 'unknown agency' })
  @ReadsPersonalData('inquiry', oneInquiry)
  forward(@Param('id') id: string, @Body() body: ForwardInquiryRequest, @CurrentUser() user: AuthenticatedUser): Promise<InquiryView> {
    return view(this.forwardInquiry.execute(id, user, body.agency, body.note));
  }

  /** Sends it to the service desk as a case of the given type. Holder or supervisor. */
  @Endpoint('POST', ':id/servicedesk', Advisers, onHeldInquiry)
  @ReadsPersonalData('inquiry', oneInquiry)
  servicedesk(
    @Param('id') id: string,
    @Body() body: SendToServicedeskRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InquiryView> {
    return view(this.sendToServicedesk.execute(id, user, body.caseType, body.note));
  }

  /** Gives it back to its queue, at its original place. Holder or supervisor. */
  @Endpoint('POST', ':id/put-back', Advisers, onHeldInquiry)
  @ReadsPersonalData('inquiry', oneInquiry)
  putBack(@Param('id') id: string, @Body() body: PutBackInquiryRequest, @CurrentUser() user: AuthenticatedUser): Promise<InquiryView> {
    return view(this.putBackInquiry.execute(id, user, body?.note));
  }
}
