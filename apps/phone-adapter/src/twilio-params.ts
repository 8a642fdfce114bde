import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { withoutControlCharacters } from '@inquiry-router/contracts';

/**
 * A Twilio webhook's form fields, exactly as signed. Parsed from the raw body (not Express's
 * `qs` parser, which turns `a[b]=1` into objects): every value a string, a repeated field a list,
 * in a prototype-free record so a field named `__proto__` is just a field.
 */
export type SignedParams = Record<string, string | string[]>;

export function parseForm(raw: Buffer): SignedParams {
  const params = Object.create(null) as SignedParams;
  // Twilio sends UTF-8; bytes that are not become U+FFFD rather than an error.
  for (const [key, value] of new URLSearchParams(raw.toString('utf8'))) {
    const seen = params[key];
    params[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return params;
}

export const twilioParamsKey = Symbol('twilioParams');

export type RequestWithParams = Request & { rawBody?: Buffer; [twilioParamsKey]?: WebhookFields };

/** Reads a signed webhook's fields, refusing (400, with the field and why) what Twilio never sends; control characters are dropped. */
export class WebhookFields {
  constructor(private readonly params: SignedParams) {}

  optional(name: string, maxLength = 10_000): string | undefined {
    const value = this.params[name];
    if (value === undefined) return undefined;
    if (Array.isArray(value)) throw new BadRequestException(`${name} was sent more than once`);
    if (value.length > maxLength) throw new BadRequestException(`${name} is longer than ${maxLength} characters`);
    // A caller's speech or a number goes into an inquiry and TwiML: a control character in either is noise.
    return withoutControlCharacters(value);
  }

  required(name: string, pattern: RegExp, expected: string, maxLength = 200): string {
    const value = this.optional(name, maxLength);
    if (value === undefined || value === '') throw new BadRequestException(`${name} is missing`);
    if (!pattern.test(value)) throw new BadRequestException(`${name} must be ${expected}`);
    return value;
  }
}

/** The fields of the request the TwilioSignatureGuard has verified. */
export const TwilioFields = createParamDecorator((_: unknown, ctx: ExecutionContext): WebhookFields => {
  const fields = ctx.switchToHttp().getRequest<RequestWithParams>()[twilioParamsKey];
  // Only reachable if a route forgot the guard: refuse rather than trust unsigned input.
  if (!fields) throw new BadRequestException('webhook fields were not verified');
  return fields;
});
