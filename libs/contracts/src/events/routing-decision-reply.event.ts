import { Type } from 'class-transformer';
import { IsDefined, IsISO8601, IsString, ValidateNested } from 'class-validator';
import { RoutingDecision } from '../decision/routing-decision';

/** Key: the inquiry id. Published by the classifier for requests with the reply header. */
export class RoutingDecisionReply {
  @IsString() inquiryId: string;
  @IsDefined() @ValidateNested() @Type(() => RoutingDecision) decision: RoutingDecision;
  @IsISO8601() decidedAt: string;
}
