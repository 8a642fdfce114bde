import { BadRequestException, Controller, ForbiddenException, Get, HttpCode, Inject, Logger, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ReceiveSocialMessages } from '../receive-social-messages.use-case';
import { SocialAdapterEnv } from '../social-adapter.env';
import { verifyXSignature, xCrcResponse } from '../http/webhook-signatures';
import { parseOr400, rawBodyOf, receiveOr503 } from '../http/webhook-responses';
import { parseXWebhook } from './parse-x-webhook';

/** X account activity webhooks: https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/securing-webhooks */
@Controller('webhooks/x')
export class XWebhookController {
  private readonly log = new Logger(XWebhookController.name);
  private readonly ownAccounts: ReadonlySet<string>;

  constructor(
    @Inject(ReceiveSocialMessages) private readonly receive: ReceiveSocialMessages,
    @Inject(SocialAdapterEnv) private readonly env: SocialAdapterEnv,
  ) {
    this.ownAccounts = new Set(env.X_ACCOUNT_ID ? [env.X_ACCOUNT_ID] : []);
  }

  /** The challenge-response check X makes when registering the webhook and hourly after. */
  @Get()
  crc(@Query('crc_token') crcToken: unknown): { response_token: string } {
    if (!this.env.X_CONSUMER_SECRET) throw new ForbiddenException('X webhooks are not configured (X_CONSUMER_SECRET is not set)');
    if (typeof crcToken !== 'string' || crcToken === '' || crcToken.length > 1000) throw new BadRequestException('crc_token must be 1-1000 characters');
    return xCrcResponse(crcToken, this.env.X_CONSUMER_SECRET);
  }

  /** Signed account activity; 200 only once every direct message in it is on the bus. */
  @Post()
  @HttpCode(200)
  async events(@Req() req: Request & { rawBody?: Buffer }): Promise<{ received: number; ignored: number }> {
    const secret = this.env.X_CONSUMER_SECRET;
    if (!secret) throw new ForbiddenException('X webhooks are not configured (X_CONSUMER_SECRET is not set)');
    const raw = rawBodyOf(req);
    if (!verifyXSignature(raw, req.header('x-twitter-webhooks-signature'), secret)) {
      throw new ForbiddenException('x-twitter-webhooks-signature is missing or does not match the body');
    }
    const parsed = parseOr400(() => parseXWebhook(req.body, this.ownAccounts));
    const { inquiries } = await receiveOr503(this.log, () => this.receive.execute(parsed.messages));
    return { received: inquiries.length, ignored: parsed.ignored };
  }
}
