import { Injectable, Logger } from '@nestjs/common';
import { DomainError, PersonalDataErasureView } from '@inquiry-router/contracts';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { PersonalDataStore } from './personal-data.ports';
import { ErasePersonalData } from './erase-personal-data';

/**
 * A supervisor erases a person's personal data on their request: every inquiry of the person, as
 * the retention job would, audited with the supervisor's note. Asked again after a run cut short,
 * it finishes the work (the person goes only at the end).
 */
@Injectable()
export class EraseInquirer {
  private readonly log = new Logger(EraseInquirer.name);

  constructor(
    private readonly store: PersonalDataStore,
    private readonly erase: ErasePersonalData,
  ) {}

  async execute(inquirerId: string, note: string, user: AuthenticatedUser): Promise<PersonalDataErasureView> {
    const ids = await this.store.inquiriesOf(inquirerId);
    if (ids === null) throw new DomainError('not-found', `no inquirer ${inquirerId}`);
    const outcome = await this.erase.execute(ids, {
      by: 'request',
      actor: user.username,
      audit: { inquirerId, actor: user.username, note: note.trim(), inquiries: ids.length },
    });
    this.log.log({ inquirerId, actor: user.username, ...outcome }, 'personal data erased on request');
    return { erasedInquiries: outcome.inquiries };
  }
}
