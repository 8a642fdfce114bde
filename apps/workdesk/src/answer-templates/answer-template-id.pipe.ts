import { Injectable, PipeTransform } from '@nestjs/common';
import { UuidPattern } from '@inquiry-router/contracts';
import { AnswerTemplateNotFound } from './answer-template-errors';

/** A template id from the path: anything not shaped as one (a uuid) names no template. */
@Injectable()
export class AnswerTemplateIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UuidPattern.test(value)) throw new AnswerTemplateNotFound(value);
    return value.toLowerCase();
  }
}
