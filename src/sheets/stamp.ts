/**
 * Every generated sheet is recorded on a hidden registry sheet, so later checks know what they are
 * reading and re-inserts know which sheets the toolkit made (and may offer to replace).
 */
import { CellValue } from './model';

export const REGISTRY_SHEET = 'STR Toolkit Info';
/** Workbook-level defined name over the registry's columns. */
export const REGISTRY_NAME = 'STR_Toolkit_Stamp';
export const REGISTRY_HEADER = [
  'Sheet',
  'Document',
  'Template',
  'Template version',
  'Toolkit version',
  'Framework edition',
  'Generated (UTC)',
  'Labels hash',
] as const;
export const REGISTRY_RANGE = 'A:H';

export interface StampEntry {
  sheet: string;
  /** What kind of document the sheet is, e.g. "framework". */
  document: string;
  template: string;
  templateVersion: string;
  toolkitVersion: string;
  frameworkEdition: string;
  /** ISO 8601 timestamp. */
  generated: string;
  /** Fingerprint of the sheet's labels at generation (label-hash.ts); empty when not recorded. */
  labelsHash?: string;
}

export function stampRow(entry: StampEntry): CellValue[] {
  return [
    entry.sheet,
    entry.document,
    entry.template,
    entry.templateVersion,
    entry.toolkitVersion,
    entry.frameworkEdition,
    entry.generated,
    entry.labelsHash ?? '',
  ];
}

/** Read registry rows (header included) back into entries; rows that are not entries are skipped. */
export function parseRegistry(values: CellValue[][]): StampEntry[] {
  const [header, ...rows] = values;
  if (!header || String(header[0] ?? '') !== REGISTRY_HEADER[0]) return [];
  return rows
    .filter((row) => row.length >= 2 && String(row[0] ?? '') !== '')
    .map((row) => {
      const text = (i: number) => String(row[i] ?? '');
      return {
        sheet: text(0),
        document: text(1),
        template: text(2),
        templateVersion: text(3),
        toolkitVersion: text(4),
        frameworkEdition: text(5),
        generated: text(6),
        labelsHash: text(7),
      };
    });
}
