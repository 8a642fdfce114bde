import { NamedError } from '@inquiry-router/contracts';

/**
 * The staffing CLI's arguments: a subcommand, then `--name value` options, each checked against
 * its subcommand's table (required or not, and what a value must be).
 */

/** A wrong command line: said on stderr with the usage, exit code 2. */
export class UsageError extends NamedError {}

export interface OptionSpec {
  /** Without the leading `--`. */
  name: string;
  required: boolean;
  /** Checks the text and turns it into the value, throwing UsageError with the reason. */
  parse: (text: string) => number;
}

export interface Subcommand<T> {
  usage: string;
  options: readonly OptionSpec[];
  run: (options: Record<string, number>) => T;
}

export const number =
  (check: (n: number) => boolean, expected: string) =>
  (name: string) =>
  (text: string): number => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} must be ${expected}, not "${text}"`);
    return n;
  };

/** `--name value` pairs for `command`, every required one present and every value checked. */
export function parseOptions(argv: readonly string[], command: Pick<Subcommand<unknown>, 'options'>): Record<string, number> {
  const options: Record<string, number> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const spec = flag.startsWith('--') ? command.options.find((o) => o.name === flag.slice(2)) : undefined;
    if (!spec) throw new UsageError(`unknown option "${flag}"`);
    if (spec.name in options) throw new UsageError(`--${spec.name} is given twice`);
    if (i + 1 >= argv.length) throw new UsageError(`--${spec.name} needs a value`);
    options[spec.name] = spec.parse(argv[i + 1]);
  }
  const missing = command.options.filter((o) => o.required && !(o.name in options)).map((o) => `--${o.name}`);
  if (missing.length > 0) throw new UsageError(`missing ${missing.join(', ')}`);
  return options;
}

/** The subcommand named first and its options parsed; UsageError naming the known ones otherwise. */
export function parseCommandLine<T>(
  argv: readonly string[],
  commands: Readonly<Record<string, Subcommand<T>>>,
): { command: Subcommand<T>; options: Record<string, number> } {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (!command)
    throw new UsageError(
      `${name === undefined ? 'no subcommand' : `unknown subcommand "${name}"`}; one of: ${Object.keys(commands).join(', ')}`,
    );
  return { command, options: parseOptions(rest, command) };
}
