import type {
  AnswerTemplateUseRow,
  HelpPageChange,
  HelpPageFields,
  HelpPageMarkRecord,
  HelpPageRecord,
  InsightContactRow,
  NewHelpPageMarkRecord,
} from '@inquiry-router/persistence';

/** The help-page catalogue as editors keep it. */
export abstract class HelpPages {
  abstract list(): Promise<HelpPageRecord[]>;
  abstract find(id: string): Promise<HelpPageRecord | null>;
  abstract create(fields: HelpPageFields, actor: string): Promise<HelpPageRecord | 'duplicate'>;
  abstract update(id: string, patch: Partial<HelpPageFields>, actor: string): Promise<HelpPageChange>;
  abstract delete(id: string): Promise<boolean>;
}

/** Editors' marks: a page written or changed for a cluster. */
export abstract class HelpPageMarks {
  abstract marksBefore(until: Date, limit: number): Promise<HelpPageMarkRecord[]>;
  abstract create(mark: NewHelpPageMarkRecord, actor: string): Promise<HelpPageMarkRecord | 'page-not-found'>;
}

/** The contacts the report reads: a period's with their outcome, and the texts around the marks. */
export abstract class InsightContacts {
  abstract contacts(from: Date, to: Date): Promise<InsightContactRow[]>;
  abstract contactTexts(from: Date, to: Date): Promise<Pick<InsightContactRow, 'category' | 'receivedAt' | 'text'>[]>;
}

/** Which saved answers the answers to these inquiries were made from, each use with its template's title and language. */
export abstract class AnswerTemplateUses {
  abstract usesOn(inquiryIds: readonly string[]): Promise<AnswerTemplateUseRow[]>;
}
