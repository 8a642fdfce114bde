import { holds, type Session } from './session';

/** Whether the signed-in user may register and update operational notices (the workdesk's `Operators`; the one place the console decides it). */
export function mayOperate(session: Session | null | undefined): boolean {
  return holds(session, 'operator', 'supervisor', 'admin');
}

/** Whether the signed-in user may answer all inquiries linked to a resolved incident (the workdesk's `Supervisors`). */
export function mayResolve(session: Session | null | undefined): boolean {
  return holds(session, 'supervisor', 'admin');
}
