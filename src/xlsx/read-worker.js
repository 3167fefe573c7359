// Worker thread: loads one .xlsx with exceljs and returns its cells as a WorkbookGrid (src/grid/grid.ts).
// Plain JavaScript so it runs the same under jest and from dist-cli; the pool gives it a memory cap.
const { parentPort } = require('worker_threads');
const ExcelJS = require('exceljs');
const ProtectionXform = require('exceljs/lib/xlsx/xform/style/protection-xform');

/**
 * An xsd:boolean may be written "1"/"0" (Excel, exceljs) or "true"/"false" (LibreOffice), but exceljs only
 * knows "0" for an unlocked cell and "1" for a hidden one: a form saved by LibreOffice would read as all locked,
 * so every typed entry would look like an edited label. Parse both spellings, in this worker only.
 */
const xsdBoolean = (value, fallback) =>
  value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : fallback;
ProtectionXform.prototype.parseOpen = function parseOpen(node) {
  const model = {
    locked: xsdBoolean(node.attributes.locked, true),
    hidden: xsdBoolean(node.attributes.hidden, false),
  };
  // As exceljs does: keep only a protection that differs from the defaults.
  this.model = !model.locked || model.hidden ? model : null;
};

const XLSX = require('exceljs/lib/xlsx/xlsx');

/**
 * openpyxl (and some other writers) give a sheet's parts as absolute targets ("/xl/tables/table1.xml") and
 * keep notes in xl/comments/comment1.xml; exceljs looks parts up only by the relative name Excel writes, so
 * it fails on such a file with "Cannot read properties of undefined". Make absolute targets relative to the
 * sheet, and drop the notes' relationships: the grid never reads notes.
 */
const NOTE_RELATIONSHIPS = new Set([XLSX.RelType.Comments, XLSX.RelType.VmlDrawing]);
const processSheetRels = XLSX.prototype._processWorksheetRelsEntry;
XLSX.prototype._processWorksheetRelsEntry = async function relativeSheetRels(stream, model, sheetNo) {
  await processSheetRels.call(this, stream, model, sheetNo);
  model.worksheetRels[sheetNo] = (model.worksheetRels[sheetNo] || [])
    .filter((rel) => !NOTE_RELATIONSHIPS.has(rel.Type))
    .map((rel) =>
      rel.TargetMode !== 'External' && /^\/xl\//.test(rel.Target || '')
        ? { ...rel, Target: `../${rel.Target.slice('/xl/'.length)}` }
        : rel,
    );
};

const Worksheet = require('exceljs/lib/doc/worksheet');

/**
 * exceljs turns each merged range into linked cell objects, checking every new merge against all earlier
 * ones, which is about a tenth of loading a monthly report (131 merges). The grid needs only the ranges,
 * so in this worker keep them as written and let toGrid skip the covered cells itself.
 */
Worksheet.prototype._parseMergeCells = function keepMergeRanges(model) {
  this.gridMerges = (model.mergeCells || []).map((ref) => String(ref).replace(/\$/g, '').toUpperCase());
};

const columnNumber = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * Says whether a cell lies under a merge other than at its top-left, the one cell that shows the value.
 * Compared against each range rather than listing covered cells, so a merge over a whole sheet costs nothing.
 */
function coveredBy(merges) {
  const areas = [];
  for (const range of merges) {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (match) {
      areas.push({
        left: columnNumber(match[1]),
        top: Number(match[2]),
        right: columnNumber(match[3]),
        bottom: Number(match[4]),
      });
    }
  }
  return (row, col) =>
    areas.some(
      (a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right && (row > a.top || col > a.left),
    );
}

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
 * so catch the names, with their sheet, as exceljs parses xl/workbook.xml (as local-names.ts does).
 * This wraps the parser on this workbook's reader only, and reads localSheetId against the sheets in the
 * order xl/workbook.xml lists them, which is what it counts.
 */
function keepDefinedNames(workbook) {
  let names = [];
  const xlsx = workbook.xlsx;
  const parseWorkbook = xlsx.parseWorkbook;
  xlsx.parseWorkbook = async function (stream) {
    const parsed = await parseWorkbook.call(this, stream);
    // localSheetId counts sheets in the order xl/workbook.xml lists them.
    const sheets = (parsed && parsed.sheets) || [];
    names = ((parsed && parsed.definedNames) || [])
      // exceljs turns these two into page setup, not names; leave them out as it does.
      .filter((n) => n.name !== '_xlnm.Print_Area' && n.name !== '_xlnm.Print_Titles')
      .map((n) => {
        const sheet = n.localSheetId === undefined ? undefined : sheets[n.localSheetId];
        return { name: n.name, ranges: n.ranges || [], scope: sheet ? sheet.name : null };
      });
    return parsed;
  };
  return () => names;
}

function toGrid(workbook, fileNames) {
  const sheets = workbook.worksheets.map((ws) => {
    const cells = Object.create(null);
    const merges = ws.gridMerges || [];
    const covered = coveredBy(merges);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (covered(cell.row, cell.col)) return;
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
      merges,
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

async function read({ id, bytes }) {
  try {
    const workbook = new ExcelJS.Workbook();
    const names = keepDefinedNames(workbook);
    // A view of the bytes sent, not a copy (Buffer.from(aUint8Array) would copy the whole file).
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // JSON text crosses threads far faster than a structured clone of many small cell objects.
    parentPort.postMessage({ id, json: JSON.stringify(toGrid(workbook, names())) });
  } catch (error) {
    // A TypeError and its kin are exceljs tripping over a damaged part; their words mean nothing to a user.
    const internal = error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError;
    const detail = error && error.message ? String(error.message) : String(error);
    parentPort.postMessage({ id, error: internal ? '' : detail });
  }
}

// One file at a time, in the order sent: the pool queues the next file here before this one is done,
// and matches each answer to the oldest file it sent; it also keeps one workbook per heap cap.
let reading = Promise.resolve();
parentPort.on('message', (message) => {
  reading = reading.then(() => read(message));
});
