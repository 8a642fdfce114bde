import type { Role } from '@inquiry-router/contracts';

/** A named set of roles, for `@Roles`: who may call a handler, in the project's own words. */
export type RoleSet = readonly Role[];

// The sets themselves are in the contracts' vocabulary, which the console reads too.
export {
  AdviserRoles as Advisers,
  SupportStaffRoles as SupportStaff,
  SupervisorRoles as Supervisors,
  OperatorRoles as Operators,
  EditorRoles as Editors,
  HelpPageReaderRoles as HelpPageReaders,
  InquirySearcherRoles as InquirySearchers,
} from '@inquiry-router/contracts';
