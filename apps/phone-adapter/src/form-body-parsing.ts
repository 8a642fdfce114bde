import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

/**
 * Installs the form body parser without `qs` (Nest's default is `extended: true`), keeping the raw
 * body. The signature guard reads a webhook's fields from the raw body, exactly as signed, and
 * nothing reads Express's parsed `req.body`: parsing it with `qs`, which builds nested objects
 * from `a[b]=1`, was CPU spent on every call for nothing. Runs while Nest builds the providers,
 * before `app.init()`, so Nest sees a form parser is there and does not add its own.
 */
@Injectable()
export class FormBodyParsing {
  constructor(host: HttpAdapterHost) {
    const adapter = host.httpAdapter as unknown as { useBodyParser(type: 'urlencoded', rawBody: boolean, options: object): void };
    adapter.useBodyParser('urlencoded', true, { extended: false });
  }
}
