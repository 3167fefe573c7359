/**
 * A programme's sites for `monthly-report --sites`: a header row with a "Site" column and a "Lead" (or
 * "Programme Lead") column, a title row above it allowed, then one site per row. As with a staff list, a bad
 * row gets a message naming its row and is left out; every good row is still used.
 */
import { CellValue } from '../sheets/model';
import { cellText, findHeaderRow, headingKey } from './header-row';

export interface SiteRow {
  site: string;
  lead: string;
  /** Row of the list the site is on, as a spreadsheet numbers it (the first row is 1), for messages. */
  row: number;
}

export interface SiteList {
  sites: SiteRow[];
  /** Rows left out, and why; or why the whole list cannot be read. */
  problems: string[];
}

const SITE_HEADINGS = ['site', 'site name'];
const LEAD_HEADINGS = ['lead', 'programme lead', 'program lead'];

export function parseSiteRows(values: CellValue[][]): SiteList {
  const result: SiteList = { sites: [], problems: [] };
  const headerAt = findHeaderRow(
    values,
    (h) => h.some((x) => SITE_HEADINGS.includes(x)) && h.some((x) => LEAD_HEADINGS.includes(x)),
  );
  if (headerAt < 0) {
    result.problems.push('The list of sites is empty. It needs a header row "Site,Lead" and one row per site.');
    return result;
  }
  const header = values[headerAt].map(headingKey);
  const siteCol = header.findIndex((h) => SITE_HEADINGS.includes(h));
  const leadCol = header.findIndex((h) => LEAD_HEADINGS.includes(h));
  if (siteCol < 0 || leadCol < 0) {
    result.problems.push(
      `The list of sites needs a header row with the columns "Site" and "Lead" (or "Programme Lead"); ` +
        `its row ${headerAt + 1} reads: ${values[headerAt].map(cellText).filter(Boolean).join(', ')}`,
    );
    return result;
  }
  const seen = new Map<string, number>();
  values.slice(headerAt + 1).forEach((cells, i) => {
    const row = headerAt + 2 + i;
    if (cells.every((v) => cellText(v) === '')) return;
    const site = cellText(cells[siteCol]);
    const lead = cellText(cells[leadCol]);
    const earlier = seen.get(site.toLowerCase());
    const wrong = [
      ...(site === '' ? ['the site name is empty'] : []),
      ...(earlier !== undefined ? [`"${site}" is already on row ${earlier}`] : []),
      ...(lead === '' ? ["the Lead (the Programme Lead's name) is empty"] : []),
    ];
    if (wrong.length > 0) {
      result.problems.push(`Row ${row}: ${wrong.join('; ')}. This row was left out.`);
      return;
    }
    seen.set(site.toLowerCase(), row);
    result.sites.push({ site, lead, row });
  });
  if (result.sites.length === 0 && result.problems.length === 0) {
    result.problems.push('The list of sites has a header row but no sites below it.');
  }
  return result;
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
