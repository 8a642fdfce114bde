import { Module } from '@nestjs/common';
import { bindPort, InquirerRepository } from '@inquiry-router/persistence';
import { PersonalDataReadsModule } from '../personal-data-reads/personal-data-reads.module';
import { Inquirers } from './inquirers.ports';
import { InquirerController } from './inquirer.controller';
import { InquirerSuggestionsController } from './inquirer-suggestions.controller';
import { InquirerLogController } from './inquirer-log.controller';
import { ReadInquirer } from './read-inquirer.use-case';
import { MergeInquirers } from './merge-inquirers.use-case';
import { SplitInquirer } from './split-inquirer.use-case';
import { DecideLinkSuggestion } from './decide-link-suggestion.use-case';

/**
 * Knowing the inquirer, in the workdesk: an inquiry's person and their other contacts, merging,
 * splitting, confirming or rejecting a quoted reference, and for supervisors the person's read
 * log and audit. Postgres, the clock and access come from the app's global modules.
 */
@Module({
  imports: [PersonalDataReadsModule],
  controllers: [InquirerController, InquirerSuggestionsController, InquirerLogController],
  providers: [bindPort(Inquirers, InquirerRepository), ReadInquirer, MergeInquirers, SplitInquirer, DecideLinkSuggestion],
})
export class InquirersModule {}
