/**
 * Can this Office run the toolkit? Decided before any view is shown, from what Office.onReady and
 * Office.context report, so a person on an old Excel reads which Excel they need instead of meeting
 * a failure later. Takes plain values, not the Office global, so it is unit-tested.
 */
import { Message, NEEDS_NEWER_EXCEL, NOT_IN_EXCEL } from './messages';

/** The lowest Excel API set the toolkit uses (page layout for printable sheets); manifest.xml asks for it too. */
export const EXCEL_API = { name: 'ExcelApi', version: '1.9' } as const;

export interface OfficeInfo {
  /** Office.onReady reported Excel as the host (it reports none when the page is opened in a plain browser). */
  inExcel: boolean;
  /** Office.context.requirements, when Office provides it. */
  requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
}

/** Why the toolkit cannot run here, in plain words, or null when it can. */
export function blockingMessage(info: OfficeInfo): Message | null {
  if (!info.inExcel) return NOT_IN_EXCEL;
  // The manifest already asks for this set; the check covers Excel builds that load the add-in anyway.
  if (!info.requirements?.isSetSupported(EXCEL_API.name, EXCEL_API.version)) return NEEDS_NEWER_EXCEL;
  return null;
}
