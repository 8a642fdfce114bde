import { Controller, DynamicModule, Injectable, Module } from '@nestjs/common';
import { CommonEnv } from '../config/common-env';
import { loadConfig } from '../config/load-config';
import { AppRuntimeModule, appRootModule, BackingService } from './app-runtime.module';

class ExampleEnv extends CommonEnv {}

@Injectable()
class ExampleUseCase {}

@Controller()
class ExampleController {}

@Module({})
class ExampleFeature {}

@Module({})
class ExampleAppModule {}

const exampleService: BackingService = () => ({ modules: [{ module: ExampleFeature }], readiness: [] });

describe('appRootModule', () => {
  const env = loadConfig(ExampleEnv, { NODE_ENV: 'test' });

  it("puts the app's runtime first, then the imports, controllers, providers and exports that are its own", () => {
    const root = appRootModule(ExampleAppModule, 'example', env, {
      services: [exampleService],
      imports: [ExampleFeature],
      controllers: [ExampleController],
      providers: [ExampleUseCase],
      exports: [ExampleUseCase],
      global: true,
    });

    expect(root).toMatchObject({
      module: ExampleAppModule,
      controllers: [ExampleController],
      providers: [ExampleUseCase],
      exports: [ExampleUseCase],
      global: true,
    });
    const [runtime, ...own] = root.imports as DynamicModule[];
    expect(own).toEqual([ExampleFeature]);
    expect(runtime.module).toBe(AppRuntimeModule);
    // The app's env by its class, and its backing services' modules.
    expect(runtime.providers).toEqual([{ provide: ExampleEnv, useValue: env }]);
    expect(runtime.imports).toContainEqual({ module: ExampleFeature });
  });

  it('with nothing of its own, is the runtime alone', () => {
    const root = appRootModule(ExampleAppModule, 'example', env, { services: [] });

    expect(root.module).toBe(ExampleAppModule);
    expect(root.imports).toHaveLength(1);
    expect(root.controllers).toBeUndefined();
  });
});
