/**
 * Architecture rules, checked in CI (`npm run lint:boundaries`):
 * domain libraries know nothing of Kafka, HTTP, SQL or Nest; contracts depend on nothing of ours;
 * apps do not import each other.
 */
const transport = '(^|/)node_modules/(kafkajs|ioredis|pg|pg-[a-z-]+|typeorm|express|@nestjs|smtp-server|mailparser|twilio|standardwebhooks)/';
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'inquiry, classification and routing are domain code: no Kafka, HTTP, SQL, Redis or Nest',
      severity: 'error',
      from: { path: '^libs/(inquiry|classification|routing|opening-hours)/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], path: transport },
    },
    {
      name: 'domain-imports-only-contracts',
      severity: 'error',
      from: { path: '^libs/(inquiry|classification|routing|opening-hours)/' },
      to: { path: '^libs/', pathNot: ['^libs/(inquiry|classification|routing|opening-hours|contracts)/'] },
    },
    {
      name: 'contracts-stand-alone',
      severity: 'error',
      from: { path: '^libs/contracts/' },
      to: { path: '^(libs|apps|tools)/', pathNot: '^libs/contracts/' },
    },
    {
      name: 'apps-are-separate',
      comment: 'an app may not import another app; shared code belongs in libs/',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
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
    exclude: { path: '(^dist/|\\.spec\\.ts$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
