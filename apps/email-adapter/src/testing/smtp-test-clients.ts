// Test helpers (used by the integration tests beside them): real SMTP clients that nobody here
// wrote (Python's smtplib) and a raw socket client for malformed traffic. The outbound relay's
// stand-in, which other apps' tests use too, is libs/testing's RecordingRelay.
import { spawn } from 'node:child_process';
import * as net from 'node:net';

export interface SmtplibResult {
  /** SIZE announced in EHLO, as smtplib read it. */
  size?: string;
  mail: number;
  rcpt: number[];
  data?: number;
  reply?: string;
  error?: string;
}

export interface BuiltMail {
  from: string;
  to: string;
  subject: string;
  text?: string;
  html?: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

const smtplibScript = String.raw`
import base64, json, smtplib, sys
from email.message import EmailMessage
from email.utils import make_msgid
from email import policy

req = json.load(sys.stdin)
if 'raw' in req:
    msg = base64.b64decode(req['raw'])
else:
    b = req['build']
    m = EmailMessage(policy=policy.SMTP)
    m['From'] = b['from']
    m['To'] = b['to']
    m['Subject'] = b['subject']
    for k, v in (b.get('headers') or {}).items():
        m[k] = v
    if 'Message-ID' not in m:
        m['Message-ID'] = make_msgid(domain='client.example')
    if b.get('text') is not None:
        m.set_content(b['text'])
        if b.get('html') is not None:
            m.add_alternative(b['html'], subtype='html')
    elif b.get('html') is not None:
        m.set_content(b['html'], subtype='html')
    for a in b.get('attachments') or []:
        maintype, subtype = a['contentType'].split('/', 1)
        m.add_attachment(base64.b64decode(a['content']), maintype=maintype, subtype=subtype, filename=a['filename'])
    msg = m.as_bytes()

out = {'rcpt': []}
s = smtplib.SMTP(req['host'], req['port'], timeout=60)
try:
    s.ehlo('client.example')
    out['size'] = s.esmtp_features.get('size')
    opts = ['size=%d' % len(msg)] if s.has_extn('size') and req.get('declareSize', True) else []
    code, resp = s.mail(req['from'], opts)
    out['mail'] = code
    if code == 250:
        for r in req['to']:
            rc, _ = s.rcpt(r)
            out['rcpt'].append(rc)
        if any(rc == 250 for rc in out['rcpt']):
            try:
                code, resp = s.data(msg)
            except smtplib.SMTPDataError as e:
                code, resp = e.smtp_code, e.smtp_error
            out['data'] = code
            out['reply'] = resp.decode('utf-8', 'replace')
        else:
            s.rset()
    else:
        out['reply'] = resp.decode('utf-8', 'replace')
    s.quit()
except Exception as e:
    out['error'] = repr(e)
print(json.dumps(out))
`;

/** Sends one message with Python's smtplib; `raw` is sent as is, `build` is assembled by Python's email package. */
export function sendWithSmtplib(
  port: number,
  envelope: { from: string; to: string[] },
  message: { raw: Buffer | string } | { build: BuiltMail },
  options: { declareSize?: boolean } = {},
): Promise<SmtplibResult> {
  const request: Record<string, unknown> = {
    host: '127.0.0.1',
    port,
    from: envelope.from,
    to: envelope.to,
    declareSize: options.declareSize ?? true,
  };
  if ('raw' in message) request.raw = Buffer.from(message.raw).toString('base64');
  else
    request.build = {
      ...message.build,
      attachments: message.build.attachments?.map((a) => ({ ...a, content: a.content.toString('base64') })),
    };
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', smtplibScript], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`python3 exited with ${code}: ${stderr}`));
      const result = JSON.parse(stdout) as SmtplibResult;
      if (result.error) return reject(new Error(`smtplib: ${result.error}`));
      resolve(result);
    });
    child.stdin.end(JSON.stringify(request));
  });
}

/**
 * A bare SMTP client on a socket, for traffic no polite client would send (malformed MIME, bare
 * LFs, no SIZE declared). Reads replies line by line; every wait is bounded.
 */
export class RawSmtpClient {
  private buffer = '';
  private waiters: Array<() => void> = [];
  private closed = false;
  /** The server's first reply: 220, or 421 when it refuses the connection. */
  greeting = { code: 0, text: '' };

  private constructor(private readonly socket: net.Socket) {
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => {
      this.buffer += d;
      this.wake();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
    socket.on('error', () => undefined);
  }

  /** Connects from `localAddress` (any of 127.0.0.0/8 stands for another client) and reads the greeting. */
  static async connect(port: number, timeoutMs = 5000, localAddress = '127.0.0.1'): Promise<RawSmtpClient> {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new RawSmtpClient(socket);
    client.greeting = await client.reply(timeoutMs);
    return client;
  }

  /** Resolves once the server has closed the connection; rejects after `timeoutMs`. */
  async closedByServer(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`connection still open after ${timeoutMs} ms`);
      await this.nextEvent(left);
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((w) => w());
  }

  /** Waits for data or the close to arrive, at most `ms`. */
  private nextEvent(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** The next complete reply (multi-line replies joined); rejects after `timeoutMs`. */
  async reply(timeoutMs = 5000): Promise<{ code: number; text: string }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = /^(?:\d{3}-[^\n]*\n)*(\d{3})(?: [^\n]*)?\r?\n/.exec(this.buffer);
      if (m) {
        this.buffer = this.buffer.slice(m[0].length);
        return { code: Number(m[1]), text: m[0].trim() };
      }
      if (this.closed) throw new Error('connection closed without a reply');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no SMTP reply within ${timeoutMs} ms`);
      await this.nextEvent(left);
    }
  }

  async command(line: string, timeoutMs = 5000): Promise<{ code: number; text: string }> {
    this.socket.write(`${line}\r\n`);
    return this.reply(timeoutMs);
  }

  /** DATA with the message dot-stuffed and CRLF-terminated as the protocol needs; the content is otherwise sent as it is. */
  async data(content: Buffer, timeoutMs = 15000): Promise<{ code: number; text: string }> {
    const start = await this.command('DATA', timeoutMs);
    if (start.code !== 354) return start;
    const text = content.toString('latin1').replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
    this.socket.write(Buffer.from(text.endsWith('\r\n') ? `${text}.\r\n` : `${text}\r\n.\r\n`, 'latin1'));
    return this.reply(timeoutMs);
  }

  close(): void {
    this.socket.end('QUIT\r\n');
    this.socket.destroy();
  }
}
