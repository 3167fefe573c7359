/** `str-toolkit framework -o FILE.xlsx [--force]`: the whole competence framework as a workbook. */
import { buildFrameworkWorkbook, frameworkStamp } from '../sheets/framework-sheets';
import { writeWorkbookFile } from '../xlsx/write-workbook';
import { UserError } from './user-error';

export const FRAMEWORK_HELP = `Usage: str-toolkit framework -o FILE.xlsx [--force]

Writes the national STR Competence Framework (Appendix B and its reference lists)
as a new Excel workbook.

  -o, --out FILE   the workbook to write (.xlsx)
  --force          replace FILE if it already exists`;

export interface FrameworkOptions {
  out?: string;
  force?: boolean;
}

export async function frameworkCommand(options: FrameworkOptions, log: (line: string) => void): Promise<number> {
  if (!options.out) throw new UserError(`Say where to write the workbook with -o FILE.xlsx.\n\n${FRAMEWORK_HELP}`);
  if (!/\.xlsx$/i.test(options.out)) throw new UserError(`The output file must end in .xlsx: ${options.out}`);
  const spec = buildFrameworkWorkbook();
  await writeWorkbookFile(options.out, spec, frameworkStamp(new Date()), options.force === true);
  log(`Wrote ${options.out}: ${spec.sheets.map((s) => s.name).join(', ')}.`);
  return 0;
}
