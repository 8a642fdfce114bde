import type { Server } from 'node:http';
import { INestApplication, Type as ClassType } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Type } from 'class-transformer';
import { IsString, ValidateNested } from 'class-validator';
import { ProblemDetailsFilter } from '../problem-details.filter';
import { RequestValidationPipe } from '../request-validation.pipe';

export class Alias {
  @IsString() name: string;
}

/** A body with a nested list, so problems have paths such as `aliases[1].name`. */
export class NameRequest {
  @IsString() name: string;
  @ValidateNested({ each: true }) @Type(() => Alias) aliases: Alias[];
}

/** A Nest app in this process with `controllers`, the pipe and the filter installed as startApp installs them. */
export async function requestsApp(controllers: ClassType<unknown>[]): Promise<INestApplication<Server>> {
  const moduleRef = await Test.createTestingModule({ controllers }).compile();
  const app = moduleRef.createNestApplication<INestApplication<Server>>({ logger: false });
  app.useGlobalPipes(new RequestValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.init();
  return app;
}
