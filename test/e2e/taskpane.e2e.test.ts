/**
 * The task pane and ribbon command in real Chromium, over the production build, with office.js
 * replaced by test/e2e/fake-host.ts (Office plus an Excel backed by the sync-counting FakeExcel).
 * Also the bundle budget and the built pages' CSP, which need only the build.
 *
 * With STR_SCREENSHOTS=1, screenshots of every state, at 320 and 500 px, go to test-output/screenshots/
 * (npm run gallery sets it and copies some of them to docs/images/). They are for people to look at, not
 * checked; taking them was a quarter of this file's CPU (measured). axe-core checks the WCAG 2.1 A and AA
 * rules on the main states.
 * Without /usr/bin/chromium the browser tests report themselves skipped (.ci/run installs it with apt).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, ConsoleMessage, Page, Request, chromium } from 'playwright-core';
import { framework } from '../../src/framework';
import { FRAMEWORK_SHEETS } from '../../src/sheets/framework-sheets';
import { PROGRAMME_SHEETS } from '../../src/sheets/programme-sheets';
import { TEAM_SHEETS } from '../../src/sheets/team-sheets';
import { REGISTRY_SHEET } from '../../src/sheets/stamp';
import { copyProgrammeFiles, countedKnown } from '../consolidate/fixture';
import {
  AS_OF,
  copyTeam,
  DAMAGED_FILE,
  NO_OUTLINE_FILE,
  OLDER_COPY,
  planTeam as planTeamFixture,
} from '../consolidate/team/team-fixture';
import { Built, ROOT, cachedBuildForE2e } from './build';
import type { FakeHostOptions } from './fake-host';
import { OFFICE_JS, OfficeScriptServer, serveOfficeScript } from './office-script';
import { StaticServer, serveStatic } from './server';
import { requiredInCi } from '../helpers/tools';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = requiredInCi(fs.existsSync(CHROMIUM), CHROMIUM, 'chromium');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
/** Whether to save screenshots (see above). */
const SHOOTING = Boolean(process.env.STR_SCREENSHOTS);
/** The budget for the pane's script, excluding office.js: 300 KB minified. */
const BUDGET_BYTES = 300 * 1024;
const WIDTHS = [320, 500];
const FRAMEWORK_NAMES = [...Object.values(FRAMEWORK_SHEETS), REGISTRY_SHEET];
/** Roles a person operates, each of which must have an accessible name. */
const CONTROL_ROLES = new Set(['button', 'tab', 'progressbar', 'textbox', 'checkbox', 'radio', 'combobox', 'link']);
/** axe-core's script, the very file whose source AxeBuilder sends (resolved from @axe-core/playwright). */
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js', {
  paths: [path.dirname(require.resolve('@axe-core/playwright'))],
});

let built: Built;

beforeAll(async () => {
  built = await cachedBuildForE2e();
}, 240_000);

// ---------- bundle budget and built pages (no browser needed) ----------

function entryScripts(entry: string): { name: string; size: number }[] {
  const point = built.addin.entrypoints?.[entry];
  if (!point) throw new Error(`No entrypoint "${entry}" in the build.`);
  return (point.assets ?? []).filter((a) => a.name.endsWith('.js')).map((a) => ({ name: a.name, size: a.size ?? 0 }));
}

describe('bundle budget (production build)', () => {
  test('the task pane loads less than 300 KB of script before it can be used (office.js excluded)', () => {
    const scripts = entryScripts('taskpane');
    const total = scripts.reduce((sum, a) => sum + a.size, 0);
    // A pane with no script at all would pass trivially: make sure the measurement is of something.
    expect(scripts.map((a) => a.name)).toContain('taskpane.js');
    expect(total).toBeGreaterThan(20 * 1024);
    expect(total).toBeLessThan(BUDGET_BYTES);
  });

  test('every script file, including parts loaded on demand, is under the budget too', () => {
    const scripts = (built.addin.assets ?? []).filter((a) => a.name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const { name, size } of scripts) expect({ name, size: size < BUDGET_BYTES }).toEqual({ name, size: true });
  });

  test('the framework data is loaded on demand, not with the pane', () => {
    const initialNames = new Set(entryScripts('taskpane').map((a) => a.name));
    const read = (name: string) => fs.readFileSync(path.join(built.dist, name), 'utf8');
    const onDemand = (built.addin.assets ?? []).filter((a) => a.name.endsWith('.js') && !initialNames.has(a.name));
    // The title of the first NOS in the framework data: in a part loaded on demand (webpack may share it
    // between the views that need it), never in the first download.
    const sample = framework.nos[0].title;
    expect(onDemand.filter((a) => read(a.name).includes(sample)).length).toBeGreaterThanOrEqual(1);
    for (const name of initialNames) expect({ name, data: read(name).includes(sample) }).toEqual({ name, data: false });
  });
});

/** The content of `<meta http-equiv="…">`, however the minifier quoted the attributes. */
function metaContent(html: string, httpEquiv: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = new Map(
      [...tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => [
        m[1].toLowerCase(),
        m[2] ?? m[3] ?? m[4],
      ]),
    );
    if (attrs.get('http-equiv')?.toLowerCase() === httpEquiv.toLowerCase()) return attrs.get('content');
  }
  return undefined;
}

