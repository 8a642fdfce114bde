import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextModel, classifyInquiry, defaultPolicy, InquiryText } from '@inquiry-router/classification';
import { repoRoot } from '@inquiry-router/local-system';
import { trainProjectModel } from '../training/project-examples';
import { percentile } from './percentile';

export interface ClassifierFigures {
  perSec: number;
  /**
   * Inquiries per second of this process's CPU time: what one core does, whatever else the machine
   * runs (on a shared machine `perSec` counts the time other processes had the core too).
   */
  perCpuSec: number;
  p50Us: number;
  p99Us: number;
  inquiries: number;
}

/** Classifies the project's held-out inquiries round after round for about `seconds`, timing each call. */
function timeClassifier(inquiries: InquiryText[], model: TextModel | null, seconds: number): ClassifierFigures {
  for (const inquiry of inquiries) classifyInquiry(inquiry, defaultPolicy, model); // warm up (compiles the policy)
  const durations: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  while (performance.now() < deadline) {
    for (const inquiry of inquiries) {
      const t = performance.now();
      classifyInquiry(inquiry, defaultPolicy, model);
      durations.push((performance.now() - t) * 1000);
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  durations.sort((a, b) => a - b);
  return {
    perSec: Math.round(durations.length / elapsed),
    perCpuSec: Math.round(durations.length / ((cpu.user + cpu.system) / 1e6)),
    p50Us: Math.round(percentile(durations, 50)),
    p99Us: Math.round(percentile(durations, 99)),
    inquiries: durations.length,
  };
}

/**
 * The classifier alone, in this process (one core): with the text model trained from the project's
 * examples, as the classifier runs, and with the rules alone for comparison.
 */
export function benchClassifier(seconds = 3): { withModel: ClassifierFigures; rulesAlone: ClassifierFigures } {
  const file = path.join(repoRoot(), 'tools/cli/fixtures/holdout-inquiries.jsonl');
  const inquiries = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as InquiryText);
  const model = trainProjectModel(defaultPolicy, 'bench');
  return { withModel: timeClassifier(inquiries, model, seconds), rulesAlone: timeClassifier(inquiries, null, seconds) };
}
