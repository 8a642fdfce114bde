import type { PersonalDataRead, PersonalDataReadRecord } from '@inquiry-router/persistence';

/** The log of users' reads of inquiries' personal data. */
export abstract class PersonalDataReads {
  abstract record(read: PersonalDataRead): Promise<void>;
  /** A person's reads, newest first. */
  abstract readsOf(inquirerId: string, limit: number): Promise<PersonalDataReadRecord[]>;
}
