import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CommonEnv, ReadinessCheck } from '@inquiry-router/runtime';
import { createDataSource } from './data-source';
import { InquiryRepository } from './repositories/inquiry.repository';
import { PolicyRepository } from './repositories/policy.repository';
import { ClassifierModelRepository } from './repositories/classifier-model.repository';
import { ClassificationExampleRepository } from './repositories/classification-example.repository';
import { UserRepository } from './repositories/user.repository';
import { AgencyDeliveryRepository } from './repositories/agency-delivery.repository';
import { AgencyEndpointRepository } from './repositories/agency-endpoint.repository';
import { AttachmentStore } from './repositories/attachment-store';
import { AdviserRepository } from './repositories/adviser.repository';
import { ClaimSessionRepository } from './repositories/claim-session.repository';
import { InquiryActionsRepository } from './repositories/inquiry-actions.repository';
import { InquiryRecordReader } from './repositories/inquiry-record.reader';
import { WorkPolicyRepository } from './repositories/work-policy.repository';
import { InquiryHistoryRepository } from './repositories/inquiry-history.repository';
import { WaitingInquiriesReader } from './repositories/waiting-inquiries.reader';
import { OpeningCalendarRepository } from './repositories/opening-calendar.repository';
import { ServiceLevelWatchRepository } from './repositories/service-level-watch.repository';
import { CaseRepository } from './repositories/case.repository';
import { OutboundMessageRepository } from './repositories/outbound-message.repository';
import { LiveOverviewRepository } from './repositories/live-overview.repository';

@Injectable()
export class PostgresReadiness implements ReadinessCheck, OnApplicationShutdown {
  readonly name = 'postgres';
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async check(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  // Last of all, after consumers finished the message in hand.
  async onApplicationShutdown(): Promise<void> {
    if (this.db.isInitialized) await this.db.destroy();
  }
}

const repositories = [
  InquiryRepository,
  PolicyRepository,
  ClassifierModelRepository,
  ClassificationExampleRepository,
  UserRepository,
  AgencyDeliveryRepository,
  AttachmentStore,
  OpeningCalendarRepository,
  ServiceLevelWatchRepository,
  CaseRepository,
  OutboundMessageRepository,
  AgencyEndpointRepository,
  AdviserRepository,
  LiveOverviewRepository,
  ClaimSessionRepository,
  InquiryActionsRepository,
  InquiryRecordReader,
  WorkPolicyRepository,
  InquiryHistoryRepository,
  WaitingInquiriesReader,
];

/** Postgres for a Nest app: one pool, the repositories, and a readiness check. */
@Global()
@Module({})
export class PersistenceModule {
  /** Postgres for one app, from the shared env; `poolSize` fits the app's concurrency. */
  static forApp(app: string, env: CommonEnv, poolSize: number): DynamicModule {
    return PersistenceModule.forRoot({ url: env.DATABASE_URL, applicationName: app, poolSize });
  }

  static forRoot(options: { url: string; applicationName: string; poolSize?: number }): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => createDataSource(options.url, options).initialize(),
        },
        ...repositories.map((repo) => ({ provide: repo, useFactory: (db: DataSource) => new repo(db), inject: [DataSource] })),
        PostgresReadiness,
      ],
      exports: [DataSource, PostgresReadiness, ...repositories],
    };
  }
}
