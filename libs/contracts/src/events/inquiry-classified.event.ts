import { Type } from 'class-transformer';
import { IsDefined, IsISO8601, ValidateNested } from 'class-validator';
import { Inquiry } from '../inquiry/inquiry';
import { RoutingDecision } from '../decision/routing-decision';

/** Key: the inquiry id. Published by the classifier, consumed by the router. */
export class InquiryClassified {
  @IsDefined() @ValidateNested() @Type(() => Inquiry) inquiry: Inquiry;
  @IsDefined() @ValidateNested() @Type(() => RoutingDecision) decision: RoutingDecision;
  @IsISO8601() classifiedAt: string;
}
