export * from './receive-inquiries.use-case';
export * from './inquiry-reference';
export * from './once-guard';
export * from './outbound/deliver-outbound-messages';
export * from './outbound/outbound-message.handler';
export * from './phone-calls';
