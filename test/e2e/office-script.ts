/**
 * Office's script, https://appsforoffice.microsoft.com/lib/1/hosted/office.js, served to the test browser by a
 * local HTTPS server at that very address: Chromium is told to resolve appsforoffice.microsoft.com to the
 * server (--host-resolver-rules) and to trust the server's certificate, made here for this run
 * (--ignore-certificate-errors-spki-list names its public key). Every other host name resolves to nothing, so
 * a page can reach only 127.0.0.1 and Office's address; the tests' request listener still records any try.
 *
 * This needs no Playwright route: a route pauses every request of the page for a round trip to the test
 * process and turns the browser's cache off, so each page opened fetched and compiled its scripts again
 * (measured: about 0.5 s of CPU a page, over 10 pages 9.5 s against 4.5 s).
 */
import crypto from 'crypto';
import selfsigned from 'selfsigned';
import { StaticServer, serveStatic } from './server';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface OfficeScriptServer {
  /** Chromium's command-line arguments that send Office's address here and nowhere else. */
  browserArgs: string[];
  close(): Promise<void>;
}

/** Serves `script` (the fake host) as Office's script, for a browser started with `browserArgs`. */
export async function serveOfficeScript(script: string): Promise<OfficeScriptServer> {
  const { host, pathname } = new URL(OFFICE_JS);
  const pems = await selfsigned.generate([{ name: 'commonName', value: host }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: host }] }],
  });
  const server: StaticServer = await serveStatic({ [pathname]: script }, { key: pems.private, cert: pems.cert });
  const publicKey = crypto.createPublicKey(pems.public).export({ type: 'spki', format: 'der' });
  return {
    browserArgs: [
      `--host-resolver-rules=MAP ${host}:443 127.0.0.1:${server.port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
      `--ignore-certificate-errors-spki-list=${crypto.createHash('sha256').update(publicKey).digest('base64')}`,
    ],
    close: () => server.close(),
  };
}
