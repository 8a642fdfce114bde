import type { Session } from './session';

/** The workdesk's `Operators`: those who register and update operational notices. */
const OperatorRoles: readonly string[] = ['operator', 'supervisor', 'admin'];

/** The workdesk's `Supervisors`: those who may answer an incident's linked inquiries at once. */
const SupervisorRoles: readonly string[] = ['supervisor', 'admin'];

/** Whether the signed-in user may register and update operational notices (the one place the console decides it). */
export function mayOperate(session: Session | null | undefined): boolean {
  return !!session && OperatorRoles.includes(session.role);
}

/** Whether the signed-in user may answer all inquiries linked to a resolved incident. */
export function mayResolve(session: Session | null | undefined): boolean {
  return !!session && SupervisorRoles.includes(session.role);
}
