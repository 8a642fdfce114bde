import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * The outside world the system talks to, on loopback: the agencies' webhooks (which can be made
 * to hang: take the request and never answer) and the social platforms' send APIs. Every request
 * is read to its end and answered 200, unless hanging.
 */
export class OutsideWorld {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly held = new Set<ServerResponse>();
  private hanging = false;
  /** Deliveries the agencies' webhooks answered. */
  agencyDeliveries = 0;

  constructor() {
    this.server = createServer((req, res) => this.answer(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  agencyWebhookUrl(agency: string): string {
    return `${this.baseUrl}/agencies/${agency}/webhook`;
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
    req.resume();
    req.once('end', () => {
      const agency = req.url?.startsWith('/agencies/') ?? false;
      if (agency && this.hanging) {
        this.held.add(res);
        return;
      }
      if (agency) this.agencyDeliveries++;
      res.writeHead(200, { 'content-type': 'application/json' });
      // What the Meta Send API and X's DM API answer, enough for the adapter's reading of it.
      res.end(JSON.stringify({ recipient_id: '1', message_id: 'm_1', data: { dm_event_id: '1' } }));
    });
  }
}

/** The outbound mail relay's stand-in: takes every message and keeps none (acknowledgements to senders). */
export class DiscardingRelay {
  private readonly server = new SMTPServer({
    authOptional: true,
    hideSTARTTLS: true,
    logger: false,
    onData: (stream, _session, callback) => {
      stream.resume();
      stream.once('end', () => callback());
    },
  });
  private port = 0;

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
