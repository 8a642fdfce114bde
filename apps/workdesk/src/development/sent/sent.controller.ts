import { Query } from '@nestjs/common';
import type { SentMessagesView } from '@inquiry-router/contracts';
import { Endpoint, SupportStaff } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { ReadSentMessages } from './read-sent-messages.use-case';
import { SentQuery } from './sent.requests';
import { SentMessagesDoc } from './sent.views';

/** The development Sent page's list: everything the system sent, from the local sinks and the call-back tasks. Not mounted in production. */
@ApiController('development/sent')
export class SentController {
  constructor(private readonly read: ReadSentMessages) {}

  @Endpoint('GET', '', SupportStaff, {
    summary:
      'what the system sent, newest first: mail, direct messages and webhooks as the local sinks received them, and call-back tasks, each with its thread and inquiry (outside production only; in production this route is not there)',
    ok: { type: SentMessagesDoc },
    badRequest: 'channel not one of email, social, phone, webhook, or limit outside 1–1000',
  })
  list(@Query() query: SentQuery): Promise<SentMessagesView> {
    return this.read.execute({ channel: query.channel, limit: query.limit ?? 200 });
  }
}
