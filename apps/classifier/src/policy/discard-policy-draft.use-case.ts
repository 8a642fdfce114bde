import { Injectable } from '@nestjs/common';
import { PolicyStore } from '../classifier.ports';
import { PolicyDraftConflict, PolicyNotFound } from './policy-errors';

/** Marks a draft as abandoned (kept, with an audit entry); it can no longer be published. */
@Injectable()
export class DiscardPolicyDraft {
  constructor(private readonly policies: PolicyStore) {}

  async execute(draftId: string, actor: string): Promise<void> {
    const result = await this.policies.discardDraft(draftId, actor);
    if (result.outcome === 'unknown-draft') throw new PolicyNotFound(`no policy draft ${draftId}`);
    if (result.outcome === 'not-a-draft') throw new PolicyDraftConflict(`policy draft ${draftId} is already ${result.status}`);
  }
}
