/**
 * Renders a release of charts/agentvault and runs it on this machine: the pre-install hooks
 * (the migrations Job) to completion, then every Deployment as a local process with the
 * rendered command, arguments and environment, and waits until each answers its readiness
 * probe. What proves the chart's wiring starts a working registry.
 *
 * Only what cannot exist outside a cluster is rewritten:
 *  - DATABASE_URL, NATS_URL and REDIS_URL (when a container has them) point at the local
 *    servers;
 *  - nothing gets a port chosen here: bind addresses of container ports (0.0.0.0:<port>) become
 *    127.0.0.1:0, *PORT variables naming a container port become 0 and HOST becomes 127.0.0.1;
 *    each process binds what the system gives it and reports it in its ports file;
 *  - Deployments start in the order of their calls (what a Deployment's NetworkPolicy lets it
 *    reach, i.e. the chart's `calls`; without NetworkPolicies, the Services its
 *    <NAME>_GRPC_ADDR variables name, in the program's start order), each once the ones it calls
 *    have reported their ports; in-cluster Service addresses
 *    (<service>[.<namespace>[.svc[.cluster.local]]]:<port>) in its environment become the
 *    address the pod behind that Service reported. Addresses of Services it does not call stay
 *    as rendered (unreachable here, as its NetworkPolicy makes them in a cluster);
 *  - a pod's own loopback addresses (127.0.0.1:<port>, the in-process gRPC servers of
 *    --target=all) stay as rendered: the process binds port 0 and finds its own servers by the
 *    address it got. A loopback <NAME>_GRPC_ADDR of a service the process does not run is
 *    refused, since here every pod shares one loopback;
 *  - emptyDir mounts become temporary directories (values under a mount path follow).
 * One process per Deployment, whatever its replicas.
 *
 *   npx tsx scripts/helm/run-release-locally.ts -f charts/agentvault/examples/satellite-op-1.yaml \
 *     [--set mode=all] [--secret NAME/KEY=VALUE] [--database-url URL]
 *
 * runs until Ctrl-C and prints the gateway's URL (with a fresh database, dropped on exit, unless
 * --database-url is given). It uses the release's NATS stream and Redis key prefix as they are:
 * on a shared NATS, --set nats.stream=... to keep out of others' way. Tests import
 * startReleaseLocally().
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  createTestDatabase,
  envPrefix,
  listTargets,
  startAgentVault,
  stopProcess,
  waitForReady,
  TEST_NATS_URL,
  TEST_REDIS_URL,
  type PortsReport,
  type RunningProcess,
  type TestDatabase,
} from '../../packages/testing/src/index.js';
import { matchesSelector, renderManifests, secretData, type K8sObject, type RenderOptions } from './release.js';

export interface LocalInfra {
  databaseUrl: string;
  natsUrl?: string;
  redisUrl?: string;
}

export interface LocalReleaseOptions extends RenderOptions {
  infra: LocalInfra;
  /** Values of Secrets the release references but does not render (existingSecret): name -> key -> value. */
  secrets?: Record<string, Record<string, string>>;
  /** Run the pre-install hook Jobs first (default true). */
  runHooks?: boolean;
  /** How long each Deployment may take to report its ports, and then to be ready. */
  readyTimeoutMs?: number;
}

export interface LocalProcessPlan {
  /** Deployment or Job name. */
  name: string;
  kind: 'Deployment' | 'Job';
  args: string[];
  /**
   * Its environment. A Deployment's in-cluster Service addresses are rewritten when it starts,
   * to the addresses reported by the Deployments started before it.
   */
  env: Record<string, string>;
  /** The Deployments it calls (Deployments): started, and their addresses known, before it. */
  calls: string[];
  /** http://127.0.0.1:<port><path> of the readiness probe (Deployments, once the process reported its ports). */
  readyUrl?: string;
}

