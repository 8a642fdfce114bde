import type { Role } from '@inquiry-router/contracts';

/** A named set of roles, for `@Roles`: who may call a handler, in the project's own words. */
export type RoleSet = readonly Role[];

/** Those who work on inquiries: advisers, and supervisors who step in. */
export const Advisers = ['adviser', 'supervisor'] as const satisfies RoleSet;

/** The portal's own support staff, who may read: advisers, supervisors and admins. */
export const SupportStaff = ['adviser', 'supervisor', 'admin'] as const satisfies RoleSet;

/** Those who change how the support runs (policy, opening hours, distribution, agency delivery). */
export const Supervisors = ['supervisor', 'admin'] as const satisfies RoleSet;

/** Those who register and update operational notices (incidents, planned maintenance): operations staff, supervisors and admins. */
export const Operators = ['operator', 'supervisor', 'admin'] as const satisfies RoleSet;

/** Those who keep the help pages and the answer templates, and mark what was written for which questions: editors, supervisors and admins. */
export const Editors = ['editor', 'supervisor', 'admin'] as const satisfies RoleSet;

/** Those who read the help-page catalogue: the support staff who point people to the pages, and the editors who keep them. */
export const HelpPageReaders = ['adviser', 'supervisor', 'admin', 'editor'] as const satisfies RoleSet;
