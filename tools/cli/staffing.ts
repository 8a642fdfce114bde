/**
 * Staffing figures from the command line. Usage:
 *   npm run -s staffing -- erlang --calls C --interval-min M --aht-s S --target T --within-s W [--shrinkage X]
 * prints one JSON line {agents, serviceLevel, asa, occupancy, agentsWithShrinkage}: the fewest
 * advisers with whom a share T (a fraction) of C calls in M minutes, handled in S seconds on
 * average, is answered within W seconds (Erlang C), the service level (a fraction) and average
 * speed of answer (seconds) they give, and the roster once a share X of paid time is lost.
 * A wrong command line: the reason and the usage on stderr, exit code 2.
 */
import { InvalidStaffingInput } from '@inquiry-router/staffing';
import { parseCommandLine, UsageError } from './staffing-arguments';
import { staffingCommands } from './staffing-commands';

function main(): void {
  try {
    const { command, options } = parseCommandLine(process.argv.slice(2), staffingCommands);
    process.stdout.write(`${JSON.stringify(command.run(options))}\n`);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof InvalidStaffingInput)) throw error;
    const usage = Object.values(staffingCommands).map((c) => `  staffing ${c.usage}`);
    process.stderr.write(`staffing: ${error.message}\nusage:\n${usage.join('\n')}\n`);
    process.exitCode = 2;
  }
}

main();
