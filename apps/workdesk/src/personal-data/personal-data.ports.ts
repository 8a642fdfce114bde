import type { PersonalDataExportView } from '@inquiry-router/contracts';
import type { ErasedInquiry, ErasureRequest, PersonalDataReader } from '@inquiry-router/persistence';

/** An inquirer's personal data in the system of record: found, exported, erased. */
export abstract class PersonalDataStore {
  /** The ids of a person's inquiries, or null when there is no such person. */
  abstract inquiriesOf(inquirerId: string): Promise<string[] | null>;
  /** Everything held on a person, logged as a read and audited as an export; null when there is no such person. */
  abstract export(inquirerId: string, reader: PersonalDataReader, at: Date): Promise<PersonalDataExportView | null>;
  /** Erases the inquiries' personal data, keeping the anonymous facts; safe to repeat. */
  abstract erase(ids: readonly string[], request: ErasureRequest): Promise<ErasedInquiry[]>;
  /** Once Redis is cleared: the erased inquiries leave their person, and a person with none left goes. Returns how many went. */
  abstract detach(ids: readonly string[]): Promise<number>;
  /** Up to `limit` inquiries whose personal data is past retention at `cutoff`. */
  abstract pastRetention(cutoff: Date, limit: number): Promise<string[]>;
  /** Persons, orphaned attachment contents and example texts past retention. */
  abstract forgetLeftovers(cutoff: Date): Promise<{ persons: number; attachments: number; suggestionExamples: number }>;
}
