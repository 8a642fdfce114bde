import { Transform } from 'class-transformer';

/**
 * A text field of a request, with the spaces around it taken off before it is checked, so
 * `'  '` fails a minimum length and what is kept has no stray spaces. Anything but a string is left
 * as it is for the field's own checks to refuse.
 */
export function Trimmed(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}
