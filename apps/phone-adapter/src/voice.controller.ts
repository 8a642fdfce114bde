import { BadRequestException, Controller, Header, HttpCode, Logger, Post, Query, UseGuards } from '@nestjs/common';
import { ContractViolation } from '@inquiry-router/contracts';
import { AnswerVoiceWebhook } from './answer-voice-webhook.use-case';
import { parseMenuChoice } from './ivr-menu';
import { ReceiveVoicemail } from './receive-voicemail.use-case';
import { TwilioFields, WebhookFields } from './twilio-params';
import { TwilioSignatureGuard } from './twilio-signature.guard';
import { VoiceCall } from './voice-call';
import { InvalidCallData, VoicemailNotStored } from './voice-errors';
import { emptyResponse, goodbyeResponse } from './voice-responses';

const callSid = /^CA[0-9a-fA-F]{32}$/;

function callOf(fields: WebhookFields): VoiceCall {
  return {
    callSid: fields.required('CallSid', callSid, '"CA" and 32 hex digits'),
    from: fields.optional('From', 200),
    to: fields.required('To', /\S/, 'a number', 320),
  };
}

async function refusingInvalid<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ContractViolation) throw new InvalidCallData(error);
    throw error;
  }
}

/** Twilio's voice webhooks (signed, form-encoded) → the IVR use cases → TwiML. */
@Controller('voice')
@UseGuards(TwilioSignatureGuard)
export class VoiceController {
  private readonly log = new Logger(VoiceController.name);

  constructor(
    private readonly ivr: AnswerVoiceWebhook,
    private readonly voicemail: ReceiveVoicemail,
  ) {}

  @Post('incoming')
  @HttpCode(200)
  @Header('Content-Type', 'text/xml; charset=utf-8')
  incoming(@TwilioFields() fields: WebhookFields): string {
    return this.ivr.incoming(callOf(fields));
  }

  @Post('menu')
  @HttpCode(200)
  @Header('Content-Type', 'text/xml; charset=utf-8')
  menu(@TwilioFields() fields: WebhookFields): string {
    return this.ivr.menu(callOf(fields), fields.optional('Digits', 50), fields.optional('SpeechResult'));
  }

  @Post('describe')
  @HttpCode(200)
  @Header('Content-Type', 'text/xml; charset=utf-8')
  describe(@TwilioFields() fields: WebhookFields, @Query('choice') choice: unknown): Promise<string> {
    const menuChoice = parseMenuChoice(choice);
    if (!menuChoice) throw new BadRequestException('choice must be 1, 2, 3 or 4');
    const call = callOf(fields);
    const speech = fields.optional('SpeechResult');
    return refusingInvalid(() => this.ivr.describe(call, menuChoice, speech));
  }

  @Post('callback')
  @HttpCode(200)
  @Header('Content-Type', 'text/xml; charset=utf-8')
  callback(@TwilioFields() fields: WebhookFields): Promise<string> {
    const call = callOf(fields);
    const digits = fields.optional('Digits', 50);
    return refusingInvalid(() => this.ivr.callback(call, digits));
  }

  /** Twilio's transcribeCallback: acknowledged (2xx) only once the voicemail's inquiry is in Kafka. */
  @Post('transcription')
  @HttpCode(200)
  @Header('Content-Type', 'text/xml; charset=utf-8')
  async transcription(@TwilioFields() fields: WebhookFields): Promise<string> {
    const voicemail = {
      ...callOf(fields),
      recordingSid: fields.optional('RecordingSid', 64),
      transcriptionText: fields.optional('TranscriptionText', 50_000),
      transcriptionStatus: fields.optional('TranscriptionStatus', 40),
      recordingUrl: fields.optional('RecordingUrl', 1000),
    };
    if (voicemail.recordingUrl !== undefined && !/^https?:\/\/\S+$/.test(voicemail.recordingUrl)) {
      throw new BadRequestException('RecordingUrl must be an http(s) URL');
    }
    if (!voicemail.transcriptionText?.trim() && !voicemail.recordingUrl) {
      throw new BadRequestException('TranscriptionText or RecordingUrl is required');
    }
    await refusingInvalid(async () => {
      try {
        await this.voicemail.execute(voicemail);
      } catch (error) {
        if (error instanceof ContractViolation) throw error;
        this.log.error(`voicemail of a call could not be published: ${error instanceof Error ? error.message : String(error)}`);
        throw new VoicemailNotStored(error);
      }
    });
    return emptyResponse();
  }

  /** Where a recording ends (the Record verb's action). */
  @Post('goodbye')
  @HttpCode(200)
  @Header('Content-Type', 'text/xml; charset=utf-8')
  goodbye(@TwilioFields() fields: WebhookFields): string {
    callOf(fields);
    return goodbyeResponse();
  }
}
