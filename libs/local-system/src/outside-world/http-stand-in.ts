import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { SentChannels, type SentChannel, type SinkRecord } from '@inquiry-router/contracts';
import { ReceivedRequest, requestRecord, standInAnswer } from './request-record';
import type { SentLog } from './sent-log';

/** Largest request body read; more is refused with 413. */
const MaxBodyBytes = 5 * 1024 * 1024;

/**
 * The outside world's HTTP side, on loopback: stands in for Meta's and X's send APIs, the agencies'
 * webhooks and any other webhook (answering 200 as they do), records what each carried in the log,
 * and serves the log: `GET /sent?channel=&limit=` (newest first), `GET /health`. The agencies'
 * webhooks can be made to hang (take the request, never answer) for the fault harness.
 */
export class HttpStandIn {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly held = new Set<ServerResponse>();
  private hanging = false;
  private listeningOn = 0;
  /** Deliveries the agencies' webhooks answered. */
  agencyDeliveries = 0;

  constructor(
    private readonly log: SentLog,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.server = createServer((req, res) => this.answer(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  /** Listens on loopback, on `port` (0: a free one); resolves with the port, rejects when it is taken. */
  listen(port = 0): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        this.listeningOn = (this.server.address() as AddressInfo).port;
        resolve(this.listeningOn);
      });
    });
  }

  /** The port it listens (or last listened) on. */
  get port(): number {
    return this.listeningOn;
  }

  /** From now on the agencies' webhooks take requests and never answer, until `answerAgain`. */
  hang(): void {
    this.hanging = true;
  }

  /** The agencies answer again; the requests held meanwhile are cut off, as a hung server's are when it restarts. */
  answerAgain(): void {
    this.hanging = false;
    for (const res of this.held) res.socket?.destroy();
    this.held.clear();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/sent') return this.serveSent(url, res);
    if (req.method === 'GET' && url.pathname === '/health') return json(res, 200, { status: 'ok' });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MaxBodyBytes) chunks.push(chunk);
    });
    req.once('end', () => {
      if (size > MaxBodyBytes) return json(res, 413, { error: `a body of at most ${MaxBodyBytes} bytes` });
      const received: ReceivedRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const agency = url.pathname.startsWith('/agencies/');
      if (agency && this.hanging) {
        this.held.add(res);
        return;
      }
      const record = requestRecord(received, this.now(), randomUUID());
      if (record) this.log.add(record);
      if (agency) this.agencyDeliveries++;
      json(res, 200, standInAnswer(record));
    });
  }

  private serveSent(url: URL, res: ServerResponse): void {
    const channel = url.searchParams.get('channel');
    const limit = Number(url.searchParams.get('limit') ?? this.log.capacity);
    if (channel !== null && !SentChannels.includes(channel as SentChannel))
      return json(res, 400, { error: `channel must be one of ${SentChannels.join(', ')}` });
    if (!Number.isInteger(limit) || limit < 1) return json(res, 400, { error: 'limit must be a whole number from 1' });
    const items: SinkRecord[] = this.log.recent({ limit, channel: (channel as SentChannel | null) ?? undefined });
    json(res, 200, { items });
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
