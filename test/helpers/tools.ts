/**
 * The programs some tests need (LibreOffice, Chromium, poppler's pdftotext, Debian's python3-uno and
 * python3-openpyxl). On a developer's machine a missing one makes those tests report themselves skipped;
 * under CI (CI=true) it fails the run instead, since .ci/run installs them all and a silent skip would hide
 * that the tests never ran.
 */
import { spawnSync } from 'child_process';

/** Debian's Python, which has python3-uno and python3-openpyxl (not a pyenv or other python3 on PATH). */
export const SYSTEM_PYTHON = '/usr/bin/python3';

/** Whether `found`; throws under CI when not, naming the Debian package to install. */
export function requiredInCi(found: boolean, what: string, debianPackage: string): boolean {
  if (!found && process.env.CI === 'true') {
    throw new Error(`${what} is missing, and CI must run the tests that need it: apt-get install ${debianPackage}`);
  }
  return found;
}

/** Whether a command is on PATH; under CI, a missing one fails (see requiredInCi). */
export function hasCommand(command: string, debianPackage: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
  return requiredInCi(found, command, debianPackage);
}

/** Whether Debian's /usr/bin/python3 can import these modules; under CI, missing ones fail. */
export function hasPythonModules(modules: string[], debianPackages: string): boolean {
  const found = spawnSync(SYSTEM_PYTHON, ['-c', `import ${modules.join(', ')}`], { stdio: 'ignore' }).status === 0;
  return requiredInCi(found, `/usr/bin/python3 with ${modules.join(' and ')}`, debianPackages);
}
