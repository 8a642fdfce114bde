import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import type { FilledAnswerTemplateView, Language, TechnicalCategory } from '@inquiry-router/contracts';
import { fillTemplate, orderTemplatesFor } from '@inquiry-router/answer-templates';
import type { AnswerTemplateFilter, AnswerTemplateRecord, InquiryRecord } from '@inquiry-router/persistence';
import { InquiryRecords } from '../workdesk.ports';
import { InquiryNotFound } from '../inquiries/reclassify-inquiry.use-case';
import { AnswerTemplateNotFound, UnusableAnswerTemplate } from './answer-template-errors';
import { AnswerTemplates } from './answer-templates.ports';

/** The templates advisers choose from, and a template filled for the inquiry they answer. */
@Injectable()
export class ReadAnswerTemplates {
  constructor(
    private readonly templates: AnswerTemplates,
    private readonly inquiries: InquiryRecords,
  ) {}

  list(filter: AnswerTemplateFilter): Promise<AnswerTemplateRecord[]> {
    return this.templates.list(filter);
  }

  /** The templates in force for answering an inquiry: those in its language and category first. */
  async forInquiry(inquiryId: string, filter: { language?: Language; category?: TechnicalCategory }): Promise<AnswerTemplateRecord[]> {
    const record = await this.inquiryOf(inquiryId);
    const templates = await this.templates.list(filter);
    return orderTemplatesFor(templates, { language: record.inquiry.language, category: record.decision?.category ?? null });
  }

  /**
   * The template filled for the inquiry: its reference, the inquirer's name as given, the adviser
   * asking, the template's help page. What has no value is left in the text and said why.
   */
  async fill(inquiryId: string, templateId: string, user: AuthenticatedUser): Promise<FilledAnswerTemplateView> {
    const record = await this.inquiryOf(inquiryId);
    const template = await this.templates.find(templateId);
    if (!template) throw new AnswerTemplateNotFound(templateId);
    if (template.retiredAt) throw new UnusableAnswerTemplate(templateId, 'retired');
    const filled = fillTemplate(template.body, {
      reference: record.inquiry.id,
      name: record.inquiry.sender.name,
      adviser: user.username,
      helpPage: template.helpPageUrl,
    });
    return { templateId: template.id, inquiryId: record.inquiry.id, ...filled };
  }

  private async inquiryOf(id: string): Promise<InquiryRecord> {
    const record = await this.inquiries.find(id);
    if (!record) throw new InquiryNotFound(id);
    return record;
  }
}
