/**
 * A band of a sheet's rows, for a sheet too large for one request (a results sheet with thousands of
 * findings): the band holds what starts in its rows. The first band also carries what belongs to the whole
 * sheet (columns, freeze, table, print set-up, tab colour, whole-column ranges); the last, what must come
 * after every write (hiding, protection). render.ts queues a band; chunk-placement.ts sizes bands with the
 * same view, so what is estimated is what is sent.
 */
import { SheetSpec } from '../sheets/model';
import { parseRange } from '../sheets/a1';

/** Rows [from, to) of a sheet, 0-based. */
export interface RowBand {
  from: number;
  to: number;
}

/** The whole sheet as one band. */
export function wholeSheet(spec: SheetSpec): RowBand {
  return { from: 0, to: Math.max(spec.rows.length, 1) };
}

export function isFirstBand(band: RowBand): boolean {
  return band.from === 0;
}

export function isLastBand(spec: SheetSpec, band: RowBand): boolean {
  return band.to >= wholeSheet(spec).to;
}

/**
 * The spec as far as `band` writes it: its rows (`rows` start at band.from), and the styles, formats,
 * heights, merges, validations, links, notes and page breaks whose first row is in it. Addresses stay as
 * they are (absolute); only `rows` is cut.
 */
export function bandOf(spec: SheetSpec, band: RowBand): SheetSpec {
  if (band.from === 0 && isLastBand(spec, band)) return spec;
  const first = isFirstBand(band);
  const inBand = (address: string) => {
    const row = firstRow(address);
    return row === null ? first : row >= band.from && row < band.to;
  };
  const rowInBand = (row: number) => row >= band.from && row < band.to;
  return {
    ...spec,
    rows: spec.rows.slice(band.from, band.to),
    columns: first ? spec.columns : [],
    styles: spec.styles.filter((s) => inBand(s.range)),
    merges: spec.merges.filter(inBand),
    freeze: first ? spec.freeze : undefined,
    table: first ? spec.table : undefined,
    validations: spec.validations.filter((v) => inBand(v.range)),
    formulas: spec.formulas?.filter((f) => inBand(f.cell)),
    conditionalFormats: spec.conditionalFormats?.filter((f) => inBand(f.range)),
    notes: spec.notes?.filter((n) => inBand(n.cell)),
    links: spec.links?.filter((l) => inBand(l.cell)),
    pageBreaks: spec.pageBreaks?.filter(rowInBand),
    rowHeights: Object.fromEntries(Object.entries(spec.rowHeights ?? {}).filter(([row]) => rowInBand(Number(row)))),
    protect: isLastBand(spec, band) ? spec.protect : undefined,
    hidden: isLastBand(spec, band) ? spec.hidden : undefined,
    tabColor: first ? spec.tabColor : undefined,
  };
}

/** 0-based first row of "B7", "B7:D9" or "7:9"; null for whole columns ("A:C"). */
function firstRow(address: string): number | null {
  if (!/\d/.test(address)) return null;
  if (/^\d+(:\d+)?$/.test(address)) return Number(address.split(':')[0]) - 1;
  return parseRange(address).row;
}
