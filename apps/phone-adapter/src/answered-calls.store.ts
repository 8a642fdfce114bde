import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '@inquiry-router/live-queues';
import { PhoneAdapterEnv } from './phone-adapter.env';

const ttlSeconds = 3600;
/** Redis is a convenience here: a caller never waits on it for longer than this. */
const timeoutMs = 150;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis did not answer within ${ms} ms`)), ms);
    promise.finally(() => clearTimeout(timer)).then(resolve, reject);
  });
}

/**
 * The TwiML each routed call was answered with, by inquiry id, so a retried webhook (on any
 * instance) gets the same answer without asking for a new decision. Best effort: when Redis is
 * slow or down the call is routed afresh, which still yields one inquiry (same id).
 */
@Injectable()
export class AnsweredCalls {
  private readonly log = new Logger(AnsweredCalls.name);
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    env: PhoneAdapterEnv,
  ) {
    this.prefix = `${env.REDIS_KEY_PREFIX}phone:answer:`;
  }

  async answerFor(inquiryId: string): Promise<string | null> {
    try {
      return await within(this.redis.get(this.prefix + inquiryId), timeoutMs);
    } catch (error) {
      this.log.warn(`answer cache unavailable: ${(error as Error).message}`);
      return null;
    }
  }

  async remember(inquiryId: string, twiml: string): Promise<void> {
    try {
      await within(this.redis.set(this.prefix + inquiryId, twiml, 'EX', ttlSeconds, 'NX'), timeoutMs);
    } catch (error) {
      this.log.warn(`answer not cached: ${(error as Error).message}`);
    }
  }
}
