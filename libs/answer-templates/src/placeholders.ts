import { AnswerPlaceholders, type AnswerPlaceholder, type Problem } from '@inquiry-router/contracts';

// The placeholders themselves are contract words (`AnswerPlaceholders`): the console shows them to editors.

/** The values at hand for one answer; a placeholder without a value is left in the text, with why. */
export type PlaceholderValues = { [placeholder in AnswerPlaceholder]?: string | null };

/** A placeholder that could not be filled, and why: the adviser writes that part themselves. */
export interface MissingPlaceholder {
  placeholder: AnswerPlaceholder;
  reason: string;
}

/** A template filled for one answer: its text (unfilled placeholders left as they are) and what was missing. */
export interface FilledTemplate {
  text: string;
  missing: MissingPlaceholder[];
}

/** Why each placeholder may have no value: said to the adviser instead of writing "undefined". */
const whyMissing: Record<AnswerPlaceholder, string> = {
  reference: 'the inquiry has no reference',
  name: 'the inquirer gave no name',
  adviser: 'the adviser is not known',
  helpPage: 'the template links to no help page',
};

// `{word}`: a letter first, then letters and digits. Braces around anything else ("{ }", "{1}") are text.
const placeholderPattern = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

function isAnswerPlaceholder(name: string): name is AnswerPlaceholder {
  return (AnswerPlaceholders as readonly string[]).includes(name);
}

/** The placeholders a template body names, each once, in the order they first appear (unknown ones too). */
export function placeholdersIn(body: string): string[] {
  return [...new Set([...body.matchAll(placeholderPattern)].map((m) => m[1]))];
}

/** The known placeholders a text names, each once, in order: what a checked template body uses. */
export function answerPlaceholdersIn(text: string): AnswerPlaceholder[] {
  return placeholdersIn(text).filter(isAnswerPlaceholder);
}

/**
 * What is wrong with a template body, as problems at `body`: a placeholder that is not one of
 * `AnswerPlaceholders` (a typo would reach the inquirer as it is), or `{helpPage}` in a template
 * that links to no help page (it could never be filled). Empty: the body is fine.
 */
export function templateBodyProblems(body: string, helpPageUrl: string | null): Problem[] {
  const named = placeholdersIn(body);
  const problems: Problem[] = named
    .filter((name) => !isAnswerPlaceholder(name))
    .map((name) => ({
      path: 'body',
      message: `unknown placeholder {${name}}: a template may use ${AnswerPlaceholders.map((p) => `{${p}}`).join(', ')}`,
    }));
  if (named.includes('helpPage') && !helpPageUrl) {
    problems.push({ path: 'body', message: 'the body uses {helpPage}, but the template links to no help page (helpPageUrl)' });
  }
  return problems;
}

/**
 * Fills a template's placeholders with the values at hand. A placeholder without a value (empty
 * or blank counts as none) stays in the text as it is written, and is listed with why, so the
 * adviser sees what to write; the text never says "undefined".
 */
export function fillTemplate(body: string, values: PlaceholderValues): FilledTemplate {
  const missing: MissingPlaceholder[] = [];
  const text = body.replace(placeholderPattern, (whole, name: string) => {
    if (!isAnswerPlaceholder(name)) return whole;
    const value = values[name]?.trim();
    if (value) return value;
    if (!missing.some((m) => m.placeholder === name)) missing.push({ placeholder: name, reason: whyMissing[name] });
    return whole;
  });
  return { text, missing };
}

/**
 * The known placeholders an answer's text still has unfilled: an answer made from a template is
 * not sent with `{name}` in it. Unknown `{…}` are the adviser's own text.
 */
export function unfilledPlaceholders(text: string): AnswerPlaceholder[] {
  return answerPlaceholdersIn(text);
}
