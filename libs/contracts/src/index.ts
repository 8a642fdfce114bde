// class-transformer's @Type reads design-time type metadata.
import 'reflect-metadata';
export * from './vocabulary';
export * from './topics';
export * from './inquiry/inquiry';
export * from './decision/routing-decision';
export * from './events/inquiry-received.event';
export * from './events/inquiry-classified.event';
export * from './events/inquiry-forwarded.event';
export * from './events/inquiry-reclassified.event';
export * from './events/routing-decision-reply.event';
export * from './events/outbound-message.event';
export * from './events/case-events';
export * from './events/inquiry-work.event';
export * from './events/inquiry-service-level.event';
export * from './events/agency-delivery.events';
export * from './event-map';
export * from './validation';
export * from './errors/domain-error';
