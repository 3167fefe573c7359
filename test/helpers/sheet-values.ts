/** Reads a saved workbook's cell values straight from its XML, as a spreadsheet program calculated them. */
import { readXlsxPart } from './xlsx-part';

/** Cell values of a sheet straight from the file's XML (exceljs reads a formula's result of 0 as none). */
export function sheetValues(file: string, sheet: string): Map<string, string | number> {
  const decode = (t: string) =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const workbook = readXlsxPart(file, 'xl/workbook.xml');
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = readXlsxPart(file, 'xl/_rels/workbook.xml.rels');
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!id || !target) throw new Error(`No sheet ${sheet}`);
  const shared = [...readXlsxPart(file, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decode([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const cells = new Map<string, string | number>();
  const xml = readXlsxPart(file, `xl/${target.replace(/^\/?xl\//, '')}`);
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const v = /<v>([\s\S]*?)<\/v>/.exec(m[3] ?? '')?.[1];
    if (v === undefined) continue;
    const type = /t="([^"]+)"/.exec(m[2])?.[1];
    cells.set(m[1], type === 's' ? shared[Number(v)] : type === 'str' || type === 'e' ? decode(v) : Number(v));
  }
  return cells;
}
