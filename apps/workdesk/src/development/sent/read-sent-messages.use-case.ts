import { Injectable } from '@nestjs/common';
import type { SentChannel, SentMessagesView } from '@inquiry-router/contracts';
import { callbackViews, newestFirst, sinkMessageViews, socialSpanOf } from './sent-messages';
import { SentRecords, SentSinks } from './sent.ports';

/**
 * Everything the system sent, for the development Sent page: what the local sinks received (mail,
 * direct messages, webhooks), each tied to its inquiry and thread in Postgres, and the phone
 * channel's call-back tasks, newest first.
 */
@Injectable()
export class ReadSentMessages {
  constructor(
    private readonly sinks: SentSinks,
    private readonly records: SentRecords,
  ) {}

  async execute(query: { channel?: SentChannel; limit: number }): Promise<SentMessagesView> {
    const answer = await this.sinks.recent(query.limit, query.channel);
    const received = answer.records;
    const inquiries = await this.records.inquiries(received.flatMap((r) => r.inquiryReferences));
    const span = socialSpanOf(received, new Set(inquiries.map((i) => i.id)));
    const [sentToThem, sentOnSocial, callbacks] = await Promise.all([
      this.records.messagesSentTo(inquiries.map((i) => i.id)),
      span ? this.records.socialMessagesSentBetween(span.from, span.to) : [],
      query.channel === undefined || query.channel === 'phone' ? this.records.callbackTasks(query.limit) : [],
    ]);
    const fromSinks = sinkMessageViews(received, { inquiries, sentHistory: [...sentToThem, ...sentOnSocial] });
    return {
      sinks: answer.state === 'running' ? { state: 'running', url: answer.url } : { state: answer.state, reason: answer.reason },
      items: newestFirst(query.limit, fromSinks, callbackViews(callbacks)),
    };
  }
}
