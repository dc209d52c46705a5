import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isServiceModule, type AnyServiceModule } from '@agentvault/runtime';

/** Where the services live: one workspace package per folder (pnpm-workspace.yaml: services/*). */
const SERVICES_DIR = fileURLToPath(new URL('../../../services/', import.meta.url));

/**
 * Every service of the program: the module that each package under services/ exports (its
 * defineService). Found rather than listed, so that a new service is a new folder and nothing
 * here. This list drives `--target`, the configuration checks, `agentvault migrate`,
 * `--list-targets` (and so scripts/dev-split.sh and the test stacks) and the webhook catalogue;
 * the start order follows the `calls` between them.
 */
export async function loadModules(environment: NodeJS.ProcessEnv = process.env): Promise<AnyServiceModule[]> {
  const folders = readdirSync(SERVICES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const found = await Promise.all(folders.map(async (folder) => {
    const packageDir = path.join(SERVICES_DIR, folder);
    const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { name: string; exports?: { '.'?: string } };
    const entry = manifest.exports?.['.'];
    if (!entry) throw new Error(`services/${folder}: package.json has no "exports" entry "."`);
    const exported: Record<string, unknown> = await import(pathToFileURL(path.join(packageDir, entry)).href);
    const modules = Object.values(exported).filter(isServiceModule);
    // Besides its own service, a package may export stand-ins for other services on a registry of one role.
    const own = modules.filter((module) => module.role === undefined);
    if (own.length !== 1) throw new Error(`${manifest.name} (services/${folder}) must export exactly one service module, found ${own.length}`);
    const [module] = own as [AnyServiceModule];
    if (module.name !== folder) throw new Error(`services/${folder} defines the service "${module.name}"; the folder and the service share a name`);
    return { module, standIns: modules.filter((candidate) => candidate.role !== undefined) };
  }));
  const role = environment.REGISTRY_ROLE;
  const standIns = new Map(found.flatMap((f) => f.standIns).filter((standIn) => standIn.role === role).map((standIn) => [standIn.name, standIn]));
  return found.map(({ module }) => standIns.get(module.name) ?? module);
}
