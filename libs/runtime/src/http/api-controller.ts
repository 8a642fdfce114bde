import { applyDecorators, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

/**
 * A controller of an app's JSON API: its routes under `/api/<path>`, listed in the OpenAPI
 * document under `tag` (the path, unless the group has another name).
 */
export function ApiController(tag: string, path: string = tag): ClassDecorator {
  return applyDecorators(ApiTags(tag), Controller(`api/${path}`));
}
