export * from './webhook-sender';
export * from './delivery-schedule';
export * from './twilio-webhook';
