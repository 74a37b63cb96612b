import { createServer } from 'node:http';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny HTTP server on 127.0.0.1 that misbehaves on purpose, for the fetch and checker tests:
 * each path is one fault. Real sockets, so a cut or stalled body behaves as it does on a network.
 */
export interface FaultServer {
  base: string;
  close: () => Promise<void>;
}

export const FAULT_BODY = JSON.stringify({ padding: 'x'.repeat(4000) });

type Route = (res: ServerResponse) => void;

function routes(body: string): Record<string, Route> {
  const half = body.slice(0, body.length / 2);
  const json = { 'content-type': 'application/json', 'access-control-allow-origin': '*' };
  return {
    '/good': (res) => res.writeHead(200, json).end(body),
    // Declares the whole length, sends half, then drops the connection.
    '/cut': (res) => {
      res.writeHead(200, { ...json, 'content-length': String(body.length) });
      res.write(half, () => setTimeout(() => res.destroy(), 20));
    },
    // Sends half, then nothing more (the socket stays open).
    '/stall': (res) => {
      res.writeHead(200, { ...json, 'content-length': String(body.length) });
      res.write(half);
    },
    // Trickles the body in small pieces, each well within the stall budget.
    '/slow': (res) => {
      res.writeHead(200, { ...json, 'content-length': String(body.length) });
      const pieces = body.match(/[\s\S]{1,500}/g) ?? [];
      const next = () => {
        const piece = pieces.shift();
        if (piece === undefined) res.end();
        else res.write(piece, () => setTimeout(next, 40));
      };
      next();
    },
    '/hang': () => undefined,
    '/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
    '/forbidden': (res) => res.writeHead(403).end('no'),
    '/busy': (res) => res.writeHead(503).end('busy'),
    '/html': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html>'),
  };
}

/** Starts the server; `files` adds paths that serve fixed bytes (encoding fixtures). */
export async function startFaultServer(
  files: Record<string, Uint8Array> = {},
): Promise<FaultServer> {
  const table = routes(FAULT_BODY);
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const file = files[req.url ?? ''];
    if (file) return void res.writeHead(200, { 'content-type': 'application/json' }).end(file);
    (table[req.url ?? ''] ?? ((r: ServerResponse) => r.writeHead(404).end()))(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      open.forEach((res) => res.destroy());
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
