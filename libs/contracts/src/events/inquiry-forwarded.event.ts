import { Type } from 'class-transformer';
import { IsISO8601, IsNotEmpty, IsString, ValidateNested } from 'class-validator';
import { Inquiry } from '../inquiry/inquiry';
import { RoutingDecision } from '../decision/routing-decision';

/** Key: the agency code, so one agency's deliveries keep their order. Consumed by agency-forwarder. */
export class InquiryForwarded {
  @IsString() @IsNotEmpty() agency: string;
  @ValidateNested() @Type(() => Inquiry) inquiry: Inquiry;
  @ValidateNested() @Type(() => RoutingDecision) decision: RoutingDecision;
  @IsISO8601() forwardedAt: string;
}
