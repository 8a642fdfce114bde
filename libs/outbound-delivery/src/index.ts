export * from './webhook-sender';
export * from './delivery-schedule';
export * from './twilio-webhook';
export * from './relay-mail-sender';
export * from './social-webhook';
export * from './retry-delay-setting';
export * from './social-webhook-signatures';
export * from './webhook-secret';
