/** `str-toolkit framework -o FILE.xlsx [--force]`: the whole competence framework as a workbook. */
import { buildFrameworkWorkbook, frameworkStamp } from '../sheets/framework-sheets';
import { backupNotice } from '../xlsx/safe-write';
import { writeWorkbookFile } from '../xlsx/write-workbook';
import { Command } from './command';
import { requireXlsxOut } from './options';

export const frameworkCommand: Command = {
  name: 'framework',
  summary: 'write the whole competence framework to a new workbook',
  help: `Usage: str-toolkit framework -o FILE.xlsx [--force]

Writes the national STR Competence Framework (Appendix B and its reference lists)
as a new Excel workbook.

  -o, --out FILE   the workbook to write (.xlsx)
  --force          replace FILE if it already exists`,
  options: {
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  async run(values, _positionals, io) {
    const out = requireXlsxOut(values.out, this.help);
    const spec = buildFrameworkWorkbook();
    const backup = await writeWorkbookFile(out, spec, frameworkStamp(new Date()), values.force === true);
    if (backup) io.error(backupNotice(out, backup));
    io.log(`Wrote ${out}: ${spec.sheets.map((s) => s.name).join(', ')}.`);
    return 0;
  },
};
