/*
 * The HTTPS certificate `npm run dev-server` serves with. office-addin-dev-certs makes a local certificate
 * authority (CA) and a localhost certificate in ~/.office-addin-dev-certs, then installs the CA for the whole
 * system. On Linux and ChromeOS that install needs sudo; without it the library throws, although the
 * certificates are already made. Then we serve with them anyway and say how to trust the CA in the browser.
 * Later runs reuse those files while they are valid, so a CA imported into the browser keeps working
 * (the library would otherwise make a new one on every run, as it finds no CA installed system-wide).
 */
const crypto = require('crypto');
const fs = require('fs');

/** At least a day left, as office-addin-dev-certs itself asks of an installed CA. */
const MIN_VALID_MS = 24 * 60 * 60 * 1000;

const TRUST_IN_BROWSER = (caPath) =>
  [
    'Serving with a development certificate that this computer does not trust yet (installing it for the',
    'whole system needs sudo on Linux and ChromeOS). Trust it in your browser instead, once: in Chrome or',
    'Chromium open Settings > Privacy and security > Security > Manage certificates > Authorities',
    '(chrome://certificate-manager or chrome://settings/certificates), choose Import, pick',
    `${caPath} and tick "Trust this certificate for identifying websites"; in Firefox open`,
    'Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import. Then open',
    'https://localhost:3000/taskpane.html: it should load with no warning, and Excel on the web can load the',
    'add-in. The certificate lasts 30 days; after that a new one is made and you import the new ca.crt.',
  ].join('\n');

/** { ca, cert, key } read from disk, or null when a file is missing or the certificate expires within a day. */
function readCertificates(paths) {
  try {
    const files = {
      ca: fs.readFileSync(paths.caCertificatePath),
      cert: fs.readFileSync(paths.localhostCertificatePath),
      key: fs.readFileSync(paths.localhostKeyPath),
    };
    const validTo = Date.parse(new crypto.X509Certificate(files.cert).validTo);
    return validTo - Date.now() > MIN_VALID_MS ? files : null;
  } catch {
    return null;
  }
}

/** Options for webpack-dev-server's `server.options`: trusted certificates if possible, else the generated ones. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const paths = require('office-addin-dev-certs/lib/defaults');
  const existing = readCertificates(paths);
  if (existing && !devCerts.verifyCertificates()) {
    console.warn(TRUST_IN_BROWSER(paths.caCertificatePath));
    return existing;
  }
  try {
    const { ca, cert, key } = await devCerts.getHttpsServerOptions();
    return { ca, cert, key };
  } catch (error) {
    const generated = readCertificates(paths);
    if (!generated) throw error;
    console.warn(TRUST_IN_BROWSER(paths.caCertificatePath));
    return generated;
  }
}

module.exports = { httpsOptions };
