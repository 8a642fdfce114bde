import { DataSource } from 'typeorm';
import { InquiryEntity } from './entities/inquiry.entity';
import { RoutingDecisionEntity } from './entities/routing-decision.entity';
import { InquiryHistoryEntity } from './entities/inquiry-history.entity';
import { PolicyVersionEntity } from './entities/policy-version.entity';
import { UserEntity } from './entities/user.entity';
import { AdviserEntity } from './entities/adviser.entity';
import { AgencyDeliveryEntity } from './entities/agency-delivery.entity';
import { PolicyDraftEntity } from './entities/policy-draft.entity';
import { PolicyAuditEntity } from './entities/policy-audit.entity';
import { ClassificationExampleEntity } from './entities/classification-example.entity';
import { InitialSchema1732400000000 } from './migrations/1732400000000-initial-schema';
import { SeedDefaultPolicy1732400000001 } from './migrations/1732400000001-seed-default-policy';
import { AttachmentContents1732400000002 } from './migrations/1732400000002-attachment-contents';
import { InquiryThreads1732400000003 } from './migrations/1732400000003-inquiry-threads';
import { WorkDistribution1733000010000 } from './migrations/1733000010000-work-distribution';
import { PolicyDraftsAndAudit1733000000000 } from './migrations/1733000000000-policy-drafts-and-audit';
import { ClassificationExamples1733000001000 } from './migrations/1733000001000-classification-examples';
import { ClassifierModels1733000002000 } from './migrations/1733000002000-classifier-models';
import { ServiceDeskCases1733000040000 } from './migrations/1733000040000-service-desk-cases';
import { CaseEntity } from './entities/case.entity';
import { OpeningHoursAndServiceLevels1733000030000 } from './migrations/1733000030000-opening-hours-and-service-levels';
import { AgencyDelivery1733000050000 } from './migrations/1733000050000-agency-delivery';
import { Outbox1733000060000 } from './migrations/1733000060000-outbox';
import { WorkPolicyVersions1733000070000 } from './migrations/1733000070000-work-policy-versions';
import { ServiceLevelShare1733000080000 } from './migrations/1733000080000-service-level-share';
import { FilingDeadlines1733000090000 } from './migrations/1733000090000-filing-deadlines';
import { GeneratedHistory1733000090001 } from './migrations/1733000090001-generated-history';
import { RosterAndProposals1733000100000 } from './migrations/1733000100000-roster-and-proposals';
import { UserRoles1733000110000 } from './migrations/1733000110000-user-roles';
import { OperationalNotices1733000110100 } from './migrations/1733000110100-operational-notices';
import { NoticeDeliveryAttempts1733000110200 } from './migrations/1733000110200-notice-delivery-attempts';
import { OneSubscriptionPerAddress1733000110500 } from './migrations/1733000110500-one-subscription-per-address';
import { DefaultPolicy20261205_1733000120000 } from './migrations/1733000120000-default-policy-2026-12-05';
import { Inquirers1733000120100 } from './migrations/1733000120100-inquirers';
import { CasesByConversation1733000120200 } from './migrations/1733000120200-cases-by-conversation';
import { InquiryTextSearch1733000120300 } from './migrations/1733000120300-inquiry-text-search';
import { PersonalDataRetention1733000120400 } from './migrations/1733000120400-personal-data-retention';
import { EditorRole1733000130000 } from './migrations/1733000130000-editor-role';
import { HelpPages1733000130100 } from './migrations/1733000130100-help-pages';
import { HelpPageMarks1733000130101 } from './migrations/1733000130101-help-page-marks';
import { AnswerTemplates1733000130200 } from './migrations/1733000130200-answer-templates';
import { AnswerTemplateUses1733000130201 } from './migrations/1733000130201-answer-template-uses';
import { AdviserCompetences1733000130300 } from './migrations/1733000130300-adviser-competences';
import { AdviserUpdates1733000130310 } from './migrations/1733000130310-adviser-updates';
import { DecisionReasonCodes1733000130400 } from './migrations/1733000130400-decision-reason-codes';
import { IncidentLinkReasonCodes1733000130410 } from './migrations/1733000130410-incident-link-reason-codes';
import { SatisfactionSurveys1733000130500 } from './migrations/1733000130500-satisfaction-surveys';
import { MessagesSentIndex1733000140000 } from './migrations/1733000140000-messages-sent-index';
import { AdviserClaimTurns1733000150000 } from './migrations/1733000150000-adviser-claim-turns';
import { DefaultPolicy20261207_1733000160000 } from './migrations/1733000160000-default-policy-2026-12-07';
import { AgencyEndpointEntity } from './entities/agency-endpoint.entity';

export const entities = [
  InquiryEntity,
  RoutingDecisionEntity,
  InquiryHistoryEntity,
  PolicyVersionEntity,
  UserEntity,
  AgencyDeliveryEntity,
  PolicyDraftEntity,
  PolicyAuditEntity,
  ClassificationExampleEntity,
  CaseEntity,
  AgencyEndpointEntity,
  AdviserEntity,
];
export const migrations = [
  InitialSchema1732400000000,
  SeedDefaultPolicy1732400000001,
  AttachmentContents1732400000002,
  InquiryThreads1732400000003,
  PolicyDraftsAndAudit1733000000000,
  ClassificationExamples1733000001000,
  ClassifierModels1733000002000,
  WorkDistribution1733000010000,
  OpeningHoursAndServiceLevels1733000030000,
  ServiceDeskCases1733000040000,
  AgencyDelivery1733000050000,
  Outbox1733000060000,
  WorkPolicyVersions1733000070000,
  ServiceLevelShare1733000080000,
  FilingDeadlines1733000090000,
  GeneratedHistory1733000090001,
  RosterAndProposals1733000100000,
  UserRoles1733000110000,
  OperationalNotices1733000110100,
  NoticeDeliveryAttempts1733000110200,
  OneSubscriptionPerAddress1733000110500,
  DefaultPolicy20261205_1733000120000,
  Inquirers1733000120100,
  CasesByConversation1733000120200,
  InquiryTextSearch1733000120300,
  PersonalDataRetention1733000120400,
  EditorRole1733000130000,
  HelpPages1733000130100,
  HelpPageMarks1733000130101,
  AnswerTemplates1733000130200,
  AnswerTemplateUses1733000130201,
  AdviserCompetences1733000130300,
  AdviserUpdates1733000130310,
  DecisionReasonCodes1733000130400,
  IncidentLinkReasonCodes1733000130410,
  SatisfactionSurveys1733000130500,
  MessagesSentIndex1733000140000,
  AdviserClaimTurns1733000150000,
  DefaultPolicy20261207_1733000160000,
];

/** The schema is owned by migrations; `synchronize` stays off everywhere. */
export function createDataSource(url: string, options: { poolSize?: number; applicationName?: string } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName,
    extra: { connectionTimeoutMillis: 5000 },
  });
}

/** Creates the database named in `url` if it does not exist (connecting to `postgres` to do so). */
export async function ensureDatabase(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`database name "${name}" must be lower-case letters, digits and _`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const ds = new DataSource({ type: 'postgres', url: admin.toString(), extra: { connectionTimeoutMillis: 5000 } });
  await ds.initialize();
  try {
    const rows: unknown[] = await ds.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rows.length > 0) return false;
    await ds.query(`CREATE DATABASE "${name}"`);
    return true;
  } catch (error) {
    // Two processes creating the same database at once: the loser finds it there.
    if ((error as { code?: string }).code === '42P04') return false;
    throw error;
  } finally {
    await ds.destroy();
  }
}
