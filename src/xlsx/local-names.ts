/**
 * Sheet-scoped defined names for exceljs. exceljs keeps defined names in one workbook-wide map keyed by
 * name, so "EO1_SelfRating" on twelve month sheets would become one name with twelve areas. Excel stores a
 * sheet's own names as <definedName localSheetId="n">; we add those to the model exceljs serialises, at
 * write time, when the sheet order is final. (Reading is the toolkit's own reader's: src/ooxml/read-xlsx.ts.)
 */
import type ExcelJS from 'exceljs';
import { DefinedName } from '../sheets/model';
import { quoteSheetName } from '../sheets/sheet-names';

interface ModelName {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

const pending = new WeakMap<ExcelJS.Workbook, DefinedName[]>();

export function addSheetScopedNames(workbook: ExcelJS.Workbook, names: DefinedName[]): void {
  if (names.length === 0) return;
  const known = pending.get(workbook);
  if (known) {
    known.push(...names);
    return;
  }
  pending.set(workbook, [...names]);
  const base = findModelProperty(workbook);
  Object.defineProperty(workbook, 'model', {
    configurable: true,
    get(this: ExcelJS.Workbook) {
      const model = base.get!.call(this) as { definedNames: ModelName[] };
      const order = this.worksheets.map((ws) => ws.name);
      const local = (pending.get(this) ?? []).map((n) => {
        const index = order.indexOf(n.sheet);
        if (index < 0) throw new Error(`The name ${n.name} is on a sheet that is not in the workbook: ${n.sheet}`);
        // A name of several areas ("A:B,3:3", print titles) names the sheet in each.
        const ranges = n.range.split(',').map((area) => `${quoteSheetName(n.sheet)}!${absoluteRange(area)}`);
        return { name: n.name, localSheetId: index, ranges };
      });
      return { ...model, definedNames: [...model.definedNames, ...local] };
    },
    set(this: ExcelJS.Workbook, value: unknown) {
      base.set!.call(this, value);
    },
  });
}

function findModelProperty(workbook: ExcelJS.Workbook): PropertyDescriptor {
  for (let proto = Object.getPrototypeOf(workbook); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'model');
    if (descriptor?.get && descriptor.set) return descriptor;
  }
  throw new Error('This exceljs version has no Workbook.model property; sheet-scoped names cannot be written.');
}

/** "B3:D9" → "$B$3:$D$9"; whole rows "3:4" → "$3:$4"; whole columns "A:B" → "$A:$B". */
export function absoluteRange(range: string): string {
  return range
    .split(':')
    .map((part) =>
      part
        .replace(/^\$?([A-Z]+)\$?(\d+)$/, '$$$1$$$2')
        .replace(/^\$?(\d+)$/, '$$$1')
        .replace(/^\$?([A-Z]+)$/, '$$$1'),
    )
    .join(':');
}
