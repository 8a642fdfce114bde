import { Injectable } from '@nestjs/common';
import { DomainError, PersonalDataExportView } from '@inquiry-router/contracts';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { Clock } from '@inquiry-router/runtime';
import { PersonalDataStore } from './personal-data.ports';

/** A supervisor exports everything held on a person (their right of access): a read of each inquiry, audited. */
@Injectable()
export class ExportInquirerData {
  constructor(
    private readonly store: PersonalDataStore,
    private readonly clock: Clock,
  ) {}

  async execute(inquirerId: string, user: AuthenticatedUser): Promise<PersonalDataExportView> {
    const exported = await this.store.export(inquirerId, { actor: user.username, roles: user.roles }, this.clock.now());
    if (!exported) throw new DomainError('not-found', `no inquirer ${inquirerId}`);
    return exported;
  }
}
