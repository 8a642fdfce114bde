/**
 * Compares the rules alone with the rules + text model by k-fold cross-validation on the project's
 * own examples (each fold is classified by a model trained on the other folds), so methods can be
 * chosen without looking at the evaluation sets. Usage: node dist/tools/cli/cross-validate.js [FOLDS]
 */
import {
  EvaluationPair,
  classifyInquiry,
  defaultPolicy,
  evaluate,
  formatEvaluationReport,
  trainTextModel,
} from '@inquiry-router/classification';
import { loadProjectExamples } from '../training/project-examples';

function main(): void {
  const folds = Number(process.argv[2] ?? 5);
  if (!Number.isInteger(folds) || folds < 2) {
    process.stderr.write('usage: cross-validate [FOLDS ≥ 2]\n');
    process.exit(2);
  }
  const examples = loadProjectExamples();
  const rules: EvaluationPair[] = [];
  const withModel: EvaluationPair[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const model = trainTextModel(
      examples.filter((_, i) => i % folds !== fold),
      defaultPolicy,
      { version: `fold-${fold}`, folds: 0 },
    ).model;
    examples.forEach((e, i) => {
      if (i % folds !== fold || !e.label) return;
      rules.push({ id: e.id, expected: e.label, predicted: classifyInquiry(e.inquiry, defaultPolicy) });
      withModel.push({ id: e.id, expected: e.label, predicted: classifyInquiry(e.inquiry, defaultPolicy, model) });
    });
  }
  const threshold = defaultPolicy.confidenceThreshold;
  process.stdout.write(`${examples.length} project examples, ${folds}-fold cross-validation, policy ${defaultPolicy.version}\n\n`);
  process.stdout.write(`== rules alone\n${formatEvaluationReport(evaluate(rules, threshold))}\n\n`);
  process.stdout.write(`== rules + text model\n${formatEvaluationReport(evaluate(withModel, threshold))}\n`);
}

main();
