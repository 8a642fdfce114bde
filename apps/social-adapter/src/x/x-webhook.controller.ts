import {
  BadRequestException,
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  Inject,
  Logger,
  Post,
  Query,
  Req,
  UseGuards,
} from '@nestjs/common';
import type { Request } from 'express';
import { ReceiveSocialMessages } from '../receive-social-messages.use-case';
import { SocialAdapterEnv } from '../social-adapter.env';
import { xCrcResponse } from '../http/webhook-signatures';
import { XSignatureGuard } from '../http/webhook-signature.guards';
import { receiveOrRetryLater } from '../http/webhook-responses';
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
    if (typeof crcToken !== 'string' || crcToken === '' || crcToken.length > 1000)
      throw new BadRequestException('crc_token must be 1-1000 characters');
    return xCrcResponse(crcToken, this.env.X_CONSUMER_SECRET);
  }

  /** Signed account activity; 200 only once every direct message in it is on the bus. */
  @Post()
  @HttpCode(200)
  @UseGuards(XSignatureGuard)
  async events(@Req() req: Request): Promise<{ received: number; ignored: number }> {
    const parsed = parseXWebhook(req.body, this.ownAccounts);
    const { inquiries } = await receiveOrRetryLater(this.log, () => this.receive.execute(parsed.messages));
    return { received: inquiries.length, ignored: parsed.ignored };
  }
}
