import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import {
  E164Pattern,
  PhoneLines,
  type NewPhoneCall,
  type PhoneCallAnswer,
  type PhoneLine,
  type PhoneRecording,
} from '@inquiry-router/contracts';

const voicePathExample = '/voice/describe?choice=1';

/** A call to place: which number, and from which. */
export class PlaceCallRequest implements NewPhoneCall {
  @ApiProperty({
    enum: PhoneLines,
    description: 'the number to call: the support line or the service desk (as the phone adapter is configured)',
  })
  @IsIn(PhoneLines, { message: `to must be one of ${PhoneLines.join(', ')}` })
  to: PhoneLine;

  @ApiPropertyOptional({
    example: '+4791234567',
    description: 'the caller’s number, E.164; default: a development number of its own for each call',
  })
  @IsOptional()
  @Matches(E164Pattern, { message: 'from must be an E.164 number (+4791234567)' })
  from?: string;
}

/** A voicemail left at a `<Record>`: what the caller says, as Twilio's transcription gives it. */
export class RecordingRequest implements PhoneRecording {
  @ApiProperty({
    example: 'Hei, jeg får ikke sendt inn skjemaet. Ring meg gjerne.',
    maxLength: 5000,
    description: 'the transcription (empty: Twilio could not transcribe it)',
  })
  @IsString()
  @MaxLength(5000)
  transcription: string;

  @ApiPropertyOptional({
    example: '/voice/transcription',
    nullable: true,
    description: 'the `<Record>`’s transcribeCallback, a /voice/ path as the TwiML gave it',
  })
  @IsOptional()
  @IsString()
  transcribeCallback?: string | null;
}

/** The caller's turn: where the last TwiML sends it, and the keys, words or voicemail (none: silence). */
export class AnswerCallRequest implements PhoneCallAnswer {
  @ApiProperty({
    example: voicePathExample,
    description:
      'the path the last TwiML gave (a Gather’s or Record’s action, a Redirect): a /voice/ path of the phone adapter, never a URL',
  })
  @IsString()
  @MaxLength(300)
  action: string;

  @ApiPropertyOptional({ example: '1', description: 'the keys pressed at a Gather' })
  @ValidateIf((r: AnswerCallRequest) => r.digits !== undefined)
  @Matches(/^[0-9*#]{1,20}$/, { message: 'digits must be 1 to 20 of 0-9, * and #' })
  digits?: string;

  @ApiPropertyOptional({
    example: 'Jeg får ikke logget inn med BankID',
    description: 'what the caller says at a Gather, as Twilio’s speech recognition gives it',
  })
  @ValidateIf((r: AnswerCallRequest) => r.speech !== undefined)
  @IsString()
  @Length(1, 2000)
  speech?: string;

  @ApiPropertyOptional({ type: RecordingRequest, description: 'a voicemail left at a Record (action: the Record’s action)' })
  @ValidateIf((r: AnswerCallRequest) => r.recording !== undefined)
  @ValidateNested()
  @Type(() => RecordingRequest)
  recording?: RecordingRequest;
}
