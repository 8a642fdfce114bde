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

/**
 * `autoPipelining`: the commands issued in one tick (by concurrent requests alike) go to Redis in
 * one write, for apps whose requests each send a few independent commands.
 */
export function createRedis(url: string, options: { autoPipelining?: boolean } = {}): Redis {
  // Fail commands fast while Redis is down instead of queueing them without bound.
  return new Redis(url, {
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    lazyConnect: false,
    enableAutoPipelining: options.autoPipelining ?? false,
  });
}

@Global()
@Module({})
export class LiveQueuesModule {
  static forApp(env: CommonEnv, options: { autoPipelining?: boolean } = {}): DynamicModule {
    return LiveQueuesModule.forRoot({ url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX, ...options });
  }

  static forRoot(options: { url: string; keyPrefix: string; autoPipelining?: boolean }): DynamicModule {
    return {
      module: LiveQueuesModule,
      providers: [
        { provide: REDIS, useFactory: () => createRedis(options.url, options) },
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

/**
 * Redis as an app's backing service (`AppRuntimeModule`); `readiness: false` for an app that works
 * without it; `autoPipelining` as `createRedis` says.
 */
export function redisService(options: { readiness?: boolean; autoPipelining?: boolean } = {}): BackingService {
  return (_app, env) => ({
    modules: [LiveQueuesModule.forApp(env, { autoPipelining: options.autoPipelining })],
    readiness: options.readiness === false ? [] : [RedisReadiness],
  });
}
