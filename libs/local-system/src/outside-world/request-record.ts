import type { SinkRecord } from '@inquiry-router/contracts';
import { referencesIn } from './inquiry-references';
import { cut } from './mail-record';

/** A request the HTTP stand-in received: its method, path (with the query) and headers, and its body as text. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Meta's Send API as the social adapter calls it: `${META_GRAPH_URL}/me/messages`. */
const metaSend = /\/me\/messages$/;
/** X's direct messages: `${X_API_URL}/2/dm_conversations/with/{participant}/messages`. */
const xSend = /\/2\/dm_conversations\/with\/([^/]+)\/messages$/;
/** Where `npm start` points agencies without delivery settings of their own (and the fault harness every agency). */
const agencyWebhook = /^\/agencies\/([^/]+)\/webhook$/;

type Json = Record<string, unknown>;

function jsonOf(body: string): Json | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
  } catch {
    return null;
  }
}

const field = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Json)[key] : undefined), value);
const stringAt = (value: unknown, ...path: string[]): string | null => {
  const found = field(value, ...path);
  return typeof found === 'string' ? found : null;
};
const header = (req: ReceivedRequest, name: string): string | null => {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

/** The path without its query: the access token Meta takes in the query is never recorded. */
function pathOf(req: ReceivedRequest): string {
  const path = req.path.split('?')[0];
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * What the HTTP stand-in records of one request: a direct message through Meta's or X's send API
 * (to the person's platform id), an agency's delivery (`inquiry.forwarded.v1`: the inquiry's id and
 * reference), or any other webhook (a notice subscriber's, say) by its path. Null for what sends
 * nothing (a GET).
 */
export function requestRecord(req: ReceivedRequest, at: Date, id: string): SinkRecord | null {
  if (req.method !== 'POST' && req.method !== 'PUT') return null;
  const path = pathOf(req);
  const json = jsonOf(req.body);
  const base = { id, at: at.toISOString(), from: null, inReplyTo: null, references: [] };

  if (metaSend.test(path)) {
    const text = cut(stringAt(json, 'message', 'text') ?? '');
    const recipient = stringAt(json, 'recipient', 'id');
    return {
      ...base,
      channel: 'social',
      via: 'meta',
      to: recipient ? [recipient] : [],
      subject: null,
      text,
      messageId: null,
      inquiryReferences: referencesIn(text),
    };
  }

  const x = path.match(xSend);
  if (x) {
    const text = cut(stringAt(json, 'text') ?? '');
    return {
      ...base,
      channel: 'social',
      via: 'x',
      to: [x[1]],
      subject: null,
      text,
      messageId: null,
      inquiryReferences: referencesIn(text),
    };
  }

  const agency = path.match(agencyWebhook);
  if (agency || stringAt(json, 'type') === 'inquiry.forwarded.v1') {
    const inquiry = field(json, 'data', 'inquiry');
    const ids = [stringAt(inquiry, 'id'), stringAt(inquiry, 'reference')].filter((s): s is string => s !== null);
    const text = cut(stringAt(inquiry, 'text') ?? req.body);
    return {
      ...base,
      channel: 'webhook',
      via: 'agency-webhook',
      to: [stringAt(json, 'data', 'agency') ?? agency?.[1] ?? path],
      subject: stringAt(inquiry, 'subject'),
      text,
      messageId: header(req, 'webhook-id'),
      inquiryReferences: [...new Set([...ids, ...referencesIn(text)])],
    };
  }

  // Any other webhook: a notice (`notice.changed`) reads by its type and Norwegian title and message.
  const type = stringAt(json, 'type');
  const title = stringAt(json, 'title', 'nb') ?? stringAt(json, 'title');
  const text = cut(stringAt(json, 'message', 'nb') ?? stringAt(json, 'message') ?? req.body);
  return {
    ...base,
    channel: 'webhook',
    via: 'webhook',
    to: [path],
    subject: [type, title].filter(Boolean).join(': ') || null,
    text,
    messageId: header(req, 'webhook-id'),
    inquiryReferences: referencesIn(text),
  };
}

/** What the stand-in answers a send: what Meta's Send API and X's DM API answer (enough for the adapter), else an empty object. */
export function standInAnswer(record: SinkRecord | null): Json {
  if (record?.via === 'meta') return { recipient_id: record.to[0] ?? '', message_id: `m_${record.id}` };
  if (record?.via === 'x') return { data: { dm_conversation_id: record.to[0] ?? '', dm_event_id: record.id } };
  return {};
}
