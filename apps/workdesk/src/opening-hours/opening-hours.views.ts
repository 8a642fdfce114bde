import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  OpeningDayView as OpeningDayContract,
  OpeningExceptionView as OpeningExceptionContract,
  OpeningHoursView as OpeningHoursContract,
  OpeningSpanView as OpeningSpanContract,
  OpeningStatusView as OpeningStatusContract,
} from '@inquiry-router/contracts';
import type { OpeningExceptionRecord } from '@inquiry-router/persistence';
import { ServiceLevelUnits } from '@inquiry-router/opening-hours';

// The classes document the answers in OpenAPI; each implements the contract the console reads.

export class OpeningExceptionView implements OpeningExceptionContract {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['extended', 'closed'] }) kind: 'extended' | 'closed';
  @ApiProperty({ example: '2026-04-30' }) date: string;
  @ApiPropertyOptional({ nullable: true, example: '15:30' }) opens: string | null;
  @ApiPropertyOptional({ nullable: true, example: '20:00' }) closes: string | null;
  @ApiProperty() reason: string;
  @ApiProperty() orderedBy: string;
  @ApiProperty() createdAt: string;
}

export class OpeningSpanView implements OpeningSpanContract {
  @ApiProperty({ description: 'ISO instant (UTC)' }) start: string;
  @ApiProperty({ description: 'ISO instant (UTC)' }) end: string;
}

export class OpeningDayView implements OpeningDayContract {
  @ApiProperty({ example: '2026-04-02' }) date: string;
  @ApiPropertyOptional({ nullable: true, description: 'the Norwegian public holiday on this date', example: 'Skjærtorsdag' }) holiday:
    string | null;
  @ApiProperty({ type: [OpeningSpanView], description: 'when the support is open; empty: closed all day' }) spans: OpeningSpanView[];
  @ApiProperty({ type: [OpeningExceptionView], description: 'the ordered exceptions that apply on this date' })
  exceptions: OpeningExceptionView[];
}

export class OpeningHoursView implements OpeningHoursContract {
  @ApiProperty({ example: 'Europe/Oslo' }) zone: string;
  @ApiProperty({ type: [OpeningDayView] }) days: OpeningDayView[];
}

export class OpeningStatusView implements OpeningStatusContract {
  @ApiProperty() at: string;
  @ApiProperty() open: boolean;
  @ApiPropertyOptional({ nullable: true, description: 'when the current opening span ends (null when closed)' }) closesAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'now when open; otherwise the next opening (null: none within a year)' })
  nextOpening: string | null;
}

export class ServiceLevelTargetView {
  @ApiProperty({ example: '*', description: '"*": every queue that has no target of its own' }) queue: string;
  @ApiProperty({ example: 'phone' }) channel: string;
  @ApiProperty({ example: 60 }) within: number;
  @ApiProperty({ enum: ServiceLevelUnits, example: 'seconds' }) unit: string;
  @ApiProperty({ example: 0.2, description: 'warned when this share of the target is left' }) warnFraction: number;
  @ApiProperty({ example: 0.8, description: 'the share that must be answered within the target (0.8 = 80 %)' }) share: number;
}

export function toExceptionView(e: OpeningExceptionRecord): OpeningExceptionView {
  return {
    id: e.id,
    kind: e.kind,
    date: e.date,
    opens: e.opens,
    closes: e.closes,
    reason: e.reason,
    orderedBy: e.orderedBy,
    createdAt: e.createdAt.toISOString(),
  };
}
