import { Injectable, PipeTransform } from '@nestjs/common';
import { NoticeIdPattern } from '@inquiry-router/contracts';
import { NoticeNotFound } from './notice-errors';

/** A notice id from the path: anything not shaped as one names no notice. */
@Injectable()
export class NoticeIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!NoticeIdPattern.test(value)) throw new NoticeNotFound(value.slice(0, 40));
    return value;
  }
}
