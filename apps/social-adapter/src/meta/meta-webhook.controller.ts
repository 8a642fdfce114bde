import { Controller, ForbiddenException, Get, Logger, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sameText } from '@inquiry-router/outbound-delivery';
import { ReceiveSocialMessages } from '../receive-social-messages.use-case';
import { SocialAdapterEnv } from '../social-adapter.env';
import { MetaSignatureGuard } from '../http/webhook-signature.guards';
import { DeliveryReceipt, receiveDelivery } from '../http/webhook-responses';
import { handshakeChallenge, SignedDeliveries } from '../http/webhook-endpoints';
import { parseMetaWebhook } from './parse-meta-webhook';

/** Messenger and Instagram webhooks: https://developers.facebook.com/docs/graph-api/webhooks/getting-started */
@Controller('webhooks/meta')
export class MetaWebhookController {
  private readonly log = new Logger(MetaWebhookController.name);

  constructor(
    private readonly receive: ReceiveSocialMessages,
    private readonly env: SocialAdapterEnv,
  ) {}

  /** The subscription handshake: echo the challenge if the verify token is ours. */
  @Get()
  verify(
    @Query('hub.mode') mode: unknown,
    @Query('hub.verify_token') token: unknown,
    @Query('hub.challenge') challenge: unknown,
    @Res({ passthrough: true }) res: Response,
  ): string {
    if (!this.env.META_VERIFY_TOKEN) throw new ForbiddenException('Meta webhooks are not configured (META_VERIFY_TOKEN is not set)');
    if (mode !== 'subscribe') throw new ForbiddenException('hub.mode must be "subscribe"');
    if (typeof token !== 'string' || !sameText(token, this.env.META_VERIFY_TOKEN))
      throw new ForbiddenException('hub.verify_token does not match');
    const echo = handshakeChallenge(challenge, 'hub.challenge');
    // Plain text only on success: refusals stay JSON with their reason.
    res.type('text/plain; charset=utf-8');
    return echo;
  }

  /** Signed events; 200 only once every message in them is on the bus. */
  @SignedDeliveries(MetaSignatureGuard)
  events(@Req() req: Request): Promise<DeliveryReceipt> {
    return receiveDelivery(this.log, this.receive, parseMetaWebhook(req.body));
  }
}
