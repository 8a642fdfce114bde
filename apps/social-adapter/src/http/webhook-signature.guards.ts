import { CanActivate, ExecutionContext, ForbiddenException, Injectable, mixin, Type, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';
import { MetaSignatureHeader, verifyMetaSignature, verifyXSignature, XSignatureHeader } from '@inquiry-router/outbound-delivery';
import { SocialAdapterEnv } from '../social-adapter.env';

type SignedRequest = Request & { rawBody?: Buffer };

interface WebhookSigning {
  platform: string;
  /** The env variable holding the signing secret; a webhook whose secret is unset is refused. */
  secretVariable: 'META_APP_SECRET' | 'X_CONSUMER_SECRET';
  header: string;
  verify(rawBody: Buffer, header: string | undefined, secret: string): boolean;
}

/**
 * Lets through only webhooks the platform signed, checked over the exact bytes it sent; anything
 * else is refused (403 with the reason, 415 for a body that is not JSON) before it is read.
 */
function webhookSignatureGuard(signing: WebhookSigning): Type<CanActivate> {
  @Injectable()
  class WebhookSignatureGuard implements CanActivate {
    constructor(private readonly env: SocialAdapterEnv) {}

    canActivate(context: ExecutionContext): boolean {
      const secret = this.env[signing.secretVariable];
      if (!secret) throw new ForbiddenException(`${signing.platform} webhooks are not configured (${signing.secretVariable} is not set)`);
      const req = context.switchToHttp().getRequest<SignedRequest>();
      // Only JSON bodies keep their raw bytes (the JSON parser keeps them).
      if (!Buffer.isBuffer(req.rawBody)) throw new UnsupportedMediaTypeException('the body must be JSON (content-type: application/json)');
      if (!signing.verify(req.rawBody, req.header(signing.header), secret)) {
        throw new ForbiddenException(`${signing.header} is missing or does not match the body`);
      }
      return true;
    }
  }
  return mixin(WebhookSignatureGuard);
}

/** Messenger and Instagram: `X-Hub-Signature-256`, keyed with the app secret. */
export const MetaSignatureGuard = webhookSignatureGuard({
  platform: 'Meta',
  secretVariable: 'META_APP_SECRET',
  header: MetaSignatureHeader,
  verify: verifyMetaSignature,
});

/** X account activity: `x-twitter-webhooks-signature`, keyed with the consumer secret. */
export const XSignatureGuard = webhookSignatureGuard({
  platform: 'X',
  secretVariable: 'X_CONSUMER_SECRET',
  header: XSignatureHeader,
  verify: verifyXSignature,
});
