import { ApiProperty } from '@nestjs/swagger';
import type { InquiryReclassified } from '@inquiry-router/contracts';
import { DecisionView } from './inquiry.view';

/** The answer to a correction or a return: the new decision, now on its way to the router. */
export class ReclassificationAccepted {
  @ApiProperty() inquiryId: string;
  @ApiProperty({ type: DecisionView, description: 'the new decision; its reasons say who changed it and why' })
  decision: DecisionView;
  @ApiProperty() reclassifiedAt: string;
}

export function toReclassificationAccepted({ inquiryId, decision: d, reclassifiedAt }: InquiryReclassified): ReclassificationAccepted {
  // The router records the new decision as decided when the person made it.
  const decision: DecisionView = {
    ...d,
    category: d.category ?? null,
    agency: d.agency ?? null,
    caseType: d.caseType ?? null,
    decidedAt: reclassifiedAt,
  };
  return { inquiryId, decision, reclassifiedAt };
}
