import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { TextModel, TextModelDocument } from '@inquiry-router/classification';
import { ScheduledJobs } from '@inquiry-router/runtime';
import { ClassifierEnv } from './classifier.env';
import { TextModelStore } from './classifier.ports';

/**
 * The text model decisions are made with: the active one in Postgres, checked periodically so a
 * model from `npm run train` takes effect without a restart. Until one is trained the rules decide
 * alone; a model that cannot be read is refused and the one in use is kept.
 */
@Injectable()
export class ActiveModel implements OnModuleInit {
  private readonly log = new Logger(ActiveModel.name);
  private model: TextModel | null = null;

  constructor(
    @Inject(TextModelStore) private readonly models: TextModelStore,
    @Inject(ClassifierEnv) private readonly env: ClassifierEnv,
    @Inject(ScheduledJobs) private readonly jobs: ScheduledJobs,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.refreshEvery(
      'text-model-refresh',
      this.env.MODEL_REFRESH_SECONDS * 1000,
      () => this.reload(),
      () => `keeping ${this.model?.version ?? 'the rules alone'}`,
    );
  }

  current(): TextModel | null {
    return this.model;
  }

  async reload(): Promise<void> {
    const version = await this.models.activeVersion();
    if (!version) {
      if (!this.model) this.log.warn('no trained text model in the database (npm run train): the rules decide alone');
      return;
    }
    if (version === this.model?.version) return;
    const document = await this.models.document(version);
    this.model = TextModel.fromDocument(document as unknown as TextModelDocument);
    this.log.log(`text model ${version} in use`);
  }
}
