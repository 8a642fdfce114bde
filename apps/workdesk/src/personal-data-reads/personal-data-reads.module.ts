import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { bindPort, PersonalDataReadRepository } from '@inquiry-router/persistence';
import { PersonalDataReads } from './personal-data-reads.ports';
import { PersonalDataReadsInterceptor } from './personal-data-reads.interceptor';

/**
 * Who looked: installs, for the whole app, the interceptor that logs every read of personal data
 * a handler marked `@ReadsPersonalData` answers with; and the log itself, for who reads it.
 */
@Module({
  providers: [
    bindPort(PersonalDataReads, PersonalDataReadRepository),
    PersonalDataReadsInterceptor,
    { provide: APP_INTERCEPTOR, useExisting: PersonalDataReadsInterceptor },
  ],
  exports: [PersonalDataReads],
})
export class PersonalDataReadsModule {}