describe('built pages', () => {
  test('every page with script has a CSP without unsafe-eval, and scripts only from itself and Office', () => {
    const pages = fs
      .readdirSync(built.dist)
      .filter((f) => f.endsWith('.html') && /<script\b/i.test(fs.readFileSync(path.join(built.dist, f), 'utf8')));
    expect(pages).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html', 'notice.html']));
    for (const page of pages) {
      const html = fs.readFileSync(path.join(built.dist, page), 'utf8');
      const csp = metaContent(html, 'Content-Security-Policy');
      expect({ page, csp }).toEqual({ page, csp: expect.any(String) });
      const directives = new Map(
        csp!.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
      expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
      expect(directives.get('connect-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      // No inline script: every <script> has a src.
      expect({ page, inline: /<script(?![^>]*\bsrc=)[^>]*>/i.test(html) }).toEqual({ page, inline: false });
    }
  });
});

// ---------- in Chromium ----------

const describeInBrowser = HAVE_CHROMIUM ? describe : describe.skip;
const browserSuite = HAVE_CHROMIUM
  ? 'task pane in Chromium'
  : `task pane in Chromium (skipped: ${CHROMIUM} is missing; .ci/run installs the chromium package with apt)`;

interface Session {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Uncaught errors and console errors. */
  problems: string[];
  /** Undoes what open() did: the page's listeners, host options, routes and media. */
  end(): Promise<void>;
}

describeInBrowser(browserSuite, () => {
  let server: StaticServer;
  /** Office's script address, served by the fake host (office-script.ts). */
  let office: OfficeScriptServer;
  let browser: Browser;
  /**
   * The page the tests share: each opens a new document in it, which starts the pane and the fake workbook
   * afresh. A new context and page for each test started a renderer process each time: about 3 s of CPU a
   * test, against about 1 s for a new document in the same page (measured).
   */
  let shared: Page;
  const sessions: Session[] = [];

  /**
   * A new context and page. The browser reaches only the add-in's origin and Office's address, where the fake
   * host answers (office-script.ts); a request for anything else is recorded by the request listener, and
   * fails the test in expectClean.
   */
  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 320, height: 720 }, deviceScaleFactor: 1 });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    return context.newPage();
  }

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic({ '/': built.dist, '/e2e/': built.testDist, '/e2e/axe.min.js': AXE_SCRIPT });
    office = await serveOfficeScript(path.join(built.testDist, 'fake-host.js'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...office.browserArgs,
      ],
    });
    shared = await newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await office?.close();
  });

  /**
   * Opens a page of the build with the fake Office host, in the shared page at 320 px, ending the session
   * open there before. `setUp` prepares the page before it loads (its routes, its media); end() undoes it.
   */
  async function open(file: string, host: FakeHostOptions = {}, setUp?: (page: Page) => Promise<unknown>) {
    await sessions.find((session) => session.page === shared)?.end();
    await shared.setViewportSize({ width: 320, height: 720 });
    return start(shared, file, host, setUp);
  }

  /**
   * The page with Playwright's fake clock, which cannot be taken off a context again: in a context of its own,
   * made by the first test that needs it and kept for the others (each new context starts a renderer process
   * and fills its own cache, about 1.5 s of CPU).
   */
  let clocked: Page | undefined;

  /** The same as open(), in the page with the fake clock. */
  async function openWithClock(file: string, host: FakeHostOptions = {}) {
    if (!clocked) {
      clocked = await newPage();
      await clocked.clock.install();
    }
    await clocked.setViewportSize({ width: 320, height: 720 });
    return start(clocked, file, host);
  }

  async function start(page: Page, file: string, host: FakeHostOptions, setUp?: (page: Page) => Promise<unknown>) {
    const onRequest = (request: Request) => session.requests.push(request.url());
    const onError = (error: Error) => session.problems.push(`page error: ${error.message}`);
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error') session.problems.push(`console: ${message.text()}`);
    };
    page.on('request', onRequest).on('pageerror', onError).on('console', onConsole);
    const options = await page.addInitScript((hostOptions) => {
      (window as unknown as { __fakeHostOptions: unknown }).__fakeHostOptions = hostOptions;
    }, host);
    const session: Session = {
      page,
      requests: [],
      problems: [],
      async end() {
        sessions.splice(sessions.indexOf(session), 1);
        page.off('request', onRequest).off('pageerror', onError).off('console', onConsole);
        await options.dispose();
        await page.unrouteAll({ behavior: 'ignoreErrors' }); // a test's own routes, which turn the cache off
        await page.emulateMedia({ forcedColors: null });
      },
    };
    sessions.push(session);
    if (setUp) await setUp(page);
    await page.goto(`${server.origin}/${file}`);
    return session;
  }

  /** No request off the add-in's origin except Office's script, no CSP violation, no script error. */
  async function expectClean(session: Session) {
    const offsite = session.requests.filter((url) => !url.startsWith(`${server.origin}/`) && url !== OFFICE_JS);
    expect(offsite).toEqual([]);
    expect(await session.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(session.problems).toEqual([]);
  }

  afterEach(async () => {
    for (const session of [...sessions]) await session.end();
  });

  async function snap(page: Page, name: string) {
    if (!SHOOTING) return;
    // Shoot what a person sees once things settle: no hover look, no tab indicator half-way across.
    await page.mouse.move(0, 0);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 720 });
      await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: WIDTHS[0], height: 720 });
  }

  /** The page as it is, without scrolling, when screenshots are asked for. */
  async function shoot(page: Page, name: string) {
    if (SHOOTING) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  }

  /** Readable and labelled: no visible text under 14px, no page wider than the pane, every control named. */
  async function expectReadable(page: Page) {
    const small = await page.evaluate(() => {
      const found: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const node of Array.from(root.querySelectorAll('*'))) {
          if (node.shadowRoot) visit(node.shadowRoot);
          const text = Array.from(node.childNodes)
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent ?? '')
            .join('')
            .trim();
          if (!text || node.getClientRects().length === 0) continue;
          const style = getComputedStyle(node);
          if (style.visibility === 'hidden' || node.closest('.visually-hidden')) continue;
          const size = parseFloat(style.fontSize);
          if (size < 14) found.push(`${size}px: ${text.slice(0, 40)}`);
        }
      };
      visit(document);
      return found;
    });
    expect(small).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const controls = (await accessibility(page)).filter((node) => CONTROL_ROLES.has(node.role));
    expect(controls.filter((node) => !node.name.trim())).toEqual([]);
  }

  /** axe-core's WCAG 2.1 A and AA rules on the page as it is now: no violations. */
  async function expectAccessible(page: Page) {
    // axe.run in the page itself ("legacy mode"): the same rules without the blank page that axe's
    // cross-origin frame support opens for every check (its own renderer process, measured at 1 s of CPU
    // a check). That support has nothing to do here: the pane has no frames, as this checks.
    expect(page.frames()).toHaveLength(1);
    // axe-core loaded by the page from the test server, a script the browser keeps compiled in its cache. Left
    // to itself, AxeBuilder sends axe's 580 KB source through Playwright's pipe and runs it twice a check (it
    // evaluates it, then injects it again into each frame); with axe already in the page it needs none: ';'.
    await page.addScriptTag({ url: `${server.origin}/e2e/axe.min.js` });
    const { violations } = await new AxeBuilder({ page, axeSource: ';' })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .setLegacyMode()
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  /** What the browser exposes to screen readers: visible nodes with their role and accessible name. */
  async function accessibility(page: Page): Promise<{ role: string; name: string }[]> {
    // Chromium's own tree, which is what a screen reader gets: Fluent's buttons are the <button> inside
    // each component, named by the text the page puts in it.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => ({ role: String(node.role?.value ?? ''), name: String(node.name?.value ?? '') }));
  }

  /** A visible Fluent button by its exact text (see accessibility() for why not getByRole); other tabs' are hidden. */
  const button = (page: Page, text: string) =>
    page
      .locator('fluent-button')
      .filter({ hasText: new RegExp(`^\\s*${text.replace(/[()]/g, '\\$&')}\\s*$`), visible: true });
  const progressBar = (page: Page) => page.locator('fluent-progress');

  /** Lets the tab row settle: it fits its tabs to the width when it is laid out (tab-overflow.ts). */
  const settled = (page: Page) =>
    page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  /** Opens a view, from the More menu when the pane is too narrow to show its tab. */
  async function openTab(page: Page, name: string) {
    await page.locator('.tab-row').waitFor();
    await settled(page);
    const tab = page.getByRole('tab', { name, exact: true });
    if (await tab.isVisible()) await tab.click();
    else {
      await page.locator('#views-tabs-more').click();
      await page.getByRole('menuitem', { name, exact: true }).click();
    }
    await expect(tab.getAttribute('aria-selected')).resolves.toBe('true');
  }

  /** The labels of the tabs shown, then of those under More (closing the menu again). */
  async function tabLabels(page: Page): Promise<{ shown: string[]; more: string[] }> {
    await page.locator('.tab-row').waitFor();
    await settled(page);
    const shown = (await page.getByRole('tab').allTextContents()).map((t) => t.trim());
    const more = page.locator('#views-tabs-more');
    if (!(await more.isVisible())) return { shown, more: [] };
    await more.click();
    const labels = (await page.getByRole('menuitem').allTextContents()).map((t) => t.trim());
    await page.keyboard.press('Escape');
    return { shown, more: labels };
  }

  /**
   * The element is on screen without the user scrolling: its top (the message's title) is within the
   * viewport, and all of it when it is no taller than the viewport.
   */
  async function expectInView(page: Page, selector: string) {
    const where = await page.locator(selector).evaluate((node) => {
      const box = node.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: box.height, viewport: window.innerHeight };
    });
    expect(where.height).toBeGreaterThan(0);
    expect(where.top).toBeGreaterThanOrEqual(0);
    expect(where.top).toBeLessThan(where.viewport);
    if (where.height <= where.viewport) expect(where.bottom).toBeLessThanOrEqual(where.viewport);
  }

  /** What the fake workbook holds, and how many syncs it took. */
  const workbook = (page: Page) =>
    page.evaluate(() => {
      const host = (window as unknown as { __fake: import('./fake-host').FakeHost }).__fake;
      return { sheets: host.sheetNames(), syncs: host.excel.syncCount, settings: host.settingsCalls };
    });

  const insertButton = (page: Page) => button(page, 'Insert framework');
  const status = (page: Page) => page.locator('#framework-status');

  test('inserts the framework, then asks about the earlier sheets and keeps both', async () => {
    const session = await open('taskpane.html');
    const { page } = session;
    await insertButton(page).waitFor();
    // Six views: tabs on one line, those that do not fit 320 px under More; Framework first and open.
    const labels = await tabLabels(page);
    expect([...labels.shown, ...labels.more]).toEqual([
      'Framework',
      'People',
      'Monthly reports',
      'Check',
      'Programme',
      'Team',
    ]);
    expect(labels.more.length).toBeGreaterThan(0);
    expect(await page.getByRole('tab', { name: 'Framework' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tabpanel').count()).toBe(1);
    expect(await accessibility(page)).toContainEqual({ role: 'button', name: 'Insert framework' });
    await expectReadable(page);
    await snap(page, 'framework-ready');

    await insertButton(page).click();
    await status(page).getByText('Framework inserted').waitFor();
    let state = await workbook(page);
    expect(state.sheets).toEqual(['Sheet1', ...FRAMEWORK_NAMES]);
    expect(state.syncs).toBe(2);
    await expectReadable(page);
    await snap(page, 'framework-inserted');

    await insertButton(page).click();
    const question = page.getByRole('group', { name: /already has sheets the STR Toolkit made earlier/ });
    await question.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('framework-question');
    // Waiting for an answer is not work in progress: no progress bar while the question is open.
    expect(await progressBar(page).count()).toBe(0);
    await expectReadable(page);
    await snap(page, 'framework-question');

    await button(page, 'Keep both (new sheets get a number)').click();
    await status(page).getByText('Framework inserted').waitFor();
    await expect(status(page).textContent()).resolves.toContain(
      '9 names were already in use, so those new sheets have a number after the name, such as “Competence Framework (2)”.',
    );
    state = await workbook(page);
    const numbered = Object.values(FRAMEWORK_SHEETS).map((name) => `${name} (2)`);
    expect(state.sheets).toEqual(['Sheet1', ...FRAMEWORK_NAMES, ...numbered]);
    expect(state.syncs).toBe(4);
    expect(await question.isVisible()).toBe(false);
    expect(state.settings).toEqual([]); // nothing, personal or not, is kept in the document's settings
    await expectReadable(page);
    await snap(page, 'framework-kept-both');
    await expectClean(session);
    // Office's script was asked for at Microsoft's address (and served by the fake host), and the
    // framework's data came on demand from the add-in's own address, which the CSP allows.
    expect(session.requests).toContain(OFFICE_JS);
    expect(session.requests.filter((url) => /\/framework\.[0-9a-f]{8}\.js$/.test(url))).toHaveLength(1);
  });

  test('works by keyboard alone: Tab past the tabs to Insert, Enter; Esc cancels the question; Tab and Enter replace', async () => {
    const session = await open('taskpane.html');
    const { page } = session;
    await insertButton(page).waitFor();

    await page.keyboard.press('Tab'); // the Framework tab
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('framework-tab');
    await page.keyboard.press('Tab'); // More, which holds the tabs that do not fit 320 px
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('views-tabs-more');
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        // A Fluent button is focused on the <button> inside it, which matches :focus-visible and draws the ring.
        const control = (active?.shadowRoot?.activeElement ?? active) as HTMLElement | null;
        return {
          text: active?.textContent?.trim(),
          visible: Boolean(control?.matches(':focus-visible')),
          ring: control ? getComputedStyle(control).outlineStyle : 'none',
        };
      });
    const first = await focused();
    expect(first).toMatchObject({ text: 'Insert framework', visible: true });
    expect(first.ring).not.toBe('none'); // Fluent's focus ring
    await snap(page, 'framework-keyboard-focus');

    await page.keyboard.press('Enter');
    await status(page).getByText('Framework inserted').waitFor();
    expect((await workbook(page)).syncs).toBe(2);
    expect((await focused()).text).toBe('Insert framework'); // focus comes back to the button

    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: /made earlier/ }).waitFor();
    await page.keyboard.press('Escape');
    await status(page).getByText('Nothing was changed').waitFor();
    let state = await workbook(page);
    expect(state.syncs).toBe(3); // read the workbook, then stopped: nothing written
    expect(state.sheets).toEqual(['Sheet1', ...FRAMEWORK_NAMES]);

    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: /made earlier/ }).waitFor();
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Replace them');
    await page.keyboard.press('Enter');
    await status(page).getByText('Framework inserted').waitFor();
    await expect(status(page).textContent()).resolves.toContain('Removed the earlier sheets');
    state = await workbook(page);
    expect(state.syncs).toBe(5);
    expect(state.sheets.filter((s) => s === 'Competence Framework')).toHaveLength(1);
    expect(state.sheets.some((s) => s.endsWith('(2)'))).toBe(false);
    await expectClean(session);
  });

  test('says which Excel is needed when ExcelApi 1.9 is missing', async () => {
    const session = await open('taskpane.html', { excelApi: '1.8' });
    const { page } = session;
    const blocked = page.locator('#blocked');
    await blocked.getByText('This version of Excel is too old for the STR Toolkit').waitFor();
    await expect(blocked.textContent()).resolves.toContain(
      'The toolkit needs Excel 2021 or later, Excel for Microsoft 365, or Excel on the web.',
    );
    expect(await insertButton(page).count()).toBe(0);
    await expectReadable(page);
    await snap(page, 'needs-newer-excel');
    await expectClean(session);
  });

  test('outside Excel, and without Office’s script, it says so instead of showing a blank pane', async () => {
    const outside = await open('taskpane.html', { inExcel: false });
    await outside.page.locator('#blocked').getByText('Open the STR Toolkit from Excel').waitFor();
    await expectClean(outside);

    const offline = await open('taskpane.html', {}, (page) =>
      page.route(OFFICE_JS, (route) => route.abort('internetdisconnected')),
    );
    // The failed load of office.js is the point of this case, so it is the one expected console error.
    await offline.page.locator('#blocked').getByText('The STR Toolkit could not start').waitFor();
    expect(offline.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await expectReadable(offline.page);
    await snap(offline.page, 'office-not-loaded');
  });

  test('a hung sync times out with a plain message, never a silent spinner', async () => {
    const session = await openWithClock('taskpane.html', { excel: { failOnSync: 2, failMode: 'hang' } });
    const { page } = session;
    await insertButton(page).click();
    const progress = progressBar(page);
    await progress.waitFor();
    expect(await accessibility(page)).toContainEqual({ role: 'progressbar', name: 'Inserting the framework…' });
    // One batch: nothing to cancel between, so no Cancel button.
    expect(await page.locator('#framework-cancel').isVisible()).toBe(false);
    await expectReadable(page);
    await snap(page, 'framework-working');

    await page.clock.fastForward('00:58');
    expect(await progress.isVisible()).toBe(true);
    await page.clock.fastForward('00:03');
    await status(page).getByText('Excel stopped responding').waitFor();
    await expect(status(page).textContent()).resolves.toContain('waited 60 seconds for Excel');
    expect(await progressBar(page).count()).toBe(0);
    expect(await insertButton(page).isEnabled()).toBe(true);
    await expectReadable(page);
    await snap(page, 'framework-timeout');
    await expectClean(session);
  });

  test('a failed sync is explained in plain words with what to do next', async () => {
    const session = await open('taskpane.html', { excel: { failOnSync: 2 } });
    const { page } = session;
    await insertButton(page).click();
    await status(page).getByText('The framework was not inserted').waitFor();
    const text = await status(page).textContent();
    expect(text).toContain('Excel stopped part-way through adding the sheets');
    expect(text).toContain('Check them, delete any that look incomplete, then try again.');
    expect(await progressBar(page).count()).toBe(0);
    await expectReadable(page);
    await snap(page, 'framework-error');

    // Try again: the fake fails only once, as a passing glitch would.
    await insertButton(page).click();
    await status(page).getByText('Framework inserted').waitFor();
    await expectClean(session);
  });

  test('follows a dark Office theme and Windows high-contrast colours', async () => {
    const dark = await open('taskpane.html', { theme: 'dark' });
    await insertButton(dark.page).click();
    await status(dark.page).getByText('Framework inserted').waitFor();
    expect(await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(41, 41, 41)');
    await expectReadable(dark.page);
    await snap(dark.page, 'framework-dark');
    await expectClean(dark);

    const contrast = await open('taskpane.html', {}, (page) => page.emulateMedia({ forcedColors: 'active' }));
    await insertButton(contrast.page).waitFor();
    await contrast.page.keyboard.press('Tab'); // the Framework tab
    await contrast.page.keyboard.press('Tab'); // More
    await contrast.page.keyboard.press('Tab');
    await contrast.page.keyboard.press('Enter');
    await status(contrast.page).getByText('Framework inserted').waitFor();
    const box = await status(contrast.page).evaluate((node) => {
      const style = getComputedStyle(node);
      return { style: style.borderTopStyle, width: style.borderTopWidth };
    });
    expect(box).toEqual({ style: 'solid', width: '1px' });
    // The focus ring survives forced colours (Fluent draws it as an outline, which the system colours).
    const ring = await insertButton(contrast.page).evaluate((node) => {
      const control = node.shadowRoot?.activeElement ?? node; // the <button> inside the Fluent button
      const style = getComputedStyle(control);
      return { focused: control.matches(':focus-visible'), outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(ring).toEqual({ focused: true, outline: 'solid', width: '2px' });
    await snap(contrast.page, 'framework-high-contrast');
    await expectClean(contrast);
  });

  test('the ribbon button inserts without the pane and speaks up only when a name was taken', async () => {
    const session = await open('commands.html');
    const { page } = session;
    await page.waitForFunction(() => Boolean((window as unknown as { __fake?: { actions: object } }).__fake?.actions));
    const run = () =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const host = (window as unknown as { __fake: import('./fake-host').FakeHost }).__fake;
            const before = host.dialogs.length;
            // The event completes before any notice opens (the button is free at once): look just after.
            host.actions.insertFramework({ completed: () => setTimeout(() => resolve(host.dialogs.slice(before))) });
          }),
      );
    expect(await run()).toEqual([]);
    expect((await workbook(page)).sheets).toEqual(['Sheet1', ...FRAMEWORK_NAMES]);
    const [notice] = await run();
    expect(notice).toMatch(new RegExp(`^${server.origin}/notice\\.html\\?`));
    const params = new URL(notice).searchParams;
    expect(params.get('title')).toBe('Framework inserted');
    expect(params.getAll('line').join(' ')).toContain('Your earlier sheets were not changed.');
    expect((await workbook(page)).syncs).toBe(4);
    await expectClean(session);
  });

  /** Cells of one sheet of the fake workbook whose value mentions `text` (as FakeExcel stores them). */
  const cellsMentioning = (page: Page, sheet: string, text: string) =>
    page.evaluate(
      ([sheetName, wanted]) => {
        const host = (window as unknown as { __fake: import('./fake-host').FakeHost }).__fake;
        const found = host.excel.model.sheets.find((s) => s.name === sheetName);
        if (!found) return null;
        return [...found.cells.values()].filter((c) => typeof c.value === 'string' && c.value.includes(wanted));
      },
      [sheet, text] as const,
    );
  const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id);

  /** Opens Monthly reports and fills in the form for Leeds, from March 2008 (Create is left to the test). */
  async function fillMonthlyForm(page: Page) {
    await openTab(page, 'Monthly reports');
    const monthly = (label: string) => page.locator('#monthly-panel').getByLabel(label, { exact: true });
    await monthly('Site').fill('Leeds');
    await monthly('Programme lead').fill('Jo Bloggs');
    await monthly('First month').fill('2008-03');
  }

  /** A CSS colour (a Fluent token, say) as the browser computes it: "rgb(…)". */
  const resolvedColour = (page: Page, colour: string) =>
    page.evaluate((value) => {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.color = value;
      const computed = getComputedStyle(probe).color;
      probe.remove();
      return computed;
    }, colour);

  /** A message box's left border colour and the mark before its title. */
  const toneColours = (page: Page, selector: string) =>
    page.locator(selector).evaluate((node) => ({
      border: getComputedStyle(node).borderLeftColor,
      mark: node.querySelector('.message-mark')?.textContent ?? '',
    }));

  describe('Monthly reports', () => {
    const status = (page: Page) => page.locator('#monthly-status');
    const field = (page: Page, label: string) => page.locator('#monthly-panel').getByLabel(label, { exact: true });

    test('makes a report for the site "=Leeds" (kept as text), then adds the next month, carried forward', async () => {
      const session = await open('taskpane.html');
      const { page } = session;
      await openTab(page, 'Monthly reports');
      await field(page, 'Site').waitFor();
      expect(await page.getByRole('tab', { name: 'Monthly reports' }).getAttribute('aria-selected')).toBe('true');
      await expectReadable(page);
      await snap(page, 'monthly-ready');

      // The month is a plain text box in the form's own style, not the browser's month picker, which shows
      // "--------- ----" when empty; empty, it shows the pattern to type.
      expect(await field(page, 'First month').getAttribute('type')).toBe('text');
      expect(await field(page, 'First month').getAttribute('placeholder')).toBe('yyyy-mm');
      await expectAccessible(page);

      // Nothing filled in: each field says what to fix, focus goes to the first, and Excel is not touched.
      await field(page, 'First month').fill('');
      await button(page, 'Create report').click();
      await page.getByText('Enter the name of the site the report is for.').waitFor();
      await page.getByText('Enter the first month of the report, like this: 2008-03.').waitFor();
      expect(await activeId(page)).toBe('monthly-site');
      expect(await field(page, 'Site').getAttribute('aria-invalid')).toBe('true');
      expect((await workbook(page)).syncs).toBe(0);
      await expectReadable(page);
      await snap(page, 'monthly-problems');

      await field(page, 'Site').fill('=Leeds');
      await field(page, 'Programme lead').fill('@Jo Bloggs');
      await field(page, 'First month').fill('2008-03');
      await button(page, 'Create report').click();
      await status(page).getByText('Report for March 2008 made').waitFor();
      let state = await workbook(page);
      expect(state.sheets).toContain('2008-03');
      expect(state.syncs).toBeLessThanOrEqual(2);
      // The site went in as text: no formula, the text exactly as typed.
      const site = await cellsMentioning(page, '2008-03', 'Leeds');
      expect(site).toContainEqual(expect.objectContaining({ value: '=Leeds' }));
      expect(site!.every((cell) => !('formula' in cell) || !cell.formula)).toBe(true);
      expect(await page.locator('#monthly-site-problem').isVisible()).toBe(false); // the earlier problems are gone
      expect(await activeId(page)).toBe('monthly-create');
      await expectInView(page, '#monthly-status');
      await expectReadable(page);
      await snap(page, 'monthly-created');

      expect(await page.locator('#monthly-carry').isChecked()).toBe(true);
      await button(page, 'Add next month').click();
      await status(page).getByText('April 2008 added').waitFor();
      const text = await status(page).textContent();
      expect(text).toContain('Added the sheet “2008-04”, with the site and programme lead from “2008-03”.');
      expect(text).toContain('were carried forward from “2008-03”');
      state = await workbook(page);
      expect(state.sheets).toEqual(expect.arrayContaining(['2008-03', '2008-04']));
      expect(state.syncs).toBeLessThanOrEqual(4); // two more round trips
      expect(await cellsMentioning(page, '2008-04', 'Leeds')).toContainEqual(
        expect.objectContaining({ value: '=Leeds' }),
      );
      expect(await activeId(page)).toBe('monthly-next');
      await expectReadable(page);
      await snap(page, 'monthly-next-month');
      await expectClean(session);
      // The report builders came on demand, from the add-in's own address.
      expect(session.requests.filter((url) => /\/monthly\.[0-9a-f]{8}\.js$/.test(url))).toHaveLength(1);
    });

    test('adding a month to a workbook with no report says so in plain words and changes nothing', async () => {
      const session = await open('taskpane.html', { theme: 'dark' });
      const { page } = session;
      await openTab(page, 'Monthly reports');
      await button(page, 'Add next month').click();
      await status(page).getByText('No month was added').waitFor();
      await expect(status(page).textContent()).resolves.toContain('This workbook has no monthly report sheet yet');
      expect((await workbook(page)).sheets).toEqual(['Sheet1']);
      await expectReadable(page);
      await snap(page, 'monthly-no-report-dark');
      await expectClean(session);
    });
  });

  describe('People', () => {
    const status = (page: Page) => page.locator('#people-status');
    const field = (page: Page, label: string) => page.locator('#people-panel').getByLabel(label, { exact: true });
    const STAFF = [
      ['Name', 'Grade', 'Setting', 'Team'],
      ['Sam Lee', 'Intermediate', 'Older people', 'North'],
      ['Ana Diaz', 'Senior-ish', 'Crisis', null],
      ['Kim Park', 'Foundation', 'CMHT', null],
    ];

    test('one worker from the form, then a staff list with a bad row, which the message names', async () => {
      const session = await open('taskpane.html', {
        excel: { sheets: [{ name: 'Staff', rows: STAFF }] },
      });
      const { page } = session;
      await openTab(page, 'People');
      await field(page, 'Name').waitFor();
      await expectReadable(page);
      await snap(page, 'people-ready');

      await button(page, 'Create profile and outline').click();
      await page.getByText('Enter the worker’s name.').waitFor();
      await page.getByText('Choose the worker’s grade.').waitFor();
      expect(await activeId(page)).toBe('people-name');
      expect((await workbook(page)).syncs).toBe(0);
      await expectReadable(page);
      await snap(page, 'people-problems');

      await field(page, 'Name').fill('Jo Bloggs');
      await field(page, 'Grade').selectOption({ label: 'Senior' });
      await field(page, 'Service setting').selectOption({ label: 'Crisis' });
      await field(page, 'Team (optional)').fill('East');
      await button(page, 'Create profile and outline').click();
      await status(page).getByText('Role profile and KSF outline made for Jo Bloggs').waitFor();
      let state = await workbook(page);
      expect(state.sheets).toEqual(expect.arrayContaining(['Role - Jo Bloggs', 'KSF - Jo Bloggs']));
      expect(state.syncs).toBe(2);
      expect(await activeId(page)).toBe('people-create');
      await expectReadable(page);
      await snap(page, 'people-one-made');

      await field(page, 'Everyone on a staff list sheet').check();
      await field(page, 'Staff list sheet').waitFor();
      expect(await field(page, 'Name').isVisible()).toBe(false);
      // The one worker's message was about the other mode: it goes.
      expect(await status(page).textContent()).toBe('');
      await field(page, 'Staff list sheet').fill('Staff');
      await expectReadable(page);
      await snap(page, 'people-list-ready');
      await button(page, 'Create profiles and outlines').click();
      await status(page).getByText('Role profiles and KSF outlines made for 2 workers').waitFor();
      const text = await status(page).textContent();
      expect(text).toContain('One row of the staff list was left out:');
      expect(text).toMatch(
        /Row 3: the grade "Senior-ish" is not Foundation, Intermediate or Senior\. This row was left out\./,
      );
      // A row left out: a partial outcome, in the warning colour, with its mark and word (not colour alone).
      expect(await status(page).getAttribute('data-tone')).toBe('warning');
      expect(await toneColours(page, '#people-status')).toEqual({
        border: await resolvedColour(page, 'var(--colorStatusWarningBorderActive)'),
        mark: '!',
      });
      expect(await status(page).locator('.message-title').textContent()).toMatch(/^!Warning: Role profiles/);
      await expectInView(page, '#people-status');
      await expectAccessible(page);
      state = await workbook(page);
      expect(state.sheets).toEqual(expect.arrayContaining(['Role - Sam Lee', 'KSF - Sam Lee', 'Role - Kim Park']));
      expect(state.sheets.some((s) => s.includes('Ana Diaz'))).toBe(false);
      await expectReadable(page);
      await snap(page, 'people-list-made');
      await expectClean(session);
    });

    test('on Excel without comments (ExcelApi 1.9), the notes left out are said plainly; an empty sheet name means the active sheet', async () => {
      const session = await open('taskpane.html', {
        excelApi: '1.9',
        excel: { sheets: [{ name: 'Staff', rows: STAFF.slice(0, 2) }] },
      });
      const { page } = session;
      await openTab(page, 'People');
      await field(page, 'Everyone on a staff list sheet').check();
      await button(page, 'Create profiles and outlines').click();
      await status(page).getByText('Role profile and KSF outline made for Sam Lee').waitFor();
      await expect(status(page).textContent()).resolves.toMatch(
        /cell notes? (was|were) left out because this version of Excel cannot add comments to cells/,
      );
      expect((await workbook(page)).sheets).toEqual(expect.arrayContaining(['Role - Sam Lee', 'KSF - Sam Lee']));
      await expectReadable(page);
      await snap(page, 'people-notes-skipped');
      await expectClean(session);
    });
  });

  /** Each sheet's count of shades the toolkit's check added (its conditional formats with the mark). */
  const shadeCounts = (page: Page) =>
    page.evaluate(() => {
      const host = (window as unknown as { __fake: import('./fake-host').FakeHost }).__fake;
      return Object.fromEntries(
        host.excel.model.sheets.map((s) => [
          s.name,
          s.conditionalFormats.filter((f) => f.formula?.includes('STR Toolkit check')).length,
        ]),
      );
    });

  describe('Check', () => {
    const status = (page: Page) => page.locator('#check-status');

    test('insert the framework, make a report, enter a rating off its scale, check, go to the finding, clear highlights', async () => {
      const session = await open('taskpane.html');
      const { page } = session;
      await insertButton(page).click();
      await page.locator('#framework-status').getByText('Framework inserted').waitFor();

      await fillMonthlyForm(page);
      await button(page, 'Create report').click();
      await page.locator('#monthly-status').getByText('Report for March 2008 made').waitFor();

      // The site lead fills the return in, and pastes a 2 into a rating whose scale is 0, 1, 3.
      await page.evaluate(() =>
        (window as unknown as { __fake: import('./fake-host').FakeHost }).__fake.fillReturns({
          '2008-03': { ET1_SelfRating: 2 },
        }),
      );
      await openTab(page, 'Check');
      await button(page, 'Check this workbook').waitFor();
      await expectReadable(page);
      await snap(page, 'check-ready');
      const before = (await workbook(page)).syncs;
      await button(page, 'Check this workbook').click();
      await status(page).getByText('Problems found').waitFor();
      const after = await workbook(page);
      expect(after.sheets).toContain('Check results');
      // At most 3 round trips to read everything (one part of cells) and 2 to write the results.
      expect(after.syncs - before).toBeLessThanOrEqual(5);

      const finding = page.locator('#check-findings button.finding', {
        hasText: "Self rating 2 is not on this objective's scale",
      });
      await expect(finding.count()).resolves.toBe(1);
      await expect(page.locator('#check-findings h3', { hasText: '2008-03' }).count()).resolves.toBe(1);
      expect((await shadeCounts(page))['2008-03']).toBeGreaterThan(0);
      // The summary is on screen, and says where the findings are: above it.
      await expectInView(page, '#check-status');
      expect(
        await page.evaluate(() => {
          const list = document.getElementById('check-findings')!.getBoundingClientRect();
          return list.bottom <= document.getElementById('check-status')!.getBoundingClientRect().top;
        }),
      ).toBe(true);
      await expect(status(page).textContent()).resolves.toContain('They are listed above');
      expect(await status(page).getAttribute('data-tone')).toBe('error');
      // Findings look like links: underlined, in the link colour, with the hand pointer.
      const look = await finding.evaluate((node) => {
        const style = getComputedStyle(node);
        return { underline: style.textDecorationLine, cursor: style.cursor, colour: style.color };
      });
      expect(look).toEqual({
        underline: 'underline',
        cursor: 'pointer',
        colour: await resolvedColour(page, 'var(--colorBrandForegroundLink)'),
      });
      await expectAccessible(page);
      await expectReadable(page);
      await snap(page, 'check-findings');

      // By keyboard too: Tab from Clear highlights reaches the first finding, with a focus ring; Enter goes to it.
      const cell = (await finding.textContent())!.split(' · ')[0].trim();
      await button(page, 'Clear highlights').focus();
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const style = getComputedStyle(active);
        return {
          finding: active.classList.contains('finding'),
          visible: active.matches(':focus-visible'),
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
        };
      });
      expect(ring).toEqual({ finding: true, visible: true, outline: 'solid 2px' });
      await finding.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((address) => {
        const host = (window as unknown as { __fake: import('./fake-host').FakeHost }).__fake;
        const selected = host.excel.model.selection;
        return selected?.sheet === '2008-03' && selected.address === address;
      }, cell);

      await button(page, 'Clear highlights').click();
      await status(page).getByText('Highlights cleared').waitFor();
      const shades = await shadeCounts(page);
      expect(Object.values(shades).every((n) => n === 0)).toBe(true);
      expect(await activeId(page)).toBe('check-clear');
      await expectReadable(page);
      await snap(page, 'check-cleared');
      await expectClean(session);
      expect(session.requests.filter((url) => /\/check\.[0-9a-f]{8}\.js$/.test(url))).toHaveLength(1);
    });

    test('a workbook with nothing the toolkit made says so in plain words', async () => {
      const session = await open('taskpane.html', { theme: 'dark' });
      const { page } = session;
      await openTab(page, 'Check');
      await button(page, 'Check this workbook').click();
      await status(page).locator('.message-title').waitFor();
      const text = (await status(page).textContent()) ?? '';
      expect(text).not.toMatch(/undefined|Error:|\bat \S+ \(/);
      expect(text.length).toBeGreaterThan(20);
      await expectReadable(page);
      await snap(page, 'check-nothing-dark');
      await expectClean(session);
    });
  });

  describe('Programme', () => {
    const status = (page: Page) => page.locator('#programme-status');
    let returnsDir: string;
    let files: import('../consolidate/fixture').ProgrammeFiles;

    beforeAll(async () => {
      returnsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-e2e-returns-'));
      files = await copyProgrammeFiles(returnsDir);
    }, 120_000);
    afterAll(() => fs.rmSync(returnsDir, { recursive: true, force: true }));

    test('consolidates the monthly sheets of this workbook, with charts', async () => {
      const session = await open('taskpane.html');
      const { page } = session;
      await fillMonthlyForm(page);
      await page.locator('#monthly-span-twelve').check();
      await button(page, 'Create report').click();
      await page.locator('#monthly-status').getByText('made').first().waitFor();
      await page.evaluate(() => (window as unknown as { __fake: import('./fake-host').FakeHost }).__fake.fillReturns());

      await openTab(page, 'Programme');
      await button(page, 'Consolidate this workbook').waitFor();
      await expectReadable(page);
      await snap(page, 'programme-ready');
      const before = (await workbook(page)).syncs;
      await button(page, 'Consolidate this workbook').click();
      await status(page).getByText('Programme sheets made').waitFor();
      const text = await status(page).textContent();
      expect(text).toContain('12 returns from 1 site, March 2008 to February 2009.');
      expect(text).toContain('Added 3 charts.');
      const state = await workbook(page);
      expect(state.sheets).toEqual(expect.arrayContaining(Object.values(PROGRAMME_SHEETS)));
      // Three reads (one part of cells), one write and one for the charts.
      expect(state.syncs - before).toBeLessThanOrEqual(5);
      await expectReadable(page);
      await snap(page, 'programme-consolidated');
      await expectClean(session);
      expect(session.requests.filter((url) => /\/programme\.[0-9a-f]{8}\.js$/.test(url))).toHaveLength(1);
    });

    test('consolidates picked files; the corrupt file, the stray workbook and the duplicate are listed', async () => {
      const session = await open('taskpane.html');
      const { page } = session;
      await openTab(page, 'Programme');
      // Nothing chosen yet: the field says what to do, and Excel is not touched.
      await button(page, 'Consolidate chosen files').click();
      await page.getByText('Choose one or more monthly returns (.xlsx files) first').waitFor();
      expect((await workbook(page)).syncs).toBe(0);

      // The browser's own "Choose Files / No file chosen" is not shown: a Fluent button opens the chooser,
      // and the files chosen are listed under it.
      expect(await page.locator('#programme-files').isVisible()).toBe(false);
      expect(await page.getByText('No file chosen', { exact: true }).count()).toBe(0);
      await page.locator('#programme-files-chosen').getByText('No files chosen yet.').waitFor();
      const chooser = page.waitForEvent('filechooser');
      await button(page, 'Choose files…').click();
      await (await chooser).setFiles(files.all);
      const chosen = page.locator('#programme-files-chosen');
      await chosen.getByText(`${files.all.length} files chosen:`).waitFor();
      expect(await chosen.locator('li').allTextContents()).toEqual([
        ...files.all.slice(0, 4).map((f) => path.basename(f)),
        `and ${files.all.length - 4} more`,
      ]);
      expect(await accessibility(page)).toContainEqual({ role: 'button', name: 'Monthly returns Choose files…' });
      await expectAccessible(page);
      await snap(page, 'programme-files-chosen');
      await button(page, 'Consolidate chosen files').click();
      await status(page).getByText('Programme sheets made').waitFor({ timeout: 60_000 });
      const text = (await status(page).textContent()) ?? '';
      const counted = countedKnown();
      const sites = new Set(counted.map((k) => k.site)).size;
      expect(text).toContain(`${counted.length} returns from ${sites} sites, March 2008 to May 2008.`);
      expect(text).toContain(`${path.basename(files.corrupt)}:`);
      expect(text).toContain(`${path.basename(files.notAReturn)}`);
      expect(text).toContain(
        'Replaced by a newer version: Site 04, April 2008 is counted from site-04-2008-04-again.xlsx',
      );
      expect((await workbook(page)).sheets).toEqual(expect.arrayContaining(Object.values(PROGRAMME_SHEETS)));
      // Returns left out: a partial outcome, in the warning colour.
      expect(await status(page).getAttribute('data-tone')).toBe('warning');
      await expectInView(page, '#programme-status');
      await expectReadable(page);
      await snap(page, 'programme-files');
      await expectClean(session);
    });
  });

  describe('Team', () => {
    const status = (page: Page) => page.locator('#team-status');
    const field = (page: Page, label: string) => page.locator('#team-panel').getByLabel(label, { exact: true });
    const STAFF = [
      ['Name', 'Grade', 'Setting', 'Team'],
      ['Sam Lee', 'Intermediate', 'Crisis', 'North'],
      ['Ana Diaz', 'Senior', 'Crisis', 'North'],
      ['Kim Park', 'Foundation', 'CMHT', 'South'],
    ];
    /** The charts on the team sheets of the fake workbook: name, title and alt text. */
    const teamCharts = (page: Page) =>
      page.evaluate(
        (sheets) => {
          const host = (window as unknown as { __fake: import('./fake-host').FakeHost }).__fake;
          return host.excel.model.sheets
            .filter((s) => sheets.includes(s.name) && !s.deleted)
            .flatMap((s) => s.charts.map((c) => ({ name: c.name, title: c.title, altText: c.altText })));
        },
        Object.values(TEAM_SHEETS) as string[],
      );
    const teamPlans = planTeamFixture(30);
    let teamDir: string;
    let teamFiles: string[];

    beforeAll(async () => {
      teamDir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-e2e-team-'));
      teamFiles = await copyTeam(teamDir, teamPlans.length);
    }, 120_000);
    afterAll(() => fs.rmSync(teamDir, { recursive: true, force: true }));

    test('this workbook: team sheets with charts, then one team by keyboard alone, replacing the earlier sheets', async () => {
      const session = await open('taskpane.html', { excel: { sheets: [{ name: 'Staff', rows: STAFF }] } });
      const { page } = session;
      await openTab(page, 'People');
      await page.locator('#people-panel').getByLabel('Everyone on a staff list sheet', { exact: true }).check();
      await page.locator('#people-panel').getByLabel('Staff list sheet', { exact: true }).fill('Staff');
      await button(page, 'Create profiles and outlines').click();
      await page.locator('#people-status').getByText('Role profiles and KSF outlines made for 3 workers').waitFor();

      await openTab(page, 'Team');
      await button(page, 'Team sheets from this workbook').waitFor();
      // The as-of date starts on today; the team filter offers everyone until teams are found.
      expect(await field(page, 'Reviews due as of').inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(await field(page, 'Team').locator('option').allTextContents()).toEqual(['All teams']);
      await expectReadable(page);
      await expectAccessible(page);
      await snap(page, 'team-ready');

      // A date that is not one: the field says so, and Excel is not touched.
      const before = (await workbook(page)).syncs;
      await field(page, 'Reviews due as of').fill('31/02/2009');
      await button(page, 'Team sheets from this workbook').click();
      await page.getByText('“31/02/2009” is not a date. Type it like 06/12/2026.').waitFor();
      expect(await activeId(page)).toBe('team-as-of');
      expect((await workbook(page)).syncs).toBe(before);
      await field(page, 'Reviews due as of').fill('15/06/2009');

      await button(page, 'Team sheets from this workbook').click();
      await status(page).getByText('Team sheets made').waitFor({ timeout: 60_000 });
      let text = (await status(page).textContent()) ?? '';
      expect(text).toContain('3 workers, as of 15 June 2009');
      // Outlines just made: no self-assessments yet, so no training needs to chart, and the pane says so.
      expect(text).toContain('Added 2 charts.');
      expect(text).toContain('"Training Needs" has no NOS rows to chart.');
      expect(text).toContain('Teams found: North, South.');
      let state = await workbook(page);
      expect(state.sheets).toEqual(expect.arrayContaining(Object.values(TEAM_SHEETS)));
      // Three reads (read-grid.ts: the sheets, their sizes, one part of cells), one write and one for the charts.
      expect(state.syncs - before).toBe(5);
      const charts = await teamCharts(page);
      expect(charts.map((c) => c.name).sort()).toEqual(['STR_TeamLevels', 'STR_TeamReviewsDue']);
      for (const chart of charts) expect(chart.altText?.description.length).toBeGreaterThan(chart.title.length);
      expect(await field(page, 'Team').locator('option').allTextContents()).toEqual(['All teams', 'North', 'South']);
      await expectInView(page, '#team-status');
      await expectReadable(page);
      await expectAccessible(page);
      await snap(page, 'team-made');

      // Keyboard alone: back to the filter, choose North, make the sheets again, and replace the earlier ones.
      expect(await activeId(page)).toBe('team-here');
      await page.keyboard.press('Shift+Tab'); // the as-of date
      await page.keyboard.press('Shift+Tab'); // the team filter
      expect(await activeId(page)).toBe('team-filter');
      await page.keyboard.press('ArrowDown');
      expect(await field(page, 'Team').inputValue()).toBe('North');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await activeId(page)).toBe('team-here');
      await page.keyboard.press('Enter');
      await page.getByRole('group', { name: /made earlier/ }).waitFor();
      // Not axe here: the view's other buttons are disabled while it asks, and WCAG exempts inactive
      // controls from contrast, which axe cannot tell inside Fluent's shadow DOM.
      await expectReadable(page);
      await snap(page, 'team-question');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter'); // Replace them
      await status(page).getByText('Team sheets made').waitFor({ timeout: 60_000 });
      text = (await status(page).textContent()) ?? '';
      expect(text).toContain('2 workers in the team “North”, as of 15 June 2009');
      expect(text).toContain('Removed the earlier');
      state = await workbook(page);
      for (const sheet of Object.values(TEAM_SHEETS)) {
        expect(state.sheets.filter((n) => n === sheet || n.startsWith(`${sheet} (`))).toEqual([sheet]);
      }
      await expectReadable(page);
      await snap(page, 'team-one-team');
      await expectClean(session);
      expect(session.requests.filter((url) => /\/team\.[0-9a-f]{8}\.js$/.test(url))).toHaveLength(1);
    });

    test('picked files: 30 workers, the older copy, the stray workbook and the damaged file listed', async () => {
      const session = await open('taskpane.html');
      const { page } = session;
      await openTab(page, 'Team');
      await button(page, 'Team sheets from chosen files').click();
      await page.getByText('Choose one or more workers’ workbooks (.xlsx files) first').waitFor();
      expect((await workbook(page)).syncs).toBe(0);

      await field(page, 'Reviews due as of').fill(AS_OF);
      const chooser = page.waitForEvent('filechooser');
      await button(page, 'Choose files…').click();
      await (await chooser).setFiles(teamFiles);
      await page.locator('#team-files-chosen').getByText(`${teamFiles.length} files chosen:`).waitFor();
      await button(page, 'Team sheets from chosen files').click();
      await status(page).getByText('Team sheets made').waitFor({ timeout: 90_000 });
      const text = (await status(page).textContent()) ?? '';
      expect(text).toContain('30 workers, as of 15 June 2009');
      expect(text).toContain('3 not included (listed on the “Not included” sheet):');
      expect(text).toContain(`${DAMAGED_FILE}:`);
      expect(text).toContain(`${NO_OUTLINE_FILE}:`);
      const older = teamPlans[OLDER_COPY.index].worker.name;
      expect(text).toContain(`${OLDER_COPY.file} › KSF - ${older}: The same worker again`);
      expect(text).toContain('Added 3 charts.');
      expect(text).toContain('Teams found: Community South, Crisis North, Early Intervention.');
      expect(await status(page).getAttribute('data-tone')).toBe('warning');
      expect((await workbook(page)).sheets).toEqual(expect.arrayContaining(Object.values(TEAM_SHEETS)));
      await expectInView(page, '#team-status');
      await expectReadable(page);
      await expectAccessible(page);
      await snap(page, 'team-files');
      await expectClean(session);
    });
  });

  describe('results appear where the user is, without scrolling', () => {
    /** A pane about as tall as Excel's: results at the foot of a long form are below its fold. */
    const HEIGHT = 640;
    const STAFF = [
      ['Name', 'Grade', 'Setting', 'Team'],
      ['Sam Lee', 'Intermediate', 'Older people', 'North'],
      ['Ana Diaz', 'Senior-ish', 'Crisis', null],
    ];

    test.each(WIDTHS)(
      'at %i px: after every action its message is on screen, and a change of mode clears it',
      async (width) => {
        const session = await open('taskpane.html', { excel: { sheets: [{ name: 'Staff', rows: STAFF }] } });
        const { page } = session;
        await page.setViewportSize({ width, height: HEIGHT });
        /** The message is on screen as the action left it: checked, then photographed without scrolling. */
        const seen = async (view: string, title: string, shot: string) => {
          await page.locator(`#${view}-status`).getByText(title).waitFor();
          await expectInView(page, `#${view}-status`);
          await page.mouse.move(0, 0);
          await shoot(page, `in-view-${shot}-${width}`);
        };
        const scrolled = () => page.evaluate(() => window.scrollY);

        await insertButton(page).click();
        await seen('framework', 'Framework inserted', 'framework');

        await fillMonthlyForm(page);
        await button(page, 'Create report').click();
        await seen('monthly', 'Report for March 2008 made', 'monthly-created');
        // The form is long: the message is at its foot, so the pane scrolled to it.
        if (width === 320) expect(await scrolled()).toBeGreaterThan(0);
        await button(page, 'Add next month').click();
        await seen('monthly', 'April 2008 added', 'monthly-next');
        await page.locator('#monthly-span-twelve').check();
        expect(await page.locator('#monthly-status').textContent()).toBe('');

        await openTab(page, 'People');
        const people = (label: string) => page.locator('#people-panel').getByLabel(label, { exact: true });
        await people('Name').fill('Jo Bloggs');
        await people('Grade').selectOption({ label: 'Senior' });
        await people('Service setting').selectOption({ label: 'Crisis' });
        await button(page, 'Create profile and outline').click();
        await seen('people', 'Role profile and KSF outline made for Jo Bloggs', 'people-one');
        await people('Everyone on a staff list sheet').check();
        expect(await page.locator('#people-status').textContent()).toBe('');
        await people('Staff list sheet').fill('Staff');
        await button(page, 'Create profiles and outlines').click();
        await seen('people', 'Role profile and KSF outline made for Sam Lee', 'people-list');
        expect(await page.locator('#people-status').getAttribute('data-tone')).toBe('warning');

        await page.evaluate(() =>
          (window as unknown as { __fake: import('./fake-host').FakeHost }).__fake.fillReturns({
            '2008-03': { ET1_SelfRating: 2 },
          }),
        );
        await openTab(page, 'Check');
        await button(page, 'Check this workbook').click();
        await seen('check', 'Problems found', 'check');
        expect(await page.locator('#check-status').textContent()).toContain('listed above');

        await openTab(page, 'Programme');
        await button(page, 'Consolidate this workbook').click();
        await page.locator('#programme-status .message-title').waitFor();
        await expectInView(page, '#programme-status');
        await shoot(page, `in-view-programme-${width}`);
        await expectAccessible(page);
        await expectClean(session);
      },
    );
  });

  describe('shell harness (test views)', () => {
    const harness = (page: Page) =>
      page.evaluate(() => {
        const h = (window as unknown as { __harness: import('./harness').Harness }).__harness;
        return { waiting: h.waiting(), sheets: h.excel.model.sheets.map((s) => s.name) };
      });
    const release = (page: Page) =>
      page.evaluate(() => (window as unknown as { __harness: import('./harness').Harness }).__harness.release());
    /** Waits until a batch is waiting for the test. */
    const batchWaiting = (page: Page) =>
      page.waitForFunction(
        () => (window as unknown as { __harness: import('./harness').Harness }).__harness.waiting() > 0,
      );

    test('six views: tabs on one line at 320 and 500 px, the rest under More, all by keyboard', async () => {
      const session = await open('e2e/harness.html');
      const { page } = session;
      const all = ['Batches', 'People', 'Monthly reports', 'Slow Excel', 'Programme', 'Team'];
      /** The tabs shown and More: how many lines they take, and whether they stay inside the pane. */
      const line = () =>
        page.evaluate(() => {
          const shown = Array.from(document.querySelectorAll('.tab-row fluent-tab, .tab-row .tab-more'))
            .filter((node) => !(node as HTMLElement).hidden)
            .map((node) => node.getBoundingClientRect());
          const centres = shown.map((box) => (box.top + box.bottom) / 2);
          return {
            // Centred on one line (More is not as tall as a tab): one vertical centre, give or take a pixel.
            oneLine: Math.max(...centres) - Math.min(...centres) <= 2,
            inside: shown.every((box) => box.right <= document.documentElement.clientWidth),
          };
        });
      const shownAt: number[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 720 });
        const labels = await tabLabels(page);
        expect([...labels.shown, ...labels.more]).toEqual(all);
        shownAt.push(labels.shown.length);
        expect(await line()).toEqual({ oneLine: true, inside: true });
        await expectReadable(page);
        await shoot(page, `tabs-six-${width}`);
      }
      // Six do not fit 320 px; a wider pane shows more of them.
      expect(shownAt[0]).toBeLessThan(all.length);
      expect(shownAt[1]).toBeGreaterThan(shownAt[0]);
      await page.setViewportSize({ width: 320, height: 720 });
      await settled(page);
      expect(await page.getByRole('tabpanel').count()).toBe(1);

      // Arrow keys move between the tabs shown; Tab goes on to More. (The Framework test starts from the
      // top of the page with Tab; here focus starts on the selected tab.)
      await page.locator('#batches-tab').focus();
      await page.keyboard.press('ArrowRight');
      expect(await activeId(page)).toBe('people-tab');
      await page.getByText('Test fixture for the tab layout: People.').waitFor();
      expect(await page.getByText('Test fixture: batches that wait for the test.').isVisible()).toBe(false);
      expect(await page.getByRole('tab', { name: 'People' }).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('Tab');
      expect(await activeId(page)).toBe('views-tabs-more');

      // Enter opens the menu on its first item; Down, then Enter, opens that view, whose tab joins the line.
      const more = page.locator('#views-tabs-more');
      await page.keyboard.press('Enter');
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      const items = (await page.getByRole('menuitem').allTextContents()).map((t) => t.trim());
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(items[0]);
      await expectAccessible(page);
      await shoot(page, 'tabs-more-open-320');
      await page.keyboard.press('ArrowDown');
      const chosen = items[1];
      await page.keyboard.press('Enter');
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      const chosenTab = page.getByRole('tab', { name: chosen, exact: true });
      expect(await chosenTab.isVisible()).toBe(true);
      expect(await chosenTab.getAttribute('aria-selected')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
      expect(await page.getByRole('tabpanel').count()).toBe(1);
      expect(await line()).toEqual({ oneLine: true, inside: true });
      await shoot(page, 'tabs-more-chosen-320');

      // Esc closes the menu and puts focus back on More; nothing else changes.
      await more.focus();
      await page.keyboard.press('ArrowDown');
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      expect(await activeId(page)).toBe('views-tabs-more');
      expect(await chosenTab.getAttribute('aria-selected')).toBe('true');
      await expectClean(session);
    });

    test('work in batches shows progress, and Cancel stops it after the batch in hand', async () => {
      const session = await open('e2e/harness.html');
      const { page } = session;
      const cancel = page.locator('#batches-cancel');
      const progress = progressBar(page);
      await button(page, 'Run 3 batches').click();
      await progress.waitFor();
      expect(await accessibility(page)).toContainEqual({ role: 'progressbar', name: 'Adding 3 sheets…' });
      expect(await cancel.isVisible()).toBe(true);
      await batchWaiting(page);
      await release(page);
      await page.getByText('1 of 3 done').waitFor();
      expect(await progress.getAttribute('value')).toBe('1');
      expect(await progress.getAttribute('max')).toBe('3');
      await expectReadable(page);
      await snap(page, 'batches-progress');

      // Batch 2 has started (it waits for the test); Cancel lets it finish, then stops.
      await batchWaiting(page);
      await cancel.click();
      await page.getByText('Stopping…').waitFor();
      expect(await cancel.evaluate((node) => node.matches(':disabled'))).toBe(true); // pressing again does nothing
      await snap(page, 'batches-cancelling');
      await release(page);
      await page.getByText('Stopped after 2 of 3 batches').waitFor();
      expect(await harness(page)).toEqual({ waiting: 0, sheets: ['Sheet1', 'Run 1 batch 1', 'Run 1 batch 2'] });
      expect(await cancel.isVisible()).toBe(false);
      expect(await progressBar(page).count()).toBe(0);
      await snap(page, 'batches-cancelled');

      // Without Cancel every batch runs.
      await button(page, 'Run 3 batches').click();
      for (let i = 0; i < 3; i++) {
        await batchWaiting(page);
        await release(page);
      }
      await page.getByText('All 3 batches done').waitFor();
      expect((await harness(page)).sheets).toEqual([
        'Sheet1',
        'Run 1 batch 1',
        'Run 1 batch 2',
        'Run 2 batch 1',
        'Run 2 batch 2',
        'Run 2 batch 3',
      ]);
      await expectClean(session);
    });

    test('when Excel answers after the timeout, the work stops there and asks nothing', async () => {
      const session = await openWithClock('e2e/harness.html');
      const { page } = session;
      await openTab(page, 'Slow Excel');
      await page.evaluate(() => {
        (window as unknown as { __harness: import('./harness').Harness }).__harness.holdSyncs = true;
      });
      await button(page, 'Ask after a slow sync').click();
      await batchWaiting(page);
      await page.clock.fastForward('01:01');
      await page.locator('#slow-status').getByText('Excel stopped responding').waitFor();

      await release(page); // Excel answers at last
      await page.clock.runFor(1000);
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      expect(await page.locator('#slow-question').isVisible()).toBe(false);
      expect(await page.locator('#slow-status').textContent()).toContain('Excel stopped responding');
      expect(await harness(page)).toMatchObject({ waiting: 0 });
      await expectClean(session); // and no unhandled rejection from the stopped work
    });
  });
});
