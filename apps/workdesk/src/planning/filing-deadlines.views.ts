import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Channels,
  type Channel,
  type DeadlineOccurrenceView as DeadlineOccurrenceContract,
  type FilingDeadlineAuditEntryView as FilingDeadlineAuditEntryContract,
  type FilingDeadlineListView as FilingDeadlineListContract,
  type FilingDeadlineView as FilingDeadlineContract,
} from '@inquiry-router/contracts';
import { describeDateRule, type DateRule, type DeadlineOccurrence } from '@inquiry-router/filing-deadlines';
import type { FilingDeadlineAction, FilingDeadlineAuditEntry, FilingDeadlineRecord } from '@inquiry-router/persistence';

// The classes document the answers in OpenAPI; each implements the contract the console reads.

export class DeadlineOccurrenceView implements DeadlineOccurrenceContract {
  @ApiProperty() deadlineId: string;
  @ApiProperty({ example: 'skd' }) agency: string;
  @ApiProperty({ example: 'a-melding' }) name: string;
  @ApiProperty({ enum: Channels, isArray: true }) channels: Channel[];
  @ApiProperty({ example: '2025-01-06', description: 'the date it falls on (Europe/Oslo), after any move' }) date: string;
  @ApiProperty({ example: '2025-01-05', description: 'the date its rule gives' }) ruleDate: string;
  @ApiProperty({ type: [String], example: ['Sunday'], description: 'the weekdays and public holidays it was moved over' })
  movedOver: string[];
}

export class FilingDeadlineView implements FilingDeadlineContract {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'skd' }) agency: string;
  @ApiProperty({ example: 'a-melding' }) name: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { kind: 'monthly', day: 5, moveTo: 'next-working-day' } })
  rule: DateRule;
  @ApiProperty({ example: 'the 5th of every month, or the next working day after a weekend or public holiday' }) ruleText: string;
  @ApiProperty({ enum: Channels, isArray: true }) channels: Channel[];
  @ApiProperty() active: boolean;
  @ApiPropertyOptional({ nullable: true }) notes: string | null;
  @ApiProperty({ type: [DeadlineOccurrenceView], description: 'when it falls in the range asked for (none when inactive)' })
  occurrences: DeadlineOccurrenceView[];
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class FilingDeadlineListView implements FilingDeadlineListContract {
  @ApiProperty({ example: '2026-04-01' }) from: string;
  @ApiProperty({ example: '2026-06-29' }) to: string;
  @ApiProperty({ type: [FilingDeadlineView] }) deadlines: FilingDeadlineView[];
  @ApiProperty({ type: [DeadlineOccurrenceView], description: 'every occurrence of the active deadlines in the range, by date' })
  occurrences: DeadlineOccurrenceView[];
}

export class FilingDeadlineAuditEntryView implements FilingDeadlineAuditEntryContract {
  @ApiProperty() id: string;
  @ApiProperty() at: string;
  @ApiProperty() actor: string;
  @ApiProperty({ enum: ['created', 'updated', 'deactivated'] }) action: FilingDeadlineAction;
  @ApiProperty() deadlineId: string;
  @ApiPropertyOptional({ nullable: true, type: 'object', additionalProperties: true, description: 'the fields before (null when created)' })
  before: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the fields after' }) after: Record<string, unknown>;
}

export function toDeadlineView(record: FilingDeadlineRecord, occurrences: DeadlineOccurrence[]): FilingDeadlineView {
  return {
    id: record.id,
    agency: record.agency,
    name: record.name,
    rule: record.rule,
    ruleText: describeDateRule(record.rule),
    channels: record.channels,
    active: record.active,
    notes: record.notes,
    occurrences: occurrences.filter((o) => o.deadlineId === record.id),
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy,
    updatedAt: record.updatedAt.toISOString(),
    updatedBy: record.updatedBy,
  };
}

export function toAuditEntryView(entry: FilingDeadlineAuditEntry): FilingDeadlineAuditEntryView {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    deadlineId: entry.deadlineId,
    before: entry.before,
    after: entry.after,
  };
}
