import { NotAVoicePath, voicePathOf, voiceWebhookOf } from './voice-path';

describe('voicePathOf', () => {
  it('takes the paths the phone adapter’s TwiML gives, query and all', () => {
    for (const path of [
      '/voice/incoming',
      '/voice/menu',
      '/voice/describe?choice=1',
      '/voice/callback',
      '/voice/goodbye',
      '/voice/transcription',
    ]) {
      expect(voicePathOf(path)).toBe(path);
    }
  });

  it('refuses anything that could leave the phone adapter’s voice webhooks', () => {
    const refused = [
      'http://169.254.169.254/latest/meta-data',
      'https://evil.example/voice/menu',
      '//evil.example/voice/menu',
      '/\\evil.example/voice/menu',
      '/voice/../api/development',
      '/voice/%2e%2e/metrics',
      '/voice/menu/../../health',
      '/voice/menu#x',
      '/voice/menu?next=http://evil.example',
      '/voice/menu?a=1&b=@evil.example',
      '/voice/',
      'voice/menu',
      '/health/ready',
      '/development/clock',
      ' /voice/menu',
      '/voice/menu\n',
      '',
    ];
    for (const path of refused) expect(() => voicePathOf(path)).toThrow(NotAVoicePath);
    for (const notAString of [undefined, null, 1, ['/voice/menu'], { path: '/voice/menu' }]) {
      expect(() => voicePathOf(notAString)).toThrow(NotAVoicePath);
    }
  });

  it('says which field was wrong and what it must be', () => {
    try {
      voicePathOf('https://evil.example', 'recording.transcribeCallback');
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(NotAVoicePath);
      expect((error as NotAVoicePath).kind).toBe('invalid');
      expect((error as NotAVoicePath).message).toMatch(/^recording\.transcribeCallback must be a path .*\/voice\//);
    }
  });
});

describe('voiceWebhookOf', () => {
  it('names the webhook without its query', () => {
    expect(voiceWebhookOf('/voice/describe?choice=2')).toBe('describe');
    expect(voiceWebhookOf('/voice/callback')).toBe('callback');
  });
});
