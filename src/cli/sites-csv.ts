/**
 * Reads a programme's sites for `monthly-report --sites FILE.csv`: a header row with a "Site" column and a
 * "Lead" (or "Programme Lead") column, then one site per row. Quoted fields may hold commas, quotes and line
 * breaks, as spreadsheet programs write them. Mistakes are reported by row number, in plain words.
 */
import { UserError } from './user-error';

export interface SiteRow {
  site: string;
  lead: string;
  /** Line of the CSV file the site is on (the header is line 1), for messages. */
  line: number;
}

export function parseSitesCsv(text: string, file: string): SiteRow[] {
  const records = parseCsv(text.replace(/^\uFEFF/, ''));
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
    line: r.line,
  }));
  const seen = new Map<string, number>();
  for (const s of sites) {
    if (s.site === '') throw new UserError(`${file}, line ${s.line}: the site name is empty.`);
    const earlier = seen.get(s.site.toLowerCase());
    if (earlier !== undefined)
      throw new UserError(`${file}, line ${s.line}: "${s.site}" is already on line ${earlier}.`);
    seen.set(s.site.toLowerCase(), s.line);
  }
  if (sites.length === 0) throw new UserError(`${file} has a header row but no sites.`);
  return sites;
}

interface CsvRecord {
  fields: string[];
  line: number;
}

/** RFC 4180, with either line ending. */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ fields, line: recordLine });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
  }
  if (quoted) throw new UserError(`A quoted field that starts on line ${recordLine} has no closing quote.`);
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: recordLine });
  }
  return records;
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
