import { DynamicModule, Module } from '@nestjs/common';
import { periodicJob } from '@inquiry-router/runtime';
import { bindPort, PersonalDataRepository } from '@inquiry-router/persistence';
import { WorkdeskEnv } from '../workdesk.env';
import { PersonalDataStore } from './personal-data.ports';
import { PersonalDataController } from './personal-data.controller';
import { ErasePersonalData } from './erase-personal-data';
import { EraseInquirer } from './erase-inquirer.use-case';
import { ExportInquirerData } from './export-inquirer-data.use-case';
import { PersonalDataRetention } from './personal-data-retention.job';

/**
 * Retention, export and erasure of inquirers' personal data: the supervisors' export and erasure
 * API and the periodic retention job. Postgres, Redis, the clock and access come from the app's
 * global modules.
 */
@Module({})
export class PersonalDataModule {
  static register(env: WorkdeskEnv): DynamicModule {
    const everyMs = env.PERSONAL_DATA_RETENTION_CHECK_INTERVAL_MS;
    return {
      module: PersonalDataModule,
      controllers: [PersonalDataController],
      providers: [
        bindPort(PersonalDataStore, PersonalDataRepository),
        ErasePersonalData,
        EraseInquirer,
        ExportInquirerData,
        PersonalDataRetention,
        periodicJob(PersonalDataRetention, { name: 'personal-data-retention', everyMs }, (r, now) =>
          r.executeInTurn(now, env.PERSONAL_DATA_RETENTION_MONTHS, everyMs),
        ),
      ],
    };
  }
}
