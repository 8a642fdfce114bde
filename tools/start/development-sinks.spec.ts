import type { SinkEnv } from '@inquiry-router/local-system';
import { sinkEnvUnlessSet, sinkPorts } from './development-sinks';

const sinks: SinkEnv = {
  SMTP_RELAY_URL: 'smtp://127.0.0.1:2526',
  META_GRAPH_URL: 'http://127.0.0.1:3010/meta',
  X_API_URL: 'http://127.0.0.1:3010/x',
  META_PAGE_ACCESS_TOKEN: 'local-sink-page-access-token',
  X_BEARER_TOKEN: 'local-sink-bearer-token',
  LOCAL_SINKS_URL: 'http://127.0.0.1:3010',
};

describe('the local sinks npm start runs in development', () => {
  it('points every app at them when nothing is set', () => {
    expect(sinkEnvUnlessSet(sinks, {})).toEqual(sinks);
  });

  it('leaves a relay or platform the user named, and its token, alone', () => {
    const own = {
      SMTP_RELAY_URL: 'smtp://mail.example:25',
      META_GRAPH_URL: 'https://graph.facebook.com/v21.0',
      META_PAGE_ACCESS_TOKEN: 'real',
    };
    expect(sinkEnvUnlessSet(sinks, own)).toEqual({
      X_API_URL: sinks.X_API_URL,
      X_BEARER_TOKEN: sinks.X_BEARER_TOKEN,
      LOCAL_SINKS_URL: sinks.LOCAL_SINKS_URL,
    });
    // A token set for the real platform goes with the stand-in unchanged: the stand-in takes any.
    expect(sinkEnvUnlessSet(sinks, { X_BEARER_TOKEN: 'real' })).not.toHaveProperty('X_BEARER_TOKEN');
  });

  it('listens on 2526 and 3010 unless told otherwise, and refuses what is no port', () => {
    expect(sinkPorts({})).toEqual({ smtp: 2526, http: 3010 });
    expect(sinkPorts({ SINKS_SMTP_PORT: '12526', SINKS_HTTP_PORT: '13010' })).toEqual({ smtp: 12526, http: 13010 });
    expect(() => sinkPorts({ SINKS_HTTP_PORT: 'eighty' })).toThrow('SINKS_HTTP_PORT must be a port number (1–65535)');
  });
});
