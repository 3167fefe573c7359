// Worker thread: loads one .xlsx with exceljs and returns its cells as a WorkbookGrid (src/grid/grid.ts).
// Plain JavaScript so it runs the same under jest and from dist-cli; the pool gives it a memory cap.
const { parentPort } = require('worker_threads');
const ExcelJS = require('exceljs');

const STATES = new Set(['visible', 'hidden', 'veryHidden']);

function isoDate(date) {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** One exceljs cell value → { kind, value, formula?, hyperlink? }. */
function gridCell(cell) {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return { kind: 'n', value: v };
  if (typeof v === 'string') return { kind: 's', value: v };
  if (typeof v === 'boolean') return { kind: 'b', value: v };
  if (v instanceof Date) return { kind: 'd', value: isoDate(v) };
  if (typeof v === 'object') {
    if ('error' in v) return { kind: 'e', value: String(v.error) };
    if ('richText' in v) return { kind: 's', value: v.richText.map((r) => r.text).join('') };
    if ('hyperlink' in v) {
      const text =
        typeof v.text === 'object' && v.text && 'richText' in v.text
          ? v.text.richText.map((r) => r.text).join('')
          : v.text;
      return { kind: 's', value: text === undefined ? '' : String(text), hyperlink: String(v.hyperlink) };
    }
    if ('formula' in v || 'sharedFormula' in v) {
      const formula = cell.formula || v.formula || v.sharedFormula || '';
      const result = v.result;
      const base =
        result === undefined || result === null
          ? { kind: 'empty', value: null }
          : result instanceof Date
            ? { kind: 'd', value: isoDate(result) }
            : typeof result === 'object' && 'error' in result
              ? { kind: 'e', value: String(result.error) }
              : { kind: typeof result === 'number' ? 'n' : typeof result === 'boolean' ? 'b' : 's', value: result };
      return { ...base, formula: String(formula) };
    }
  }
  return { kind: 's', value: String(v) };
}

/**
 * exceljs keeps one of several same-named sheet-scoped names (every month's sheet has EO1_SelfRating),
 * so catch the names, with their sheet, as the file model is handed to the workbook (as local-names.ts does).
 */
function keepDefinedNames(workbook) {
  let names = [];
  let proto = Object.getPrototypeOf(workbook);
  while (proto && !Object.getOwnPropertyDescriptor(proto, 'model')) proto = Object.getPrototypeOf(proto);
  const base = Object.getOwnPropertyDescriptor(proto, 'model');
  Object.defineProperty(workbook, 'model', {
    configurable: true,
    get() {
      return base.get.call(this);
    },
    set(value) {
      const sheets = value.worksheets || [];
      names = (value.definedNames || []).map((n) => {
        const sheet = n.localSheetId === undefined ? undefined : sheets[n.localSheetId];
        return { name: n.name, ranges: n.ranges || [], scope: sheet ? sheet.name : null };
      });
      base.set.call(this, value);
    },
  });
  return () => names;
}

function toGrid(workbook, fileNames) {
  const sheets = workbook.worksheets.map((ws) => {
    const cells = Object.create(null);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const g = gridCell(cell);
        if (!g) return;
        if (cell.protection && cell.protection.locked === false) g.unlocked = true;
        cells[cell.address] = g;
      });
    });
    return {
      name: ws.name,
      state: STATES.has(ws.state) ? ws.state : 'visible',
      cells,
      merges: (ws.model && ws.model.merges) || [],
    };
  });
  const names = [];
  for (const defined of fileNames) {
    for (const ref of defined.ranges || []) {
      const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(ref);
      names.push({
        name: defined.name,
        sheet: match ? (match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]) : null,
        range: match ? match[3].replace(/\$/g, '') : null,
        scope: defined.scope,
      });
    }
  }
  return { sheets, names };
}

parentPort.on('message', async ({ id, bytes }) => {
  try {
    const workbook = new ExcelJS.Workbook();
    const names = keepDefinedNames(workbook);
    await workbook.xlsx.load(Buffer.from(bytes));
    // JSON text crosses threads far faster than a structured clone of many small cell objects.
    parentPort.postMessage({ id, json: JSON.stringify(toGrid(workbook, names())) });
  } catch (error) {
    parentPort.postMessage({ id, error: error && error.message ? String(error.message) : String(error) });
  }
});
