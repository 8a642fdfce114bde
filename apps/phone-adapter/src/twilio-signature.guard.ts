import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import { validateRequest } from 'twilio';
import { PhoneAdapterEnv } from './phone-adapter.env';
import { parseForm, RequestWithParams, twilioParamsKey, WebhookFields } from './twilio-params';

/**
 * Lets through only requests Twilio signed: the X-Twilio-Signature header checked by the twilio
 * package over our public URL (as configured at Twilio) and the form fields. Anything else: 403
 * with the reason, before any inquiry exists.
 */
@Injectable()
export class TwilioSignatureGuard implements CanActivate {
  constructor(private readonly env: PhoneAdapterEnv) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<RequestWithParams>();
    const signature = req.header('x-twilio-signature');
    if (!signature) throw new ForbiddenException('X-Twilio-Signature is missing');
    if (!req.is('application/x-www-form-urlencoded')) {
      throw new UnsupportedMediaTypeException('Twilio webhooks are application/x-www-form-urlencoded');
    }
    const params = parseForm(req.rawBody ?? Buffer.alloc(0));
    const url = this.env.publicBaseUrl + req.originalUrl;
    let valid: boolean;
    try {
      valid = validateRequest(this.env.twilioAuthToken, signature, url, params);
    } catch {
      valid = false; // a URL the twilio package cannot parse is not one Twilio signed
    }
    if (!valid) throw new ForbiddenException('X-Twilio-Signature does not match this request');
    req[twilioParamsKey] = new WebhookFields(params);
    return true;
  }
}
