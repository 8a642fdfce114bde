import { IsOptional, IsString } from 'class-validator';
import { KafkaConnection, topicRetention } from '@inquiry-router/messaging';
import { CommonEnv, createLogger, loadConfig } from '@inquiry-router/runtime';
import { createTopics } from '@inquiry-router/local-system';

class CreateTopicsEnv extends CommonEnv {
  /** e.g. "inquiry.received.v1=12,inquiry.classified.v1=12" */
  @IsOptional() @IsString() KAFKA_TOPIC_PARTITIONS?: string;
}

/** One-off: create every topic of libs/contracts (and its dead-letter topic) that is missing, and set every topic's retention. */
async function main(): Promise<void> {
  const env = loadConfig(CreateTopicsEnv);
  const log = createLogger('create-topics', env.LOG_LEVEL, true);
  const connection = KafkaConnection.fromEnv('create-topics', env, log);
  await createTopics(connection, env.KAFKA_TOPIC_PARTITIONS, log, topicRetention(env.KAFKA_DEAD_LETTER_RETENTION_DAYS));
}

main().catch((error) => {
  process.stderr.write(`create-topics failed: ${(error as Error).message}\n`);
  process.exit(1);
});
