import { AgencyEndpointRepository, AgencyEndpointSettings } from '@inquiry-router/persistence';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { loadConfig } from '@inquiry-router/runtime';
import { productionRequirements } from '../testing/production-env';
import { WorkdeskEnv } from '../workdesk.env';
import { AgencyDeliverySettings, InvalidDeliverySettings } from './agency-delivery-settings.use-case';

const inMemory = <T>(implementation: Partial<T>): T => implementation as T;
const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;

function settingsIn(nodeEnv: 'production' | 'test') {
  const saved: string[] = [];
  const endpoints = inMemory<AgencyEndpointRepository>({
    save: async (agency, change) => {
      saved.push(change.webhookUrl ?? '');
      return { agency, webhookUrl: change.webhookUrl } as AgencyEndpointSettings;
    },
  });
  const policy = inMemory<RoutingPolicySource>({ agencyCodes: () => new Set(['skd']) });
  const settings = new AgencyDeliverySettings(endpoints, policy, loadConfig(WorkdeskEnv, { NODE_ENV: nodeEnv, ...productionRequirements }));
  const change = (webhookUrl: string) => settings.change('skd', { webhookUrl, webhookSecret: secret, enabled: true }, 'supervisor');
  return { change, saved };
}

describe('agency delivery settings: where a webhook may point', () => {
  it.each([
    ['https://127.0.0.1/hooks', /127\.0\.0\.1 is a loopback address/],
    ['https://10.20.30.40/hooks', /10\.20\.30\.40 is a private address/],
    ['https://172.16.5.4/hooks', /private/],
    ['https://192.168.0.10/hooks', /private/],
    ['https://169.254.169.254/latest/meta-data', /linkLocal/],
    ['https://0.0.0.0/hooks', /unspecified/],
    ['https://[::1]/hooks', /::1 is a loopback address/],
    ['https://[fd00::1]/hooks', /uniqueLocal/],
    ['https://[fe80::1]/hooks', /linkLocal/],
    ['https://[::ffff:10.0.0.1]/hooks', /private/],
    ['https://localhost/hooks', /localhost resolves to .*, a loopback address/],
  ])('in production refuses %s with the reason', async (url, reason) => {
    const { change, saved } = settingsIn('production');
    const refused = change(url);
    await expect(refused).rejects.toThrow(InvalidDeliverySettings);
    await expect(refused).rejects.toThrow(reason);
    expect(saved).toEqual([]);
  });

  it('in production keeps a public https webhook, and one whose name does not resolve yet', async () => {
    const { change, saved } = settingsIn('production');
    await change('https://93.184.215.14/hooks');
    await change('https://hooks.skd.invalid/inquiries');
    expect(saved).toEqual(['https://93.184.215.14/hooks', 'https://hooks.skd.invalid/inquiries']);
    await expect(change('http://93.184.215.14/hooks')).rejects.toThrow('webhookUrl must be https in production');
  });

  it('outside production lets tests and the demo deliver to local servers', async () => {
    const { change, saved } = settingsIn('test');
    await change('http://127.0.0.1:4010/hooks/skd');
    expect(saved).toEqual(['http://127.0.0.1:4010/hooks/skd']);
  });
});
