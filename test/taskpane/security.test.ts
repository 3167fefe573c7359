/**
 * Static checks of the add-in's front end: no HTML sinks, a strict CSP in every page, no network
 * calls, and nothing kept in the document's settings or the browser's storage. The end-to-end test
 * checks the same at run time in Chromium; these catch a slip before anything is built.
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const FRONT_END = ['src/taskpane', 'src/commands'];
/** The Office.js side runs in the same page, so it is held to the network rule too. */
const BROWSER_CODE = [...FRONT_END, 'src/excel'];
/** Keys the add-in may keep in Office.context.document.settings. None so far: nothing is kept there. */
const ALLOWED_SETTINGS: string[] = [];

function files(dirs: string[], extensions: RegExp): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.test(entry.name)) found.push(full);
    }
  };
  for (const dir of dirs) walk(path.join(ROOT, dir));
  return found;
}

/** Source without comments, so that explaining a rule in a comment does not break it. */
function stripComments(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[\s;{}(])\/\/.*$/gm, '$1');
}

const code = (file: string) => stripComments(fs.readFileSync(file, 'utf8'));

/** "file: matched text" for each match of `pattern` in `sources`. */
function findings(sources: string[], pattern: RegExp): string[] {
  const hits: string[] = [];
  for (const file of sources) {
    for (const match of code(file).matchAll(new RegExp(pattern, 'g'))) {
      hits.push(`${path.relative(ROOT, file)}: ${match[0]}`);
    }
  }
  return hits;
}

const HTML_SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|srcdoc)\b|document\s*\.\s*write(ln)?\b/;
const NETWORK = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\b/;
const STORAGE = /\b(localStorage|sessionStorage|indexedDB|roamingSettings)\b|document\s*\.\s*cookie\b/;
const SETTINGS_WRITE = /\bsettings\s*\.\s*(set|remove|saveAsync)\s*\(\s*(['"`]?)([^'"`),]*)\2/;

describe('front-end security', () => {
  const frontEnd = files(FRONT_END, /\.(ts|js|html)$/);
  const browserCode = files(BROWSER_CODE, /\.(ts|js|html)$/);

  test('the checks look at the real source and recognise what they forbid', () => {
    expect(frontEnd.map((f) => path.relative(ROOT, f))).toEqual(
      expect.arrayContaining(['src/taskpane/taskpane.ts', 'src/taskpane/dom.ts', 'src/commands/commands.ts']),
    );
    expect(HTML_SINKS.test('box.innerHTML = name')).toBe(true);
    expect(HTML_SINKS.test('el.insertAdjacentHTML("beforeend", x)')).toBe(true);
    expect(HTML_SINKS.test('document.write(x)')).toBe(true);
    expect(HTML_SINKS.test('box.textContent = name')).toBe(false);
    expect(NETWORK.test('await fetch(url)')).toBe(true);
    expect(STORAGE.test('localStorage.setItem("a", b)')).toBe(true);
    expect(SETTINGS_WRITE.exec("Office.context.document.settings.set('person', x)")?.[3]).toBe('person');
    expect(stripComments('a(); // innerHTML here\nb(); /* outerHTML */ c("https://x")')).toBe(
      'a(); \nb();  c("https://x")',
    );
  });

  test('nothing is put into the page as HTML (workbook and user data only ever as text)', () => {
    expect(findings(frontEnd, HTML_SINKS)).toEqual([]);
  });

  test('no network calls: the toolkit sends nothing anywhere', () => {
    expect(findings(browserCode, NETWORK)).toEqual([]);
  });

  test('nothing is kept in the browser’s storage', () => {
    expect(findings(browserCode, STORAGE)).toEqual([]);
  });

  test('the document’s settings are written only under allow-listed keys, so no personal data goes there', () => {
    const writes = browserCode.flatMap((file) =>
      [...code(file).matchAll(new RegExp(SETTINGS_WRITE, 'g'))].map((m) => ({
        file: path.relative(ROOT, file),
        key: m[2] ? m[3] : `(computed: ${m[3]})`,
      })),
    );
    expect(writes.filter((w) => !ALLOWED_SETTINGS.includes(w.key))).toEqual([]);
  });

  test('every page with script has a CSP without eval, scripts only from itself and Office, no inline script', () => {
    const pages = files(['src'], /\.html$/).filter((file) => /<script\b/i.test(fs.readFileSync(file, 'utf8')));
    expect(pages.map((f) => path.relative(ROOT, f))).toEqual(
      expect.arrayContaining(['src/taskpane/taskpane.html', 'src/commands/commands.html', 'src/commands/notice.html']),
    );
    for (const file of pages) {
      const html = code(file);
      const page = path.relative(ROOT, file);
      const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values.join(' ')] as const;
        }),
      );
      expect({ page, csp: csp.length > 0 }).toEqual({ page, csp: true });
      expect({ page, eval: /unsafe-eval/.test(csp) }).toEqual({ page, eval: false });
      expect({ page, default: directives.get('default-src') }).toEqual({ page, default: "'self'" });
      expect({ page, script: directives.get('script-src') }).toEqual({
        page,
        script: "'self' https://appsforoffice.microsoft.com",
      });
      expect({ page, connect: directives.get('connect-src') }).toEqual({ page, connect: "'self'" });
      const inline = [...html.matchAll(/<script\b([^>]*)>/gi)].filter((m) => !/\bsrc=/.test(m[1]));
      expect({ page, inline: inline.length }).toEqual({ page, inline: 0 });
    }
  });
});
