import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RouteDeps } from '../http/route.js';

/**
 * /become-a-backer: the pledge page. Static files; everything it shows comes from the fiat API,
 * so a registry that takes no fiat shows the API's reason instead of a form.
 */
const FILES = {
  '/become-a-backer': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/become-a-backer/page.js': { file: 'page.js', type: 'text/javascript; charset=utf-8' },
  '/become-a-backer/page.css': { file: 'page.css', type: 'text/css; charset=utf-8' },
} as const;

/** Not API routes (so not in /openapi.json): the page's own files, read once at start. */
export function backerPageRoutes(deps: RouteDeps): void {
  for (const [path, { file, type }] of Object.entries(FILES)) {
    const content = readFileSync(fileURLToPath(new URL(`./backer-page/${file}`, import.meta.url)));
    deps.router.get(path, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.type(type).send(content);
    });
  }
}
