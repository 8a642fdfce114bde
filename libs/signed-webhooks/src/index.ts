export * from './webhook-sender';
export * from './delivery-schedule';
