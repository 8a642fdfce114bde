import { parseConsumerPerformance, parseEndToEndLatency, parseProducerPerformance } from './kafka-ceiling';

// What Kafka 4.1.1's tools printed on this project's broker (log lines of the tools' own loggers included).
describe("reading Kafka's performance tools", () => {
  it("takes the producer's final summary, not a progress line", () => {
    const output = [
      '119419 records sent, 23883.8 records/sec (13.67 MB/sec), 1307.3 ms avg latency, 2042.0 ms max latency.',
      '200000 records sent, 33534.5 records/sec (19.19 MB/sec), 1158.20 ms avg latency, 2042.00 ms max latency, 1044 ms 50th, 1945 ms 95th, 2013 ms 99th, 2027 ms 99.9th.',
      '',
    ].join('\n');
    expect(parseProducerPerformance(output)).toEqual({ records: 200000, perSec: 33534.5 });
  });

  it("takes the consumer's rate once its group had formed, and how many it read", () => {
    const output = [
      '[2026-12-05 19:39:06,100] WARN some client warning (org.apache.kafka.clients.NetworkClient)',
      'start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec',
      '2026-12-05 19:39:06:171, 2026-12-05 19:39:08:975, 114.4409, 40.8135, 200000, 71326.6762, 869, 1935, 59.1426, 103359.1731',
      '',
    ].join('\n');
    expect(parseConsumerPerformance(output)).toEqual({ messages: 200000, perSec: 103359.1731 });
  });

  it('takes the end-to-end percentiles', () => {
    const output = [
      '0\t310.38451899999995',
      '1000\t0.647633',
      'Avg latency: 4.4687 ms',
      'Percentiles: 50th = 0, 99th = 53, 99.9th = 120',
      '',
    ].join('\n');
    expect(parseEndToEndLatency(output)).toEqual({ p50Ms: 0, p99Ms: 53 });
  });

  it('says what a tool printed when its figures are missing', () => {
    expect(() => parseProducerPerformance('Error: topic does not exist')).toThrow(/ProducerPerformance.*topic does not exist/);
    expect(() => parseConsumerPerformance('WARN no records')).toThrow(/ConsumerPerformance.*no records/);
    expect(() => parseEndToEndLatency('USAGE: java …')).toThrow(/EndToEndLatency.*USAGE/);
  });
});
