import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';

/** Why an adviser's action on an inquiry cannot be done; the transport maps it to 404/403/409. */
export class WorkRefused extends Error {
  constructor(
    readonly kind: 'not-found' | 'conflict' | 'forbidden',
    message: string,
  ) {
    super(message);
  }
}

export function workHttpError(error: unknown): unknown {
  if (!(error instanceof WorkRefused)) return error;
  if (error.kind === 'not-found') return new NotFoundException(error.message);
  if (error.kind === 'forbidden') return new ForbiddenException(error.message);
  return new ConflictException(error.message);
}
