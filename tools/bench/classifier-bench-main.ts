/**
 * The classifier's part of the bench alone: `node dist/tools/bench/classifier-bench-main.js [seconds]`.
 * Prints the figures as one JSON line, as bench.ts reports them.
 */
import { benchClassifier } from './classifier-bench';

const seconds = Number(process.argv[2] ?? 3);
const { withModel, rulesAlone } = benchClassifier(seconds);
process.stdout.write(
  `${JSON.stringify({
    classifierPerSec: withModel.perSec,
    classifierPerCpuSec: withModel.perCpuSec,
    classifierP50Us: withModel.p50Us,
    classifierP99Us: withModel.p99Us,
    classifierRulesAlonePerSec: rulesAlone.perSec,
    classifierRulesAlonePerCpuSec: rulesAlone.perCpuSec,
    classifierRulesAloneP50Us: rulesAlone.p50Us,
    classifierRulesAloneP99Us: rulesAlone.p99Us,
  })}\n`,
);
