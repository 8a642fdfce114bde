import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PhoneLines,
  type CallTurn,
  type DevelopmentPhoneView,
  type PhoneCallStepView,
  type PhoneLine,
  type PostedWebhookView,
} from '@inquiry-router/contracts';

// The classes document the answers in OpenAPI; each implements the contract the console reads.

export class PhoneLineDoc {
  @ApiProperty({ enum: PhoneLines }) line: PhoneLine;
  @ApiProperty({ example: '+4775006000' }) number: string;
}

export class DevelopmentPhoneDoc implements DevelopmentPhoneView {
  @ApiProperty({ type: [PhoneLineDoc] }) lines: PhoneLineDoc[];
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'why no call can be placed (what to configure); null when calls can be placed',
  })
  notConfigured: string | null;
}

export class PostedWebhookDoc implements PostedWebhookView {
  @ApiProperty({ example: '/voice/describe?choice=1' }) path: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { SpeechResult: 'Jeg får ikke logget inn', Confidence: '0.92' },
  })
  fields: Record<string, string>;
  @ApiProperty({ example: 200 }) status: number;
}

export class PhoneCallStepDoc implements PhoneCallStepView {
  @ApiProperty({ example: `CA${'0'.repeat(32)}` }) callSid: string;
  @ApiProperty({ enum: PhoneLines }) line: PhoneLine;
  @ApiProperty({ example: '+4775006000' }) to: string;
  @ApiProperty({ type: [PostedWebhookDoc] }) posted: PostedWebhookDoc[];
  @ApiProperty({ description: 'the TwiML the phone adapter answered with' }) twiml: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'the TwiML as the caller meets it (libs/twiml readCallTurn): verbs, heard, waitsFor, onSilence, ends',
  })
  turn: CallTurn;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'the inquiry the call made, once it has left the IVR' })
  inquiryId: string | null;
}
