import { Injectable } from '@nestjs/common';
import { diffPolicies, parseRoutingPolicy } from '@inquiry-router/classification';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { PolicyStore } from '../classifier.ports';
import { PolicyDraftConflict, PolicyNotFound } from './policy-errors';
import { PublishedPolicyView } from './policy.views';

/**
 * Makes a draft the active policy version. Refused when the draft was made from a version that is
 * no longer in force (publishing it would silently undo what was published since). This instance
 * takes the new version at once; the others within POLICY_REFRESH_SECONDS.
 */
@Injectable()
export class PublishPolicyDraft {
  constructor(
    private readonly policies: PolicyStore,
    private readonly activePolicy: RoutingPolicySource,
  ) {}

  async execute(draftId: string, actor: string): Promise<PublishedPolicyView> {
    const draft = await this.policies.draft(draftId);
    if (!draft) throw new PolicyNotFound(`no policy draft ${draftId}`);
    const base = await this.policies.version(draft.baseVersion);
    if (!base) throw new Error(`policy draft ${draftId} refers to version ${draft.baseVersion}, which does not exist`);
    // Against the base, which the repository checks is still the active version in the same transaction.
    const changes = diffPolicies(parseRoutingPolicy(base.document, base.version), parseRoutingPolicy(draft.document));

    const result = await this.policies.publishDraft(draftId, actor, changes);
    switch (result.outcome) {
      case 'unknown-draft':
        throw new PolicyNotFound(`no policy draft ${draftId}`);
      case 'not-a-draft':
        throw new PolicyDraftConflict(`policy draft ${draftId} is already ${result.status}`);
      case 'stale':
        throw new PolicyDraftConflict(
          `policy draft ${draftId} was made from version ${result.baseVersion}, but ${result.activeVersion ?? 'no version'} is active now; make a new draft from it`,
        );
      case 'published':
        await this.activePolicy.refresh();
        return { version: result.version, previousVersion: result.previousVersion, draftId, publishedBy: actor, changes };
    }
  }
}
