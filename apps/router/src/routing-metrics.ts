import { Histogram } from 'prom-client';

/**
 * How long an inquiry took from being received (by its channel adapter) to waiting in its live
 * queue, where advisers can claim it: the delay the pipeline adds in front of the people. Buckets
 * fine enough below 100 ms to read a p99 of tens of milliseconds.
 */
export const ingestToQueued = new Histogram({
  name: 'inquiry_router_ingest_to_queued_seconds',
  help: 'Time from an inquiry being received to it waiting in its live queue',
  buckets: [
    0.002, 0.004, 0.006, 0.008, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1, 2, 5, 10, 30,
  ],
});
