/** A tiny static file server for the end-to-end tests: 127.0.0.1, a free port, no dependencies. */
import fs from 'fs';
import http from 'http';
import https from 'https';
import type { AddressInfo } from 'net';
import path from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

export interface StaticServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** The file a request asks for: under a mounted directory, or a mounted file by its exact path. */
function fileFor(mounts: Record<string, string>, prefixes: string[], pathname: string): string | undefined {
  const prefix = prefixes.find((p) => pathname.startsWith(p));
  if (prefix === undefined) return undefined;
  const target = path.resolve(mounts[prefix]);
  if (!fs.existsSync(target)) return undefined;
  if (!fs.statSync(target).isDirectory()) return pathname === prefix ? target : undefined;
  const file = path.resolve(target, `.${pathname.slice(prefix.length - 1)}`);
  return file.startsWith(target + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

/**
 * Serves each directory under its URL prefix, e.g. { '/': dist, '/e2e/': testBundles }, or a file at its exact
 * path ({ '/lib/office.js': file }). Longest prefix wins. With `tls`, over HTTPS with that key and certificate.
 *
 * The files do not change while the tests run, so the browser may keep them for an hour: a page opened again
 * takes its scripts from the browser's cache, already compiled, instead of fetching and compiling them again.
 */
export async function serveStatic(
  mounts: Record<string, string>,
  tls?: { key: string; cert: string },
): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const listener: http.RequestListener = (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = fileFor(mounts, prefixes, pathname);
    if (!file && pathname === '/favicon.ico') {
      // Chromium asks every page it opens in a tab for an icon, which Office never does with a task pane (it
      // shows the manifest's icons). No icon, rather than a 404 that the page would log as an error.
      response.writeHead(204, { 'Cache-Control': 'max-age=3600' }).end();
      return;
    }
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'max-age=3600',
    });
    fs.createReadStream(file).pipe(response);
  };
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser's keep-alive connections would hold close() open
      }),
  };
}
