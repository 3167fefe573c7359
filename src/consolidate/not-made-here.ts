/**
 * Why a workbook given to the programme or team view holds nothing it can use, in words its user can act
 * on. It names every visible sheet, the checker's "Check results" included: a workbook of check results
 * holds no return or outline, and is told so like any other, never as a workbook with "no sheets".
 */
import { WorkbookGrid } from '../grid/grid';

/** `what`: "monthly report", "KSF outline"; `remedy`: what to do, as a sentence. */
export function notMadeHere(grid: WorkbookGrid, what: string, remedy: string): string {
  const visible = grid.sheets.filter((s) => s.state === 'visible');
  const sheets = visible.length
    ? ` (its sheets: ${visible.map((s) => `"${s.name}"`).join(', ')})`
    : ', and has no sheets that can be seen';
  return `This workbook holds no ${what} made by the STR Toolkit${sheets}. ${remedy}`;
}
