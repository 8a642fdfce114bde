import { Topics } from '@inquiry-router/contracts';
import { eventBatchHandler } from '@inquiry-router/messaging';
import { OfferSurveys } from './offer-surveys.use-case';

/** Kafka transport: every `inquiry.work.v1` batch → OfferSurveys, which acts on the resolved ones. */
export const OfferSurveysHandler = eventBatchHandler(Topics.InquiryWork, { groupId: 'workdesk-surveys' }, OfferSurveys, (offer, events) =>
  offer.fromWork(events),
);
