import {
  AdviserRoles,
  EditorRoles,
  HelpPageReaderRoles,
  InquirySearcherRoles,
  OperatorRoles,
  SupervisorRoles,
  SupportStaffRoles,
} from '@inquiry-router/contracts/vocabulary';
import { holds, type Session } from './session';

/** Whether the signed-in user supervises: the supervisors' pages and shortcuts, and acting on what another adviser holds (the workdesk's `Supervisors`). */
export function supervises(session: Session | null | undefined): boolean {
  return holds(session, ...SupervisorRoles);
}

/** Whether the signed-in user works the queues: the work page, where they land, and the heartbeat that keeps them online (the workdesk's `Advisers`). */
export function advises(session: Session | null | undefined): boolean {
  return holds(session, ...AdviserRoles);
}

/** Whether the signed-in user is support staff, who reach the development pages outside production (the workdesk's `SupportStaff`). */
export function isSupportStaff(session: Session | null | undefined): boolean {
  return holds(session, ...SupportStaffRoles);
}

/** Whether the signed-in user may register and update operational notices (the workdesk's `Operators`; the one place the console decides it). */
export function mayOperate(session: Session | null | undefined): boolean {
  return holds(session, ...OperatorRoles);
}

/** Whether the signed-in user keeps the help pages and answer templates (the workdesk's `Editors`). */
export function mayEdit(session: Session | null | undefined): boolean {
  return holds(session, ...EditorRoles);
}

/** Whether the signed-in user may read the help-page catalogue (the workdesk's `HelpPageReaders`: support staff and editors). */
export function mayReadHelpPages(session: Session | null | undefined): boolean {
  return holds(session, ...HelpPageReaderRoles);
}

/** Whether the signed-in user may answer all inquiries linked to a resolved incident (the workdesk's `Supervisors`). */
export function mayResolve(session: Session | null | undefined): boolean {
  return holds(session, ...SupervisorRoles);
}

/** Whether the signed-in user may search inquiries (the workdesk's search; an agency user finds only what was forwarded to their agency). */
export function maySearch(session: Session | null | undefined): boolean {
  return holds(session, ...InquirySearcherRoles);
}

/** Whether the signed-in user acts for an agency: such an account holds that role alone, and sees only what was forwarded to it. */
export function actsForAgency(session: Session | null | undefined): boolean {
  return holds(session, 'agency');
}

/** Whether the signed-in user sees an inquirer's earlier contacts and may link, merge and split them (the workdesk's `Advisers`). */
export function mayKnowInquirer(session: Session | null | undefined): boolean {
  return holds(session, ...AdviserRoles);
}

/** Whether the signed-in user may see who read a person's data, and export or erase it (the workdesk's `Supervisors`). */
export function mayManagePersonalData(session: Session | null | undefined): boolean {
  return holds(session, ...SupervisorRoles);
}

/** Where an inquiry opens for the signed-in user: an agency user has the agency's own view of it. */
export function inquiryPathFor(session: Session | null | undefined, id: string): string {
  return `${actsForAgency(session) ? '/agency/inquiries' : '/inquiries'}/${encodeURIComponent(id)}`;
}
