import { DynamicModule, ForwardReference, RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner } from '@nestjs/core';
import { hash } from 'bcryptjs';
import { RoleNames, type Role } from '@inquiry-router/contracts';
import { ROLES } from '@inquiry-router/access';
import type { AppName } from '@inquiry-router/local-system';
import { UserRepository } from '@inquiry-router/persistence';
import { pipelineApi, type PipelineApi } from './pipeline-api';
import { TestPipeline } from './test-pipeline';

/** One HTTP route of an app, as its controllers declare it: who may call it (`undefined`: no `@Roles`). */
export interface DeclaredRoute {
  method: string;
  /** Express style, with `:param`s, e.g. `/api/cases/:id`. */
  path: string;
  roles: Role[] | undefined;
  handler: string;
}

type ModuleImport = Type<unknown> | DynamicModule | ForwardReference | Promise<DynamicModule>;

/**
 * Every route the controllers of an app's root module and of all the modules it imports declare,
 * found the way Nest itself finds them (module metadata, then the handlers' path and method
 * metadata), so a new controller or handler is in the list without anyone adding it.
 */
export function declaredRoutes(root: Type<unknown> | DynamicModule): DeclaredRoute[] {
  const controllers = new Set<Type<unknown>>();
  const seen = new Set<unknown>();
  const visit = (entry: ModuleImport): void => {
    if (entry instanceof Promise) throw new Error('an asynchronous module import cannot be walked; resolve it in the test');
    const resolved = 'forwardRef' in entry ? (entry.forwardRef as () => Type<unknown> | DynamicModule)() : entry;
    if (seen.has(resolved)) return;
    seen.add(resolved);
    const type = 'module' in resolved ? resolved.module : resolved;
    const dynamic: Partial<DynamicModule> = 'module' in resolved ? resolved : {};
    const metadata = (key: string) => (Reflect.getMetadata(key, type) as unknown[] | undefined) ?? [];
    for (const controller of [...metadata(MODULE_METADATA.CONTROLLERS), ...(dynamic.controllers ?? [])])
      controllers.add(controller as Type<unknown>);
    for (const imported of [...metadata(MODULE_METADATA.IMPORTS), ...(dynamic.imports ?? [])]) visit(imported as ModuleImport);
  };
  visit(root);
  const scanner = new MetadataScanner();
  return [...controllers].flatMap((controller) => {
    const prototype = controller.prototype as Record<string, (...args: unknown[]) => unknown>;
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) return [];
      // As the guard reads them: the handler's roles, else the controller's.
      const roles = (Reflect.getMetadata(ROLES, handler) ?? Reflect.getMetadata(ROLES, controller)) as Role[] | undefined;
      return pathsOf(controller).flatMap((base) =>
        pathsOf(handler).map((own) => ({
          method: RequestMethod[method],
          path: `/${[base, own]
            .flatMap((part) => part.split('/'))
            .filter(Boolean)
            .join('/')}`,
          roles,
          handler: `${controller.name}.${name}`,
        })),
      );
    });
  });
}

function pathsOf(target: object): string[] {
  const paths = Reflect.getMetadata(PATH_METADATA, target) as string | string[] | undefined;
  return paths === undefined ? [''] : ([] as string[]).concat(paths);
}

/** The route with plausible values in its `:param`s (`values` by name, else a value that names nothing). */
export function withParams(path: string, values: Record<string, string> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name] ?? `missing-${name}`));
}

/** The development clock every app has outside production (ClockModule), which answers callers on its own machine only. */
export const developmentClockRoutes: readonly string[] = ['GET /development/clock', 'PUT /development/clock', 'DELETE /development/clock'];

export interface RouteAccessCheck {
  app: AppName;
  api: PipelineApi;
  routes: DeclaredRoute[];
  /** A token of a user in each role. */
  tokens: Record<Role, string>;
  /** Routes anyone may call, as `GET /health/live`; any other route without roles is a finding. */
  publicRoutes: readonly string[];
  params?: Record<string, string>;
}

/**
 * Calls every route without a token, with each role it does not allow and with each it does;
 * returns what is wrong, one line a finding: no roles and not public, a call without a token that
 * is not 401, a role not allowed that is not 403, an allowed role that is refused.
 */
