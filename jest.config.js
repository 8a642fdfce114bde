// Five projects. `unit`: *.spec.ts, needs nothing running. `integration`:
// *.integration.spec.ts, against the real Kafka broker, Postgres and Redis; its globalSetup starts
// the local broker when none answers and creates the test databases. `fault`: *.fault.spec.ts,
// integration tests that take minutes (a broker of their own killed and restarted, two of every
// app, 10,000 claims at once), run on their own by `npm run test:fault`. `faults`:
// tools/faults/*.faults.ts, the fault harness (`npm run test:faults`). `e2e`: e2e/*.e2e.spec.ts,
// the console in headless Chromium against the whole system (the same setup, plus Chromium). Jest runs a project's
// globalSetup only when a test of that project is selected.
const fs = require('node:fs');
const path = require('node:path');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const appLogsReporter = path.join(__dirname, 'dist/tools/ops/app-logs-of-failed-tests.js');

const common = {
  rootDir: '.',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  // The console is a browser app with its own Vitest tests (npm run test:console).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/console/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.spec.json' }],
    // jose (access tokens) and @nestjs/schedule ship ES modules only; jest's CommonJS runtime needs them transpiled.
    '/node_modules/(jose|@nestjs/schedule)/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose|@nestjs/schedule)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // As every entry point does through its library index: decorator metadata needs it loaded first.
  setupFiles: ['reflect-metadata'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testRegex: '(?<!\\.integration|\\.fault)\\.spec\\.ts$',
    },
    {
      ...common,
      displayName: 'integration',
      testRegex: '\\.integration\\.spec\\.ts$',
      globalSetup: '<rootDir>/tools/test-setup/global-setup.ts',
      globalTeardown: '<rootDir>/tools/test-setup/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'fault',
      testRegex: '\\.fault\\.spec\\.ts$',
      globalSetup: '<rootDir>/tools/test-setup/global-setup.ts',
      globalTeardown: '<rootDir>/tools/test-setup/global-teardown.ts',
    },
    {
      // The fault harness (npm run test:faults, tools/faults): the whole system on a private broker,
      // Redis and Postgres of its own, broken fault by fault; it prepares every service itself.
      ...common,
      displayName: 'faults',
      roots: ['<rootDir>/tools/faults'],
      testRegex: '\\.faults\\.ts$',
    },
    {
      // End to end: the whole system as processes, the console driven in headless Chromium
      // (playwright-core); its globalSetup also finds or installs Chromium (e2e/setup/ensure-chromium.sh).
      ...common,
      displayName: 'e2e',
      roots: ['<rootDir>/e2e'],
      testRegex: '\\.e2e\\.spec\\.ts$',
      globalSetup: '<rootDir>/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
    },
  ],
  // A failed file also prints its apps' warnings and errors (tools/ops/app-logs-of-failed-tests.ts):
  // CI keeps only what the run printed. It is loaded from the build, which `npm test` makes first.
  reporters: ['default', ...(fs.existsSync(appLogsReporter) ? [appLogsReporter] : [])],
  testTimeout: 90000,
  // Integration tests run apps as child processes; a test that fails half-way must not keep the
  // run (and CI) waiting on them. Children are killed when jest exits (libs/local-system/src/app-process.ts).
  forceExit: true,
};
