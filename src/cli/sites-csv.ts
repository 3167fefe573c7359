/**
 * Reads a programme's sites for `monthly-report --sites FILE.csv`: a header row with a "Site" column and a
 * "Lead" (or "Programme Lead") column, then one site per row, read by the staff list's CSV reader (quoted
 * fields, semicolons as Excel saves them in some regions). Mistakes are reported by row number, in plain words.
 */
import { CsvError, parseCsv } from '../staff/csv';
import { UserError } from './user-error';

export interface SiteRow {
  site: string;
  lead: string;
  /** Row of the CSV file the site is on, as a spreadsheet numbers it (the header is row 1), for messages. */
  row: number;
}

export function parseSitesCsv(text: string, file: string): SiteRow[] {
  let records: { fields: string[]; row: number }[];
  try {
    records = parseCsv(text).map((fields, i) => ({ fields, row: i + 1 }));
  } catch (error) {
    if (error instanceof CsvError) throw new UserError(`${file}: ${error.message}`);
    throw error;
  }
  const [header, ...rows] = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (!header) throw new UserError(`${file} is empty. It needs a header row "Site,Lead" and one row per site.`);
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const siteCol = names.indexOf('site');
  const leadCol = names.findIndex((n) => n === 'lead' || n === 'programme lead' || n === 'program lead');
  if (siteCol < 0 || leadCol < 0) {
    throw new UserError(
      `${file} needs a header row with the columns "Site" and "Lead" (or "Programme Lead"); its first row is: ${header.fields.join(', ')}`,
    );
  }
  const sites = rows.map((r) => ({
    site: (r.fields[siteCol] ?? '').trim(),
    lead: (r.fields[leadCol] ?? '').trim(),
    row: r.row,
  }));
  const seen = new Map<string, number>();
  for (const s of sites) {
    if (s.site === '') throw new UserError(`${file}, row ${s.row}: the site name is empty.`);
    const earlier = seen.get(s.site.toLowerCase());
    if (earlier !== undefined) throw new UserError(`${file}, row ${s.row}: "${s.site}" is already on row ${earlier}.`);
    seen.set(s.site.toLowerCase(), s.row);
  }
  if (sites.length === 0) throw new UserError(`${file} has a header row but no sites.`);
  return sites;
}

/** A file name from a site name: "St Mary's (North)" → "st-marys-north". */
export function siteFileStem(site: string): string {
  const stem = site
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || 'site';
}
