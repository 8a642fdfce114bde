import { createServer, Socket } from 'node:net';

/** A relay that hangs: accepts connections on a loopback port and never says a word. */
export class SilentRelay {
  private readonly sockets: Socket[] = [];
  private readonly server = createServer((socket) => this.sockets.push(socket));

  /** Listens on a free port; resolves with its `smtp://` URL. */
  listen(): Promise<string> {
    return new Promise((resolve) =>
      this.server.listen(0, '127.0.0.1', () => resolve(`smtp://127.0.0.1:${(this.server.address() as { port: number }).port}`)),
    );
  }

  get connections(): number {
    return this.sockets.length;
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
