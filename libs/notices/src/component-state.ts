import { ComponentStates, type ComponentState, type NoticeEnvironment } from '@inquiry-router/contracts';
import { inForce, type Notice, type NoticeText } from './notice';

/** A part of the portal a notice can affect; `categories`: the inquiry categories its trouble causes. */
export interface NoticeComponent {
  code: string;
  names: NoticeText;
  categories: string[];
}

export interface ComponentStatus {
  component: string;
  environment: NoticeEnvironment;
  state: ComponentState;
  notices: string[];
}

/** What one notice in force does to the components it names: maintenance, or an outage as bad as its severity. */
export function stateCausedBy(notice: Pick<Notice, 'kind' | 'severity'>): ComponentState {
  if (notice.kind === 'maintenance') return 'maintenance';
  return notice.severity === 'critical' ? 'major-outage' : notice.severity === 'major' ? 'partial-outage' : 'degraded';
}

const worse = (a: ComponentState, b: ComponentState): ComponentState => (ComponentStates.indexOf(a) >= ComponentStates.indexOf(b) ? a : b);

/** Each component's state in each environment at `at`: the worst of the notices in force on it, operational without any. */
export function componentStatuses(
  components: readonly NoticeComponent[],
  notices: readonly Notice[],
  environments: readonly NoticeEnvironment[],
  at: Date,
): ComponentStatus[] {
  const active = notices.filter((n) => inForce(n, at));
  return environments.flatMap((environment) =>
    components.map((component) => {
      const on = active.filter((n) => n.environments.includes(environment) && n.components.includes(component.code));
      return {
        component: component.code,
        environment,
        state: on.reduce<ComponentState>((s, n) => worse(s, stateCausedBy(n)), 'operational'),
        notices: on.map((n) => n.id),
      };
    }),
  );
}
