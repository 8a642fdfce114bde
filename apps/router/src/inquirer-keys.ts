import { Injectable } from '@nestjs/common';
import { Inquiry, phoneIdentity } from '@inquiry-router/contracts';
import { HashedIdentityKey, hashIdentityKey, identityKeysOf } from '@inquiry-router/inquirer';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { RouterEnv } from './router.env';

/**
 * The keys that recognise the sender of each inquiry (libs/inquirer's `identityKeysOf`), as the
 * keyed hashes they are compared and stored as: never the agencies' organisation numbers nor the
 * support's and the service desk's own phone numbers (the policy in force names them), which
 * people quote as where they write or call to.
 */
@Injectable()
export class InquirerKeys {
  constructor(
    private readonly policy: RoutingPolicySource,
    private readonly env: RouterEnv,
  ) {}

  /** By inquiry id. */
  of(inquiries: readonly Inquiry[]): Map<string, HashedIdentityKey[]> {
    const { agencies, contactPoints } = this.policy.current();
    const othersOrganisationNumbers = new Set(agencies.map((a) => a.orgNumber.replace(/\D/g, '')));
    const othersPhoneNumbers = new Set([...contactPoints.support.phones, ...contactPoints.servicedesk.phones].map(phoneIdentity));
    return new Map(
      inquiries.map((inquiry) => [
        inquiry.id,
        identityKeysOf(inquiry, { othersOrganisationNumbers, othersPhoneNumbers }).map((key) =>
          hashIdentityKey(this.env.inquirerKeySecret, key),
        ),
      ]),
    );
  }
}
