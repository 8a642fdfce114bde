import { MessageEvent, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import { interval, map, merge, Observable } from 'rxjs';
import { Advisers, AllowQueryToken, Endpoint, Roles } from '@inquiry-router/access';
import type { LiveOverview } from '@inquiry-router/contracts';
import { ApiController } from '@inquiry-router/runtime';
import { LiveFeed } from './live-feed';
import { ReadLiveOverview } from './read-live-overview.use-case';

@ApiController('live')
export class LiveController {
  constructor(
    private readonly feed: LiveFeed,
    private readonly read: ReadLiveOverview,
  ) {}

  /**
   * Server-sent events: `overview` at once and whenever something changes (queues, oldest wait,
   * at-risk, service level, advisers' presence and load, today's volume, agencies), read every
   * LIVE_INTERVAL_MS; `ping` every 15 s. EventSource cannot set headers, so the token may come as
   * `?access_token=` (masked in logs).
   */
  @Sse()
  @Roles(Advisers)
  @AllowQueryToken()
  @ApiQuery({ name: 'access_token', required: false, description: 'the bearer token, for EventSource' })
  @ApiOkResponse({ description: 'text/event-stream of `overview` events (data: the same JSON as GET /api/live/overview) and `ping`' })
  stream(): Observable<MessageEvent> {
    return merge(
      this.feed.overviews.pipe(map((data): MessageEvent => ({ type: 'overview', data }))),
      interval(15_000).pipe(map((): MessageEvent => ({ type: 'ping', data: '' }))),
    );
  }

  /** The overview now, as one JSON document. */
  @Endpoint('GET', 'overview', Advisers, {
    ok: {
      description:
        "queues, at-risk inquiries, advisers, today's volume by channel, target, category and agency, agency acknowledgements and failed deliveries",
    },
  })
  overview(): Promise<LiveOverview> {
    return this.read.execute();
  }
}
