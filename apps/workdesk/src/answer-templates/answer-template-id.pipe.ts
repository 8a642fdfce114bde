import { Injectable, PipeTransform } from '@nestjs/common';
import { AnswerTemplateNotFound } from './answer-template-errors';

const UuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A template id from the path: anything not shaped as one (a uuid) names no template. */
@Injectable()
export class AnswerTemplateIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UuidPattern.test(value)) throw new AnswerTemplateNotFound(value);
    return value.toLowerCase();
  }
}
