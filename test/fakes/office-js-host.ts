/**
 * A test host built on Microsoft's own Excel client library (@microsoft/office-js,
 * excel-web-16.00.debug.js, loaded under Node): the add-in's code talks to a real `Excel.RequestContext`
 * whose requests office-js-executor.ts applies to the fake's in-memory workbook, with Excel's limits
 * enforced. The end-to-end tests run the same executor in the browser (test/e2e/fake-host.ts).
 */
import { readFileSync } from 'fs';
import { Script, constants as vmConstants, createContext } from 'vm';
import { FakeExcel } from './fake-excel';
import { addPasswordProtected, ExcelLibrary, ExcelOnFake } from './office-js-executor';

export { EXCEL_WEB_PAYLOAD_LIMIT } from './office-js-executor';
export type { RequestBody, RequestStat } from './office-js-executor';

let library: ExcelLibrary | undefined;

/**
 * Microsoft's library, loaded once per test file in a context of its own. The library only needs a
 * `window` (itself), `navigator`, `document` and `location` to load; Error and Promise are shared so
 * its errors are `instanceof Error` in the tests' realm.
 */
function excelLibrary(): ExcelLibrary {
  if (library) return library;
  const file = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
  const globals = libraryGlobals();
  Object.assign(globals, {
    console,
    setTimeout,
    clearTimeout,
    Error,
    TypeError,
    Promise,
    navigator: { userAgent: 'node' },
    document: { getElementsByTagName: () => [], createElement: () => ({}), readyState: 'complete', cookie: '' },
    location: { href: 'https://localhost/', search: '', hash: '', protocol: 'https:', host: 'localhost' },
  });
  globals.window = globals;
  globals.self = globals;
  new Script(readFileSync(file, 'utf8'), { filename: file }).runInContext(globals);
  library = globals as unknown as ExcelLibrary;
  addPasswordProtected(library);
  return library;
}

/**
 * The global object of a new context for the library. Where Node offers it (20.18 and later), that global is
 * an ordinary object (DONT_CONTEXTIFY), whose globals the library looks up as fast as a script's own; a context
 * made from a plain object (as `createContext(undefined)` makes on older Node) answers every lookup of a
 * global name (OSF, Excel, Object…) through Node's interceptor, about 400 times slower in a loop (measured).
 */
function libraryGlobals(): Record<string, unknown> {
  return createContext(vmConstants?.DONT_CONTEXTIFY) as Record<string, unknown>;
}

/** The executor over `fake`'s workbook, on the library loaded under Node. */
export class OfficeJsHost extends ExcelOnFake {
  constructor(fake: FakeExcel = new FakeExcel()) {
    super(fake, excelLibrary());
  }
}

const hosts = new WeakMap<FakeExcel, OfficeJsHost>();

/** The host over `fake`'s workbook: one per fake, as `fake.asContext()` was one context per fake. */
export function officeJsHost(fake: FakeExcel): OfficeJsHost {
  const made = hosts.get(fake) ?? new OfficeJsHost(fake);
  hosts.set(fake, made);
  return made;
}

/** A request context of Microsoft's library over `fake`'s workbook. */
export function officeJsContext(fake: FakeExcel): Excel.RequestContext {
  return officeJsHost(fake).context;
}
