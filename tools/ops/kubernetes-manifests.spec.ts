// Unit: reads the Kubernetes manifests in deploy/k8s (no cluster). Each object is validated against
// the Kubernetes API schemas (kubernetes-models, run in a child node process: the package is ES
// modules only), and what the schemas cannot see is checked here: the files kustomize applies,
// what HPAs, PDBs and Services point at, and that every app's production config is complete.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { apps, AppName, repoRoot } from '@inquiry-router/local-system';
import { CommonEnv, ConfigError, loadConfig } from '@inquiry-router/runtime';
import { AgencyForwarderEnv } from '../../apps/agency-forwarder/src/agency-forwarder.env';
import { ClassifierEnv } from '../../apps/classifier/src/classifier.env';
import { EmailAdapterEnv } from '../../apps/email-adapter/src/email-adapter.env';
import { NoticeDispatcherEnv } from '../../apps/notice-dispatcher/src/notice-dispatcher.env';
import { PhoneAdapterEnv } from '../../apps/phone-adapter/src/phone-adapter.env';
import { RouterEnv } from '../../apps/router/src/router.env';
import { SocialAdapterEnv } from '../../apps/social-adapter/src/social-adapter.env';
import { WorkdeskEnv } from '../../apps/workdesk/src/workdesk.env';

/** Every kind the manifests may hold, and the kubernetes-models class that validates it. */
const models: Record<string, string> = {
  'v1/Namespace': 'kubernetes-models/v1/Namespace',
  'v1/ConfigMap': 'kubernetes-models/v1/ConfigMap',
  'v1/Secret': 'kubernetes-models/v1/Secret',
  'v1/Service': 'kubernetes-models/v1/Service',
  'apps/v1/Deployment': 'kubernetes-models/apps/v1/Deployment',
  'batch/v1/Job': 'kubernetes-models/batch/v1/Job',
  'autoscaling/v2/HorizontalPodAutoscaler': 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
  'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1/PodDisruptionBudget',
};

/** The config class each app loads at start (its main.ts); the migrate Job's tools load CommonEnv. */
const envOf: Record<AppName, new () => object> = {
  workdesk: WorkdeskEnv,
  'phone-adapter': PhoneAdapterEnv,
  'email-adapter': EmailAdapterEnv,
  'social-adapter': SocialAdapterEnv,
  classifier: ClassifierEnv,
  router: RouterEnv,
  'agency-forwarder': AgencyForwarderEnv,
  'notice-dispatcher': NoticeDispatcherEnv,
};

interface Manifest {
  file: string;
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  // The manifests' own shape, as parsed; each test reads what it checks.
  [field: string]: unknown;
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    fieldRef?: { fieldPath: string };
    configMapKeyRef?: { name: string; key: string };
    secretKeyRef?: { name: string; key: string };
  };
}
interface Container {
  name: string;
  image: string;
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
}
interface PodTemplate {
  metadata?: { labels?: Record<string, string> };
  spec: { containers: Container[]; initContainers?: Container[] };
}
interface DeploymentSpec {
  replicas?: number;
  selector: { matchLabels?: Record<string, string> };
  template: PodTemplate;
}

const k8sDir = path.join(repoRoot(), 'deploy/k8s');
/** The Secret's template: not applied by kustomize (the real Secret is made out of band), but it must hold every key. */
const secretTemplate = 'secret.example.yaml';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? yamlFiles(path.join(dir, entry.name))
      : entry.name.endsWith('.yaml')
        ? [path.relative(k8sDir, path.join(dir, entry.name))]
        : [],
  );
}

function read(file: string): unknown[] {
  const docs = parseAllDocuments(readFileSync(path.join(k8sDir, file), 'utf8'));
  for (const doc of docs) if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
  return docs.map((doc) => doc.toJSON() as unknown).filter((value) => value !== null);
}

/** Each object's schema problem ("" when valid), found by kubernetes-models in a node process of its own. */
function schemaProblems(objects: Manifest[]): string[] {
  const script = `
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const problems = [];
    for (const { module, object } of JSON.parse(input)) {
      const name = module.split('/').pop();
      const Model = (await import(module))[name];
      try { new Model(object).validate(); problems.push(''); } catch (error) { problems.push(String(error.message)); }
    }
    process.stdout.write(JSON.stringify(problems));`;
  const input = objects.map(({ file: _file, ...object }) => ({ module: models[`${object.apiVersion}/${object.kind}`], object }));
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repoRoot(),
    input: JSON.stringify(input),
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}

