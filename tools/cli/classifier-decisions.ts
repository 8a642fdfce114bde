import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { ClassificationResult, InquiryText, TextModel, classifyInquiry, defaultPolicy } from '@inquiry-router/classification';
import { repoRoot } from '@inquiry-router/local-system';
import { projectExamplesDir, trainProjectModel } from '../training/project-examples';

/**
 * The classifier's decisions on every inquiry the project has (the held-out set, the training
 * examples and, beside the repository, the shared evaluation set), recorded so a change meant to
 * make classification faster can prove it decides exactly as before.
 */
export const recordedDecisionsFile = (): string => path.join(repoRoot(), 'tools/cli/fixtures/classifier-decisions.jsonl');

/**
 * The shared evaluation set, kept beside the repository (`../shared/datasets`), not in it; a
 * checkout elsewhere (a worktree) names it with DEV_SET_FILE.
 */
export const devSetFile = (): string => process.env.DEV_SET_FILE ?? path.join(repoRoot(), '../shared/datasets/inquiries-dev.jsonl');

export interface InquirySet {
  name: string;
  inquiries: { id: string; inquiry: InquiryText }[];
}

/**
 * A decision as recorded: its target, its confidence (compared as a number) and a digest (sha256,
 * 16 hex) of everything else: kind, category, agency, case type, language, and the reasons and
 * reason codes with their values, in order. A digest keeps the fixture small; a difference names
 * the inquiry, and classifying it shows what changed.
 */
export type RecordedDecision = [target: string, confidence: number, digest: string];

/** One line of the fixture: the set, the inquiry's id, its decision with the text model and by the rules alone. */
export type RecordedLine = [set: string, id: string, ...withModel: RecordedDecision, ...rulesAlone: RecordedDecision];

function readSet(name: string, file: string): InquirySet {
  const inquiries = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      // The whole line as the classifier reads it (sender, language and all), without its label.
      const { expected: _expected, ...inquiry } = JSON.parse(l) as InquiryText & { id: string; expected?: unknown };
      return { id: inquiry.id, inquiry };
    });
  return { name, inquiries };
}

/** The sets in the repository, and the shared evaluation set when it is there. */
export function inquirySets(): InquirySet[] {
  const sets = [readSet('holdout', path.join(repoRoot(), 'tools/cli/fixtures/holdout-inquiries.jsonl'))];
  const examples = projectExamplesDir();
  for (const file of readdirSync(examples)
    .filter((f) => f.endsWith('.jsonl'))
    .sort())
    sets.push(readSet(file.replace(/\.jsonl$/, ''), path.join(examples, file)));
  if (existsSync(devSetFile())) sets.push(readSet('dev', devSetFile()));
  return sets;
}

/** The model the decisions are recorded with: trained from the project's examples, deterministic. */
export const decisionModel = (): TextModel => trainProjectModel(defaultPolicy, 'decisions');

export function recordDecision(result: ClassificationResult): RecordedDecision {
  const { target, confidence, kind, category, agency, caseType, language, reasons, reasonCodes } = result;
  const digest = createHash('sha256')
    .update(JSON.stringify({ kind, category, agency, caseType, language, reasons, reasonCodes }))
    .digest('hex')
    .slice(0, 16);
  return [target, confidence, digest];
}

export function recordDecisions(sets: InquirySet[], model: TextModel): RecordedLine[] {
  return sets.flatMap((set) =>
    set.inquiries.map(({ id, inquiry }): RecordedLine => [
      set.name,
      id,
      ...recordDecision(classifyInquiry(inquiry, defaultPolicy, model)),
      ...recordDecision(classifyInquiry(inquiry, defaultPolicy, null)),
    ]),
  );
}
