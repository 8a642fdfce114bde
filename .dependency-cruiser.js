/**
 * Architecture rules, checked in CI (`npm run lint:boundaries`), on production code and tests alike:
 * domain libraries know nothing of Kafka, HTTP, SQL, Redis or Nest; every library is a domain library
 * unless it is listed below as infrastructure, so a new one is checked from its first line;
 * contracts depend on nothing of ours; libraries never import apps or tools; apps do not import
 * each other; only tests import the test harness and test helpers.
 */
const infrastructureLibraries = [
  'contracts',
  'messaging',
  'persistence',
  'runtime',
  'access',
  'live-queues',
  'intake',
  'support-calendar',
  'routing-policy-source',
  'incidents-in-force',
  'local-system',
  'testing',
  'outbound-delivery',
];
const infrastructure = `^libs/(${infrastructureLibraries.join('|')})/`;
const domain = `^libs/(?!(${infrastructureLibraries.join('|')})/)[^/]+/`;
const transport =
  '(^|/)node_modules/(kafkajs|ioredis|pg|pg-[a-z-]+|typeorm|express|@nestjs|nestjs-pino|pino-http|smtp-server|mailparser|nodemailer|twilio|standardwebhooks|supertest)/';
const npm = ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'];
const integrationSpec = '\\.integration\\.spec\\.ts$';
const spec = '\\.spec\\.tsx?$';
/** Test-only code: the harness, helpers in a `testing/` folder beside the tests, the integration tests' global setup, the fault harness. */
const testCode = '(^libs/testing/|/testing/|^tools/test-setup/|^tools/faults/)';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'a domain library (any library not listed as infrastructure) and its tests import no Kafka, HTTP, SQL, Redis or Nest',
      severity: 'error',
      from: { path: domain },
      to: { dependencyTypes: npm, path: transport },
    },
    {
      name: 'domain-has-no-network',
      comment: 'a domain library opens no sockets or HTTP connections of its own',
      severity: 'error',
      from: { path: domain },
      to: { dependencyTypes: ['core'], path: '^(node:)?(http|https|http2|net|tls|dgram)$' },
    },
    {
      name: 'domain-imports-only-domain-and-contracts',
      comment: 'a domain library uses other domain libraries and the contracts only (its integration tests may use libs/testing)',
      severity: 'error',
      from: { path: domain, pathNot: integrationSpec },
      to: { path: infrastructure, pathNot: '^libs/contracts/' },
    },
    {
      name: 'domain-integration-tests-use-only-the-harness',
      severity: 'error',
      from: { path: `${domain}.*${integrationSpec}` },
      to: { path: infrastructure, pathNot: '^libs/(contracts|testing)/' },
    },
    {
      name: 'contracts-stand-alone',
      severity: 'error',
      from: { path: '^libs/contracts/', pathNot: integrationSpec },
      to: { path: '^(libs|apps|tools)/', pathNot: '^libs/contracts/' },
    },
    {
      name: 'libs-do-not-import-apps-or-tools',
      comment: 'libraries are what apps and tools are built from, never the other way round',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^(apps|tools)/' },
    },
    {
      name: 'apps-are-separate',
      comment: 'an app may not import another app; shared code belongs in libs/ (shared test helpers in libs/testing)',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'apps-do-not-import-tools',
      comment: 'one exception: the planning integration test writes its past with the history generator',
      severity: 'error',
      from: { path: '^apps/', pathNot: '^apps/workdesk/src/planning/planning[.]integration[.]spec[.]ts$' },
      to: { path: '^tools/' },
    },
    {
      name: 'test-code-only-in-tests',
      comment:
        'the test harness and test helpers are not built: production code never imports them. The claim bench ' +
        '(tools/bench) seeds waiting work with the harness, as the workdesk tests do.',
      severity: 'error',
      from: { pathNot: [spec, testCode, '^tools/bench/'] },
      to: { path: testCode },
    },
    {
      name: 'history-generator-is-private',
      comment:
        'the history generator (tools/history) keeps the shape of the demand it writes to itself: the forecaster must find it in the data, never read its parameters ' +
        "(the planning API's integration test only runs it to write a past to plan from)",
      severity: 'error',
      from: { pathNot: ['^tools/history/', '^apps/workdesk/src/planning/planning[.]integration[.]spec[.]ts$'] },
      to: { path: '^tools/history/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