const files = yamlFiles(k8sDir);
const kustomization = read('kustomization.yaml')[0] as { resources: string[]; namespace: string };
const objects: Manifest[] = files
  .filter((file) => file !== 'kustomization.yaml')
  .flatMap((file) => read(file).map((doc) => ({ ...(doc as object), file }) as Manifest));
const ofKind = (kind: string) => objects.filter((o) => o.kind === kind);
const deployments = ofKind('Deployment');
const specOf = (deployment: Manifest) => deployment.spec as DeploymentSpec;
const appOf = (container: Container) => /^inquiry-router\/([a-z-]+)$/.exec(container.image)?.[1] as AppName | undefined;
const selects = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

function dataOf(kind: 'ConfigMap' | 'Secret', name: string): Record<string, string> {
  const found = ofKind(kind).find((o) => o.metadata.name === name);
  if (!found) throw new Error(`${kind} ${name} is referred to but not in deploy/k8s`);
  return kind === 'ConfigMap' ? (found.data as Record<string, string>) : (found.stringData as Record<string, string>);
}

/**
 * The environment a container starts with: the image's NODE_ENV (deploy/Dockerfile), then its
 * envFrom sources in order, then its env entries; a value from the downward API stands in as a name.
 * `without` leaves a ConfigMap or Secret out, as if it had not been created.
 */
function environmentOf(container: Container, without?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'production' };
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef && source.configMapRef.name !== without) Object.assign(env, dataOf('ConfigMap', source.configMapRef.name));
    if (source.secretRef && source.secretRef.name !== without) Object.assign(env, dataOf('Secret', source.secretRef.name));
  }
  for (const variable of container.env ?? []) {
    const from = variable.valueFrom;
    if (variable.value !== undefined) env[variable.name] = variable.value;
    else if (from?.fieldRef) env[variable.name] = 'pod-0';
    else if (from?.configMapKeyRef) env[variable.name] = dataOf('ConfigMap', from.configMapKeyRef.name)[from.configMapKeyRef.key];
    else if (from?.secretKeyRef) env[variable.name] = dataOf('Secret', from.secretKeyRef.name)[from.secretKeyRef.key];
  }
  return env;
}

function configProblems(cls: new () => object, env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(cls, env);
    return '';
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
}

