import type { Session } from './session';

/** The workdesk's `Operators`: those who register and update operational notices. */
const OperatorRoles: readonly string[] = ['operator', 'supervisor', 'admin'];

/** Whether the signed-in user may register and update operational notices (the one place the console decides it). */
export function mayOperate(session: Session | null | undefined): boolean {
  return !!session && OperatorRoles.includes(session.role);
}
