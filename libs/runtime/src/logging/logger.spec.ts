import { maskUrl } from './logger';

describe('maskUrl', () => {
  it('hides secret query parameters and keeps the rest', () => {
    expect(maskUrl('/webhooks/meta?hub.mode=subscribe&hub.verify_token=s3cret&hub.challenge=42')).toBe(
      '/webhooks/meta?hub.mode=subscribe&hub.verify_token=***&hub.challenge=42',
    );
    expect(maskUrl('/x?crc_token=abc&access_token=def')).toBe('/x?crc_token=***&access_token=***');
  });

  it('masks personal data in paths', () => {
    expect(maskUrl('/api/users/kari@example.no')).toBe('/api/users/k***@example.no');
  });
});
