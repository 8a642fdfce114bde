import { NamedError } from '@inquiry-router/contracts';
import { RoutingPolicy } from './policy';

/** A stored policy document that does not have the shape of a `RoutingPolicy`. */
export class InvalidRoutingPolicy extends NamedError {
  constructor(
    readonly version: string,
    readonly problems: string[],
  ) {
    super(`routing policy ${version} cannot be read: ${problems.join('; ')}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A stored document (JSONB) as the typed policy named `version` (a published version's row wins over
 * its document; a draft is named by its document). Checks the shape every reader relies on, not the
 * content: a version in force is read even when `validatePolicy` would report problems in it (they
 * were accepted when published).
 */
export function parseRoutingPolicy(document: unknown, version?: string): RoutingPolicy {
  const problems: string[] = [];
  if (!isObject(document)) throw new InvalidRoutingPolicy(version ?? 'document', ['the document is not an object']);
  const named = version ?? document.version;
  if (typeof named !== 'string') throw new InvalidRoutingPolicy('document', ['version must be a text']);
  if (typeof document.confidenceThreshold !== 'number') problems.push('confidenceThreshold must be a number');
  if (!isObject(document.contactPoints) || !isObject(document.contactPoints.support) || !isObject(document.contactPoints.servicedesk)) {
    problems.push('contactPoints must hold support and servicedesk');
  }
  if (!isObject(document.ivrMenuCategories)) problems.push('ivrMenuCategories must be an object');
  if (!isObject(document.vocabularies)) problems.push('vocabularies must be an object');
  if (!Array.isArray(document.agencies)) problems.push('agencies must be a list');
  else {
    document.agencies.forEach((agency: unknown, i) => {
      if (!isObject(agency)) return problems.push(`agencies[${i}] must be an object`);
      if (typeof agency.code !== 'string' || agency.code === '') problems.push(`agencies[${i}].code must be a text`);
      if (typeof agency.name !== 'string') problems.push(`agencies[${i}].name must be a text`);
      for (const list of ['services', 'serviceCodes', 'formNumberPatterns', 'exceptions'] as const) {
        if (!Array.isArray(agency[list])) problems.push(`agencies[${i}].${list} must be a list`);
      }
      if (!isObject(agency.vocabulary)) problems.push(`agencies[${i}].vocabulary must be an object`);
    });
  }
  if (problems.length > 0) throw new InvalidRoutingPolicy(named, problems);
  // The checks above are what readers rely on; the rest was checked when the version was published.
  return { ...(document as object as RoutingPolicy), version: named };
}
