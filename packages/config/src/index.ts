import { z } from 'zod';

export { z };

/** Thrown when an environment variable is missing or malformed; the message names the variable. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration: ${problems.map((p) => `${p.variable}: ${p.message}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the variables named by `shape` from `env` once, typed. Empty strings count as unset,
 * so `FOO=` falls back to the default rather than failing an enum or number check.
 */
export function loadConfig<S extends z.ZodRawShape>(shape: S, env: NodeJS.ProcessEnv = process.env): z.infer<z.ZodObject<S>> {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(shape)) {
    const value = env[key];
    input[key] = value === undefined || value.trim() === '' ? undefined : value.trim();
  }
  const parsed = z.object(shape).safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '?'), message: issue.message })),
    );
  }
  return parsed.data;
}

/** Field builders for the kinds of value our settings take. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  int: (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback),
  bool: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
      .transform((v) => v === 'true' || v === '1' || v === 'yes')
      .default(fallback ? 'true' : 'false'),
  url: (protocols: string[]) =>
    z.string().refine((v) => {
      try {
        return protocols.includes(new URL(v).protocol.replace(/:$/, ''));
      } catch {
        return false;
      }
    }, `expected a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`),
  string: (fallback: string) => z.string().default(fallback),
  optionalString: () => z.string().optional(),
  hostPort: (fallback: string) => z.string().regex(/^[^\s:]+:\d{1,5}$/, 'expected host:port').default(fallback),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
};
export * from './secret-box.js';
