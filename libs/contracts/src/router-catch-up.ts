/**
 * How long an app that needs the router's record of an inquiry (the workdesk registering a case, an
 * adapter sending a message about it) waits for it before its retries count towards a dead letter:
 * long enough for a router restart or deploy, short enough that an inquiry the router refused holds
 * its partition up only for a while.
 */
export const RouterCatchUpMs = 5 * 60_000;

/** When the router should have recorded what was published at `at` (ISO 8601), in epoch ms. */
export function routerCatchUpBy(at: string): number {
  return Date.parse(at) + RouterCatchUpMs;
}
