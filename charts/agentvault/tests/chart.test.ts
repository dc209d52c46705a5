/**
 * The Helm chart, checked by rendering: `helm lint` and `helm template` of every example
 * release, and what matters in the manifests (one image, the registry role, probes, resources
 * and security on every container, the migrations hook, NetworkPolicies, autoscaling, the
 * checksum) plus the values and combinations the chart must refuse.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  CHART_DIR,
  EXAMPLES_DIR,
  REPO_ROOT,
  helmBinary,
  helmLint,
  helmTemplate,
  matchesSelector,
  parseManifests,
  renderManifests,
  secretData,
  type K8sObject,
  type RenderOptions,
} from '../../../scripts/helm/release.js';

const EXAMPLES = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.yaml')).sort();
const example = (name: string) => path.join(EXAMPLES_DIR, name);
const RELEASE = 'agentvault';
const FULLNAME = 'agentvault';

/** Enough values to render: the infrastructure the chart requires. */
const INFRA = ['database.url=postgres://av:pw@db.internal:5432/av', 'nats.url=nats://nats.internal:4222', 'redis.url=redis://redis.internal:6379'];

const ROLE_VARIABLES = ['REGISTRY_ROLE', 'REGISTRY_NAME', 'MINTING_ENABLED', 'FIAT_GENESIS_REGISTRY', 'FIAT_ONRAMP_ENABLED', 'PARENT_REGISTRY_URL'];
const SECRET_VARIABLES = ['DATABASE_URL', 'NATS_URL', 'REDIS_URL', 'BOOTSTRAP_ADMIN_PASSWORD', 'STRIPE_API_KEY', 'STRIPE_WEBHOOK_SECRET', 'WEBHOOK_SECRETS_KEY', 'TOTP_SECRETS_KEY', 'FEDERATION_SECRETS_KEY', 'MARKETPLACE_SECRETS_KEY'];

const cache = new Map<string, K8sObject[]>();
function render(options: RenderOptions = {}): K8sObject[] {
  const key = JSON.stringify(options);
  if (!cache.has(key)) cache.set(key, renderManifests({ release: RELEASE, ...options }));
  return cache.get(key)!;
}
const renderExample = (name: string, set: string[] = []) => render({ valuesFiles: [example(name)], set });

const ofKind = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);
const named = (objects: K8sObject[], kind: string, name: string) => {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  assert.ok(found, `${kind} ${name} is rendered (have: ${ofKind(objects, kind).map((o) => o.metadata.name).join(', ')})`);
  return found;
};
const isHook = (o: K8sObject) => Boolean(o.metadata.annotations?.['helm.sh/hook']);
const configMap = (objects: K8sObject[]) => named(objects, 'ConfigMap', FULLNAME).data!;
/** Every pod-running object: Deployments and the hook Job. */
const workloads = (objects: K8sObject[]) => objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job');
const containersOf = (o: K8sObject): any[] => [...(o.spec.template.spec.initContainers ?? []), ...o.spec.template.spec.containers];
const envOf = (container: any): Record<string, any> => Object.fromEntries((container.env ?? []).map((e: any) => [e.name, e]));
const targetOf = (d: K8sObject) => String(d.spec.template.spec.containers[0].args[0]).replace(/^--target=/, '');

/** Maps merge recursively, anything else is replaced: how Helm puts a values file over the chart's. */
function deepMerge(base: any, over: any): any {
  if (over === undefined) return base;
  if (!base || !over || typeof base !== 'object' || typeof over !== 'object' || Array.isArray(base) || Array.isArray(over)) return over;
  const out: any = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(base[k], v);
  return out;
}

/** The chart's values with an example's over them. */
function valuesOf(file?: string): any {
  const defaults = parse(readFileSync(path.join(CHART_DIR, 'values.yaml'), 'utf8'));
  return file ? deepMerge(defaults, parse(readFileSync(file, 'utf8')) ?? {}) : defaults;
}

function expectFailure(options: RenderOptions, message: string | RegExp): void {
  const res = helmTemplate({ release: RELEASE, ...options });
  assert.notEqual(res.code, 0, `the render should fail (${message}) but succeeded`);
  if (typeof message === 'string') assert.ok(res.stderr.includes(message), `expected "${message}" in:\n${res.stderr}`);
  else assert.match(res.stderr, message);
}

/** TCP ports (numbers) an egress or ingress rule opens. */
const rulePorts = (rule: any): Array<number | string> => (rule.ports ?? []).map((p: any) => p.port);

