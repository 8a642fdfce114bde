import { plainToInstance } from 'class-transformer';
import { IsUrl, validateSync, ValidationError } from 'class-validator';
import { NamedError } from './errors/named-error';

export class ContractViolation extends NamedError {
  constructor(readonly details: string[]) {
    super(details.join('; '));
  }
}

function flatten(errors: ValidationError[], path = ''): string[] {
  return errors.flatMap((e) => {
    const at = path ? `${path}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) =>
      m.startsWith(e.property) ? `${at}${m.slice(e.property.length)}` : `${at}: ${m}`,
    );
    return [...own, ...flatten(e.children ?? [], at)];
  });
}

/**
 * Turns untrusted JSON into a validated contract instance, or throws ContractViolation naming
 * every offending field. Unknown fields are dropped (tolerant reader): a producer may add a field without breaking consumers.
 */
export function parseContract<T extends object>(cls: new () => T, plain: unknown): T {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    throw new ContractViolation([`expected a JSON object, got ${Array.isArray(plain) ? 'an array' : typeof plain}`]);
  }
  const instance = plainToInstance(cls, plain);
  const errors = validateSync(instance, { whitelist: true });
  if (errors.length > 0) throw new ContractViolation(flatten(errors));
  return instance;
}

/**
 * An absolute http(s) URL; any host, `localhost` and bare names too (a development machine, a
 * cluster's service names). `message` replaces "$property must be an http(s) URL".
 */
export function IsHttpUrl(message = '$property must be an http(s) URL'): PropertyDecorator {
  return IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message });
}
