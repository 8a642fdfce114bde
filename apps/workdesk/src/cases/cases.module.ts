import { DynamicModule, Module } from '@nestjs/common';
import { periodicJob } from '@inquiry-router/runtime';
import { bindPort, CaseRepository, UserRepository } from '@inquiry-router/persistence';
import { WorkdeskEnv } from '../workdesk.env';
import { UserDirectory } from '../workdesk.ports';
import { CaseStore } from './cases.ports';
import { CasesController } from './cases.controller';
import { AnnounceCaseChange } from './announce-case-change';
import { RegisterCases } from './register-case.use-case';
import { CaseRegistrationHandlers } from './case-registration.handler';
import { ChangeCaseStatus } from './change-case-status.use-case';
import { AssignCaseOwner } from './assign-case-owner.use-case';
import { RemindCaseOwners } from './remind-case-owners.job';

/**
 * The service desk's cases: registration from the router's records (Kafka consumers), the
 * lifecycle API, and the owners' reminders. Kafka, Postgres and access come from the app's
 * global modules; the ports of its use cases are bound here. RegisterCases is exported for workdesk code that sends an inquiry to the
 * service desk without a reclassification.
 */
@Module({})
export class CasesModule {
  static register(env: WorkdeskEnv): DynamicModule {
    return {
      module: CasesModule,
      controllers: [CasesController, ...CaseRegistrationHandlers],
      providers: [
        bindPort(CaseStore, CaseRepository),
        bindPort(UserDirectory, UserRepository),
        AnnounceCaseChange,
        RegisterCases,
        ChangeCaseStatus,
        AssignCaseOwner,
        RemindCaseOwners,
        periodicJob(RemindCaseOwners, { name: 'case-reminders', everyMs: env.CASE_REMINDER_CHECK_INTERVAL_MS }, (r, now) =>
          r.execute(now, env.CASE_REMINDER_DAYS),
        ),
      ],
      exports: [RegisterCases],
    };
  }
}
