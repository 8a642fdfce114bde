import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import type { BackingService, CommonEnv, ReadinessCheck } from '@inquiry-router/runtime';
import { LiveQueues } from './live-queues';
import { PersonalDataInRedis } from './personal-data-in-redis';

export const REDIS = Symbol('REDIS');

@Injectable()
export class RedisReadiness implements ReadinessCheck, OnApplicationShutdown {
  readonly name = 'redis';
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async check(): Promise<void> {
    await this.redis.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export function createRedis(url: string): Redis {
  // Fail commands fast while Redis is down instead of queueing them without bound.
  return new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
}

@Global()
@Module({})
export class LiveQueuesModule {
  static forApp(env: CommonEnv): DynamicModule {
    return LiveQueuesModule.forRoot({ url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX });
  }

  static forRoot(options: { url: string; keyPrefix: string }): DynamicModule {
    return {
      module: LiveQueuesModule,
      providers: [
        { provide: REDIS, useFactory: () => createRedis(options.url) },
        { provide: LiveQueues, useFactory: (redis: Redis) => new LiveQueues(redis, options.keyPrefix), inject: [REDIS] },
        {
          provide: PersonalDataInRedis,
          useFactory: (redis: Redis, queues: LiveQueues) => new PersonalDataInRedis(redis, options.keyPrefix, queues),
          inject: [REDIS, LiveQueues],
        },
        RedisReadiness,
      ],
      exports: [REDIS, LiveQueues, PersonalDataInRedis, RedisReadiness],
    };
  }
}

/** Redis as an app's backing service (`AppRuntimeModule`); `readiness: false` for an app that works without it. */
export function redisService(options: { readiness?: boolean } = {}): BackingService {
  return (_app, env) => ({ modules: [LiveQueuesModule.forApp(env)], readiness: options.readiness === false ? [] : [RedisReadiness] });
}
