import { parseCommandLine } from './staffing-arguments';
import { staffingCommands } from './staffing-commands';

const run = (argv: string[]) => {
  const { command, options } = parseCommandLine(argv, staffingCommands);
  return command.run(options);
};
const example = ['erlang', '--calls', '360', '--interval-min', '30', '--aht-s', '240', '--target', '0.8', '--within-s', '20'];

describe('staffing command line', () => {
  it('answers erlang with the fewest agents, the service level, ASA, occupancy and the roster with shrinkage', () => {
    const line = run([...example, '--shrinkage', '0.3']);
    expect(line).toEqual({
      agents: 54,
      serviceLevel: expect.closeTo(0.8172, 4) as number,
      asa: expect.closeTo(12.05, 2) as number,
      occupancy: expect.closeTo(0.8889, 4) as number,
      agentsWithShrinkage: 78,
    });
    expect(Object.keys(JSON.parse(JSON.stringify(line)) as object)).toEqual([
      'agents',
      'serviceLevel',
      'asa',
      'occupancy',
      'agentsWithShrinkage',
    ]);
    expect(run(example).agentsWithShrinkage).toBe(54);
  });

  it('refuses a wrong command line with the reason', () => {
    const refused = (argv: string[], reason: RegExp) => expect(() => run(argv)).toThrow(reason);
    refused([], /no subcommand; one of: erlang/);
    refused(['forecast'], /unknown subcommand "forecast"/);
    refused(example.slice(0, -2), /missing --within-s/);
    refused([...example.slice(0, 8), '80', ...example.slice(9)], /--target must be a fraction above 0 and below 1/);
    refused([...example.slice(0, 2), 'many', ...example.slice(3)], /--calls must be a number, at least 0, not "many"/);
    refused([...example, '--shrinkage', '1'], /--shrinkage must be a fraction/);
    refused([...example, '--calls', '3'], /--calls is given twice/);
    refused([...example, '--agents', '3'], /unknown option "--agents"/);
    refused([...example, '--shrinkage'], /--shrinkage needs a value/);
  });
});
