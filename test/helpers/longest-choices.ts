/**
 * Fills every empty cell that has a typed-in dropdown with the dropdown's longest choice, as a user could:
 * the page tests then see whether every choice fits its cell on paper ("Not yet at Level 1" once wrapped
 * and lost its "1"). Dropdowns drawing on a range of cells are left empty.
 */
import { parseRange } from '../../src/sheets/a1';
import { WorkbookSpec } from '../../src/sheets/model';

export function withLongestChoices(spec: WorkbookSpec): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) => {
      const rows = sheet.rows.map((row) => [...row]);
      for (const v of sheet.validations) {
        if ((v.kind ?? 'list') !== 'list' || !('values' in v) || v.source || v.values.length === 0) continue;
        const longest = v.values.reduce((a, b) => (b.length > a.length ? b : a));
        const r = parseRange(v.range);
        for (let row = r.row; row <= r.lastRow; row++) {
          rows[row] = rows[row] ?? [];
          for (let col = r.col; col <= r.lastCol; col++)
            if (rows[row][col] === null || rows[row][col] === undefined || rows[row][col] === '')
              rows[row][col] = longest;
        }
      }
      return { ...sheet, rows };
    }),
  };
}

/** What a site lead might type into a free-text box. */
export const TYPED_TEXT = 'Typed in by the site lead.';

/**
 * Fills every empty named field that has no rule of its own (a free-text box, such as a report field) with
 * TYPED_TEXT, as a filled-in form prints: the page tests then see each box's text on the page of its label.
 */
export function withTypedText(spec: WorkbookSpec): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) => {
      const rows = sheet.rows.map((row) => [...row]);
      const ruled = sheet.validations.map((v) => parseRange(v.range));
      for (const name of spec.names.filter((n) => n.sheet === sheet.name)) {
        const { row, col } = parseRange(name.range.replace(/\$/g, ''));
        const inRule = ruled.some((r) => row >= r.row && row <= r.lastRow && col >= r.col && col <= r.lastCol);
        const empty = rows[row]?.[col] === null || rows[row]?.[col] === undefined || rows[row]?.[col] === '';
        if (inRule || !empty || (sheet.formulas ?? []).some((f) => f.cell === name.range)) continue;
        rows[row] = rows[row] ?? [];
        rows[row][col] = TYPED_TEXT;
      }
      return { ...sheet, rows };
    }),
  };
}