describe('Kubernetes manifests (deploy/k8s)', () => {
  it('holds only kinds it knows, each valid against the Kubernetes API schema', () => {
    expect(objects.length).toBeGreaterThan(0);
    const unknown = objects.filter((o) => !models[`${o.apiVersion}/${o.kind}`]).map((o) => `${o.file}: ${o.apiVersion} ${o.kind}`);
    expect(unknown).toEqual([]);
    const problems = schemaProblems(objects);
    const invalid = objects.map((o, i) => [`${o.file}: ${o.kind} ${o.metadata?.name}`, problems[i]]).filter(([, problem]) => problem);
    expect(invalid).toEqual([]);
  });

  it('finds a schema violation when there is one (the check is real)', () => {
    const broken = { ...deployments[0], spec: { ...specOf(deployments[0]), replicas: 'two' } };
    expect(schemaProblems([broken])[0]).toMatch(/replicas must be integer/);
  });

  it('applies every manifest file with kustomize, and lists no file that is not there', () => {
    const applied = files.filter((f) => f !== 'kustomization.yaml' && f !== secretTemplate).sort();
    expect([...kustomization.resources].sort()).toEqual(applied);
    expect(kustomization.resources).not.toContain(secretTemplate);
  });

  it('has a Deployment for every app, its selector matching its pods, its HTTP port where the app listens', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(apps.map((a) => a.name).sort());
    for (const deployment of deployments) {
      const spec = specOf(deployment);
      expect({ [deployment.metadata.name]: selects(spec.selector.matchLabels, spec.template.metadata?.labels) }).toEqual({
        [deployment.metadata.name]: true,
      });
      const [container] = spec.template.spec.containers;
      const app = apps.find((a) => a.name === appOf(container))!;
      expect(app?.name).toBe(deployment.metadata.name);
      const http = container.ports?.find((p) => p.name === 'http')?.containerPort;
      expect({ app: app.name, port: environmentOf(container)[app.portVar] }).toEqual({ app: app.name, port: String(http) });
    }
  });

  it('runs every app on at least two pods, scaled by CPU, and never lets a disruption take the last one', () => {
    const autoscalers = ofKind('HorizontalPodAutoscaler');
    const budgets = ofKind('PodDisruptionBudget');
    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      const replicas = specOf(deployment).replicas;
      // Best left to the autoscaler (an apply then never resets them); when set, never fewer than two.
      if (replicas !== undefined) expect({ name, atLeastTwo: replicas >= 2 }).toEqual({ name, atLeastTwo: true });

      const scaling = autoscalers.filter((a) => {
        const target = (a.spec as { scaleTargetRef: { apiVersion: string; kind: string; name: string } }).scaleTargetRef;
        return target.apiVersion === 'apps/v1' && target.kind === 'Deployment' && target.name === name;
      });
      expect({ name, autoscalers: scaling.length }).toEqual({ name, autoscalers: 1 });
      const hpa = scaling[0].spec as {
        minReplicas: number;
        maxReplicas: number;
        metrics: { type: string; resource?: { name: string } }[];
      };
      expect(hpa.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpa.maxReplicas).toBeGreaterThanOrEqual(hpa.minReplicas);
      expect(hpa.metrics.some((m) => m.type === 'Resource' && m.resource?.name === 'cpu')).toBe(true);

      const covering = budgets.filter((b) =>
        selects(
          (b.spec as { selector: { matchLabels: Record<string, string> } }).selector?.matchLabels,
          specOf(deployment).template.metadata?.labels,
        ),
      );
      expect({ name, budgets: covering.map((b) => (b.spec as { minAvailable: number }).minAvailable) }).toEqual({ name, budgets: [1] });
    }
  });

  it('points every autoscaler, disruption budget and Service at an existing Deployment’s pods', () => {
    const names = new Set(deployments.map((d) => d.metadata.name));
    for (const hpa of ofKind('HorizontalPodAutoscaler')) {
      expect(names).toContain((hpa.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name);
    }
    const podsSelected = (selector: Record<string, string> | undefined) =>
      deployments.filter((d) => selects(selector, specOf(d).template.metadata?.labels)).map((d) => d.metadata.name);
    for (const pdb of ofKind('PodDisruptionBudget')) {
      const selected = podsSelected((pdb.spec as { selector: { matchLabels: Record<string, string> } }).selector?.matchLabels);
      expect({ pdb: pdb.metadata.name, selected }).toEqual({ pdb: pdb.metadata.name, selected: [pdb.metadata.name] });
    }
    for (const service of ofKind('Service').filter((s) => (s.spec as { type?: string }).type !== 'ExternalName')) {
      const spec = service.spec as { selector: Record<string, string>; ports: { targetPort: string | number }[] };
      const selected = podsSelected(spec.selector);
      expect({ service: service.metadata.name, selected }).toEqual({ service: service.metadata.name, selected: [service.metadata.name] });
      const [container] = specOf(deployments.find((d) => d.metadata.name === selected[0])!).template.spec.containers;
      for (const { targetPort } of spec.ports) {
        expect(container.ports?.some((p) => p.name === targetPort || p.containerPort === targetPort)).toBe(true);
      }
    }
  });

  it('gives every app, and the migrate Job, all the config it requires in production', () => {
    const problems: Record<string, string> = {};
    for (const deployment of deployments) {
      for (const container of specOf(deployment).template.spec.containers) {
        problems[`${deployment.metadata.name}/${container.name}`] = configProblems(envOf[appOf(container)!], environmentOf(container));
      }
    }
    for (const job of ofKind('Job')) {
      const pod = (job.spec as { template: PodTemplate }).template.spec;
      for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
        problems[`${job.metadata.name}/${container.name}`] = configProblems(CommonEnv, environmentOf(container));
      }
    }
    expect(Object.entries(problems).filter(([, problem]) => problem)).toEqual([]);
    expect(Object.keys(problems)).toHaveLength(deployments.length + 2);
  });

  it('would see an adapter refuse to start without the Secret (the check above is real)', () => {
    const adapter = (name: AppName) => specOf(deployments.find((d) => d.metadata.name === name)!).template.spec.containers[0];
    expect(configProblems(PhoneAdapterEnv, environmentOf(adapter('phone-adapter'), 'inquiry-router-secrets'))).toContain(
      'TWILIO_AUTH_TOKEN is required in production',
    );
    expect(configProblems(SocialAdapterEnv, environmentOf(adapter('social-adapter'), 'inquiry-router-secrets'))).toMatch(/META_APP_SECRET/);
    expect(configProblems(PhoneAdapterEnv, environmentOf(adapter('phone-adapter'), 'inquiry-router-config'))).toContain(
      'PUBLIC_BASE_URL is required in production',
    );
  });
});
