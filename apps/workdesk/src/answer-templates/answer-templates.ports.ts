import type { AnswerTemplateChange, AnswerTemplateFields, AnswerTemplateFilter, AnswerTemplateRecord } from '@inquiry-router/persistence';

/** The shared library of saved answers, as editors keep it and advisers read it. */
export abstract class AnswerTemplates {
  abstract create(fields: AnswerTemplateFields, by: string): Promise<AnswerTemplateRecord>;
  abstract find(id: string): Promise<AnswerTemplateRecord | null>;
  abstract list(filter?: AnswerTemplateFilter): Promise<AnswerTemplateRecord[]>;
  abstract update(id: string, fields: AnswerTemplateFields, by: string): Promise<AnswerTemplateChange>;
  abstract retire(id: string, by: string): Promise<AnswerTemplateChange>;
}
