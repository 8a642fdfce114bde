import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * One address in front of several instances of an app, as a load balancer puts it: each request
 * goes to the next instance in turn, whole (method, path and query, headers, body), and its answer
 * comes back unchanged. `served` counts the requests each instance answered.
 */
export class RoundRobinProxy {
  readonly served: number[];
  private readonly server: http.Server;
  private next = 0;

  constructor(private readonly targets: number[]) {
    this.served = targets.map(() => 0);
    this.server = http.createServer((req, res) => {
      const index = this.next++ % this.targets.length;
      this.served[index]++;
      const upstream = http.request(
        { host: '127.0.0.1', port: this.targets[index], method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', (error) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`instance on port ${this.targets[index]} did not answer: ${error.message}`);
      });
      req.pipe(upstream);
    });
  }

  /** Listens on a free port of 127.0.0.1; returns its base URL. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
