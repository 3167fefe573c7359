/**
 * The framework's sheets: Appendix B as a filterable table, one reference sheet per appendix,
 * and the Framework Map (NOS against the Ten ESC and KSF dimensions), which no source document has.
 */
import { framework, FRAMEWORK_EDITION } from '../framework';
import { Framework, FrameworkRow, Nos } from '../framework/types';
import { TOOLKIT_VERSION } from '../version';
import { CellValue, SheetSpec, StyledRange, WorkbookSpec } from './model';
import { StampEntry } from './stamp';
import { buildTableSheet, COLOURS, dataRowRange, FIRST_DATA_ROW, HEADER_ROW } from './table-sheet';
import { pagePoints, pageStarts, pagingHeights } from './page-fit';
import { rangeAddress } from './a1';
import { POINTS_PER_LINE, widthFor, wrappedRowHeights } from './wrap-height';

export const FRAMEWORK_TEMPLATE = 'str-competence-framework';
export const FRAMEWORK_TEMPLATE_VERSION = '1';
const SOURCE = 'Source: STR workers – A Competence Framework, best practice guidance (Department of Health, 2008).';
const HANDBOOK = 'Source: STR Worker National Programme Implementation Manual and Toolkit (2007).';
const BULLET = '• ';

export const FRAMEWORK_SHEETS = {
  framework: 'Competence Framework',
  coreTasks: 'Core Tasks',
  nos: 'NOS',
  ksf: 'KSF Dimensions',
  esc: 'Ten ESC',
  mostImportant: 'Most Important NOS',
  nvq: 'NVQ Level 3 Units',
  abbreviations: 'Abbreviations',
  map: 'Framework Map',
} as const;

/**
 * The seed's own column headings for Appendix B, after a narrow Section column. Area and section headings
 * are rows of their own (bold, shaded), as Appendix B prints them; the Section column holds the number
 * ("1.2", or "3" for an area without sections) on every row, headings included, so a manager filtering
 * the table on one section, or on "begins with 1." for an area, keeps that section's heading with its rows.
 */
export const FRAMEWORK_COLUMNS = [
  'Section',
  'Core Tasks',
  'National Occupational Standards (NOS)',
  'Other related NOS',
  'Indicative links: KSF Dimension & Level',
  'Ten ESC',
];

export function frameworkStamp(now: Date): Omit<StampEntry, 'sheet'> {
  return {
    document: 'framework',
    template: FRAMEWORK_TEMPLATE,
    templateVersion: FRAMEWORK_TEMPLATE_VERSION,
    toolkitVersion: TOOLKIT_VERSION,
    frameworkEdition: FRAMEWORK_EDITION,
    generated: now.toISOString(),
  };
}

export function buildFrameworkWorkbook(data: Framework = framework): WorkbookSpec {
  return {
    sheets: [
      competenceFrameworkSheet(data),
      coreTasksSheet(data),
      nosSheet(data),
      ksfSheet(data),
      escSheet(data),
      mostImportantSheet(data),
      nvqSheet(data),
      abbreviationsSheet(data),
      frameworkMapSheet(data),
    ],
    names: [],
  };
}

const bullets = (items: string[]): string => items.map((item) => BULLET + item).join('\n');

function nosText(nos: Nos): string {
  const title = `${nos.code} ${nos.title}${nos.draft ? ' (draft NOS in development)' : ''}`;
  return nos.elements.length > 0 ? `${title}\n${bullets(nos.elements)}` : title;
}

function escText(row: FrameworkRow): string {
  if (row.escNotApplicable) return 'Not applicable';
  return row.esc.map((e) => (/^\d/.test(e.seedText) ? e.seedText : `${e.number}. ${e.seedText}`)).join('\n');
}

/** Section number, core tasks, NOS, other NOS, KSF links, Ten ESC: narrow enough to print at 80% or more. */
const FRAMEWORK_WIDTHS = [7.5, 54, 61.5, 18, 19, 13];

