import { Injectable, Logger } from '@nestjs/common';
import { catchError, defer, distinctUntilChanged, EMPTY, exhaustMap, map, Observable, shareReplay, timer } from 'rxjs';
import type { LiveOverview } from '@inquiry-router/contracts';
import { WorkdeskEnv } from '../workdesk.env';
import { ReadLiveOverview } from './read-live-overview.use-case';

/**
 * One reading of the overview every LIVE_INTERVAL_MS while anyone listens, shared by every
 * listener, passed on only when something changed. A failed reading is logged and skipped: the
 * next one comes on time.
 */
@Injectable()
export class LiveFeed {
  readonly overviews: Observable<LiveOverview>;
  private readonly log = new Logger(LiveFeed.name);

  constructor(read: ReadLiveOverview, env: WorkdeskEnv) {
    this.overviews = timer(0, env.LIVE_INTERVAL_MS).pipe(
      exhaustMap(() =>
        defer(() => read.execute()).pipe(
          catchError((error: unknown) => {
            this.log.warn(`live overview could not be read: ${(error as Error).message}`);
            return EMPTY;
          }),
        ),
      ),
      map((overview) => ({ overview, text: JSON.stringify(overview) })),
      distinctUntilChanged((a, b) => a.text === b.text),
      map(({ overview }) => overview),
      shareReplay({ bufferSize: 1, refCount: true }),
    );
  }
}
