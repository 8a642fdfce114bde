import { Body, Param, Query } from '@nestjs/common';
import { AuthenticatedUser, CurrentUser, Endpoint, EndpointAnswers, Operators } from '@inquiry-router/access';
import type { NoticeComponentView, NoticeView } from '@inquiry-router/contracts';
import { ApiController } from '@inquiry-router/runtime';
import { NoticeIdPipe } from './notice-id.pipe';
import { NoticeListQuery, RegisterNoticeRequest, UpdateNoticeRequest } from './notices.requests';
import { NoticeComponentDoc, NoticeDoc } from './notices.views';
import { ReadNotices } from './read-notices.use-case';
import { RegisterNotice } from './register-notice.use-case';
import { UpdateNotice } from './update-notice.use-case';

const InvalidNotice =
  'malformed: bokmål missing from a text, an unknown kind, status, severity, environment or audience, a date that is not ISO 8601, ' +
  'an expected end not after the start, more than 20 keywords';

/** What a notice's content is refused for, alike when it is registered and when it is updated. */
const contentRefusals: EndpointAnswers = {
  badRequest: InvalidNotice,
  unprocessableEntity: 'components that are not among the portal’s components (named in the answer)',
};

/** Operational notices as operators keep them: incidents and planned maintenance, each change kept in the notice's history. */
@ApiController('notices')
export class NoticesController {
  constructor(
    private readonly read: ReadNotices,
    private readonly register: RegisterNotice,
    private readonly update: UpdateNotice,
  ) {}

  // Before `:id`, which would take "components" for an id.
  @Endpoint('GET', 'components', Operators, {
    summary: 'the portal’s components a notice can name, in the status page’s order, each with the inquiry categories it causes',
    ok: { type: [NoticeComponentDoc] },
  })
  components(): Promise<NoticeComponentView[]> {
    return this.read.components();
  }

  @Endpoint('GET', '', Operators, {
    summary: 'the notices, newest first: in force now (`active`), announced ahead (`upcoming`), ended, or all',
    ok: { type: [NoticeDoc] },
    badRequest: 'an unknown state',
  })
  list(@Query() query: NoticeListQuery): Promise<NoticeView[]> {
    return this.read.list(query.state);
  }

  @Endpoint('GET', ':id', Operators, {
    summary: 'one notice with its history, oldest first',
    ok: { type: NoticeDoc },
    notFound: 'no such notice',
  })
  one(@Param('id', NoticeIdPipe) id: string): Promise<NoticeView> {
    return this.read.one(id);
  }

  @Endpoint('POST', '', Operators, {
    summary:
      'registers an incident (status `investigating`) or planned maintenance (`scheduled`); history entry 1 says its description, and `notice.changed.v1` goes out',
    created: { type: NoticeDoc },
    ...contentRefusals,
  })
  add(@Body() body: RegisterNoticeRequest, @CurrentUser() user: AuthenticatedUser): Promise<NoticeView> {
    return this.register.execute(body, user.username);
  }

  @Endpoint('POST', ':id/updates', Operators, {
    summary:
      'updates a notice: its new status (or the same, to say more), the message, and the fields that change; the next history entry names them, and `notice.changed.v1` goes out',
    ok: { type: NoticeDoc },
    ...contentRefusals,
    notFound: 'no such notice',
    conflict: 'made on a version that is no longer the notice’s (read it again), or a status the notice may not take next',
  })
  change(
    @Param('id', NoticeIdPipe) id: string,
    @Body() body: UpdateNoticeRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<NoticeView> {
    return this.update.execute(id, body, user.username);
  }
}
