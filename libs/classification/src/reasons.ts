import type { DecisionReason, ReasonCode, ReasonParams } from '@inquiry-router/contracts';

/**
 * A decision's reasons as it is made: each one's English text (what the API and the logs show)
 * and its code with the values a reader needs to say it in another language, kept in step.
 */
export class Reasons {
  readonly texts: string[] = [];
  readonly codes: DecisionReason[] = [];

  add(code: ReasonCode, params: ReasonParams, text: string): void {
    this.texts.push(text);
    this.codes.push({ code, params });
  }

  /** The decision's fields: `reasons` and `reasonCodes`, copied so later additions stay out. */
  fields(): { reasons: string[]; reasonCodes: DecisionReason[] } {
    return { reasons: [...this.texts], reasonCodes: [...this.codes] };
  }
}

/** Terms as a reason quotes them: `"a", "b"`, at most `max`. */
export const quote = (terms: readonly string[], max = 4): string =>
  terms
    .slice(0, max)
    .map((t) => `"${t}"`)
    .join(', ');