describe('Helm chart charts/agentvault (rendered manifests)', function () {
  this.timeout(60_000);

  before(function () {
    // The first run on a machine builds Helm from its Go module (a few minutes); later runs reuse it.
    this.timeout(15 * 60_000);
    helmBinary();
  });

  it('has the four example releases: a mainframe, a peer sovereign frame and two operator satellites', () => {
    assert.deepEqual(EXAMPLES, ['mainframe.yaml', 'peer-frame.yaml', 'satellite-op-1.yaml', 'satellite-op-2.yaml']);
  });

  for (const file of EXAMPLES) {
    describe(`examples/${file}`, () => {
      it('passes helm lint --strict and renders', () => {
        const lint = helmLint({ valuesFiles: [example(file)] });
        assert.equal(lint.code, 0, lint.stdout + lint.stderr);
        assert.match(lint.stdout, /1 chart\(s\) linted, 0 chart\(s\) failed/);
        const objects = renderExample(file);
        assert.ok(ofKind(objects, 'Deployment').length >= 1);
      });

      it('runs the same image, the agentvault program, in every container', () => {
        const objects = renderExample(file);
        const values = valuesOf(example(file));
        const expected = `${values.image.repository}:${values.image.tag}`;
        for (const w of workloads(objects)) {
          for (const c of containersOf(w)) {
            assert.equal(c.image, expected, `${w.kind} ${w.metadata.name}`);
            assert.deepEqual(c.command, ['agentvault'], `${w.kind} ${w.metadata.name}`);
          }
        }
      });

      it('sets the role flags of its registry role, and never in extra env', () => {
        const objects = renderExample(file);
        const values = valuesOf(example(file));
        const data = configMap(objects);
        const satellite = values.registry.role === 'satellite';
        assert.equal(data.REGISTRY_ROLE, values.registry.role);
        assert.equal(data.REGISTRY_NAME, values.registry.name);
        if (satellite) {
          assert.equal(data.MINTING_ENABLED, 'false');
          assert.equal(data.FIAT_GENESIS_REGISTRY, 'false');
          assert.equal(data.FIAT_ONRAMP_ENABLED, 'false');
          assert.match(data.PARENT_REGISTRY_URL ?? '', /^https:\/\//);
        } else {
          assert.equal(data.MINTING_ENABLED, 'true');
          assert.equal(data.FIAT_GENESIS_REGISTRY, String(values.registry.fiat.genesisRegistry));
          assert.equal(data.FIAT_ONRAMP_ENABLED, String(values.registry.fiat.onrampEnabled));
          assert.equal(data.PARENT_REGISTRY_URL, undefined);
        }
        for (const w of workloads(objects)) {
          for (const c of containersOf(w)) {
            const env = envOf(c);
            for (const v of ROLE_VARIABLES) assert.equal(env[v], undefined, `${w.metadata.name} overrides ${v}`);
            if (satellite) {
              for (const v of ['STRIPE_API_KEY', 'STRIPE_WEBHOOK_SECRET']) assert.equal(env[v], undefined, `a satellite's ${w.metadata.name} gets ${v}`);
            }
          }
        }
        for (const labelled of objects) assert.equal(labelled.metadata.labels?.['agentvault.io/registry-role'], values.registry.role);
      });

      it('gives every container probes on the real endpoints, resources and a locked-down security context', () => {
        const objects = renderExample(file);
        const data = configMap(objects);
        for (const w of workloads(objects)) {
          const pod = w.spec.template.spec;
          const where = `${w.kind} ${w.metadata.name}`;
          assert.equal(pod.securityContext.runAsNonRoot, true, where);
          assert.ok(pod.securityContext.runAsUser > 0, where);
          assert.equal(pod.securityContext.seccompProfile.type, 'RuntimeDefault', where);
          assert.equal(pod.automountServiceAccountToken, false, where);
          assert.equal(pod.enableServiceLinks, false, where);
          for (const c of containersOf(w)) {
            const sc = c.securityContext;
            assert.equal(sc.runAsNonRoot, true, where);
            assert.equal(sc.allowPrivilegeEscalation, false, where);
            assert.equal(sc.privileged, false, where);
            assert.equal(sc.readOnlyRootFilesystem, true, where);
            assert.ok(sc.capabilities.drop.includes('ALL'), where);
            assert.ok(c.resources.requests.cpu && c.resources.requests.memory, `${where}: requests`);
            assert.ok(c.resources.limits.memory, `${where}: memory limit`);
            // The only writable path, for tsx's cache and DATA_DIR.
            const tmp = c.volumeMounts.find((m: any) => m.mountPath === '/tmp');
            assert.ok(pod.volumes.find((v: any) => v.name === tmp.name).emptyDir, where);
            if (w.kind !== 'Deployment') continue;

            // The gateway (alone, or inside --target=all) serves /health, /ready and /metrics on
            // PORT; every other process on OPS_PORT.
            const http = targetOf(w) === 'gateway' || targetOf(w) === 'all';
            const portName = http ? 'http' : 'ops';
            const port = c.ports.find((p: any) => p.name === portName);
            assert.ok(port, `${where}: port ${portName}`);
            if (http) assert.equal(envOf(c).PORT.value, String(port.containerPort), where);
            else assert.equal(data.OPS_PORT, String(port.containerPort), where);
            assert.deepEqual(c.livenessProbe.httpGet, { path: '/health', port: portName }, where);
            assert.deepEqual(c.startupProbe.httpGet, { path: '/health', port: portName }, where);
            assert.deepEqual(c.readinessProbe.httpGet, { path: '/ready', port: portName }, where);
            assert.equal(w.spec.template.metadata.annotations['prometheus.io/port'], String(port.containerPort), where);
          }
        }
      });

      it('runs one Deployment per service (or one for --target=all), wired by <SERVICE>_GRPC_ADDR and _BIND', () => {
        const objects = renderExample(file);
        const values = valuesOf(example(file));
        const data = configMap(objects);
        const deployments = ofKind(objects, 'Deployment');
        assert.equal(data.MIGRATE_ON_START, 'false');
        for (const d of deployments) assert.equal(envOf(d.spec.template.spec.containers[0]).MIGRATE_ON_START, undefined);
        if (values.mode === 'all') {
          assert.deepEqual(deployments.map(targetOf), ['all']);
          for (const [k, v] of Object.entries(data)) if (k.endsWith('_GRPC_ADDR')) assert.match(v, /^127\.0\.0\.1:\d+$/, k);
          const svc = named(objects, 'Service', `${FULLNAME}-gateway`);
          assert.ok(matchesSelector(deployments[0]!.spec.template.metadata.labels, svc.spec.selector));
          return;
        }
        const targets = deployments.map(targetOf).sort();
        assert.deepEqual(targets, Object.keys(values.services).sort());
        for (const d of deployments) {
          const container = d.spec.template.spec.containers[0];
          const grpc = container.ports.find((p: any) => p.name === 'grpc');
          const target = targetOf(d);
          if (target === 'gateway') {
            assert.equal(grpc, undefined);
            continue;
          }
          const prefix = target.toUpperCase().replace(/-/g, '_');
          assert.equal(envOf(container)[`${prefix}_GRPC_BIND`].value, `0.0.0.0:${grpc.containerPort}`);
          assert.equal(data[`${prefix}_GRPC_ADDR`], `${FULLNAME}-${target}:${grpc.containerPort}`);
          // The address resolves to a Service in front of this Deployment's gRPC port.
          const svc = named(objects, 'Service', `${FULLNAME}-${target}`);
          assert.ok(matchesSelector(d.spec.template.metadata.labels, svc.spec.selector));
          assert.ok(svc.spec.ports.some((p: any) => p.port === grpc.containerPort && p.targetPort === 'grpc'));
        }
      });

      it('keeps secrets out of the ConfigMap and reads them from Secrets', () => {
        const objects = renderExample(file);
        const data = configMap(objects);
        for (const v of SECRET_VARIABLES) assert.equal(data[v], undefined, v);
        const secrets = ofKind(objects, 'Secret').filter((s) => !isHook(s));
        for (const w of ofKind(objects, 'Deployment')) {
          for (const e of w.spec.template.spec.containers[0].env) {
            if (!SECRET_VARIABLES.includes(e.name)) continue;
            const ref = e.valueFrom?.secretKeyRef;
            assert.ok(ref, `${w.metadata.name}: ${e.name} comes from a Secret`);
            const rendered = secrets.find((s) => s.metadata.name === ref.name);
            if (rendered) assert.ok(ref.key in secretData(rendered), `${ref.name} has ${ref.key}`);
          }
        }
      });

      it('applies the migrations in a pre-install/pre-upgrade hook Job that needs nothing the release creates later', () => {
        const objects = renderExample(file);
        const jobs = ofKind(objects, 'Job');
        assert.equal(jobs.length, 1);
        const job = jobs[0]!;
        const weight = (o: K8sObject) => Number(o.metadata.annotations?.['helm.sh/hook-weight'] ?? 0);
        assert.deepEqual(job.metadata.annotations!['helm.sh/hook']!.split(',').sort(), ['pre-install', 'pre-upgrade']);
        const pod = job.spec.template.spec;
        assert.equal(pod.restartPolicy, 'Never');
        assert.deepEqual(pod.containers[0].args, ['migrate']);
        assert.equal(pod.containers[0].envFrom, undefined, 'no envFrom: the ConfigMap does not exist yet on install');
        const db = envOf(pod.containers[0]).DATABASE_URL.valueFrom.secretKeyRef;
        const hookSecret = objects.find((o) => o.kind === 'Secret' && o.metadata.name === db.name);
        if (hookSecret) {
          assert.ok(isHook(hookSecret) && weight(hookSecret) < weight(job), 'the Job reads a Secret created before it');
        } else {
          assert.equal(db.name, valuesOf(example(file)).database.existingSecret, 'or an existing Secret');
        }
        const sa = named(objects, 'ServiceAccount', pod.serviceAccountName);
        assert.ok(isHook(sa) && weight(sa) < weight(job), 'the Job runs as a ServiceAccount created before it');
        const np = objects.find((o) => o.kind === 'NetworkPolicy' && isHook(o) && matchesSelector(job.spec.template.metadata.labels, o.spec.podSelector.matchLabels));
        assert.ok(np && weight(np) < weight(job), 'a hook NetworkPolicy lets the Job reach the database on upgrades');
        assert.deepEqual(np.spec.egress.flatMap(rulePorts).sort(), [53, 53, 5432]);
      });

      it('has NetworkPolicies that deny by default and open only what each service needs', () => {
        const objects = renderExample(file);
        const values = valuesOf(example(file));
        const policies = ofKind(objects, 'NetworkPolicy').filter((p) => !isHook(p));
        const deny = named(objects, 'NetworkPolicy', `${FULLNAME}-default-deny`);
        assert.deepEqual(deny.spec.policyTypes, ['Ingress', 'Egress']);
        assert.equal(deny.spec.ingress, undefined);
        assert.equal(deny.spec.egress, undefined);
        const deployments = ofKind(objects, 'Deployment');
        for (const w of workloads(objects)) assert.ok(matchesSelector(w.spec.template.metadata.labels, deny.spec.podSelector.matchLabels), `${w.metadata.name} is denied by default`);

        const egressPorts = (need: string): number[] => values.networkPolicy.egress[need].ports.map((p: any) => p.port);
        for (const d of deployments) {
          const mine = policies.filter((p) => p !== deny && matchesSelector(d.spec.template.metadata.labels, p.spec.podSelector.matchLabels));
          assert.equal(mine.length, 1, `${d.metadata.name}: one allow policy`);
          const policy = mine[0]!;
          const target = targetOf(d);
          // What the values say this workload needs and calls.
          let needs: string[];
          let calls: string[];
          if (target === 'all') {
            needs = [...new Set([...Object.values<any>(values.services).flatMap((s) => s?.needs ?? values.serviceDefaults.needs), ...(values.allInOne.needs ?? [])])];
            calls = [];
          } else {
            needs = values.services[target]?.needs ?? values.serviceDefaults.needs;
            calls = (values.services[target]?.calls ?? []).filter((c: string) => deployments.some((o) => targetOf(o) === c));
          }
          const expected = [53, 53, ...needs.flatMap(egressPorts), ...calls.map((c) => values.services[c].grpcPort)].sort();
          assert.deepEqual(policy.spec.egress.flatMap(rulePorts).sort(), expected, `${d.metadata.name} egress`);
          if (!needs.includes('database')) assert.ok(!policy.spec.egress.flatMap(rulePorts).includes(5432), `${d.metadata.name} cannot reach the database`);
          // gRPC egress goes only to the callee's pods, on a port they serve.
          for (const rule of policy.spec.egress.filter((r: any) => r.to?.some((t: any) => t.podSelector && !t.namespaceSelector))) {
            const callee = deployments.find((o) => matchesSelector(o.spec.template.metadata.labels, rule.to[0].podSelector.matchLabels));
            assert.ok(callee, `${d.metadata.name} egress selects a Deployment of the release`);
            assert.ok(callee.spec.template.spec.containers[0].ports.some((p: any) => p.containerPort === rule.ports[0].port));
          }
          // Every ingress rule names who may come in; gRPC only from the services that call it.
          for (const rule of policy.spec.ingress) assert.ok(rule.from?.length, `${d.metadata.name}: an ingress rule without from`);
          const grpcRule = policy.spec.ingress.find((r: any) => rulePorts(r).includes('grpc'));
          if (target !== 'all' && target !== 'gateway') {
            const callers = deployments.filter((o) => (values.services[targetOf(o)]?.calls ?? []).includes(target)).map(targetOf).sort();
            const allowed = (grpcRule?.from ?? []).map((f: any) => f.podSelector.matchLabels['app.kubernetes.io/component']).sort();
            assert.deepEqual(allowed, callers, `${target} gRPC callers`);
          } else {
            assert.equal(grpcRule, undefined);
            const httpRule = policy.spec.ingress.find((r: any) => rulePorts(r).includes('http'));
            assert.deepEqual(httpRule.from, values.networkPolicy.ingressFrom);
          }
        }
      });

      it('runs pods as the release ServiceAccount, without an API token', () => {
        const objects = renderExample(file);
        const sa = named(objects, 'ServiceAccount', FULLNAME);
        assert.equal(sa.automountServiceAccountToken, false);
        for (const d of ofKind(objects, 'Deployment')) assert.equal(d.spec.template.spec.serviceAccountName, FULLNAME);
      });

      it('autoscales the gateway and keeps a PodDisruptionBudget for it', () => {
        const objects = renderExample(file);
        const values = valuesOf(example(file));
        const http = ofKind(objects, 'Deployment').find((d) => ['gateway', 'all'].includes(targetOf(d)))!;
        const pdb = ofKind(objects, 'PodDisruptionBudget').find((p) => matchesSelector(http.spec.template.metadata.labels, p.spec.selector.matchLabels));
        assert.ok(pdb, 'a PDB selects the gateway pods');
        assert.ok(pdb.spec.maxUnavailable !== undefined || pdb.spec.minAvailable !== undefined);
        const hpa = ofKind(objects, 'HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === http.metadata.name);
        if (values.mode === 'all' && !values.allInOne.autoscaling?.enabled) {
          assert.equal(hpa, undefined);
          assert.equal(http.spec.replicas, values.allInOne.replicas);
          return;
        }
        assert.ok(hpa, 'an HPA scales the gateway');
        assert.equal(hpa.spec.scaleTargetRef.kind, 'Deployment');
        assert.ok(hpa.spec.minReplicas >= 2 && hpa.spec.maxReplicas >= hpa.spec.minReplicas);
        assert.equal(http.spec.replicas, undefined, 'the HPA owns the replica count');
      });

      it('routes its Ingress to the gateway and trusts the proxy in front of it', () => {
        const objects = renderExample(file);
        const values = valuesOf(example(file));
        const ingress = named(objects, 'Ingress', FULLNAME);
        const backend = ingress.spec.rules[0].http.paths[0].backend.service;
        assert.deepEqual(backend, { name: `${FULLNAME}-gateway`, port: { name: 'http' } });
        assert.ok(named(objects, 'Service', backend.name).spec.ports.some((p: any) => p.name === 'http'));
        assert.equal(configMap(objects).TRUST_PROXY, String(values.config?.trustProxy || '1'));
      });
    });
  }

  describe('defaults and wiring', () => {
    it('declares a service for every target of the program (and no other), so per-service mode runs them all', () => {
      const usage = execFileSync(process.execPath, ['packages/cli/bin/agentvault.js', '--help'], { cwd: REPO_ROOT, encoding: 'utf8' });
      const targets = /--target=([a-z|-]+)\]/.exec(usage)![1]!.split('|').filter((t) => t !== 'all').sort();
      const declared = Object.keys(valuesOf().services).sort();
      assert.deepEqual(
        declared,
        targets,
        `charts/agentvault/values.yaml services must match the program's targets; add e.g.\n  services:\n    <name>:\n      grpcPort: <port>\n      calls: [...]\nand the name to the gateway's calls when it calls it`,
      );
      // And each service's gRPC port is the program's default <SERVICE>_GRPC_ADDR port, so that
      // --target=all on a laptop and the chart agree.
      const portsRendered = configMap(render({ set: INFRA }));
      for (const t of targets) {
        const port = valuesOf().services[t].grpcPort;
        if (port) assert.equal(portsRendered[`${t.toUpperCase().replace(/-/g, '_')}_GRPC_ADDR`], `${FULLNAME}-${t}:${port}`);
      }
    });

    it('renders with the default values plus the infrastructure, on the oldest supported Kubernetes too', () => {
      const objects = render({ set: INFRA });
      assert.equal(configMap(objects).TRUST_PROXY, 'false', 'no Ingress, no proxy to trust');
      assert.equal(configMap(objects).MINTING_ENABLED, 'true');
      assert.equal(helmTemplate({ set: INFRA, kubeVersion: '1.25.0' }).code, 0);
      expectFailure({ set: INFRA, kubeVersion: '1.24.0' }, /kubeVersion/);
    });

    it('pins the image by digest everywhere when one is given', () => {
      const digest = `sha256:${'a'.repeat(64)}`;
      const objects = render({ set: [...INFRA, `image.digest=${digest}`] });
      for (const w of workloads(objects)) for (const c of containersOf(w)) assert.equal(c.image, `ghcr.io/agentvault/agentvault@${digest}`);
    });

    it('rolls the pods when the configuration or the chart Secret changes, and only then', () => {
      const checksums = (set: string[]) => ofKind(render({ set: [...INFRA, ...set] }), 'Deployment').map((d) => d.spec.template.metadata.annotations['checksum/config']);
      const base = checksums([]);
      assert.ok(base.every((c) => /^[0-9a-f]{64}$/.test(c)));
      assert.equal(new Set(base).size, 1, 'one configuration, one checksum');
      assert.notDeepEqual(checksums(['config.logLevel=debug']), base, 'ConfigMap change');
      assert.notDeepEqual(checksums(['redis.url=redis://other:6379']), base, 'Secret change');
      assert.deepEqual(checksums(['services.identity.replicas=5']), base, 'a replica count is not configuration');
    });

    it('adds a service with a few lines of values: Deployment, Service, NetworkPolicy, PDB and its address', () => {
      const objects = render({ set: [...INFRA, 'services.payments.grpcPort=50055', 'services.payments.calls={ledger,identity}'] });
      const d = named(objects, 'Deployment', `${FULLNAME}-payments`);
      assert.deepEqual(d.spec.template.spec.containers[0].args, ['--target=payments']);
      assert.equal(envOf(d.spec.template.spec.containers[0]).PAYMENTS_GRPC_BIND.value, '0.0.0.0:50055');
      assert.equal(configMap(objects).PAYMENTS_GRPC_ADDR, `${FULLNAME}-payments:50055`);
      named(objects, 'Service', `${FULLNAME}-payments`);
      named(objects, 'PodDisruptionBudget', `${FULLNAME}-payments`);
      const np = named(objects, 'NetworkPolicy', `${FULLNAME}-payments`);
      assert.deepEqual(np.spec.egress.flatMap(rulePorts).sort(), [4222, 50051, 50052, 53, 53, 5432].sort());
      const ledgerPolicy = named(objects, 'NetworkPolicy', `${FULLNAME}-ledger`);
      const callers = ledgerPolicy.spec.ingress.find((r: any) => rulePorts(r).includes('grpc')).from.map((f: any) => f.podSelector.matchLabels['app.kubernetes.io/component']);
      // fiat (its pledges), federation (the chain head for the card), staking and governance (locks, payouts, passed proposals) and the marketplace (its holds) call the ledger too.
      assert.deepEqual(callers.sort(), ['federation', 'fiat', 'gateway', 'governance', 'marketplace', 'payments', 'staking']);
    });

    it('drops calls to a disabled service, and its Deployment, Service and address', () => {
      const objects = render({ set: [...INFRA, 'services.webhooks.enabled=false'] });
      assert.equal(objects.find((o) => o.metadata.name === `${FULLNAME}-webhooks`), undefined);
      assert.equal(configMap(objects).WEBHOOKS_GRPC_ADDR, undefined);
      assert.ok(!named(objects, 'NetworkPolicy', `${FULLNAME}-gateway`).spec.egress.flatMap(rulePorts).includes(50059));
    });

    it('gives the bootstrap admin password to identity only, and the database to no gateway', () => {
      const objects = render({ set: [...INFRA, 'bootstrapAdmin.email=admin@example.com', 'bootstrapAdmin.password=Adm1n-Passw0rd'] });
      const env = (t: string) => envOf(named(objects, 'Deployment', `${FULLNAME}-${t}`).spec.template.spec.containers[0]);
      assert.ok(env('identity').BOOTSTRAP_ADMIN_PASSWORD);
      assert.equal(env('gateway').BOOTSTRAP_ADMIN_PASSWORD, undefined);
      assert.equal(env('gateway').DATABASE_URL, undefined);
      assert.ok(env('gateway').REDIS_URL && env('gateway').NATS_URL);
      assert.equal(env('ledger').REDIS_URL, undefined);
    });
  });

  describe('skaffold.yaml', () => {
    const skaffold = parse(readFileSync(path.join(REPO_ROOT, 'skaffold.yaml'), 'utf8'));
    const release = skaffold.deploy.helm.releases[0];

    it('builds the one image from the root Dockerfile and hands it to the chart', () => {
      assert.deepEqual(skaffold.build.artifacts.map((a: any) => [a.image, a.docker.dockerfile]), [['agentvault', 'Dockerfile']]);
      assert.equal(path.resolve(REPO_ROOT, release.chartPath), CHART_DIR);
      assert.deepEqual(release.setValueTemplates, { 'image.repository': '{{.IMAGE_REPO_agentvault}}', 'image.tag': '{{.IMAGE_TAG_agentvault}}' });
    });

    it('has an all-in-one and a per-service profile, each rendering and linting with the dev values', () => {
      const modes = Object.fromEntries(
        skaffold.profiles.map((p: any) => {
          const patch = p.patches.find((x: any) => x.path === '/deploy/helm/releases/0/setValues/mode');
          assert.ok(patch && patch.op === 'replace', `${p.name} patches the mode`);
          return [p.name, patch.value];
        }),
      );
      assert.deepEqual(modes, { split: 'split', 'all-in-one': 'all' });
      for (const mode of Object.values<string>(modes)) {
        const options = { valuesFiles: release.valuesFiles.map((f: string) => path.join(REPO_ROOT, f)), set: [`mode=${mode}`, 'image.repository=agentvault', 'image.tag=0123abcd'] };
        const lint = helmLint(options);
        assert.equal(lint.code, 0, lint.stdout + lint.stderr);
        const objects = render(options);
        const targets = ofKind(objects, 'Deployment').map(targetOf).sort();
        if (mode === 'all') assert.deepEqual(targets, ['all']);
        else assert.deepEqual(targets, Object.keys(valuesOf().services).sort());
        // The dev infrastructure it points at is what dev-infra.yaml runs.
        const infra = parseManifests(readFileSync(path.join(REPO_ROOT, skaffold.manifests.rawYaml[0]), 'utf8'));
        const urls = secretData(named(objects, 'Secret', FULLNAME));
        for (const [variable, name, port] of [['DATABASE_URL', 'av-postgres', 5432], ['NATS_URL', 'av-nats', 4222], ['REDIS_URL', 'av-redis', 6379]] as const) {
          assert.ok(urls[variable]!.includes(`@${name}:${port}`) || urls[variable]!.includes(`//${name}:${port}`), `${variable} points at ${name}:${port}`);
          const svc = named(infra, 'Service', name);
          assert.equal(svc.metadata.namespace, release.namespace);
          assert.ok(svc.spec.ports.some((p: any) => p.port === port));
        }
      }
    });
  });

  describe('combinations that make no sense fail at render time, saying why', () => {
    const satellite = [...INFRA, 'registry.role=satellite', 'registry.parentRegistryUrl=https://registry.example.com'];
    const cases: Array<[string, string[], string]> = [
      ['a satellite without a parent', [...INFRA, 'registry.role=satellite'], 'registry.role=satellite requires registry.parentRegistryUrl'],
      ['minting on a satellite', [...satellite, 'registry.mintingEnabled=true'], 'registry.mintingEnabled=true is not allowed on a satellite'],
      ['a satellite as fiat genesis registry', [...satellite, 'registry.fiat.genesisRegistry=true'], 'the fiat on-ramp is mainframe-only'],
      ['a satellite with the fiat on-ramp on', [...satellite, 'registry.fiat.onrampEnabled=true'], 'the fiat on-ramp is mainframe-only'],
      ['Stripe credentials on a satellite', [...satellite, 'stripe.apiKey=sk_test_123'], 'stripe.* is not allowed on a satellite'],
      ['minting switched on through extra env', [...satellite, 'services.ledger.env.MINTING_ENABLED=true'], 'services.ledger.env sets MINTING_ENABLED'],
      ['fiat switched on through config.env', [...satellite, 'config.env.FIAT_ONRAMP_ENABLED=true'], 'config.env sets FIAT_ONRAMP_ENABLED'],
      ['a mainframe with a parent', [...INFRA, 'registry.parentRegistryUrl=https://registry.example.com'], 'registry.parentRegistryUrl is only for a satellite'],
      ['the on-ramp without the genesis flag', [...INFRA, 'registry.fiat.onrampEnabled=true', 'stripe.existingSecret=stripe'], 'registry.fiat.onrampEnabled=true needs registry.fiat.genesisRegistry=true'],
      ['the on-ramp without Stripe', [...INFRA, 'registry.fiat.genesisRegistry=true', 'registry.fiat.onrampEnabled=true'], 'registry.fiat.onrampEnabled=true needs Stripe credentials'],
      ['no database', INFRA.slice(1), 'database.url or database.existingSecret is required'],
      ['no NATS', [INFRA[0]!, INFRA[2]!], 'nats.url or nats.existingSecret is required'],
      ['no Redis', INFRA.slice(0, 2), 'redis.url or redis.existingSecret is required'],
      ['an admin email without a password', [...INFRA, 'bootstrapAdmin.email=admin@example.com'], 'bootstrapAdmin.email needs bootstrapAdmin.password or bootstrapAdmin.existingSecret'],
      ['a call to an undeclared service', [...INFRA, 'services.gateway.calls={identity,ledgr}'], 'services.gateway.calls names "ledgr", which is not a service'],
      ['an unknown need', [...INFRA, 'services.ledger.needs={database,kafka}'], 'services.ledger.needs names "kafka"'],
      ['per-service mode without the gateway', [...INFRA, 'services.gateway.enabled=false'], 'mode=split needs exactly one enabled service with http: true'],
      // A name no service has (fiat is a real service now).
      ['a service with neither gRPC nor HTTP', [...INFRA, 'services.escrow.replicas=1'], 'services.escrow needs a grpcPort'],
    ];
    for (const [what, set, message] of cases) it(`refuses ${what}`, () => expectFailure({ set }, message));

    it('refuses the default values alone: the infrastructure is external and must be named', () => {
      expectFailure({}, 'database.url or database.existingSecret is required');
      expectFailure({ valuesFiles: [example('satellite-op-1.yaml')], set: ['registry.parentRegistryUrl='] }, 'requires registry.parentRegistryUrl');
    });
  });

  describe('values.schema.json rejects bad values', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['an unknown role', ['registry.role=hub'], /\/registry\/role.*one of 'mainframe', 'satellite'/],
      ['an unknown mode', ['mode=both'], /\/mode/],
      ['a misspelt top-level key', ['registy.role=satellite'], /registy/],
      ['a database URL that is not PostgreSQL', ['database.url=mysql://db:3306/av'], /\/database\/url/],
      ['a NATS URL that is not nats://', ['nats.url=http://nats:4222'], /\/nats\/url/],
      ['a parent that is not an http(s) URL', ['registry.role=satellite', 'registry.parentRegistryUrl=ftp://x'], /\/registry\/parentRegistryUrl/],
      ['a stream name NATS cannot take', ['nats.stream=a.b'], /\/nats\/stream/],
      ['a malformed digest', ['image.digest=abc'], /\/image\/digest/],
      ['privilege escalation', ['containerSecurityContext.allowPrivilegeEscalation=true'], /\/containerSecurityContext\/allowPrivilegeEscalation/],
      ['running as root', ['podSecurityContext.runAsNonRoot=false'], /\/podSecurityContext\/runAsNonRoot/],
      ['a container without resource requests', ['services.gateway.resources.requests=null'], /\/services\/gateway\/resources.*requests/],
      ['a service name that is no target', ['services.Bad_Name.grpcPort=50099'], /Bad_Name/],
      ['a privileged gRPC port', ['services.ledger.grpcPort=80'], /\/services\/ledger\/grpcPort/],
      ['a secret that does not exist', ['services.ledger.secrets={vault}'], /\/services\/ledger\/secrets/],
      ['a webhook secrets key that is not 32 bytes', ['webhookSecretsKey.value=short'], /\/webhookSecretsKey\/value/],
      ['a log level pino does not have', ['config.logLevel=verbose'], /\/config\/logLevel/],
      ['a body limit the gateway cannot parse', ['config.bodyLimit=lots'], /\/config\/bodyLimit/],
    ];
    for (const [what, set, message] of cases) {
      it(`rejects ${what}`, () => expectFailure({ set: [...INFRA, ...set] }, message));
    }
  });
});
