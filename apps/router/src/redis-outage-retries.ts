/**
 * The retry policy of the router's handlers, whose work ends with a write to Redis: a Redis
 * restart or failover takes tens of seconds, so a failing batch is tried 10 times, 1, 2, 4, 8 and
 * then 10 s apart (over a minute in all) before its messages are dead-lettered. What an outage
 * outlasting that leaves recorded in Postgres but not in Redis, ReconcileLiveQueues puts back.
 */
export const RetriesOutlastingRedisRestart = { maxAttempts: 10, retryBackoffMs: 1_000 } as const;
