import { Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/**
 * Hands a message handler's error to the Kafka transport unchanged. Nest's default RPC filter
 * logs it and replaces it with "Internal server error", which would lose what the transport
 * decides on (a NonRetriableError goes to the dead-letter topic at once) and the cause it writes
 * into the dead letter.
 */
@Catch()
export class HandlerErrorsToTransport implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
