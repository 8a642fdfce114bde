import { applyDecorators, Delete, Get, HttpCode, Post, Put, Type } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { Role } from '@inquiry-router/contracts';
import type { RoleSet } from './role-sets';
import { Roles } from './roles.guard';

const routes = { GET: Get, POST: Post, PUT: Put, DELETE: Delete } as const;
const successes = { ok: 200, created: 201, accepted: 202, noContent: 204 } as const;
const refusals = { badRequest: 400, forbidden: 403, notFound: 404, conflict: 409, unprocessableEntity: 422, tooManyRequests: 429 } as const;

/** A success as the OpenAPI document shows it: the type of its body (`[T]`: a list) and what it means. */
export interface SuccessAnswer {
  type?: Type<unknown> | [Type<unknown>];
  description?: string;
}

/**
 * What an endpoint answers, for the OpenAPI document: its summary, its successes and its own
 * refusals, each by what it means (`true`: listed without a description).
 */
export type EndpointAnswers = { summary?: string } & { [answer in keyof typeof successes]?: SuccessAnswer } & {
  [answer in keyof typeof refusals]?: string | true;
};

/**
 * One endpoint of an app's API, declared in one place: its route, who may call it (`@Roles`, which
 * also documents the refusals of access), and what it answers. It answers with the first success
 * it documents (ok, created, accepted, noContent), so the status sent and the one documented agree.
 */
export function Endpoint(method: keyof typeof routes, path: string, roles: Role | RoleSet, answers: EndpointAnswers): MethodDecorator {
  const success = (Object.keys(successes) as (keyof typeof successes)[]).find((answer) => answers[answer]);
  if (!success) throw new Error(`${method} ${path}: an endpoint documents the success it answers with`);
  const documented = [...Object.entries(successes), ...Object.entries(refusals)].flatMap(([answer, status]) => {
    const given = answers[answer as keyof typeof successes | keyof typeof refusals];
    if (!given) return [];
    return [ApiResponse({ status, ...(given === true ? {} : typeof given === 'string' ? { description: given } : given) })];
  });
  return applyDecorators(
    routes[method](path),
    HttpCode(successes[success]),
    ...(answers.summary ? [ApiOperation({ summary: answers.summary })] : []),
    ...documented,
    // Last: the refusal of access is added to the endpoint's own 403 (both are listed).
    Roles(roles),
  );
}