function competenceFrameworkSheet(data: Framework): SheetSpec {
  const nosByCode = new Map(data.nos.map((n) => [n.code, n]));
  const rows: CellValue[][] = [];
  const styles: StyledRange[] = [];
  const last = FRAMEWORK_COLUMNS.length - 1;
  const headings = new Set<number>();
  const heading = (ref: string, text: string, fill: string) => {
    headings.add(FIRST_DATA_ROW + rows.length);
    styles.push({ range: dataRowRange(rows.length, 0, last), style: { bold: true, fill } });
    rows.push([ref, text, null, null, null, null]);
  };
  for (const area of data.areas) {
    heading(area.id, area.heading, COLOURS.areaFill);
    for (const section of data.sections.filter((s) => s.areaId === area.id)) {
      // Areas 3 and 4 have no subsections: the area heading is the section heading.
      if (section.heading !== area.heading) heading(section.id, section.heading, COLOURS.sectionFill);
      for (const row of data.rows.filter((r) => r.sectionId === section.id)) {
        // Core tasks shared with the row above are printed once, as Appendix B does: its NOS stand under them.
        rows.push([
          section.id,
          row.coreTasksSharedWithRowAbove ? null : bullets(row.coreTasks),
          row.nos.map((code) => nosText(nosByCode.get(code) as Nos)).join('\n\n'),
          row.otherRelatedNos.map((r) => `${r.code} ${r.title}`).join('\n'),
          row.ksf.map((k) => k.seedText).join('\n'),
          escText(row),
        ]);
      }
    }
  }
  const sheet = buildTableSheet({
    name: FRAMEWORK_SHEETS.framework,
    tableName: 'CompetenceFramework',
    title: 'The full STR Competence Framework',
    source: `${SOURCE} Appendix B.`,
    header: FRAMEWORK_COLUMNS,
    rows,
    widths: FRAMEWORK_WIDTHS,
    orientation: 'landscape',
    styles,
  });
  // The sheet breaks its own pages, so no area or section heading ends a page with its rows on the next.
  const heights = pagingHeights(sheet.rows.length, sheet.rowHeights);
  const room = pagePoints(FRAMEWORK_WIDTHS, 'landscape');
  const header = { first: HEADER_ROW, last: HEADER_ROW };
  // Headings get their one line's height written down, so both programs lay the page out from the same heights.
  const headingHeights = Object.fromEntries([...headings].map((r) => [r, POINTS_PER_LINE]));
  return {
    ...sheet,
    rowHeights: { ...sheet.rowHeights, ...headingHeights },
    pageBreaks: pageStarts(heights, (r) => headings.has(r), room, header),
  };
}

function coreTasksSheet(data: Framework): SheetSpec {
  const rows: CellValue[][] = [];
  for (const group of data.coreTaskGroups) {
    group.tasks.forEach((task, i) => rows.push([`${group.sectionId}.${i + 1}`, group.heading, task]));
  }
  return buildTableSheet({
    name: FRAMEWORK_SHEETS.coreTasks,
    tableName: 'CoreTasks',
    title: 'List of Core Tasks that apply to the STR role',
    source: `${SOURCE} Appendix C. References are added by the toolkit.`,
    header: ['Ref', 'Section', 'Core task'],
    rows,
    widths: [8, 30, 78],
    orientation: 'portrait',
  });
}

function nosSheet(data: Framework): SheetSpec {
  const sections = new Map<string, string[]>();
  for (const row of data.rows) {
    const heading = data.sections.find((s) => s.id === row.sectionId)?.heading ?? row.sectionId;
    for (const code of row.nos) sections.set(code, [...(sections.get(code) ?? []), heading]);
  }
  const ranks = new Map(data.mostImportantNos.map((m) => [m.code, m.rank]));
  const rows = data.nos.map((n) => [
    n.code,
    n.title,
    bullets(n.elements),
    [...new Set(sections.get(n.code) ?? [])].join('\n'),
    ranks.get(n.code) ?? null,
    n.draft ? 'Draft NOS in development' : null,
  ]);
  return buildTableSheet({
    name: FRAMEWORK_SHEETS.nos,
    tableName: 'NOSList',
    title: 'The National Occupational Standards (NOS) that apply to the STR role',
    source: `${SOURCE} Appendices B and D; ranks from Appendix E.`,
    header: ['NOS', 'Title', 'Elements', 'Framework section', 'Most important rank', 'Status'],
    rows,
    widths: [12, 40, 60, 24, 10, 14],
    orientation: 'landscape',
  });
}

