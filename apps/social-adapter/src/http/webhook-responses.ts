import { BadRequestException, Logger, ServiceUnavailableException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';
import { MalformedWebhook, ParsedWebhook } from '../social-message';

/** The exact bytes the platform signed; only JSON bodies have them (the JSON parser keeps them). */
export function rawBodyOf(req: Request & { rawBody?: Buffer }): Buffer {
  if (!Buffer.isBuffer(req.rawBody)) throw new UnsupportedMediaTypeException('the body must be JSON (content-type: application/json)');
  return req.rawBody;
}

/** Runs a payload reader, turning its MalformedWebhook into 400 with every reason. */
export function parseOr400(parse: () => ParsedWebhook): ParsedWebhook {
  try {
    return parse();
  } catch (error) {
    if (error instanceof MalformedWebhook) throw new BadRequestException(error.reasons);
    throw error;
  }
}

/**
 * Runs the intake. A malformed inquiry is the sender's fault (400); anything else (Kafka or
 * Redis unreachable) is ours and passing: 503, and the platform retries the delivery.
 */
export async function receiveOr503<T>(log: Logger, receive: () => Promise<T>): Promise<T> {
  try {
    return await receive();
  } catch (error) {
    if (error instanceof MalformedWebhook) throw new BadRequestException(error.reasons);
    log.error({ reason: error instanceof Error ? error.message : String(error) }, 'could not publish the webhook messages');
    throw new ServiceUnavailableException('the messages could not be handed on now; retry later');
  }
}
