import { AllTopics, TopicName } from '@inquiry-router/contracts';
import { EventPublisher, KafkaConnection, replayDeadLetters } from '@inquiry-router/messaging';
import { CommonEnv, createLogger, loadConfig } from '@inquiry-router/runtime';

/** `node dist/tools/ops/replay-dead-letters.js <topic> [--dry-run]`: dead letters back onto their topic. */
async function main(): Promise<void> {
  const [topic, flag] = process.argv.slice(2);
  if (!(AllTopics as readonly string[]).includes(topic ?? '') || (flag !== undefined && flag !== '--dry-run')) {
    process.stderr.write(`usage: replay-dead-letters <topic> [--dry-run]\n  topics: ${AllTopics.join(', ')}\n`);
    process.exit(2);
  }
  const env = loadConfig(CommonEnv);
  const log = createLogger('replay-dead-letters', env.LOG_LEVEL, true);
  const connection = KafkaConnection.fromEnv('replay-dead-letters', env, log);
  const publisher = new EventPublisher(connection);
  await publisher.connect();
  try {
    const count = await replayDeadLetters(connection, publisher, topic as TopicName, { dryRun: flag === '--dry-run' });
    process.stdout.write(`${flag ? 'would replay' : 'replayed'} ${count} dead letters of ${topic}\n`);
  } finally {
    await publisher.disconnect();
  }
}

main().catch((error) => {
  process.stderr.write(`replay-dead-letters failed: ${(error as Error).message}\n`);
  process.exit(1);
});
