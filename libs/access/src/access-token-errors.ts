import { NamedError } from '@inquiry-router/contracts';

/** The token cannot be trusted (malformed, bad signature, unknown key, wrong issuer or audience, expired): 401. */
export class InvalidAccessToken extends NamedError {}

/** The token is genuine but gives no role of this service, or an agency role without its agency: 403. */
export class UnacceptedClaims extends NamedError {}

/** The issuer's discovery document or keys could not be fetched, so no token can be checked now: 503. */
export class IssuerUnavailable extends NamedError {}
