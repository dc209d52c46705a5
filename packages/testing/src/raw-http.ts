import { connect } from 'node:net';

/** One response read off a raw connection. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  body: any;
}

/** What a raw exchange got back: every response in order, and whether the server reset the connection. */
export interface RawExchange {
  responses: RawResponse[];
  reset: boolean;
}

function parseResponses(data: Buffer): RawResponse[] {
  const responses: RawResponse[] = [];
  let rest = data;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) break;
    const head = rest.subarray(0, end).toString('latin1').split('\r\n');
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? '')?.[1]);
    if (!status) break;
    const headers: Record<string, string> = {};
    for (const line of head.slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    const text = rest.subarray(end + 4, end + 4 + length).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    responses.push({ status, headers, text, body });
    rest = rest.subarray(end + 4 + length);
  }
  return responses;
}

/**
 * Sends bytes as they are on a fresh connection (for requests fetch will not send: wrong
 * framing, oversized lines) and reads until the server closes it or `idleMs` passes without data.
 */
export function rawExchange(port: number, payload: string | Buffer, { idleMs = 1500, halfClose = false } = {}): Promise<RawExchange> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let reset = false;
    const socket = connect(port, '127.0.0.1');
    let idle: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(idle);
      idle = setTimeout(() => socket.destroy(), idleMs);
    };
    socket.on('connect', () => {
      socket.write(payload);
      if (halfClose) socket.end();
      arm();
    });
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      arm();
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ECONNRESET' || err.code === 'EPIPE') reset = true;
    });
    socket.on('close', () => {
      clearTimeout(idle);
      resolve({ responses: parseResponses(Buffer.concat(chunks)), reset });
    });
  });
}
