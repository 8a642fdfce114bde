import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '@inquiry-router/live-queues';
import { WorkdeskEnv } from '../workdesk.env';
import { SurveyAnswerLimit } from './surveys.ports';

/** Per client and minute, in Redis, so every workdesk instance counts the same answers. */
@Injectable()
export class RedisSurveyAnswerLimit implements SurveyAnswerLimit {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly env: WorkdeskEnv,
  ) {}

  async allow(client: string): Promise<boolean> {
    const key = `${this.env.REDIS_KEY_PREFIX}survey-answers:${client}:${Math.floor(Date.now() / 60_000)}`;
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, 120).exec()) as [[Error | null, number]];
    return count <= this.env.SURVEY_ANSWERS_PER_MINUTE;
  }
}
