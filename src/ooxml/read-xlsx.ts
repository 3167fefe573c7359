/**
 * The toolkit's one workbook reader: an .xlsx file's bytes into the host-neutral grid (src/grid/grid.ts), for
 * the task pane (a file the user picks, read in the browser) and the command line (in a worker thread with a
 * memory cap and a time limit, src/xlsx/read-worker.ts). It reads what the checker and consolidation need:
 * values, formulas, hyperlinks, unlocked cells, dates, merges, sheet states and defined names with their scope.
 *
 * The bytes are checked first (preflight.ts), unpacking each part once as it is checked, so every host refuses
 * the same files in the same words and the XML parser never sees a DOCTYPE, a zip bomb or a sheet over the row
 * limit (declared or counted). Each part is then read in one streaming pass (sax.ts), never as a tree.
 */
import { GridName, GridSheet, WorkbookGrid } from '../grid/grid';
import { parseRangeName } from '../grid/range-name';
import { DEFAULT_LIMITS, PreflightLimits, unpackChecked } from './preflight';
import { XlsxReadError } from './read-error';
import { parseXml, XmlHandler, XmlSyntaxError } from './sax';
import { sheetPart } from './sheet-part';
import {
  cellStyles,
  DefinedNameEntry,
  ReadPart,
  relationshipTargets,
  sharedStrings,
  workbookPart,
} from './workbook-parts';

export { XlsxReadError } from './read-error';

export interface ReadOptions {
  limits?: PreflightLimits;
}

/** The parts a grid needs: the workbook, its sheets and their relationships, shared strings and styles. */
const NEEDED =
  /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/(_rels\/)?[^/]+)$/;
const STATES = new Set(['visible', 'hidden', 'veryHidden']);
const EMPTY = new Uint8Array(0);

export function readXlsx(bytes: Uint8Array, options: ReadOptions = {}): WorkbookGrid {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const checked = unpackChecked(bytes, limits, (name) => NEEDED.test(name));
  if (!checked.ok) throw new XlsxReadError(checked.problem, checked.message);
  const parts = checked.parts;
  /** The part's reader, or null when the file has no such part. */
  const part = (path: string): ReadPart | null => {
    const pieces = parts.get(path);
    if (!pieces) return null;
    // Read once: its pieces are let go as soon as it is parsed.
    parts.delete(path);
    return (handler) => parsePieces(path, pieces, handler);
  };
  const workbookXml = part('xl/workbook.xml');
  if (!workbookXml)
    throw new XlsxReadError('no-workbook', 'This is a zip file, but there is no Excel workbook inside it.');
  const workbook = workbookPart(workbookXml);
  const targets = relationshipTargets(part('xl/_rels/workbook.xml.rels'), 'xl/');
  const strings = sharedStrings(part('xl/sharedStrings.xml'));
  const styles = cellStyles(part('xl/styles.xml'));
  const sheets = workbook.sheets.map((entry): GridSheet => {
    const name = entry.name;
    const state = STATES.has(entry.state) ? (entry.state as GridSheet['state']) : 'visible';
    const path = targets.get(entry.id) ?? '';
    const xml = part(path);
    if (!xml) return { name, state, cells: Object.create(null), merges: [] };
    const linkTargets = relationshipTargets(part(relsPathOf(path)), '');
    return { name, state, ...sheetPart(xml, { path, strings, styles, linkTargets }) };
  });
  return { sheets, names: definedNames(workbook.names, sheets) };
}

/** Parses a part's unpacked pieces in one pass, decoding each as it comes, so the part is never one string. */
function parsePieces(path: string, pieces: Uint8Array[], handler: XmlHandler): void {
  function* decoded(): Generator<string> {
    const decoder = new TextDecoder();
    for (let i = 0; i < pieces.length; i++) {
      yield decoder.decode(pieces[i], { stream: i < pieces.length - 1 });
      pieces[i] = EMPTY;
    }
  }
  try {
    parseXml(decoded(), handler);
  } catch (error) {
    if (error instanceof XmlSyntaxError)
      throw new XlsxReadError(
        'unreadable',
        `The workbook could not be read: part ${path} of the workbook is damaged. Open it in Excel, save it as .xlsx, and try again.`,
      );
    throw error;
  }
}

function relsPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}

function definedNames(entries: DefinedNameEntry[], sheets: GridSheet[]): GridName[] {
  const names: GridName[] = [];
  for (const entry of entries) {
    const scope = entry.localSheetId === null ? null : (sheets[entry.localSheetId]?.name ?? null);
    for (const ref of entry.formula.split(',')) {
      // Only names that point at cells matter to the checker (constants and formulas are left out).
      const parsed = parseRangeName(ref.trim());
      if (parsed) names.push({ name: entry.name, ...parsed, scope });
    }
  }
  return names;
}
