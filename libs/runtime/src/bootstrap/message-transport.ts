import type { ExceptionFilter } from '@nestjs/common';
import type { CustomTransportStrategy } from '@nestjs/microservices';

/** The token under which an app's messaging module provides its transport, for startApp to connect. */
export const MESSAGE_TRANSPORT = Symbol('MESSAGE_TRANSPORT');

/** A Nest transport strategy carrying the exception filters its handlers need. */
export interface MessageTransport extends CustomTransportStrategy {
  readonly exceptionFilters: ExceptionFilter[];
}
