import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runKafkaTool } from './local-services';
import { repoRoot } from './repo-root';

// Kafka's own tools through deploy/kafka/broker.sh, as the bench runs them (a JVM each, so few).
describe("running Kafka's tools with the local broker's java command", () => {
  it('runs a tool of org.apache.kafka.tools by its short name and resolves with what it printed', async () => {
    // The tools are the broker's own version.
    const pom = readFileSync(path.join(repoRoot(), 'deploy/kafka/pom.xml'), 'utf8');
    const kafkaVersion = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(pom)![1];
    expect((await runKafkaTool('ConsumerPerformance', ['--version'], 120_000)).trim().split('\n').pop()).toBe(kafkaVersion);
  }, 150_000);

  it('rejects with the tool and what Java said when the tool does not exist', async () => {
    await expect(runKafkaTool('NoSuchTool', [], 120_000)).rejects.toThrow(
      /Kafka's NoSuchTool failed: .*org\.apache\.kafka\.tools\.NoSuchTool/,
    );
  }, 150_000);
});
