import type { NoticeText } from '@inquiry-router/notices';
import { InvalidNotice, UnknownComponents } from './notice-errors';
import type { NoticeRecords } from './notices.ports';

/** The components as given, in order and once each; refuses codes that are not among the portal's active components. */
export async function checkedComponents(codes: readonly string[], records: NoticeRecords): Promise<string[]> {
  const known = new Set((await records.components()).map((c) => c.code));
  const unknown = [...new Set(codes.filter((c) => !known.has(c)))];
  if (unknown.length > 0) throw new UnknownComponents(unknown);
  return [...new Set(codes)];
}

/** Refuses an expected end that is not after the start. */
export function checkExpectedEnd(startsAt: Date, expectedEndAt: Date | null): void {
  if (expectedEndAt && expectedEndAt.getTime() <= startsAt.getTime())
    throw new InvalidNotice('expectedEndAt', `expectedEndAt must be after the start (${startsAt.toISOString()})`);
}

/** A text as kept: each language trimmed, those not written left out. */
export function trimmedText(text: { nb: string; nn?: string; en?: string }): NoticeText {
  return {
    nb: text.nb.trim(),
    ...(text.nn?.trim() && { nn: text.nn.trim() }),
    ...(text.en?.trim() && { en: text.en.trim() }),
  };
}

/** Keywords as kept: lower case, once each. */
export const keptKeywords = (keywords: readonly string[] = []): string[] => [...new Set(keywords.map((k) => k.toLowerCase()))];
