import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { freePort } from '@inquiry-router/local-system';

/** One request to `/hooks/<hook>` as it came, and the status it was answered with (null: never answered). */
export interface HookRequest {
  hook: string;
  /** When it came, in ms since the epoch. */
  at: number;
  headers: Record<string, string>;
  body: string;
  status: number | null;
}

/** How a hook answers a request: with an HTTP status, or `hang`: never, so the sender's timeout ends the call. */
export type HookAnswer = number | 'hang';

/**
 * Webhook endpoints `/hooks/<hook>` on 127.0.0.1, as the subscribers and agencies a test stands in
 * for run them: every request recorded as it came, each answered as `answer` says for it.
 */
export class WebhookReceiver {
  readonly received: HookRequest[] = [];
  private readonly server: Server = createServer((req, res) => this.handle(req, res));

  constructor(private readonly answer: (request: HookRequest) => HookAnswer) {}

  /** Starts on a free port of 127.0.0.1; returns the hooks' base URL (`<url>/<hook>` is one hook). */
  async listen(): Promise<string> {
    const port = await freePort();
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', () => resolve()));
    return `http://127.0.0.1:${port}/hooks`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** What `hook` received, oldest first. */
  for(hook: string): HookRequest[] {
    return this.received.filter((r) => r.hook === hook);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const hook = new URL(req.url ?? '/', 'http://receiver').pathname.split('/')[2] ?? '';
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const request: HookRequest = { hook, at: Date.now(), headers, body: Buffer.concat(chunks).toString('utf8'), status: null };
      this.received.push(request);
      const answer = this.answer(request);
      if (answer === 'hang') return;
      request.status = answer;
      res.writeHead(answer).end();
    });
  }
}
