import * as http from 'node:http';
import { AddressInfo } from 'node:net';

/** One request the adapter made to a send API, its JSON body parsed. */
export interface SentRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface SendApiRecorder {
  /** Where it listens: Meta's Graph API under `/graph/v21.0`, X's API under `/x`, as a test's env says. */
  url: string;
  requests: SentRequest[];
  close(): Promise<void>;
}

/** The Meta recipient a request was sent to (Messenger and Instagram sends), if any. */
export const metaRecipientOf = (request: SentRequest): string | undefined =>
  (request.body as { recipient?: { id?: string } } | null)?.recipient?.id;

/** Stands in for Meta's Graph API and X's API: answers 200 as Meta's send API does and keeps every request. */
export async function startSendApiRecorder(): Promise<SendApiRecorder> {
  const requests: SentRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: text ? JSON.parse(text) : null });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"recipient_id":"x","message_id":"y"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
