import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { ConfigError } from '../config/load-config';
import { maskText } from '../logging/mask-personal-data';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { RequestValidationPipe } from '../errors/request-validation.pipe';

export interface StartAppOptions {
  name: string;
  port: number;
  /** Adds OpenAPI docs at /api/docs. */
  openApi?: { title: string; description: string };
  /** Keeps each request's raw body on `req.rawBody` (webhook signatures are computed over it). */
  rawBody?: boolean;
}

/**
 * Boots one deployable: JSON logs, validation of every HTTP body, errors as problem details, OpenAPI, graceful shutdown
 * (SIGTERM/SIGINT close the HTTP server, then modules stop consumers after the message in hand).
 */
export async function startApp(module: Type<unknown> | DynamicModule, options: StartAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: true, rawBody: options.rawBody ?? false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.useGlobalPipes(new RequestValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  if (options.openApi) {
    const doc = new DocumentBuilder()
      .setTitle(options.openApi.title)
      .setDescription(options.openApi.description)
      .addBearerAuth()
      .build();
    SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc));
  }
  await app.listen(options.port, '0.0.0.0');
  app.get(Logger).log(`${options.name} listening on http://127.0.0.1:${options.port}`);
  return app;
}

/** Runs an app's main, turning a configuration error into one clear line and exit code 1. */
export function runMain(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`fatal: ${maskText(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
    }
    process.exit(1);
  });
}
