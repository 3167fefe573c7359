/**
 * Browser-only stand-in for office.js in the end-to-end tests. The test serves this bundle in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js, so the built pages run unchanged against
 * `Office` (just what the pages use) and Microsoft's own `Excel` client library (build.ts puts
 * excel-web-16.00.js at the top of this bundle), whose requests go to the typed FakeExcel's
 * workbook through the same executor as the jest tests' (office-js-executor.ts), Excel's limits
 * included. The test chooses the scenario with page.addInitScript (window.__fakeHostOptions) and
 * reads the outcome from window.__fake.
 */
import { FakeExcel, FakeExcelOptions } from '../fakes/fake-excel';
import { addPasswordProtected, ExcelLibrary, ExcelOnFake } from '../fakes/office-js-executor';
import { fillAll, monthSheets } from '../excel/check-fill';
import type { Values } from '../check/monthly/fixture';

export interface FakeHostOptions {
  excel?: FakeExcelOptions;
  /** Highest ExcelApi version this Excel supports (default 1.17, a current Microsoft 365). */
  excelApi?: string;
  /** The host Office.onReady reports: Excel, or none as in a plain browser. */
  inExcel?: boolean;
  /** Office's theme colours: light, dark, or none (as in Excel on the web). */
  theme?: 'light' | 'dark' | 'none';
}

export interface FakeHost {
  excel: FakeExcel;
  /** Every call to Office.context.document.settings, as "method key". */
  settingsCalls: string[];
  /** Ribbon functions registered with Office.actions.associate. */
  actions: Record<string, (event: { completed(): void }) => unknown>;
  /** Addresses the page asked Office to open as dialogs. */
  dialogs: string[];
  sheetNames(): string[];
  /**
   * Fills every monthly report sheet as a site lead would, with good values, except `bad[sheet]`
   * (named fields, e.g. { "ET1_SelfRating": 2 }), typed straight into the cells as a paste would be.
   */
  fillReturns(bad?: Record<string, Values>): string[];
}

declare global {
  interface Window {
    __fakeHostOptions?: FakeHostOptions;
    __fake: FakeHost;
  }
}

const options = window.__fakeHostOptions ?? {};
const excel = new FakeExcel(options.excel);

/** "1.10" > "1.9": compare version parts as numbers. */
function atLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

const THEMES = {
  light: {
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#000000',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#000000',
  },
  dark: {
    bodyBackgroundColor: '#292929',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#3B3B3B',
    controlForegroundColor: '#FFFFFF',
  },
};

const fake: FakeHost = {
  excel,
  settingsCalls: [],
  actions: {},
  dialogs: [],
  sheetNames: () => excel.model.sheets.map((s) => s.name),
  fillReturns(bad = {}) {
    const sheets = monthSheets(excel);
    fillAll(excel, sheets, bad);
    return sheets;
  },
};
window.__fake = fake;

const info = { host: options.inExcel === false ? null : 'Excel', platform: 'OfficeOnline' };
const record =
  (method: string) =>
  (key?: unknown): null => {
    fake.settingsCalls.push(`${method} ${String(key ?? '')}`);
    return null;
  };

const office = {
  HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
  PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  onReady(callback?: (value: typeof info) => void) {
    // Like office.js: ready asynchronously, after the page's scripts have run.
    return new Promise<typeof info>((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
  context: {
    requirements: {
      isSetSupported: (name: string, version = '1.1') =>
        name === 'ExcelApi' && atLeast(options.excelApi ?? '1.17', version),
    },
    officeTheme: options.theme === 'none' ? undefined : THEMES[options.theme ?? 'light'],
    document: {
      settings: { get: record('get'), set: record('set'), remove: record('remove'), saveAsync: record('saveAsync') },
    },
    ui: {
      displayDialogAsync(url: string, _options: unknown, callback?: (result: { status: string }) => void) {
        fake.dialogs.push(url);
        // No dialog in the test browser: report failure, as Office does when a dialog cannot open.
        callback?.({ status: 'failed' });
      },
      messageParent: () => undefined,
    },
  },
  actions: {
    associate(name: string, action: FakeHost['actions'][string]) {
      fake.actions[name] = action;
    },
  },
};

// Microsoft's library, loaded just before this code, defined Excel and OfficeExtension on window.
const library = window as unknown as ExcelLibrary & { Excel: { run: ExcelOnFake['run'] } };
addPasswordProtected(library);
const onWorkbook = new ExcelOnFake(excel, library);
library.Excel.run = (batch) => onWorkbook.run(batch);
Object.assign(window, { Office: office });
