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
  Res,
  UseGuards,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { ReceiveSocialMessages } from '../receive-social-messages.use-case';
import { SocialAdapterEnv } from '../social-adapter.env';
import { sameText } from '../http/webhook-signatures';
import { MetaSignatureGuard } from '../http/webhook-signature.guards';
import { receiveOrRetryLater } from '../http/webhook-responses';
import { parseMetaWebhook } from './parse-meta-webhook';

/** Messenger and Instagram webhooks: https://developers.facebook.com/docs/graph-api/webhooks/getting-started */
@Controller('webhooks/meta')
export class MetaWebhookController {
  private readonly log = new Logger(MetaWebhookController.name);

  constructor(
    @Inject(ReceiveSocialMessages) private readonly receive: ReceiveSocialMessages,
    @Inject(SocialAdapterEnv) private readonly env: SocialAdapterEnv,
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
    if (typeof challenge !== 'string' || challenge === '' || challenge.length > 1000)
      throw new BadRequestException('hub.challenge must be 1-1000 characters');
    // Plain text only on success: refusals stay JSON with their reason.
    res.type('text/plain; charset=utf-8');
    return challenge;
  }

  /** Signed events; 200 only once every message in them is on the bus. */
  @Post()
  @HttpCode(200)
  @UseGuards(MetaSignatureGuard)
  async events(@Req() req: Request): Promise<{ received: number; ignored: number }> {
    const parsed = parseMetaWebhook(req.body);
    const { inquiries } = await receiveOrRetryLater(this.log, () => this.receive.execute(parsed.messages));
    return { received: inquiries.length, ignored: parsed.ignored };
  }
}
