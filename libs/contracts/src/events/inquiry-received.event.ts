import { Type } from 'class-transformer';
import { IsDefined, ValidateNested } from 'class-validator';
import { Inquiry } from '../inquiry/inquiry';

/** Key: the inquiry id. Published by the channel adapters (and workdesk's generic intake). */
export class InquiryReceived {
  @IsDefined() @ValidateNested() @Type(() => Inquiry) inquiry: Inquiry;
}
