import fc from 'fast-check';
import type { Role } from '@inquiry-router/contracts';
import type { AppName } from '@inquiry-router/local-system';
import type { DeclaredRoute, PipelineApi } from '@inquiry-router/testing';

/** The parts of an OpenAPI document the fuzzer reads. */
interface OpenApiSchema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
  allOf?: OpenApiSchema[];
}
interface OpenApiOperation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: OpenApiSchema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

/** Texts a caller should never send, or nearly: the edge of each kind of value, and junk. */
const junkText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '0', '-1', '1e309', 'null', 'true', '[]', '__proto__', '\uFFFD', '../..', "' OR 1=1 --"),
  fc.constantFrom('2026-13-45', '0000-00-00', '9999-12-31T23:59:59Z', '25:61', '00000000-0000-0000-0000-000000000000'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  // A NUL character, which no Postgres text or jsonb takes.
  fc.string({ maxLength: 10 }).map((text) => `${text}\u0000`),
  fc.nat({ max: 300 }).map((n) => 'ø'.repeat(n)),
);
/** Any value a caller should never send: junk texts, numbers at their edges, odd shapes, a text past every limit. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: junkText },
  { weight: 1, arbitrary: fc.constantFrom(null, -1, 0, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, true, false) },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [null], [{}], { $gt: '' }) },
  { weight: 1, arbitrary: fc.nat({ max: 12_000 }).map((n) => 'ø'.repeat(n)) },
);
/** A path or query parameter: junk, or one of the plausible values the test gives. */
const paramValue = (plausible: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...plausible) }, { weight: 3, arbitrary: junkText });

/** A body shaped by the operation's schema, each field kept, left out, or replaced with junk. */
function shapedBy(schema: OpenApiSchema | undefined, schemas: Record<string, OpenApiSchema>, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 5) return junk;
  if (schema.$ref) return shapedBy(schemas[schema.$ref.split('/').pop()!], schemas, depth + 1);
  if (schema.allOf?.length) return shapedBy(schema.allOf[0], schemas, depth + 1);
  let shaped: fc.Arbitrary<unknown>;
  if (schema.properties) {
    const fields = Object.fromEntries(
      Object.entries(schema.properties).map(([name, field]) => [name, shapedBy(field, schemas, depth + 1)]),
    );
    shaped = fc.record(fields, { requiredKeys: [] });
  } else if (schema.type === 'array') shaped = fc.array(shapedBy(schema.items, schemas, depth + 1), { maxLength: 3 });
  else if (schema.enum?.length) shaped = fc.constantFrom(...schema.enum);
  else if (schema.example !== undefined) shaped = fc.constant(schema.example);
  else if (schema.type === 'string') shaped = fc.string({ maxLength: 20 });
  else if (schema.type === 'integer' || schema.type === 'number') shaped = fc.integer({ min: -5, max: 500 });
  else if (schema.type === 'boolean') shaped = fc.boolean();
  else return junk;
  return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: junk });
}

/** A request body for an operation of `schema`: shaped by it, or of no shape at all. */
function bodyFor(schema: OpenApiSchema | undefined, schemas: Record<string, OpenApiSchema>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: shapedBy(schema, schemas) },
    { weight: 1, arbitrary: fc.json({ depthSize: 'small' }).map((text) => JSON.parse(text) as unknown) },
  );
}

export interface MalformedRequestCheck {
  app: AppName;
  api: PipelineApi;
  /** Declared routes: which roles may call each (a token of an allowed role is used, so the call gets past the guard). */
  routes: DeclaredRoute[];
  tokens: Record<Role, string>;
  /** Plausible values of path parameters by name (an existing id), tried now and then among the junk. */
  params?: Record<string, string>;
  /** Routes left out, as `POST /api/auth/login`. */
  skip?: readonly string[];
  seed: number;
  /** Requests per operation. */
  perOperation: number;
}

/**
 * What is wrong with an answer to a malformed request: a server error, or a refusal that does not
 * say why (a 4xx of the API is problem details with a `detail`; one of a public page, a page with
 * text). Null when it is right. A 431 comes from
 * Node's HTTP parser (the request line or headers are too long), before any handler: its status is
 * the reason. The body of an answer that is right is not read (the live feed's never ends).
 */
