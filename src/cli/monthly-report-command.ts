/**
 * `str-toolkit monthly-report`: the national Implementation Site Monthly Report as a fill-in workbook, for one
 * site (-o FILE) or for every site of a programme (--sites FILE.csv --split DIR), 1 to 12 months each.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { MonthlyReportDefinition, NATIONAL_DEFINITION } from '../monthly/definition';
import { Month, addMonths, formatMonth, parseMonth } from '../monthly/month';
import { MAX_MONTHS, buildMonthlyReportWorkbook, monthlyReportStamp } from '../sheets/monthly-report-sheets';
import { backupNotice, writeNewFile } from '../xlsx/safe-write';
import { workbookBytes } from '../xlsx/write-workbook';
import { Command } from './command';
import { requireXlsxOut } from './options';
import { startProgress } from './progress';
import { SiteRow, parseSiteRows, siteFileStem } from '../staff/site-list';
import { readListFile } from '../xlsx/read-staff';
import { UserError } from '../errors';
import { existingFiles, keptList } from './existing-files';
import { counted } from '../words';

const HELP = `Usage: str-toolkit monthly-report --site NAME --lead NAME --month YYYY-MM [--months N] -o FILE.xlsx [--force]
       str-toolkit monthly-report --sites SITES.csv --split DIR --month YYYY-MM [--months N] [--skip-existing | --force]

Writes the national "Implementation Site Monthly Report" as a fill-in workbook, one sheet per month
(named like 2008-03). Yellow cells are the ones to fill in; everything else is protected.

  --site NAME        the site's name
  --lead NAME        the Programme Lead's name
  --month YYYY-MM    the first month, e.g. 2008-03
  --months N         how many months, one sheet each: 1 (the default) to ${MAX_MONTHS}
  -o, --out FILE     the workbook to write (.xlsx)
  --sites FILE       a whole programme: a .csv (or .xlsx) list with the columns Site and Lead,
                     one row per site; a row with a mistake is named and left out
  --split DIR        the folder to write the --sites workbooks to, one per site
  --skip-existing    with --split: make only the files that are not there yet, and list the
                     ones kept (they may be filled in already)
  --password P       a password to unprotect the sheets (default: protected without a password)
  --template FILE    a locally adapted form (JSON, like templates/monthly-report.json)
  --force            replace files that already exist; each one replaced is first kept as
                     "NAME (backup DATE TIME).xlsx"

Exit status: 0 all written; 1 written, but some rows of the --sites list were left out;
2 nothing written.`;

export const monthlyReportCommand: Command = {
  name: 'monthly-report',
  summary: 'write monthly site report forms for one site or a whole programme',
  help: HELP,
  options: {
    site: { type: 'string' },
    lead: { type: 'string' },
    month: { type: 'string' },
    months: { type: 'string' },
    out: { type: 'string', short: 'o' },
    sites: { type: 'string' },
    split: { type: 'string' },
    password: { type: 'string' },
    template: { type: 'string' },
    force: { type: 'boolean' },
    'skip-existing': { type: 'boolean' },
  },
  async run(values, _positionals, io) {
    const firstMonth = requireMonth(values.month);
    const months = requireMonthCount(values.months);
    const definition =
      typeof values.template === 'string' ? await loadDefinition(values.template) : NATIONAL_DEFINITION;
    const password = optionalText(values.password, '--password');
    const force = values.force === true;
    const skipExisting = values['skip-existing'] === true;
    if (force && skipExisting) throw new UserError('Give either --force or --skip-existing, not both.');
    if (skipExisting && values.split === undefined) throw new UserError('--skip-existing works with --split DIR.');
    const stamp = monthlyReportStamp(definition, new Date());
    const span =
      months === 1
        ? formatMonth(firstMonth)
        : `${formatMonth(firstMonth)} to ${formatMonth(addMonths(firstMonth, months - 1))}`;
    const common = { firstMonth, months, definition, password };

    if (values.sites !== undefined || values.split !== undefined) {
      if (values.site !== undefined || values.lead !== undefined || values.out !== undefined) {
        throw new UserError(
          `Use either --site, --lead and -o for one site, or --sites and --split for many, not both.\n\n${HELP}`,
        );
      }
      const list = requireText(values.sites, '--sites FILE.csv');
      const dir = requireText(values.split, '--split DIR');
      const file = await readListFile(list, 'list of sites');
      const { sites, problems } = parseSiteRows(file.values);
      for (const message of [...file.notices, ...problems]) io.error(`${list}: ${message}`);
      if (sites.length === 0) throw new UserError('No site could be read from the list, so nothing was written.');
      const planned = planFiles(sites, dir, firstMonth);
      const kept = skipExisting ? await existingFiles(planned.map((t) => t.file)) : [];
      const targets = planned.filter((t) => !kept.includes(t.file));
      if (!force && !skipExisting) await refuseExisting(targets.map((t) => t.file));
      const progress = startProgress(targets.length, io.stderrIsTTY, 'Monthly reports');
      try {
        for (const { site, file } of targets) {
          const spec = buildMonthlyReportWorkbook({ ...common, site: site.site, lead: site.lead });
          const backup = await writeNewFile(file, await workbookBytes(spec, stamp), force);
          if (backup) io.error(backupNotice(file, backup));
          progress.tick(site.site);
        }
      } finally {
        progress.stop();
      }
      io.log(
        `Wrote ${counted(targets.length, 'workbook')} to ${dir}, one per site, each with ${describeMonths(months, span)}.`,
      );
      if (kept.length > 0) io.log(keptList(kept));
      if (problems.length === 0) return 0;
      io.error(
        `${counted(problems.length, 'row')} of ${list} left out (see above); fix them and run again with --skip-existing.`,
      );
      return 1;
    }

    const out = requireXlsxOut(values.out, HELP);
    const site = requireText(values.site, '--site NAME');
    const lead = requireText(values.lead, '--lead NAME');
    const bytes = await workbookBytes(buildMonthlyReportWorkbook({ ...common, site, lead }), stamp);
    const backup = await writeNewFile(out, bytes, force);
    if (backup) io.error(backupNotice(out, backup));
    io.log(`Wrote ${out}: the monthly report for ${site}, ${describeMonths(months, span)}.`);
    return 0;
  },
};

function describeMonths(months: number, span: string): string {
  return months === 1 ? `one sheet (${span})` : `${months} sheets, one per month (${span})`;
}

function requireMonth(value: unknown): Month {
  const text = requireText(value, '--month YYYY-MM');
  const month = parseMonth(text);
  if (!month) throw new UserError(`--month must be a year and month like 2008-03, not "${text}".`);
  return month;
}

function requireMonthCount(value: unknown): number {
  if (value === undefined) return 1;
  const text = String(value).trim();
  const count = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(count >= 1 && count <= MAX_MONTHS))
    throw new UserError(`--months must be a whole number from 1 to ${MAX_MONTHS}, not "${text}".`);
  return count;
}

function requireText(value: unknown, option: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UserError(`Give ${option}.\n\n${HELP}`);
  return value.trim();
}

function optionalText(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  return requireText(value, option);
}

async function readText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `${file}: Not found: there is no such file.`
        : `Cannot read ${file}: ${(error as Error).message}`,
    );
  }
}

async function loadDefinition(file: string): Promise<MonthlyReportDefinition> {
  let data: unknown;
  try {
    data = JSON.parse(await readText(file));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  // Loaded only here: ajv is needed just to check a local definition.
  const { DefinitionError, validateDefinition } = await import('../monthly/validate-definition');
  try {
    return validateDefinition(data, file);
  } catch (error) {
    if (error instanceof DefinitionError) throw new UserError(error.message);
    throw error;
  }
}

/** One file per site, named after it; sites whose names make the same file name get -2, -3, … */
function planFiles(sites: SiteRow[], dir: string, firstMonth: Month): { site: SiteRow; file: string }[] {
  const used = new Set<string>();
  return sites.map((site) => {
    const stem = siteFileStem(site.site);
    let name = `${stem}-${formatMonth(firstMonth)}`;
    for (let n = 2; used.has(name); n++) name = `${stem}-${n}-${formatMonth(firstMonth)}`;
    used.add(name);
    return { site, file: path.join(dir, `${name}.xlsx`) };
  });
}

/** Refuse before writing anything, so a batch never stops half-way over someone's files. */
async function refuseExisting(files: string[]): Promise<void> {
  const existing = await existingFiles(files);
  if (existing.length === 0) return;
  const listed = existing.slice(0, 5).join(', ') + (existing.length > 5 ? ` and ${existing.length - 5} more` : '');
  throw new UserError(
    `${existing.length} of the files already exist (${listed}). Nothing was written. Add --skip-existing to make ` +
      'only the missing ones, or --force to replace them (each is kept as a backup first).',
  );
}