export async function routeAccessFindings(check: RouteAccessCheck): Promise<string[]> {
  const findings: string[] = [];
  for (const route of check.routes) {
    const name = `${route.method} ${route.path}`;
    if (!route.roles) {
      if (!check.publicRoutes.includes(name)) findings.push(`${name} (${route.handler}) has no @Roles and is not listed as public`);
      continue;
    }
    const status = async (token?: string): Promise<number> => {
      const response = await check.api.call(check.app, withParams(route.path, check.params), {
        method: route.method,
        token,
        body: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      });
      // A stream (the live feed) never ends: its status is all that is wanted.
      await response.body?.cancel();
      return response.status;
    };
    const judge = (got: number, wanted: string, ok: boolean) => {
      if (!ok) findings.push(`${name}: ${wanted}, got ${got}`);
    };
    const anonymous = await status();
    judge(anonymous, 'without a token 401', anonymous === 401);
    for (const role of RoleNames) {
      const got = await status(check.tokens[role]);
      if (route.roles.includes(role)) judge(got, `as ${role} (allowed) neither 401 nor 403`, got !== 401 && got !== 403);
      else judge(got, `as ${role} (not allowed) 403`, got === 403);
    }
  }
  return findings;
}

/**
 * Each route the app's OpenAPI document (`/api/docs-json`) lists, as `GET /api/cases/:id`: what the
 * running app serves, to hold the declared routes against.
 */
export async function documentedRoutes(api: PipelineApi, app: AppName): Promise<string[]> {
  const document = await api.json<{ paths: Record<string, Record<string, unknown>> }>(await api.call(app, '/api/docs-json'), 200);
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );
}

/**
 * A token for a user of every role (each holding that role alone), signed in at the pipeline's
 * workdesk: the seeded development users, and an admin made for the test (no admin is seeded).
 * The agency user acts for skd.
 */
export async function tokensForEveryRole(pipeline: TestPipeline, api: PipelineApi): Promise<Record<Role, string>> {
  await new UserRepository(pipeline.db).upsert({ username: 'admin', passwordHash: await hash('admin', 10), roles: ['admin'] });
  const [adviser, supervisor, agency, admin, operator, editor] = await Promise.all(
    ['adviser', 'supervisor', 'skd', 'admin', 'operator', 'editor'].map((user) => api.login(user)),
  );
  return { adviser, supervisor, agency, admin, operator, editor };
}

/** What a route-access test works with; `routes` and `tokens` are there once its `beforeAll` has run. */
export interface RouteAccessSuite {
  pipeline: TestPipeline;
  api: PipelineApi;
  /** Every route the app's root module declares. */
  routes: DeclaredRoute[];
  /** A token of a user in each role (`tokensForEveryRole`). */
  tokens: Record<Role, string>;
}

export interface RouteAccessSuiteOptions {
  /** The pipeline's own database: the calls with allowed roles may change policy, presence and settings. */
  privateDatabase: string;
  /** The apps run as real processes. */
  apps: AppName[];
  /** The root module of the app whose routes are checked, configured from the pipeline's app env. */
  root: (appEnv: NodeJS.ProcessEnv) => Type<unknown> | DynamicModule;
}

/**
 * Sets up, for the enclosing `describe`, what a test of an app's routes needs: a pipeline on a
 * database of its own with `apps` running, the routes `root` declares, and a token of every role;
 * torn down after its tests.
 */
export function routeAccessSuite(options: RouteAccessSuiteOptions): RouteAccessSuite {
  const pipeline = new TestPipeline({ privateDatabase: options.privateDatabase });
  const suite: RouteAccessSuite = { pipeline, api: pipelineApi(pipeline), routes: [], tokens: {} as Record<Role, string> };
  beforeAll(async () => {
    await pipeline.setUp();
    await Promise.all(options.apps.map((app) => pipeline.start(app)));
    suite.routes = declaredRoutes(options.root(pipeline.appEnv));
    suite.tokens = await tokensForEveryRole(pipeline, suite.api);
  }, 120_000);
  afterAll(() => pipeline.tearDown());
  return suite;
}
