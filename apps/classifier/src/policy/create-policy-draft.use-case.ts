import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { diffPolicies, PolicyChange } from '@inquiry-router/classification';
import { PolicyStore } from '../classifier.ports';
import { draftFromChange } from './draft-from-change';
import { PolicyDraftView } from './policy.views';
import { ReadPolicy } from './read-policy.use-case';

/** Stores a checked draft of the next policy version, with a `draft-created` audit entry. */
@Injectable()
export class CreatePolicyDraft {
  constructor(
    private readonly policies: PolicyStore,
    private readonly read: ReadPolicy,
  ) {}

  async execute(change: PolicyChange, actor: string, comment: string | undefined): Promise<PolicyDraftView> {
    const id = randomUUID();
    const { base, document } = await draftFromChange(this.policies, change, `draft-${id}`);
    const draft = await this.policies.createDraft({
      id,
      baseVersion: base.version,
      document,
      createdBy: actor,
      comment: comment ?? null,
      changes: diffPolicies(base.document, document),
    });
    return this.read.draftView(draft);
  }
}
