/**
 * Renders a release of charts/agentvault and runs it on this machine: the pre-install hooks
 * (the migrations Job) to completion, then every Deployment as a local process with the
 * rendered command, arguments and environment, and waits until each answers its readiness
 * probe. What proves the chart's wiring starts a working registry.
 *
 * Only what cannot exist outside a cluster is rewritten:
 *  - DATABASE_URL, NATS_URL and REDIS_URL (when a container has them) point at the local
 *    servers;
 *  - every container port gets a free loopback port: bind addresses (0.0.0.0:<port>), HOST and
 *    *PORT variables of the container follow it, and in-cluster Service addresses
 *    (<service>[.<namespace>[.svc[.cluster.local]]]:<port>) anywhere in an environment value
 *    become 127.0.0.1:<the local port of the pod behind that Service port>; a pod's own loopback
 *    addresses (127.0.0.1:<port>, e.g. the in-process gRPC servers of --target=all) get free
 *    ports too, since here every pod shares one loopback;
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
  startAgentVault,
  stopProcess,
  waitForReady,
  TEST_NATS_URL,
  TEST_REDIS_URL,
  type RunningProcess,
  type TestDatabase,
} from '../../packages/testing/src/index.js';
import { createServer } from 'node:net';
import { matchesSelector, renderManifests, secretData, type K8sObject, type RenderOptions } from './release.js';

/** A port that was free a moment ago, for a container port of a rendered Deployment. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

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
  readyTimeoutMs?: number;
}

export interface LocalProcessPlan {
  /** Deployment or Job name. */
  name: string;
  kind: 'Deployment' | 'Job';
  args: string[];
  env: Record<string, string>;
  /** http://127.0.0.1:<port><path> of the readiness probe (Deployments). */
  readyUrl?: string;
}

export interface LocalRelease {
  manifests: K8sObject[];
  plans: LocalProcessPlan[];
  processes: RunningProcess[];
  /** The gateway (the Ingress's backend, or the Service with an `http` port). */
  baseUrl: string;
  logs(): string;
  stop(): Promise<void>;
}

const INFRA_VARIABLES = ['DATABASE_URL', 'NATS_URL', 'REDIS_URL'] as const;
const BIND_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

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

/**
 * Works out, from the rendered manifests alone, how each hook Job and Deployment would run on
 * this machine. Ports are allocated here; nothing is started.
 */
