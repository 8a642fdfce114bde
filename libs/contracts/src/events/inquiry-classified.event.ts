import { Type } from 'class-transformer';
import { IsISO8601, ValidateNested } from 'class-validator';
import { Inquiry } from '../inquiry/inquiry';
import { RoutingDecision } from '../decision/routing-decision';

/** Key: the inquiry id. Published by the classifier, consumed by the router. */
export class InquiryClassified {
  @ValidateNested() @Type(() => Inquiry) inquiry: Inquiry;
  @ValidateNested() @Type(() => RoutingDecision) decision: RoutingDecision;
  @IsISO8601() classifiedAt: string;
}
