import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestMicroservice } from '@nestjs/microservices/nest-microservice';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { ConfigError } from '../config/load-config';
import { maskText } from '../logging/mask-personal-data';
import { MESSAGE_TRANSPORT, MessageTransport } from './message-transport';
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
 * Boots one deployable: JSON logs, validation of every HTTP body, errors as problem details, OpenAPI,
 * its message handlers (`@EventPattern`, `@MessagePattern`) on the app's message transport, graceful
 * shutdown (SIGTERM/SIGINT stop the consumers after the message in hand, then close the HTTP server).
 */
export async function startApp(module: Type<unknown> | DynamicModule, options: StartAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: true, rawBody: options.rawBody ?? false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  stopWithSupervisor(app.get(Logger));
  app.useGlobalPipes(new RequestValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  if (options.openApi) {
    const doc = new DocumentBuilder().setTitle(options.openApi.title).setDescription(options.openApi.description).addBearerAuth().build();
    SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc));
  }
  await startMessageHandlers(app);
  await app.listen(options.port, '0.0.0.0');
  app.get(Logger).log(`${options.name} listening on http://127.0.0.1:${options.port}`);
  return app;
}

/**
 * Connects the app's message transport (provided by its messaging module under MESSAGE_TRANSPORT),
 * initialises the app and starts the consumers of its `@EventPattern` and `@MessagePattern`
 * handlers. Nothing to do for an app without messaging.
 */
export async function startMessageHandlers(app: INestApplication): Promise<void> {
  const transport = messageTransportOf(app);
  if (!transport) return;
  // Deferred so the filters apply to the handlers; the app's own init runs the lifecycle hooks, once.
  const microservice = app.connectMicroservice({ strategy: transport }, { deferInitialization: true }) as NestMicroservice;
  microservice.useGlobalFilters(...transport.exceptionFilters);
  microservice.setIsInitHookCalled(true);
  await app.init();
  await app.startAllMicroservices();
}

function messageTransportOf(app: INestApplication): MessageTransport | null {
  try {
    return app.get<MessageTransport>(MESSAGE_TRANSPORT, { strict: false });
  } catch {
    return null; // an app without messaging
  }
}

/**
 * An app run by a supervisor (`npm start`, the tests: AppProcess in libs/local-system) has an IPC
 * channel to it, which closes when the supervisor ends, also when it is killed outright and cannot
 * stop its apps. The app then stops as on SIGTERM, finishing the message in hand, instead of living
 * on orphaned and holding its port. An app run any other way (a container, systemd) has no channel.
 */
function stopWithSupervisor(log: Logger): void {
  if (!process.connected) return;
  process.once('disconnect', () => {
    log.warn('the process that started this app is gone: stopping');
    process.kill(process.pid, 'SIGTERM');
  });
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
