import { erlangStaffing } from '@inquiry-router/staffing';
import { number, OptionSpec, Subcommand } from './staffing-arguments';

const option = (name: string, required: boolean, parse: (name: string) => (text: string) => number): OptionSpec => ({
  name,
  required,
  parse: parse(name),
});
const atLeastZero = number((n) => n >= 0, 'a number, at least 0');
const aboveZero = number((n) => n > 0, 'a number above 0');
const share = number((n) => n > 0 && n < 1, 'a fraction above 0 and below 1 (0.8 = 80 %)');
const shrinkage = number((n) => n >= 0 && n < 1, 'a fraction, at least 0 and below 1 (0.3 = 30 %)');

/** What `erlang` prints: the figures of the fewest advisers that meet the target. */
export interface ErlangLine {
  agents: number;
  serviceLevel: number;
  asa: number;
  occupancy: number;
  agentsWithShrinkage: number;
}

/** The staffing CLI's subcommands, by name (a `backtest` joins them here). */
export const staffingCommands: Record<string, Subcommand<ErlangLine>> = {
  erlang: {
    usage: 'erlang --calls C --interval-min M --aht-s S --target T --within-s W [--shrinkage X]',
    options: [
      option('calls', true, atLeastZero),
      option('interval-min', true, aboveZero),
      option('aht-s', true, aboveZero),
      option('target', true, share),
      option('within-s', true, atLeastZero),
      option('shrinkage', false, shrinkage),
    ],
    run: (o) => {
      const s = erlangStaffing({
        calls: o.calls,
        intervalMinutes: o['interval-min'],
        ahtSeconds: o['aht-s'],
        target: o.target,
        withinSeconds: o['within-s'],
        shrinkage: o.shrinkage,
      });
      return {
        agents: s.agents,
        serviceLevel: s.serviceLevel,
        asa: s.asa,
        occupancy: s.occupancy,
        agentsWithShrinkage: s.agentsWithShrinkage,
      };
    },
  },
};
