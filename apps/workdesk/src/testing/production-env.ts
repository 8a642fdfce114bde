/**
 * What the workdesk requires in production besides the case a test is about: an identity provider
 * and the secrets it refuses to start without (each at least 32 characters).
 */
export const productionRequirements = {
  OIDC_ISSUER: 'https://login.example/realms/portal',
  OIDC_AUDIENCE: 'inquiry-router',
  STATUS_PUBLIC_URL: 'https://portal.example/status',
  NOTICE_TOKEN_SECRET: 'a-secret-of-at-least-thirty-two-characters',
  INQUIRER_KEY_SECRET: 'another-secret-of-at-least-thirty-two-characters',
  SURVEY_TOKEN_SECRET: 'a-third-secret-of-at-least-thirty-two-characters',
};
