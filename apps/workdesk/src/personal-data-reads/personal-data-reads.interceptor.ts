import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { mergeMap, Observable } from 'rxjs';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { Clock } from '@inquiry-router/runtime';
import { PersonalDataReads } from './personal-data-reads.ports';
import { PersonalDataInAnswer, READS_PERSONAL_DATA } from './reads-personal-data.decorator';

/**
 * Logs, for every handler marked `@ReadsPersonalData`, who read which inquiries' personal data
 * through it: one place for the whole app, so no controller logs reads itself. The rows are
 * written before the answer is sent; if they cannot be, the answer fails rather than go unlogged.
 */
@Injectable()
export class PersonalDataReadsInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly reads: PersonalDataReads,
    private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const marked = this.reflector.get<PersonalDataInAnswer<unknown> | undefined>(READS_PERSONAL_DATA, context.getHandler());
    if (!marked || marked.loggedByWrite || context.getType() !== 'http') return next.handle();
    // Set by the roles guard, which runs before any interceptor; a marked handler always has roles.
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    return next.handle().pipe(
      mergeMap(async (answer: unknown) => {
        const inquiryIds = answer === undefined || answer === null ? [] : marked.inquiriesIn(answer);
        if (inquiryIds.length > 0) {
          await this.reads.record({
            at: this.clock.now(),
            actor: user?.username ?? 'unknown',
            roles: user?.roles ?? [],
            via: marked.via,
            inquiryIds,
          });
        }
        return answer;
      }),
    );
  }
}
