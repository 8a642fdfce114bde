// The fault harness (`npm run test:faults`, not part of `npm test`; about half an hour): the whole
// system on a private Kafka broker, Redis and Postgres server of its own, every app a real process
// from dist/, contacts sent through the real entrances (SMTP, signed Twilio, Meta and X webhooks,
// the workdesk intake API). Each fault prints one JSON line on stdout, the summary last.
import { FaultOutcome, passed, summarize } from './fault-outcome';
import { FaultSystem } from './fault-system';
import { faults } from './faults';
import { runFault } from './run-fault';

const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

describe('the pipeline under faults', () => {
  const system = new FaultSystem();
  const outcomes: FaultOutcome[] = [];

  beforeAll(() => system.setUp(), 20 * 60_000);
  afterAll(async () => {
    if (outcomes.length > 0) print(summarize(outcomes));
    await system.tearDown();
  }, 120_000);

  it.each(faults.map((fault) => [fault.name, fault] as const))(
    '%s: loses nothing and queues nothing twice',
    async (_name, fault) => {
      const { outcome, problems } = await runFault(system, fault);
      outcomes.push(outcome);
      print(outcome);
      expect(problems).toEqual([]);
      expect(passed(outcome)).toBe(true);
    },
    20 * 60_000,
  );
});
