import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A provider's HTTP service for the tests: /echo answers what it got, /slow never answers in
 * time, /boom answers 500, /hang waits until the test lets it go (calling `onHang` first).
 */
export async function startProvider() {
  const seen: SeenRequest[] = [];
  const hanging: http.ServerResponse[] = [];
  let onHang: (() => void) | undefined;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.endsWith('/slow')) {
        const timer = setTimeout(() => res.end('late'), 20_000);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      if (path.endsWith('/boom')) {
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"provider broke"}');
        return;
      }
      if (path.endsWith('/hang')) {
        hanging.push(res);
        onHang?.();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'x-provider': 'yes' });
      res.end(JSON.stringify({ method: req.method, url: req.url, body, buyer: req.headers['x-agentvault-buyer-did'] ?? null, authorization: req.headers.authorization ?? null }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    /** Resolves when a request reaches /hang. */
    nextHang: () => new Promise<void>((resolve) => (onHang = resolve)),
    release: () => {
      for (const res of hanging.splice(0)) if (!res.writableEnded) res.end('{"late":true}');
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging.splice(0)) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