export interface LocalRelease {
  manifests: K8sObject[];
  /** Hook Jobs in run order, then Deployments in start order. */
  plans: LocalProcessPlan[];
  processes: RunningProcess[];
  /** What each Deployment's process reported once it listened: Deployment name -> report. */
  reports: Record<string, PortsReport>;
  /** The gateway (the Ingress's backend, or the Service with an `http` port), on the port its process reported. */
  baseUrl: string;
  logs(): string;
  stop(): Promise<void>;
}

const INFRA_VARIABLES = ['DATABASE_URL', 'NATS_URL', 'REDIS_URL'] as const;
const BIND_HOSTS = new Set(['0.0.0.0', '::', '[::]']);
const LOOPBACK_ADDRESS = /(?<![\w.-])(?:127\.0\.0\.1|localhost):(\d+)(?!\d)/g;

function find(objects: K8sObject[], kind: string, name: string): K8sObject | undefined {
  return objects.find((o) => o.kind === kind && o.metadata.name === name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Kubernetes' $(VAR) expansion in env values and args; $$(VAR) stays literal. */
function expand(text: string, env: Record<string, string>): string {
  return text.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name: string | undefined) => {
    if (m === '$$') return '$';
    return name !== undefined && name in env ? env[name]! : m;
  });
}

/** An in-cluster Service address, and the container port of the Deployment behind it. */
interface ServiceRoute {
  pattern: RegExp;
  service: string;
  /** "<service>/<port name or number>" */
  key: string;
  deployment: string;
  containerPort: number;
}

/** How each hook Job and Deployment of a release runs on this machine; nothing is started. */
export interface ReleasePlan {
  /** Hook Jobs in run order. */
  jobs: LocalProcessPlan[];
  /** Deployments in start order: each after the ones it calls. */
  deployments: LocalProcessPlan[];
  /**
   * A Deployment's environment with the in-cluster Service addresses of the Deployments that
   * have reported their ports rewritten to what they reported.
   */
  resolveEnv(deployment: string, reports: ReadonlyMap<string, PortsReport>): Record<string, string>;
  /** The loopback address (host:port) a Deployment's process reported for one of its container ports. */
  reportedAddress(deployment: string, port: number | string, report: PortsReport): string;
  /** Throws if the process's environment names a loopback address it does not serve itself. */
  checkOwnLoopback(deployment: string, report: PortsReport): void;
  /** The readiness probe's URL on the port the Deployment's process reported. */
  readyUrl(deployment: string, report: PortsReport): string;
  /** The gateway: the Ingress's backend (or the Service with an `http` port), as a Deployment and container port. */
  gateway: { deployment: string; containerPort: number };
}