function ksfSheet(data: Framework): SheetSpec {
  return buildTableSheet({
    name: FRAMEWORK_SHEETS.ksf,
    tableName: 'KSFDimensions',
    title: 'The NHS Knowledge and Skills Framework: the 30 dimensions',
    source: `${SOURCE} Appendix F.`,
    header: ['Dimension', 'Title', 'Core or specific', 'Theme'],
    rows: data.ksfDimensions.map((d) => [d.code, d.title, d.kind === 'core' ? 'Core' : 'Specific', d.theme]),
    widths: [10, 60, 14, 26],
    orientation: 'portrait',
  });
}

function escSheet(data: Framework): SheetSpec {
  return buildTableSheet({
    name: FRAMEWORK_SHEETS.esc,
    tableName: 'TenESC',
    title: 'The Ten Essential Shared Capabilities',
    source: `${SOURCE} Appendix G.`,
    header: ['No.', 'Capability', 'Description'],
    rows: data.esc.map((e) => [e.number, e.title, e.description]),
    widths: [6, 30, 90],
    orientation: 'landscape',
  });
}

function mostImportantSheet(data: Framework): SheetSpec {
  return buildTableSheet({
    name: FRAMEWORK_SHEETS.mostImportant,
    tableName: 'MostImportantNOS',
    title: 'Most important NOS',
    source: `${SOURCE} Appendix E, 3.1. "Framework NOS" gives the code used in Appendix B where the list prints it differently.`,
    header: ['Rank', 'NOS', 'Title', 'Framework NOS'],
    rows: data.mostImportantNos.map((m) => [m.rank, m.seedCode, m.seedTitle, m.code]),
    widths: [6, 12, 70, 14],
    orientation: 'portrait',
  });
}

function nvqSheet(data: Framework): SheetSpec {
  const groupLabel = { core: 'Core', optional: 'Optional', additional: 'Additional' };
  return buildTableSheet({
    name: FRAMEWORK_SHEETS.nvq,
    tableName: 'NVQUnits',
    title: 'NVQ Level 3 Health and Social Care Units most appropriate for the STR worker',
    source: HANDBOOK,
    header: ['Group', 'Unit', 'Title'],
    rows: data.nvqUnits.map((u) => [groupLabel[u.group], u.code, u.title]),
    widths: [12, 12, 80],
    orientation: 'portrait',
  });
}

function abbreviationsSheet(data: Framework): SheetSpec {
  const source = { framework: 'Competence Framework (Appendix H)', handbook: 'Implementation Manual and Toolkit' };
  return buildTableSheet({
    name: FRAMEWORK_SHEETS.abbreviations,
    tableName: 'Abbreviations',
    title: 'List of abbreviations',
    source: `${SOURCE} Appendix H; and ${HANDBOOK.replace('Source: ', '')}`,
    header: ['Abbreviation', 'Meaning', 'Listed in'],
    rows: data.abbreviations.map((a) => [a.abbreviation, a.meaning, source[a.source]]),
    widths: [14, 60, 34],
    orientation: 'portrait',
  });
}

