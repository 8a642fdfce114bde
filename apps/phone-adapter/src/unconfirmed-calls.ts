import { Counter } from 'prom-client';

/**
 * Calls whose inquiry Kafka did not confirm, so the caller was asked for a voicemail (whose
 * transcription is acknowledged only once it is in Kafka) instead of being put through: `reason`
 * is `publish-failed`, or `publish-unconfirmed` when no answer came in time. On `/metrics`.
 */
export const unconfirmedCalls = new Counter({
  name: 'phone_calls_unconfirmed_total',
  help: 'Calls whose inquiry could not be confirmed in Kafka; the caller was asked for a voicemail instead',
  labelNames: ['reason'] as const,
});