async function wrongAnswer(answer: Response): Promise<string | null> {
  if (answer.status >= 500) return `${answer.status} ${(await answer.text()).slice(0, 200)}`;
  if (answer.status < 400 || answer.status === 431) {
    await answer.body?.cancel();
    return null;
  }
  const text = await answer.text();
  const type = answer.headers.get('content-type') ?? '';
  // The public pages (the status page, the survey) answer a person in a browser with a page that says why.
  if (type.startsWith('text/html') && /<(p|h1)[^>]*>\s*\S/.test(text)) return null;
  let detail: unknown;
  try {
    detail = (JSON.parse(text) as { detail?: unknown }).detail;
  } catch {
    detail = undefined;
  }
  if (!type.startsWith('application/problem+json') || typeof detail !== 'string' || detail.trim() === '')
    return `${answer.status} without a reason as problem details (${type}): ${text.slice(0, 200)}`;
  return null;
}

/**
 * Sends every operation of the app's OpenAPI document malformed requests (junk in path and query
 * parameters, bodies shaped by the operation's schema with fields left out or replaced with junk,
 * bodies of no shape at all), each as a user the route lets in; returns one line for each answer
 * that was a 5xx, a 4xx without a reason, or no answer, with what was sent. The cases come from `seed`, so a run repeats.
 */
export async function malformedRequestFindings(check: MalformedRequestCheck): Promise<{ findings: string[]; requests: number }> {
  const response = await check.api.call(check.app, '/api/docs-json');
  const document = (await response.json()) as OpenApiDocument;
  const schemas = document.components?.schemas ?? {};
  const findings: string[] = [];
  let requests = 0;
  let seed = check.seed;
  for (const [documentedPath, operations] of Object.entries(document.paths)) {
    for (const [lowerMethod, operation] of Object.entries(operations)) {
      const method = lowerMethod.toUpperCase();
      const path = documentedPath.replace(/\{(\w+)\}/g, ':$1');
      if (check.skip?.includes(`${method} ${path}`)) continue;
      const route = check.routes.find((r) => r.method === method && r.path === path);
      // A route not in the list (another app's) or one anyone may call is tried with every role.
      const tokens = (route?.roles ?? (Object.keys(check.tokens) as Role[])).map((role) => check.tokens[role]);
      const names = (where: string) => (operation.parameters ?? []).filter((p) => p.in === where).map((p) => p.name);
      const pathNames = names('path');
      const queryNames = names('query');
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      const request = fc.record({
        params: fc.tuple(...pathNames.map((name) => paramValue([check.params?.[name] ?? 'missing']))),
        query: fc.array(fc.tuple(queryNames.length ? fc.constantFrom(...queryNames) : fc.string({ maxLength: 8 }), paramValue(['1'])), {
          maxLength: 4,
        }),
        body: bodyFor(schema, schemas),
        token: fc.constantFrom(...tokens),
      });
      for (const sent of fc.sample(request, { seed: seed++, numRuns: check.perOperation })) {
        let url = path;
        pathNames.forEach((name, i) => (url = url.replace(`:${name}`, encodeURIComponent(sent.params[i]))));
        const query = new URLSearchParams(sent.query);
        if (sent.query.length) url += `?${query.toString()}`;
        const body = method === 'GET' || method === 'DELETE' ? undefined : sent.body;
        requests++;
        const what = `${method} ${url.slice(0, 200)}${body === undefined ? '' : ` ${JSON.stringify(body).slice(0, 300)}`}`;
        try {
          const answer = await check.api.call(check.app, url, { method, token: sent.token, body, signal: AbortSignal.timeout(15_000) });
          const wrong = await wrongAnswer(answer);
          if (wrong) findings.push(`${what} → ${wrong}`);
        } catch (error) {
          findings.push(`${what} → no answer: ${String(error)}`);
        }
      }
    }
  }
  return { findings, requests };
}
