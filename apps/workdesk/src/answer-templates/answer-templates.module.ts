import { Module } from '@nestjs/common';
import { AnswerTemplateRepository, bindPort, InquiryRepository } from '@inquiry-router/persistence';
import { PersonalDataReadsModule } from '../personal-data-reads/personal-data-reads.module';
import { InquiryRecords } from '../workdesk.ports';
import { AnswerTemplates } from './answer-templates.ports';
import { AnswerTemplatesController } from './answer-templates.controller';
import { InquiryAnswerTemplatesController } from './inquiry-answer-templates.controller';
import { KeepAnswerTemplates } from './keep-answer-templates.use-case';
import { ReadAnswerTemplates } from './read-answer-templates.use-case';

/**
 * Saved answers: editors keep the shared library of answer templates (`/api/answer-templates`);
 * advisers list them for an inquiry and fill one for it (`/api/inquiries/:id/answer-templates`).
 * Answering with a template is the answer action's (`AnswerInquiry`), which records the use.
 * Postgres, the clock and access come from the app's global modules.
 */
@Module({
  imports: [PersonalDataReadsModule],
  controllers: [AnswerTemplatesController, InquiryAnswerTemplatesController],
  providers: [
    bindPort(AnswerTemplates, AnswerTemplateRepository),
    bindPort(InquiryRecords, InquiryRepository),
    KeepAnswerTemplates,
    ReadAnswerTemplates,
  ],
  exports: [AnswerTemplates],
})
export class AnswerTemplatesModule {}
