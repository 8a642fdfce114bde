import { Controller, ForbiddenException, Get, Logger, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { xCrcResponse } from '@inquiry-router/outbound-delivery';
import { ReceiveSocialMessages } from '../receive-social-messages.use-case';
import { SocialAdapterEnv } from '../social-adapter.env';
import { XSignatureGuard } from '../http/webhook-signature.guards';
import { DeliveryReceipt, receiveDelivery } from '../http/webhook-responses';
import { handshakeChallenge, SignedDeliveries } from '../http/webhook-endpoints';
import { parseXWebhook } from './parse-x-webhook';

/** X account activity webhooks: https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/securing-webhooks */
@Controller('webhooks/x')
export class XWebhookController {
  private readonly log = new Logger(XWebhookController.name);
  private readonly ownAccounts: ReadonlySet<string>;

  constructor(
    private readonly receive: ReceiveSocialMessages,
    private readonly env: SocialAdapterEnv,
  ) {
    this.ownAccounts = new Set(env.X_ACCOUNT_ID ? [env.X_ACCOUNT_ID] : []);
  }

  /** The challenge-response check X makes when registering the webhook and hourly after. */
  @Get()
  crc(@Query('crc_token') crcToken: unknown): { response_token: string } {
    if (!this.env.X_CONSUMER_SECRET) throw new ForbiddenException('X webhooks are not configured (X_CONSUMER_SECRET is not set)');
    return xCrcResponse(handshakeChallenge(crcToken, 'crc_token'), this.env.X_CONSUMER_SECRET);
  }

  /** Signed account activity; 200 only once every direct message in it is on the bus. */
  @SignedDeliveries(XSignatureGuard)
  events(@Req() req: Request): Promise<DeliveryReceipt> {
    return receiveDelivery(this.log, this.receive, parseXWebhook(req.body, this.ownAccounts));
  }
}
