import { createHash } from 'node:crypto';

/**
 * The id of a message to an inquirer, named by what it is about (`forwarded-notice:<delivery>`,
 * `incident-notice:<notice>:<inquiry>`): the same name gives the same id, so a redelivered event or
 * a resumed run sends nothing twice (the adapters drop a message id they sent before). A
 * name-based UUID, version 5 layout over SHA-1.
 */
export function messageIdFor(name: string): string {
  const h = createHash('sha1').update(name).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
