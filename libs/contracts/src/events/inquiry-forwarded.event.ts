import { Type } from 'class-transformer';
import { IsDefined, IsISO8601, IsNotEmpty, IsString, ValidateNested } from 'class-validator';
import { Inquiry } from '../inquiry/inquiry';
import { RoutingDecision } from '../decision/routing-decision';

/** Key: the agency code, so one agency's deliveries keep their order. Consumed by agency-forwarder. */
export class InquiryForwarded {
  @IsString() @IsNotEmpty() agency: string;
  @IsDefined() @ValidateNested() @Type(() => Inquiry) inquiry: Inquiry;
  @IsDefined() @ValidateNested() @Type(() => RoutingDecision) decision: RoutingDecision;
  @IsISO8601() forwardedAt: string;
}
