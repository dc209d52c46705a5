/**
 * Helm for scripts and tests: the pinned binary (built once by ensure-helm.sh), `helm template`
 * and `helm lint` of charts/agentvault, and the rendered manifests as objects.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHART_DIR = path.join(REPO_ROOT, 'charts/agentvault');
export const EXAMPLES_DIR = path.join(CHART_DIR, 'examples');

/** A rendered Kubernetes object; only what scripts and tests read is typed. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  [key: string]: any;
}

let helmPath: string | undefined;

/** The pinned Helm, built with `go install` on first use and cached (scripts/helm/ensure-helm.sh). */
export function helmBinary(): string {
  if (helmPath) return helmPath;
  const out = execFileSync('bash', [path.join(REPO_ROOT, 'scripts/helm/ensure-helm.sh')], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 15 * 60_000,
  });
  helmPath = out.trim().split('\n').pop()!;
  return helmPath;
}

export interface RenderOptions {
  release?: string;
  namespace?: string;
  chart?: string;
  valuesFiles?: string[];
  /** `--set` arguments, key=value. */
  set?: string[];
  /** `--set-string` arguments, key=value. */
  setString?: string[];
  kubeVersion?: string;
}

export interface HelmResult {
  code: number;
  stdout: string;
  stderr: string;
}

function valuesArgs(options: RenderOptions): string[] {
  const args: string[] = [];
  for (const file of options.valuesFiles ?? []) args.push('-f', file);
  for (const s of options.set ?? []) args.push('--set', s);
  for (const s of options.setString ?? []) args.push('--set-string', s);
  if (options.kubeVersion) args.push('--kube-version', options.kubeVersion);
  return args;
}

export function runHelm(args: string[]): HelmResult {
  const res = spawnSync(helmBinary(), args, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  if (res.error) throw res.error;
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

/** `helm template`, without throwing: for tests of renders that must fail. */
export function helmTemplate(options: RenderOptions = {}): HelmResult {
  return runHelm([
    'template',
    options.release ?? 'agentvault',
    options.chart ?? CHART_DIR,
    '--namespace',
    options.namespace ?? 'agentvault',
    ...valuesArgs(options),
  ]);
}

export function helmLint(options: RenderOptions = {}): HelmResult {
  return runHelm(['lint', '--strict', options.chart ?? CHART_DIR, ...valuesArgs(options)]);
}

/** The objects `helm template` renders (hooks included); throws with Helm's message on failure. */
export function renderManifests(options: RenderOptions = {}): K8sObject[] {
  const res = helmTemplate(options);
  if (res.code !== 0) throw new Error(`helm template failed (${res.code}):\n${res.stderr}`);
  return parseManifests(res.stdout);
}

export function parseManifests(text: string): K8sObject[] {
  const objects: K8sObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new Error(`rendered YAML does not parse: ${doc.errors[0]!.message}`);
    const value = doc.toJS() as K8sObject | null;
    if (value) objects.push(value);
  }
  return objects;
}

/** The decoded key/values of a rendered Secret. */
export function secretData(secret: K8sObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(secret.data ?? {})) out[k] = Buffer.from(v, 'base64').toString('utf8');
  return { ...out, ...(secret.stringData ?? {}) };
}

/** Pod labels match a selector's matchLabels (or a Service's plain selector). */
export function matchesSelector(labels: Record<string, string> | undefined, selector: Record<string, string> | undefined): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}
