import { Transform } from 'class-transformer';
import { IsEmail, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { CommonEnv, DefaultPorts, DefaultSmtpPort, SmtpRelayUrl } from '@inquiry-router/runtime';

const mailboxList = /^[^\s@,]+@[^\s@,]+(,[^\s@,]+@[^\s@,]+)*$/;

export class EmailAdapterEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) EMAIL_ADAPTER_PORT: number = DefaultPorts['email-adapter'];

  @IsInt() @Min(1) @Max(65535) EMAIL_ADAPTER_SMTP_PORT: number = DefaultSmtpPort;

  /** Where the SMTP server listens; 0.0.0.0 in a container, 127.0.0.1 on a workstation. */
  @IsString() EMAIL_ADAPTER_SMTP_HOST = '0.0.0.0';

  /** The support mailboxes mail is accepted for; anything else gets 550. */
  @Transform(({ value }) => String(value).replace(/\s+/g, '').toLowerCase())
  @Matches(mailboxList, { message: 'SUPPORT_MAILBOXES must be a comma-separated list of email addresses' })
  SUPPORT_MAILBOXES = 'brukerservice@altinn.example,servicedesk@altinn.example';

  /** Largest message accepted, announced in EHLO (SIZE); bigger ones get 552. */
  @IsInt() @Min(1024) EMAIL_MAX_BYTES: number = 25 * 1024 * 1024;

  // Limits of the SMTP server, per instance. The defaults are far above what the mail gateway in
  // front of us (one client address for all mail) sends in normal operation, and above the bench
  // (20 connections and 2,000 mails at once from 127.0.0.1).
  /** Connections open at once, in total; over it: 421 and the connection is closed. */
  @IsInt() @Min(1) @Max(100_000) EMAIL_SMTP_MAX_CONNECTIONS: number = 400;
  /** Connections open at once from one client address; over it: 421 and the connection is closed. */
  @IsInt() @Min(1) @Max(100_000) EMAIL_SMTP_MAX_CONNECTIONS_PER_CLIENT: number = 200;
  /** Messages (MAIL FROM) one client address may start per minute, in bursts up to the whole minute's; over it: 450. */
  @IsInt() @Min(1) @Max(10_000_000) EMAIL_SMTP_MESSAGES_PER_MINUTE_PER_CLIENT: number = 12_000;
  /** RCPT TO commands in one message, refused ones included; over it: 452. */
  @IsInt() @Min(1) @Max(10_000) EMAIL_SMTP_MAX_RECIPIENTS: number = 100;

  /** Largest attachment whose content is stored; bigger ones keep their metadata only. */
  @IsInt() @Min(0) EMAIL_MAX_ATTACHMENT_BYTES: number = 10 * 1024 * 1024;

  /** How long an SMTP session waits for Kafka to acknowledge before answering 451 (the sender retries). */
  @IsInt() @Min(100) @Max(600_000) EMAIL_PUBLISH_TIMEOUT_MS: number = 20_000;

  /** STARTTLS is offered only when both are set (PEM files); otherwise mail arrives in clear, as on loopback. */
  @IsOptional() @IsString() EMAIL_SMTP_TLS_KEY_FILE?: string;
  @IsOptional() @IsString() EMAIL_SMTP_TLS_CERT_FILE?: string;

  /** Outbound relay for acknowledgements (`smtp://host:port`); unset: no acknowledgements are sent. */
  @SmtpRelayUrl() SMTP_RELAY_URL?: string;

  @IsEmail() SUPPORT_REPLY_FROM = 'brukerservice@altinn.example';

  /**
   * How long the relay may take to accept a connection, to greet, and to answer any later step,
   * in milliseconds: a relay that stops answering fails the send (retried) instead of holding it.
   */
  @IsInt() @Min(100) @Max(600_000) SMTP_CONNECTION_TIMEOUT_MS: number = 10_000;
  @IsInt() @Min(100) @Max(600_000) SMTP_GREETING_TIMEOUT_MS: number = 10_000;
  @IsInt() @Min(100) @Max(600_000) SMTP_SOCKET_TIMEOUT_MS: number = 30_000;

  /** Attempts to send one acknowledgement before giving up (logged). */
  @IsInt() @Min(1) @Max(20) EMAIL_ACK_ATTEMPTS: number = 4;

  /** How often ordered opening exceptions and service-level targets (for the expected answer time) are read again. */
  @IsInt() @Min(1) @Max(3600) OPENING_HOURS_REFRESH_SECONDS: number = 30;

  get supportMailboxes(): string[] {
    return this.SUPPORT_MAILBOXES.split(',');
  }
}
