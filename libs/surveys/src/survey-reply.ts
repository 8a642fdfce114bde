/** Longest comment kept with an answer; the rest is cut. */
export const MaxSurveyCommentLength = 1000;

export interface SurveyAnswer {
  score: 1 | 2 | 3 | 4 | 5;
  comment: string | null;
}

/** A score standing alone at the start: `4`, `4.`, `4/5`, `4 av 5`, `5!` — not `12`, `2024`, `3,5` or `2.10`. */
const leadingScore = /^\s*([1-5])(?!\d|[.,]\d)\s*(?:(?:\/|av|of)\s*5)?\s*[.)!:,-]?(?=\s|$)/i;
/** Where the quoted mail of a reply begins: "On … wrote:", "… skrev:", "… skreiv:". */
const quoteIntro = /^.*\b(?:wrote|skrev|skreiv)\b.*:\s*$/i;

/**
 * A reply to the survey message read as its answer: the text starts with a score 1–5 standing
 * alone; the rest of its first paragraph, before any quoted text, is the comment. Anything else is
 * not an answer and is handled as the reply it is.
 */
export function readSurveyReply(text: string): SurveyAnswer | null {
  const match = leadingScore.exec(text);
  if (!match) return null;
  const lines: string[] = [];
  for (const line of text.slice(match[0].length).split(/\r?\n/)) {
    if (/^\s*>/.test(line) || quoteIntro.test(line)) break;
    if (line.trim() === '' && lines.some((l) => l.trim() !== '')) break;
    lines.push(line);
  }
  const comment = lines.join('\n').trim();
  return { score: Number(match[1]) as SurveyAnswer['score'], comment: comment ? comment.slice(0, MaxSurveyCommentLength) : null };
}
