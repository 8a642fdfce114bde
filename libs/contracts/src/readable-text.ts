import { NotContains } from 'class-validator';

/** Control characters but tab and line breaks. */
// eslint-disable-next-line no-control-regex -- matching control characters is what it is for
const ControlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Text from outside (a mail, a platform's message, a caller's speech) as a person reads it: control
 * characters say nothing to a reader, and NUL cannot be stored at all (Postgres refuses it in text
 * and jsonb), so an inquiry that carried one would be accepted and then never recorded. Tabs and
 * line breaks stay.
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(ControlCharacters, '');
}

/** What is wrong with a text that holds a NUL character (U+0000), which nothing downstream can store. */
export const NulCharacterProblem = 'must not contain the NUL character (U+0000)';

/** Refuses a text with a NUL character: a contract's text fields, which end up in Postgres. */
export function HasNoNul(): PropertyDecorator {
  return NotContains('\u0000', { message: `$property ${NulCharacterProblem}` });
}
