import { Injectable, Logger } from '@nestjs/common';
import { TextModel, TextModelDocument } from '@inquiry-router/classification';
import { RefreshedValue, ScheduledJobs } from '@inquiry-router/runtime';
import { ClassifierEnv } from './classifier.env';
import { TextModelStore } from './classifier.ports';

/**
 * The text model decisions are made with: the active one in Postgres, checked periodically so a
 * model from `npm run train` takes effect without a restart. Until one is trained the rules decide
 * alone; a model that cannot be read is refused and the one in use is kept.
 */
@Injectable()
export class ActiveModel extends RefreshedValue<TextModel | null> {
  private readonly log = new Logger(ActiveModel.name);

  constructor(
    private readonly models: TextModelStore,
    env: ClassifierEnv,
    jobs: ScheduledJobs,
  ) {
    super(jobs, { name: 'text-model-refresh', intervalMs: env.MODEL_REFRESH_SECONDS * 1000 });
  }

  current(): TextModel | null {
    return this.value ?? null;
  }

  protected async read(model: TextModel | null | undefined): Promise<TextModel | null> {
    const version = await this.models.activeVersion();
    if (!version) {
      if (!model) this.log.warn('no trained text model in the database (npm run train): the rules decide alone');
      return model ?? null;
    }
    if (version === model?.version) return model;
    const document = await this.models.document(version);
    const loaded = TextModel.fromDocument(document as unknown as TextModelDocument);
    this.log.log(`text model ${version} in use`);
    return loaded;
  }

  protected describe(model: TextModel | null | undefined): string {
    return model?.version ?? 'the rules alone';
  }
}
