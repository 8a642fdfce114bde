import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  OutboundPurposes,
  SentChannels,
  SentRoutes,
  type OutboundPurpose,
  type SentChannel,
  type SentMessagesView,
  type SentMessageView,
  type SentRoute,
} from '@inquiry-router/contracts';

export class SentInquiryDoc {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'the reference number the inquirer was given' }) reference: string;
}

export class SentMessageDoc implements SentMessageView {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'when the sink received it, or the call-back task was recorded' }) at: string;
  @ApiProperty({ enum: SentChannels }) channel: SentChannel;
  @ApiProperty({ enum: SentRoutes }) via: SentRoute;
  @ApiPropertyOptional({ enum: OutboundPurposes, nullable: true }) purpose: OutboundPurpose | null;
  @ApiPropertyOptional({ nullable: true }) from: string | null;
  @ApiProperty({ type: [String], description: 'mail addresses, platform ids, the agency or webhook path, the number to call' })
  to: string[];
  @ApiPropertyOptional({ nullable: true }) subject: string | null;
  @ApiProperty() text: string;
  @ApiPropertyOptional({ nullable: true }) messageId: string | null;
  @ApiPropertyOptional({ nullable: true }) inReplyTo: string | null;
  @ApiPropertyOptional({ nullable: true, description: "the conversation's first inquiry" }) thread: string | null;
  @ApiPropertyOptional({ type: SentInquiryDoc, nullable: true }) inquiry: SentInquiryDoc | null;
}

export class SentSinksDoc {
  @ApiProperty({ enum: ['running', 'not-running', 'unreachable'] }) state: 'running' | 'not-running' | 'unreachable';
  @ApiPropertyOptional({ description: 'where the sinks answered (running)' }) url?: string;
  @ApiPropertyOptional({ description: 'why there are no sink records (not running, unreachable)' }) reason?: string;
}

export class SentMessagesDoc implements SentMessagesView {
  @ApiProperty({ type: SentSinksDoc }) sinks: SentMessagesView['sinks'];
  @ApiProperty({ type: [SentMessageDoc] }) items: SentMessageDoc[];
}