/** Matrix of NOS (rows) against the Ten ESC and the KSF dimensions the framework links to. */
function frameworkMapSheet(data: Framework): SheetSpec {
  const escOf = new Map<string, Set<number>>();
  const ksfOf = new Map<string, Map<string, number>>();
  for (const row of data.rows) {
    for (const code of row.nos) {
      const escs = escOf.get(code) ?? new Set<number>();
      row.esc.forEach((e) => escs.add(e.number));
      escOf.set(code, escs);
      const levels = ksfOf.get(code) ?? new Map<string, number>();
      row.ksf.forEach((k) => levels.set(k.dimension, Math.max(levels.get(k.dimension) ?? 0, k.level)));
      ksfOf.set(code, levels);
    }
  }
  const linkedDims = data.ksfDimensions.filter((d) => data.rows.some((r) => r.ksf.some((k) => k.dimension === d.code)));
  // Short headings in narrow columns, so the map prints at 80% or more; the key below gives the titles.
  const escHeads = data.esc.map((e) => `ESC ${e.number}`);
  const header = ['NOS', 'Title', ...escHeads, ...linkedDims.map((d) => d.code)];
  const firstEsc = 2;
  const marks: StyledRange[] = [];
  const rows: CellValue[][] = data.nos.map((nos, i) => {
    const escs = escOf.get(nos.code) ?? new Set<number>();
    const levels = ksfOf.get(nos.code) ?? new Map<string, number>();
    const cells: CellValue[] = [
      nos.code,
      nos.title,
      ...data.esc.map((e) => (escs.has(e.number) ? '●' : null)),
      ...linkedDims.map((d) => levels.get(d.code) ?? null),
    ];
    cells.forEach((value, col) => {
      if (col >= firstEsc && value !== null)
        marks.push({ range: dataRowRange(i, col, col), style: { fill: COLOURS.markFill } });
    });
    return cells;
  });
  const totalsRow = FIRST_DATA_ROW + rows.length + 1;
  const lastCol = header.length - 1;
  const counts: CellValue[] = ['NOS linked', null];
  for (let col = firstEsc; col <= lastCol; col++) counts.push(rows.filter((r) => r[col] !== null).length);
  const unlinked = data.ksfDimensions.filter((d) => !linkedDims.includes(d)).map((d) => d.code);
  const sheet = buildTableSheet({
    name: FRAMEWORK_SHEETS.map,
    tableName: 'FrameworkMap',
    title: 'Framework Map: NOS against the Ten ESC and KSF dimensions',
    source:
      'Made by the STR Toolkit from Appendix B: ● marks an indicative Ten ESC link; a number is the indicative KSF level. ' +
      `KSF dimensions with no link: ${unlinked.join(', ')}.`,
    header,
    rows,
    widths: [widthFor('NOS linked', { bold: true }), 30, ...header.slice(firstEsc).map(markWidth)],
    orientation: 'landscape',
    styles: [
      ...marks,
      { range: rangeAddress(FIRST_DATA_ROW, firstEsc, totalsRow, lastCol), style: { horizontal: 'center' } },
      { range: rangeAddress(totalsRow, 0, totalsRow, lastCol), style: { bold: true } },
    ],
  });
  sheet.rows.push([], counts, []);
  const keyRow = sheet.rows.length;
  sheet.rows.push(['Key']);
  const key: [string, string][] = [
    ...data.esc.map((e, i): [string, string] => [escHeads[i], e.title]),
    ...linkedDims.map((d): [string, string] => [d.code, d.title]),
  ];
  for (const [code, title] of key) sheet.rows.push([code, title]);
  // NOS codes and titles stay visible when scrolling right.
  return {
    ...sheet,
    styles: [
      ...sheet.styles,
      { range: rangeAddress(keyRow, 0, keyRow, 1), style: { bold: true } },
      { range: rangeAddress(keyRow + 1, 1, keyRow + key.length, 1), style: { wrap: true, vertical: 'top' } },
    ],
    rowHeights: {
      ...sheet.rowHeights,
      ...wrappedRowHeights(
        key,
        sheet.columns.map((c) => c.width),
        keyRow + 1,
      ),
    },
    freeze: { rows: FIRST_DATA_ROW, columns: 2 },
  };
}

/** A mark column is as wide as the longest word of its heading, so the heading wraps between words. */
function markWidth(heading: string): number {
  return Math.max(4.5, ...heading.split(' ').map((word) => widthFor(word, { bold: true })));
}