/** Deployments sorted so that each comes after the ones it calls; a cycle is refused. */
function startOrder(deployments: LocalProcessPlan[]): LocalProcessPlan[] {
  const byName = new Map(deployments.map((d) => [d.name, d]));
  const ordered: LocalProcessPlan[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (d: LocalProcessPlan, path: string[]) => {
    if (state.get(d.name) === 'done') return;
    if (state.get(d.name) === 'visiting') throw new Error(`the Deployments call each other in a cycle: ${[...path, d.name].join(' → ')}`);
    state.set(d.name, 'visiting');
    for (const callee of d.calls) visit(byName.get(callee)!, [...path, d.name]);
    state.set(d.name, 'done');
    ordered.push(d);
  };
  for (const d of deployments) visit(d, []);
  return ordered;
}

/**
 * Works out, from the rendered manifests alone, how each hook Job and Deployment would run on
 * this machine and in which order the Deployments start. No port is chosen here: every
 * process binds port 0 and reports what it got.
 */
export function planRelease(manifests: K8sObject[], options: LocalReleaseOptions, scratchDir: string): ReleasePlan {
  const namespace = options.namespace ?? 'agentvault';
  const infra: Record<(typeof INFRA_VARIABLES)[number], string> = {
    DATABASE_URL: options.infra.databaseUrl,
    NATS_URL: options.infra.natsUrl ?? TEST_NATS_URL,
    REDIS_URL: options.infra.redisUrl ?? TEST_REDIS_URL,
  };
  const hookPhases = (o: K8sObject) => (o.metadata.annotations?.['helm.sh/hook'] ?? '').split(',').map((s) => s.trim());
  const jobObjects = options.runHooks === false
    ? []
    : manifests
        .filter((o) => o.kind === 'Job' && hookPhases(o).includes('pre-install'))
        .sort((a, b) => Number(a.metadata.annotations?.['helm.sh/hook-weight'] ?? 0) - Number(b.metadata.annotations?.['helm.sh/hook-weight'] ?? 0));
  const deploymentObjects = manifests.filter((o) => o.kind === 'Deployment');
  if (deploymentObjects.length === 0) throw new Error('the release renders no Deployment');
  const deploymentObject = (name: string) => deploymentObjects.find((d) => d.metadata.name === name)!;
  const podLabels = (d: K8sObject): Record<string, string> | undefined => d.spec.template.metadata.labels;

  const containerPortsOf = (d: K8sObject): Set<number> =>
    new Set(d.spec.template.spec.containers.flatMap((c: any) => (c.ports ?? []).map((p: any) => p.containerPort as number)));
  const containerPort = (d: K8sObject, port: number | string): number => {
    if (typeof port === 'number') return port;
    for (const c of d.spec.template.spec.containers) for (const p of c.ports ?? []) if (p.name === port) return p.containerPort;
    throw new Error(`Deployment ${d.metadata.name} has no port named ${port}`);
  };

  // In-cluster Service addresses -> the Deployment and container port behind them.
  const routes: ServiceRoute[] = [];
  for (const svc of manifests.filter((o) => o.kind === 'Service')) {
    const backend = deploymentObjects.find((d) => matchesSelector(podLabels(d), svc.spec.selector));
    if (!backend) continue;
    for (const p of svc.spec.ports ?? []) {
      const target = containerPort(backend, p.targetPort ?? p.port);
      if (!containerPortsOf(backend).has(target)) throw new Error(`Service ${svc.metadata.name} port ${p.port} targets no container port of ${backend.metadata.name}`);
      const host = `${escapeRegExp(svc.metadata.name)}(?:\\.${escapeRegExp(namespace)}(?:\\.svc(?:\\.cluster\\.local)?)?)?`;
      routes.push({
        pattern: new RegExp(`(?<![\\w.-])${host}:${p.port}(?!\\d)`, 'g'),
        service: svc.metadata.name,
        key: `${svc.metadata.name}/${p.name ?? p.port}`,
        deployment: backend.metadata.name,
        containerPort: target,
      });
    }
  }

  // Deployment -> container port -> the variable that tells its process to bind it.
  const binds = new Map<string, Map<number, string>>();

  const plan = (workload: K8sObject): LocalProcessPlan => {
    const pod = workload.spec.template.spec;
    if (pod.containers.length !== 1) throw new Error(`${workload.kind} ${workload.metadata.name}: one container expected, found ${pod.containers.length}`);
    const container = pod.containers[0];
    const command: string[] = container.command ?? [];
    if (command.length !== 1 || command[0] !== 'agentvault') {
      throw new Error(`${workload.kind} ${workload.metadata.name} runs ${JSON.stringify(command)}; only the agentvault program can be run locally`);
    }
    const mounts = new Map<string, string>();
    for (const m of container.volumeMounts ?? []) {
      const volume = (pod.volumes ?? []).find((v: any) => v.name === m.name);
      if (!volume?.emptyDir) throw new Error(`${workload.metadata.name}: volume ${m.name} is not an emptyDir`);
      mounts.set(m.mountPath, mkdtempSync(path.join(scratchDir, `${workload.metadata.name}-${m.name}-`)));
    }
    const skip = new Set<string>(INFRA_VARIABLES);
    const lookup = (kind: 'Secret' | 'ConfigMap', name: string, key: string | undefined, optional: boolean, variable: string): Record<string, string> | string | undefined => {
      const object = find(manifests, kind, name);
      let data: Record<string, string> | undefined;
      if (object) data = kind === 'Secret' ? secretData(object) : (object.data ?? {});
      else if (kind === 'Secret' && options.secrets?.[name]) data = options.secrets[name];
      if (!data) {
        if (optional || skip.has(variable)) return undefined;
        throw new Error(`${workload.metadata.name}: ${variable} comes from ${kind} ${name}, which the release does not render; pass its values in secrets["${name}"]`);
      }
      if (key === undefined) return data;
      if (!(key in data)) {
        if (optional || skip.has(variable)) return undefined;
        throw new Error(`${workload.metadata.name}: ${variable} comes from key ${key} of ${kind} ${name}, which has no such key`);
      }
      return data[key];
    };

    const env: Record<string, string> = {};
    for (const from of container.envFrom ?? []) {
      const ref = from.configMapRef ?? from.secretRef;
      const data = lookup(from.configMapRef ? 'ConfigMap' : 'Secret', ref.name, undefined, ref.optional === true, `envFrom ${ref.name}`) as Record<string, string> | undefined;
      for (const [k, v] of Object.entries(data ?? {})) env[`${from.prefix ?? ''}${k}`] = v;
    }
    for (const e of container.env ?? []) {
      if (e.value !== undefined) env[e.name] = expand(String(e.value), env);
      else if (e.valueFrom?.secretKeyRef || e.valueFrom?.configMapKeyRef) {
        const ref = e.valueFrom.secretKeyRef ?? e.valueFrom.configMapKeyRef;
        const value = lookup(e.valueFrom.secretKeyRef ? 'Secret' : 'ConfigMap', ref.name, ref.key, ref.optional === true, e.name) as string | undefined;
        if (value !== undefined) env[e.name] = value;
        else if (skip.has(e.name)) env[e.name] = ''; // rewritten below
      } else if (e.valueFrom?.fieldRef) {
        const field: string = e.valueFrom.fieldRef.fieldPath;
        env[e.name] = field === 'metadata.namespace' ? namespace : field === 'status.podIP' ? '127.0.0.1' : `${workload.metadata.name}-local`;
      } else {
        env[e.name] = '';
      }
    }

    // The rewrites (the infrastructure addresses last: they are this machine's own). Container
    // ports are bound on port 0; Service addresses are rewritten when the process starts.
    const ports = workload.kind === 'Deployment' ? containerPortsOf(workload) : new Set<number>();
    const bound = new Map<number, string>();
    for (const [key, raw] of Object.entries(env)) {
      let value = raw;
      const bind = /^(.*):(\d+)$/.exec(value);
      if (bind && BIND_HOSTS.has(bind[1]!) && ports.has(Number(bind[2]))) {
        bound.set(Number(bind[2]), key);
        value = '127.0.0.1:0';
      }
      if (/(^|_)PORT$/.test(key) && /^\d+$/.test(value) && ports.has(Number(value))) {
        bound.set(Number(value), key);
        value = '0';
      }
      if (BIND_HOSTS.has(value)) value = '127.0.0.1';
      for (const [mountPath, dir] of mounts) if (value === mountPath || value.startsWith(`${mountPath}/`)) value = dir + value.slice(mountPath.length);
      env[key] = value;
    }
    for (const name of INFRA_VARIABLES) if (name in env) env[name] = infra[name];
    if (mounts.has('/tmp')) env.TMPDIR = mounts.get('/tmp')!;
    if (workload.kind === 'Deployment') {
      binds.set(workload.metadata.name, bound);
      const probe = container.readinessProbe?.httpGet;
      if (!probe) throw new Error(`Deployment ${workload.metadata.name} has no HTTP readiness probe`);
      if (!ports.has(containerPort(workload, probe.port))) throw new Error(`${workload.metadata.name}: readiness probe port ${probe.port} is not a container port`);
    }

    const args = (container.args ?? []).map((a: unknown) => expand(String(a), env));
    return { name: workload.metadata.name, kind: workload.kind as 'Deployment' | 'Job', args, env, calls: [] };
  };

  const jobs = jobObjects.map(plan);
  const unordered = deploymentObjects.map(plan);

  // Whom each Deployment calls. Its NetworkPolicies, where the release renders them, say exactly
  // what it may reach (the chart's `calls`); without them, the Services its <NAME>_GRPC_ADDR
  // variables name, among the services the program starts before its own (the ConfigMap gives
  // every Deployment every address).
  const policies = manifests.filter((o) => o.kind === 'NetworkPolicy' && !o.metadata.annotations?.['helm.sh/hook']);
  let programOrder: string[] | undefined;
  const targetOf = (d: LocalProcessPlan) => d.args.find((a) => a.startsWith('--target='))?.slice('--target='.length);
  for (const d of unordered) {
    const labels = podLabels(deploymentObject(d.name));
    const egress = policies.filter(
      (p) => matchesSelector(labels, p.spec?.podSelector?.matchLabels) && (p.spec.policyTypes ?? []).includes('Egress'),
    );
    const calls = new Set<string>();
    if (egress.length > 0) {
      for (const rule of egress.flatMap((p) => p.spec.egress ?? [])) {
        for (const peer of rule.to ?? []) {
          if (!peer.podSelector || peer.namespaceSelector || peer.ipBlock) continue;
          for (const other of deploymentObjects) {
            if (other.metadata.name !== d.name && matchesSelector(podLabels(other), peer.podSelector.matchLabels)) calls.add(other.metadata.name);
          }
        }
      }
    } else {
      programOrder ??= listTargets();
      const rank = (p: LocalProcessPlan) => programOrder!.indexOf(targetOf(p) ?? '');
      for (const [key, value] of Object.entries(d.env)) {
        if (!/_GRPC_ADDR$/.test(key)) continue;
        for (const route of routes) {
          if (route.deployment === d.name || !new RegExp(route.pattern.source).test(value)) continue;
          const callee = unordered.find((o) => o.name === route.deployment)!;
          if (rank(callee) >= 0 && rank(callee) < rank(d)) calls.add(callee.name);
        }
      }
    }
    d.calls = [...calls].sort();
  }
  const deployments = startOrder(unordered);
  // As rendered (and rewritten above), whatever callers later do with the plans' env.
  const rendered = new Map(deployments.map((d) => [d.name, { ...d.env }]));

  const reportedAddress = (deployment: string, port: number | string, report: PortsReport): string => {
    const target = containerPort(deploymentObject(deployment), port);
    const variable = binds.get(deployment)?.get(target);
    if (!variable) throw new Error(`${deployment}: no variable tells the process to bind its container port ${target}`);
    let address: string | undefined;
    if (variable === 'PORT' && report.ports.http !== undefined) address = `127.0.0.1:${report.ports.http}`;
    else if (variable === 'OPS_PORT' && report.ports.ops !== undefined) address = `127.0.0.1:${report.ports.ops}`;
    else {
      const grpc = /^(.+)_GRPC_BIND$/.exec(variable);
      const service = grpc ? Object.keys(report.grpc).find((s) => envPrefix(s) === grpc[1]) : undefined;
      if (service) address = report.grpc[service]!.replace(/^(?:0\.0\.0\.0|\[::\]|::):/, '127.0.0.1:');
    }
    if (!address) throw new Error(`${deployment} binds its container port ${target} with ${variable}, but its process reported no such port: ${JSON.stringify(report)}`);
    return address;
  };

  const resolveEnv = (deployment: string, reports: ReadonlyMap<string, PortsReport>): Record<string, string> => {
    const env = { ...rendered.get(deployment)! };
    for (const route of routes) {
      const report = reports.get(route.deployment);
      if (!report || route.deployment === deployment) continue;
      const address = reportedAddress(route.deployment, route.containerPort, report);
      for (const [key, value] of Object.entries(env)) if (!(INFRA_VARIABLES as readonly string[]).includes(key)) env[key] = value.replace(route.pattern, address);
    }
    return env;
  };

  const checkOwnLoopback = (deployment: string, report: PortsReport): void => {
    for (const [key, value] of Object.entries(rendered.get(deployment)!)) {
      if ((INFRA_VARIABLES as readonly string[]).includes(key)) continue;
      // Port 0 is a bind address (rewritten above), not an address of anything.
      if (![...value.matchAll(LOOPBACK_ADDRESS)].some((m) => Number(m[1]) !== 0)) continue;
      const grpc = /^(.+)_GRPC_ADDR$/.exec(key);
      const own = grpc && Object.keys(report.grpc).some((s) => envPrefix(s) === grpc[1]);
      if (!own) {
        throw new Error(`${deployment}: ${key}=${value} is an address on the pod's own loopback, which here every process shares, and the process serves no such service (it reported ${JSON.stringify(report.grpc)})`);
      }
    }
  };

  const readyUrl = (deployment: string, report: PortsReport): string => {
    const probe = deploymentObject(deployment).spec.template.spec.containers[0].readinessProbe.httpGet;
    return `http://${reportedAddress(deployment, probe.port, report)}${probe.path ?? '/'}`;
  };

  const ingress = manifests.find((o) => o.kind === 'Ingress');
  const backend = ingress?.spec.rules?.[0]?.http?.paths?.[0]?.backend?.service;
  let gatewayRoute: ServiceRoute | undefined;
  if (backend) gatewayRoute = routes.find((r) => r.key === `${backend.name}/${backend.port.name ?? backend.port.number}`);
  gatewayRoute ??= routes.find((r) => r.key.endsWith('/http'));
  if (!gatewayRoute) throw new Error('no Service with an http port: where is the gateway?');

  return {
    jobs,
    deployments,
    resolveEnv,
    reportedAddress,
    checkOwnLoopback,
    readyUrl,
    gateway: { deployment: gatewayRoute.deployment, containerPort: gatewayRoute.containerPort },
  };
}

/**
 * Renders the release and starts it: the hook Jobs to completion, then each Deployment once the
 * ones it calls have reported their ports, with their addresses in its environment; resolves
 * when every Deployment is ready. stop() ends every process and removes the scratch directories.
 */
export async function startReleaseLocally(options: LocalReleaseOptions): Promise<LocalRelease> {
  const manifests = renderManifests(options);
  const scratchDir = mkdtempSync(path.join(tmpdir(), 'agentvault-release-'));
  const timeoutMs = options.readyTimeoutMs ?? 90_000;
  const processes: RunningProcess[] = [];
  const logs = () => processes.map((p) => `── ${p.name} ──\n${p.output.join('')}`).join('\n');
  let stopped = false;
  const stop = async () => {
    stopped = true; // nothing starts after this
    await Promise.all([...processes].reverse().map((p) => stopProcess(p)));
    rmSync(scratchDir, { recursive: true, force: true });
  };
  try {
    const release = planRelease(manifests, options, scratchDir);
    for (const job of release.jobs) {
      const proc = startAgentVault(`job/${job.name}`, job.args, job.env);
      processes.push(proc);
      const code = await proc.exited;
      if (code !== 0) throw new Error(`hook Job ${job.name} exited with ${code}:\n${proc.output.join('').slice(-4000)}`);
    }

    // Each Deployment starts as soon as the ones it calls have reported (in parallel otherwise);
    // any process failing or exiting fails the whole start at once.
    const reports = new Map<string, PortsReport>();
    const reported = new Map<string, Promise<PortsReport>>();
    const ready: Array<Promise<void>> = [];
    for (const d of release.deployments) {
      const started = (async () => {
        await Promise.all(d.calls.map((callee) => reported.get(callee)!));
        if (stopped) throw new Error(`${d.name} was not started: the release is stopping`);
        d.env = release.resolveEnv(d.name, reports);
        const proc = startAgentVault(`deployment/${d.name}`, d.args, d.env);
        processes.push(proc);
        const report = await proc.report(timeoutMs);
        release.checkOwnLoopback(d.name, report);
        reports.set(d.name, report);
        d.readyUrl = release.readyUrl(d.name, report);
        return { proc, report };
      })();
      const report = started.then(({ report }) => report);
      report.catch(() => undefined); // its failure is reported through `ready`
      reported.set(d.name, report);
      ready.push(started.then(({ proc }) => waitForReady(d.readyUrl!, proc, timeoutMs)));
    }
    await Promise.all(ready);

    const gateway = release.reportedAddress(release.gateway.deployment, release.gateway.containerPort, reports.get(release.gateway.deployment)!);
    return {
      manifests,
      plans: [...release.jobs, ...release.deployments],
      processes,
      reports: Object.fromEntries(reports),
      baseUrl: `http://${gateway}`,
      logs,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      values: { type: 'string', short: 'f', multiple: true },
      set: { type: 'string', multiple: true },
      'set-string': { type: 'string', multiple: true },
      release: { type: 'string', default: 'agentvault' },
      namespace: { type: 'string', default: 'agentvault' },
      secret: { type: 'string', multiple: true },
      'database-url': { type: 'string' },
      'nats-url': { type: 'string' },
      'redis-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(`Usage: npx tsx scripts/helm/run-release-locally.ts [-f values.yaml]... [--set k=v]... [--secret NAME/KEY=VALUE]...
       [--release NAME] [--namespace NS] [--database-url URL] [--nats-url URL] [--redis-url URL]

Renders charts/agentvault, runs its migrations hook, starts every Deployment as a local process
and waits for /ready. Without --database-url it makes a fresh database on the local PostgreSQL
and drops it on exit.`);
    return;
  }
  const secrets: Record<string, Record<string, string>> = {};
  for (const s of values.secret ?? []) {
    const m = /^([^/]+)\/([^=]+)=(.*)$/.exec(s);
    if (!m) throw new Error(`--secret ${s}: expected NAME/KEY=VALUE`);
    (secrets[m[1]!] ??= {})[m[2]!] = m[3]!;
  }
  let database: TestDatabase | undefined;
  if (!values['database-url']) database = await createTestDatabase('av_release');
  const release = await startReleaseLocally({
    release: values.release,
    namespace: values.namespace,
    valuesFiles: values.values,
    set: values.set,
    setString: values['set-string'],
    secrets,
    infra: {
      databaseUrl: values['database-url'] ?? database!.url,
      natsUrl: values['nats-url'],
      redisUrl: values['redis-url'],
    },
  }).catch(async (err: unknown) => {
    await database?.drop();
    throw err;
  });
  for (const p of release.plans) console.log(`${p.kind.toLowerCase()}/${p.name}: agentvault ${p.args.join(' ')}${p.readyUrl ? `  ready at ${p.readyUrl}` : '  (completed)'}`);
  console.log(`gateway: ${release.baseUrl}  (Ctrl-C stops everything)`);
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    void release
      .stop()
      .then(() => database?.drop())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  for (const p of release.processes) {
    void p.exited.then((code) => {
      if (!stopping && p.name.startsWith('deployment/')) {
        console.error(`${p.name} exited with ${code}:\n${p.output.join('').slice(-4000)}`);
        shutdown();
      }
    });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
