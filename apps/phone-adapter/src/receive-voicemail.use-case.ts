import { Injectable } from '@nestjs/common';
import { Inquiry, parseContract } from '@inquiry-router/contracts';
import { phoneInquiryIds, ReceiveInquiries } from '@inquiry-router/intake';
import { Clock } from '@inquiry-router/runtime';
import { SupportNumbers } from './support-numbers';
import { callerParty, VoiceCall } from './voice-call';

export interface Voicemail extends VoiceCall {
  recordingSid: string | undefined;
  transcriptionText: string | undefined;
  transcriptionStatus: string | undefined;
  recordingUrl: string | undefined;
}

/**
 * A voicemail's transcription (Twilio's transcribeCallback) becomes an inquiry; without text it
 * is still one, pointing at the recording. Resolves once Kafka has it (the webhook's 2xx).
 */
@Injectable()
export class ReceiveVoicemail {
  constructor(
    private readonly intake: ReceiveInquiries,
    private readonly clock: Clock,
    private readonly numbers: SupportNumbers,
  ) {}

  /** Null when the recording was not made on one of our numbers (nothing to take in). */
  async execute(voicemail: Voicemail): Promise<Inquiry | null> {
    if (!this.numbers.includes(voicemail.to)) return null;
    const text = voicemail.transcriptionText?.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 20_000);
    const recording = voicemail.recordingUrl ? ` Opptak: ${voicemail.recordingUrl}` : '';
    const body = text
      ? `Talemelding: ${text}${recording}`
      : `Talemelding uten tekst (transkripsjon: ${voicemail.transcriptionStatus ?? 'mangler'}).${recording}`;
    const inquiry = parseContract(Inquiry, {
      // One voicemail per recording; Twilio's retries of the callback carry the same RecordingSid.
      id: phoneInquiryIds.voicemail(voicemail.callSid, voicemail.recordingSid),
      channel: 'phone',
      receivedAt: this.clock.now().toISOString(),
      from: callerParty(voicemail.from),
      to: voicemail.to,
      body,
    });
    await this.intake.execute([inquiry]);
    return inquiry;
  }
}
