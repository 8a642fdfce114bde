import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DocumentDraftStatuses, type DocumentDraftStatus } from '@inquiry-router/contracts';
import { ListLimit } from './list-limit';

// The queries of a document changed by draft and publish (the routing policy, the work-distribution
// policy): the same lists, so the same parameters, for every such document.

/** `?limit=` of its published versions or its audit trail: 1 to 500, newest first; 100 when left out. */
export class DocumentListQuery {
  @ListLimit({ max: 500, default: 100 })
  limit: number;
}

/** `?status=&limit=` of its drafts: those of one status, or all. */
export class DocumentDraftListQuery extends DocumentListQuery {
  @ApiPropertyOptional({ enum: DocumentDraftStatuses })
  @IsOptional()
  @IsIn(DocumentDraftStatuses)
  status?: DocumentDraftStatus;
}
