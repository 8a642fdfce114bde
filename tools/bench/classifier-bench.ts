import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { classifyInquiry, defaultPolicy, InquiryText } from '@inquiry-router/classification';
import { repoRoot } from '../ops/repo-root';
import { percentile } from './percentile';

/**
 * The classifier alone, in this process (one core): the project's own held-out inquiries,
 * classified round after round for about `seconds`, timing each call.
 */
export function benchClassifier(seconds = 3): { perSec: number; p50Us: number; p99Us: number; inquiries: number } {
  const file = path.join(repoRoot(), 'tools/cli/fixtures/holdout-inquiries.jsonl');
  const inquiries = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as InquiryText);
  for (const inquiry of inquiries) classifyInquiry(inquiry, defaultPolicy); // warm up (compiles the policy)
  const durations: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  while (performance.now() < deadline) {
    for (const inquiry of inquiries) {
      const t = performance.now();
      classifyInquiry(inquiry, defaultPolicy);
      durations.push((performance.now() - t) * 1000);
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  return { perSec: Math.round(durations.length / elapsed), p50Us: Math.round(percentile(durations, 50)), p99Us: Math.round(percentile(durations, 99)), inquiries: durations.length };
}