export async function planRelease(manifests: K8sObject[], options: LocalReleaseOptions, scratchDir: string): Promise<{ plans: LocalProcessPlan[]; baseUrl: string }> {
  const namespace = options.namespace ?? 'agentvault';
  const infra: Record<(typeof INFRA_VARIABLES)[number], string> = {
    DATABASE_URL: options.infra.databaseUrl,
    NATS_URL: options.infra.natsUrl ?? TEST_NATS_URL,
    REDIS_URL: options.infra.redisUrl ?? TEST_REDIS_URL,
  };
  const hookPhases = (o: K8sObject) => (o.metadata.annotations?.['helm.sh/hook'] ?? '').split(',').map((s) => s.trim());
  const jobs = options.runHooks === false
    ? []
    : manifests
        .filter((o) => o.kind === 'Job' && hookPhases(o).includes('pre-install'))
        .sort((a, b) => Number(a.metadata.annotations?.['helm.sh/hook-weight'] ?? 0) - Number(b.metadata.annotations?.['helm.sh/hook-weight'] ?? 0));
  const deployments = manifests.filter((o) => o.kind === 'Deployment');
  if (deployments.length === 0) throw new Error('the release renders no Deployment');

  // A loopback port for every container port of every Deployment.
  const localPorts = new Map<string, Map<number, number>>(); // deployment -> containerPort -> local
  for (const d of deployments) {
    const ports = new Map<number, number>();
    for (const c of d.spec.template.spec.containers) for (const p of c.ports ?? []) ports.set(p.containerPort, await freePort());
    localPorts.set(d.metadata.name, ports);
  }
  const containerPort = (d: K8sObject, port: number | string): number => {
    if (typeof port === 'number') return port;
    for (const c of d.spec.template.spec.containers) for (const p of c.ports ?? []) if (p.name === port) return p.containerPort;
    throw new Error(`Deployment ${d.metadata.name} has no port named ${port}`);
  };

  // In-cluster Service addresses -> the local port of the pod behind them.
  const serviceAddresses: Array<[RegExp, string]> = [];
  const serviceLocal = new Map<string, number>(); // "<service>/<port name>" -> local port
  for (const svc of manifests.filter((o) => o.kind === 'Service')) {
    const backend = deployments.find((d) => matchesSelector(d.spec.template.metadata.labels, svc.spec.selector));
    if (!backend) continue;
    for (const p of svc.spec.ports ?? []) {
      const local = localPorts.get(backend.metadata.name)!.get(containerPort(backend, p.targetPort ?? p.port));
      if (local === undefined) throw new Error(`Service ${svc.metadata.name} port ${p.port} targets no container port of ${backend.metadata.name}`);
      serviceLocal.set(`${svc.metadata.name}/${p.name ?? p.port}`, local);
      const host = `${escapeRegExp(svc.metadata.name)}(?:\\.${escapeRegExp(namespace)}(?:\\.svc(?:\\.cluster\\.local)?)?)?`;
      serviceAddresses.push([new RegExp(`(?<![\\w.-])${host}:${p.port}(?!\\d)`, 'g'), `127.0.0.1:${local}`]);
    }
  }

  const plan = async (workload: K8sObject, ports: Map<number, number>): Promise<LocalProcessPlan> => {
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

    // The rewrites (the infrastructure addresses last: they are this machine's own).
    // A pod's loopback is its own; here it is shared, so the pod's loopback ports move to free ones.
    const loopback = new Map<number, number>();
    for (const raw of Object.values(env)) {
      for (const m of raw.matchAll(/(?<![\w.-])(?:127\.0\.0\.1|localhost):(\d+)(?!\d)/g)) {
        const port = Number(m[1]);
        if (!loopback.has(port)) loopback.set(port, ports.get(port) ?? (await freePort()));
      }
    }
    for (const [key, raw] of Object.entries(env)) {
      let value = raw.replace(/(?<![\w.-])(?:127\.0\.0\.1|localhost):(\d+)(?!\d)/g, (_, port: string) => `127.0.0.1:${loopback.get(Number(port))}`);
      const bind = /^(.*):(\d+)$/.exec(value);
      if (bind && BIND_HOSTS.has(bind[1]!) && ports.has(Number(bind[2]))) value = `127.0.0.1:${ports.get(Number(bind[2]))}`;
      if (/(^|_)PORT$/.test(key) && /^\d+$/.test(value) && ports.has(Number(value))) value = String(ports.get(Number(value)));
      if (BIND_HOSTS.has(value)) value = '127.0.0.1';
      for (const [pattern, replacement] of serviceAddresses) value = value.replace(pattern, replacement);
      for (const [mountPath, dir] of mounts) if (value === mountPath || value.startsWith(`${mountPath}/`)) value = dir + value.slice(mountPath.length);
      env[key] = value;
    }
    for (const name of INFRA_VARIABLES) if (name in env) env[name] = infra[name];
    if (mounts.has('/tmp')) env.TMPDIR = mounts.get('/tmp')!;

    const args = (container.args ?? []).map((a: unknown) => expand(String(a), env));
    let readyUrl: string | undefined;
    const probe = container.readinessProbe?.httpGet;
    if (probe) {
      const local = ports.get(containerPort(workload, probe.port));
      if (local === undefined) throw new Error(`${workload.metadata.name}: readiness probe port ${probe.port} is not a container port`);
      readyUrl = `http://127.0.0.1:${local}${probe.path ?? '/'}`;
    } else if (workload.kind === 'Deployment') {
      throw new Error(`Deployment ${workload.metadata.name} has no HTTP readiness probe`);
    }
    return { name: workload.metadata.name, kind: workload.kind as 'Deployment' | 'Job', args, env, readyUrl };
  };

  const plans: LocalProcessPlan[] = [];
  for (const j of jobs) plans.push(await plan(j, new Map()));
  for (const d of deployments) plans.push(await plan(d, localPorts.get(d.metadata.name)!));

  const ingress = manifests.find((o) => o.kind === 'Ingress');
  const backend = ingress?.spec.rules?.[0]?.http?.paths?.[0]?.backend?.service;
  let gatewayPort: number | undefined;
  if (backend) gatewayPort = serviceLocal.get(`${backend.name}/${backend.port.name ?? backend.port.number}`);
  gatewayPort ??= [...serviceLocal.entries()].find(([k]) => k.endsWith('/http'))?.[1];
  if (gatewayPort === undefined) throw new Error('no Service with an http port: where is the gateway?');
  return { plans, baseUrl: `http://127.0.0.1:${gatewayPort}` };
}

/** Renders the release and starts it; stop() ends every process and removes the scratch directories. */
export async function startReleaseLocally(options: LocalReleaseOptions): Promise<LocalRelease> {
  const manifests = renderManifests(options);
  const scratchDir = mkdtempSync(path.join(tmpdir(), 'agentvault-release-'));
  const processes: RunningProcess[] = [];
  const logs = () => processes.map((p) => `── ${p.name} ──\n${p.output.join('')}`).join('\n');
  const stop = async () => {
    await Promise.all([...processes].reverse().map((p) => stopProcess(p)));
    rmSync(scratchDir, { recursive: true, force: true });
  };
  try {
    const { plans, baseUrl } = await planRelease(manifests, options, scratchDir);
    for (const job of plans.filter((p) => p.kind === 'Job')) {
      const proc = startAgentVault(`job/${job.name}`, job.args, job.env);
      processes.push(proc);
      const code = await proc.exited;
      if (code !== 0) throw new Error(`hook Job ${job.name} exited with ${code}:\n${proc.output.join('').slice(-4000)}`);
    }
    const deployments = plans.filter((p) => p.kind === 'Deployment');
    const started = deployments.map((d) => {
      const proc = startAgentVault(`deployment/${d.name}`, d.args, d.env);
      processes.push(proc);
      return { d, proc };
    });
    // Fails as soon as any process exits, rather than when the readiness wait times out.
    await Promise.all(
      started.map(({ d, proc }) =>
        Promise.race([
          waitForReady(d.readyUrl!, proc, options.readyTimeoutMs ?? 90_000),
          proc.exited.then((code) => {
            throw new Error(`${proc.name} exited with ${code} before it was ready:\n${proc.output.join('').slice(-4000)}`);
          }),
        ]),
      ),
    );
    return { manifests, plans, processes, baseUrl, logs, stop };
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
