/** Who may do what: carried in every access token. */
export const RoleNames = ['adviser', 'supervisor', 'agency', 'admin'] as const;
export type Role = (typeof RoleNames)[number];
