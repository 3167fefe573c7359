/**
 * Turns the STR handbook's model KSF outline for an intermediate STR worker (its table) and the
 * "FULL KSF OUTLINE FOR STR WORKER" (its text) into the typed data of src/ksf/types.ts.
 *
 * Regenerate src/ksf/data/ksf-outline.json with:  node scripts/run-extract-ksf-outline.js [seedsDir]
 *
 * The full outline reached the seed through a PDF: table rows are split at page breaks, some
 * indicator letters are lost (") acts in ways …") and one page is missing (the end of HWB4 and the
 * start of HWB5). The parser repairs only what the seed itself determines (joining a sentence split
 * by a page break, restoring a lost letter from the order) and records every gap it finds; the gaps
 * it finds must be exactly the known ones, so a corrected or changed seed is noticed.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { KsfLink } from '../src/framework/types';
import type {
  GatewayRequirement,
  KsfLevel,
  KsfOutlineData,
  OutlineDimension,
  OutlineIndicator,
  OutlineLevelText,
} from '../src/ksf/types';

export const HANDBOOK_SEED = '001_9bafaf39d86c83aa.txt';
export const SOURCE = 'STR Worker National Programme Implementation Manual and Toolkit (2007)';
const TABLE_HEADING = '### A MODEL KSF (NHS KNOWLEDGE AND SKILLS FRAMEWORK) OUTLINE FOR AN INTERMEDIATE STR WORKER';
const FULL_HEADING = '## FULL KSF OUTLINE FOR STR WORKER';

function fail(message: string): never {
  throw new Error(`extract-ksf-outline: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Text helpers

function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Plain text of an HTML fragment. Runs of two spaces are kept: the seed separates run-in indicators with them. */
function plain(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/[ \t]*\n[ \t]*/g, ' ')
    .replace(/ {3,}/g, '  ')
    .trim();
}

/** Single-spaced plain text, for titles and headings. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Piece {
  kind: 'p' | 'li';
  text: string;
}

/** The paragraphs and list items of a cell, in order. Anything else in the cell is unexpected. */
function pieces(html: string): Piece[] {
  const out: Piece[] = [];
  const rest = html.replace(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/g, (_, kind: 'p' | 'li', inner: string) => {
    const text = plain(inner);
    if (text) out.push({ kind, text });
    return '';
  });
  if (plain(rest.replace(/<\/?ul\b[^>]*>/g, ''))) fail(`text outside paragraphs in cell: ${html.slice(0, 120)}`);
  return out;
}

/** A page break splits a sentence: the part on the next page starts in lower case. */
function continues(piece: Piece): boolean {
  return /^[a-z]/.test(piece.text) && !/^[a-z]\)/.test(piece.text);
}

function appendColumn(column: Piece[], next: Piece[]): void {
  const [first, ...rest] = next;
  if (!first) return;
  if (continues(first) && column.length > 0) {
    const last = column[column.length - 1];
    last.text = `${last.text} ${first.text}`;
  } else column.push(first);
  column.push(...rest);
}

// ---------------------------------------------------------------------------------------------
// The model table

interface TableRow {
  number: string;
  title: string;
  foundation: { level: KsfLevel; seedText: string } | null;
  second: { level: KsfLevel; seedText: string } | null;
}

interface ParsedTable {
  title: string;
  localVariationNote: string;
  gatewayHeadings: { foundation: string; second: string };
  rows: TableRow[];
  signatures: string[];
}

function level(text: string): KsfLevel {
  const n = Number(text);
  if (![1, 2, 3, 4].includes(n)) fail(`not a KSF level: ${text}`);
  return n as KsfLevel;
}

function parseTable(lines: string[]): ParsedTable {
  const start = lines.indexOf(TABLE_HEADING);
  if (start < 0) fail(`heading not found: ${TABLE_HEADING}`);
  const end = lines.indexOf(FULL_HEADING, start);
  if (end < 0) fail(`heading not found: ${FULL_HEADING}`);
  const body = lines.slice(start + 1, end);

  const noteStart = body.findIndex((l) => l.startsWith('PLEASE NOTE'));
  if (noteStart < 0) fail('the local-variation note is missing');
  const localVariationNote = tidy(`${body[noteStart]} ${body[noteStart + 1]}`);

  const headerAt = body.findIndex((l) => l.startsWith('No.\tDimension\t'));
  if (headerAt < 0) fail('table header not found');
  const header = body[headerAt].split('\t');
  const gatewayHeadings = { foundation: header[2].trim(), second: header[3].trim() };

  const rows: TableRow[] = [];
  const signatures: string[] = [];
  for (const line of body.slice(headerAt + 1)) {
    if (/^(Signed|Date) \.+/.test(line)) {
      signatures.push(line.trim());
      continue;
    }
    const cells = line.split('\t').map((c) => tidy(plain(c)));
    if (cells.length !== 6) continue; // separator, theme and "Specific Dimensions" lines
    const [number, title, fl, fi, sl, si] = cells;
    if (!/^(\d|HWB\d+|EF\d|IK\d|G\d)$/.test(number)) continue; // column labels and theme headings
    const gateway = (l: string, i: string) => (l ? { level: level(l), seedText: i } : null);
    if (!fl !== !fi || !sl !== !si || !fl !== !sl) fail(`table row with half a gateway: ${line}`);
    rows.push({ number, title, foundation: gateway(fl, fi), second: gateway(sl, si) });
  }
  if (signatures.length !== 3) fail(`expected three signature lines, found ${signatures.length}`);
  return { title: TABLE_HEADING.replace(/^#+ /, ''), localVariationNote, gatewayHeadings, rows, signatures };
}

/** "1" → "Core 1"; "HWB4" stays. */
function dimensionCode(number: string): string {
  return /^\d$/.test(number) ? `Core ${number}` : number;
}

function indicatorLetters(seedText: string): 'all' | string[] {
  if (seedText === 'All') return 'all';
  const letters = seedText.split(',').map((s) => s.trim());
  if (!letters.every((l) => /^[a-z]$/.test(l))) fail(`indicator list not understood: ${seedText}`);
  return letters;
}

// ---------------------------------------------------------------------------------------------
// The full outline

interface Block {
  levels: Piece[];
  indicators: Piece[];
  areas: Piece[];
  /** The block began without its dimension heading (a page of the copy is missing before it). */
  headless: boolean;
}

const GATEWAY_MARK = /^(FOUNDATION|SECOND) GATEWAY$/;
const DIMENSION_HEADING = /^(?:Core Dimension (\d)|Dimension (HWB\d+|EF\d|IK\d|G\d))\s*[–-]/;

/** Splits the outline's rows into one block per dimension, joining rows split by page breaks. */
function outlineBlocks(lines: string[]): { columns: [string, string, string]; blocks: Block[] } {
  const start = lines.indexOf(FULL_HEADING);
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) fail('end of the full outline not found');
  const rows = lines.slice(start + 1, end).filter((l) => l.trim() !== '');
  const columns = rows[0].split('\t').map((c) => c.trim());
  if (columns.length !== 3 || columns[0] !== 'Dimensions and levels') fail(`outline header not understood: ${rows[0]}`);

  const blocks: Block[] = [];
  for (const row of rows.slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 2 || cells.length > 3) fail(`outline row without three columns: ${row.slice(0, 80)}`);
    const [levels, indicators, areas] = [pieces(cells[0]), pieces(cells[1]), pieces(cells[2] ?? '')];
    const current = blocks[blocks.length - 1];
    const startsDimension = levels.length > 0 && DIMENSION_HEADING.test(levels[0].text);
    // A gateway mark the current block already has means a new dimension whose heading was lost.
    const mark = indicators[0] && GATEWAY_MARK.exec(indicators[0].text)?.[0];
    const repeatsMark = !!mark && !!current && current.indicators.some((p) => p.text === mark);
    if (startsDimension || !current || repeatsMark) {
      blocks.push({ levels, indicators, areas, headless: !startsDimension });
      continue;
    }
    appendColumn(current.levels, levels);
    appendColumn(current.indicators, indicators);
    appendColumn(current.areas, areas);
  }
  return { columns: columns as [string, string, string], blocks };
}

interface LevelHead {
  level: KsfLevel | null;
  title: string;
  /** "(a,c,d,e)" or "(All)" printed after the title. */
  subset: string | null;
}

function levelHeads(block: Block): { heading: string | null; heads: LevelHead[] } {
  const [first, ...rest] = block.levels;
  const heading = block.headless ? null : tidy(first.text);
  const heads = (block.headless ? block.levels : rest).map((p) => {
    const m = /^Level\s+(\d)\s*-?\s*(.*)$/.exec(tidy(p.text));
    // A headless block starts mid-title: the level is known only from the table.
    if (!m) {
      if (!block.headless) fail(`level paragraph not understood: ${p.text}`);
      return { level: null, title: tidy(p.text), subset: null };
    }
    const subset = /\s*\(([a-z,]+|All)\)$/.exec(m[2]);
    return {
      level: level(m[1]),
      title: subset ? m[2].slice(0, subset.index) : m[2],
      subset: subset ? subset[1] : null,
    };
  });
  return { heading, heads };
}

interface IndicatorGroup {
  gateway: 'foundation' | 'second' | 'both';
  indicators: OutlineIndicator[];
}

/** Reads the indicators column: gateway marks, "a) …" paragraphs (some run together), "- …" sub-items. */
function indicatorGroups(block: Block): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  let group: IndicatorGroup | null = null;
  const nextLetter = (g: IndicatorGroup) => {
    const last = g.indicators[g.indicators.length - 1];
    return last ? String.fromCharCode(last.letter.charCodeAt(0) + 1) : 'a';
  };
  const addSubItem = (text: string) => {
    const last = group?.indicators[group.indicators.length - 1];
    if (!last) fail(`sub-item before any indicator: ${text}`);
    last.text += `\n- ${tidy(text)}`;
  };
  for (const piece of block.indicators) {
    const mark = GATEWAY_MARK.exec(piece.text);
    if (mark) {
      group = { gateway: mark[1] === 'FOUNDATION' ? 'foundation' : 'second', indicators: [] };
      groups.push(group);
      continue;
    }
    if (!group) {
      group = { gateway: 'both', indicators: [] };
      groups.push(group);
    }
    if (piece.kind === 'li') {
      if (!piece.text.startsWith('- ')) fail(`indicator list item not understood: ${piece.text}`);
      addSubItem(piece.text.slice(2));
      continue;
    }
    // "b) adapts …  c) effectively …" and "b) acts in ways that:  - acknowledge …" run together.
    for (const part of piece.text.split(/ {2,}(?=(?:[a-z]?\)|-) )/)) {
      if (part.startsWith('- ')) {
        addSubItem(part.slice(2));
        continue;
      }
      const m = /^([a-z])?\)\s*([\s\S]+)$/.exec(part);
      if (!m) fail(`indicator not understood: ${part}`);
      const indicator: OutlineIndicator = { letter: m[1] ?? nextLetter(group), text: tidy(m[2]) };
      if (!m[1]) indicator.letterRestored = true;
      group.indicators.push(indicator);
    }
  }
  return groups;
}

function areaItems(block: Block): string[] {
  return block.areas.map((p) => tidy(p.text.replace(/^•\s*/, '')));
}

// ---------------------------------------------------------------------------------------------
// Putting the table and the text together

/** Column four of the framework prints every level title it links to; it completes a title the copy lacks. */
type FrameworkTitles = (code: string, level: KsfLevel) => string | undefined;

function levelText(
  head: LevelHead | undefined,
  lvl: KsfLevel,
  indicators: OutlineIndicator[],
  code: string,
  titles: FrameworkTitles,
): OutlineLevelText {
  const text: OutlineLevelText = { level: lvl, title: null, indicators };
  if (head) {
    if (head.level !== null && head.level !== lvl)
      fail(`${code}: the outline prints Level ${head.level} where the table has Level ${lvl}`);
    text.title = head.title;
  }
  const fromFramework = titles(code, lvl);
  // Only where the handbook's title is missing or a fragment of the framework's wording.
  if (fromFramework && (text.title === null || head?.level === null)) {
    if (text.title !== null && !fromFramework.endsWith(text.title))
      fail(`${code}: title fragment "${text.title}" is not the end of "${fromFramework}"`);
    text.frameworkTitle = fromFramework;
  }
  return text;
}

const CUT_OFF = 'The handbook copy breaks off here: a page is missing, so this text is incomplete.';

interface Gap {
  key: string;
  text: string;
}

function gap(code: string, kind: string, text: string): Gap {
  return { key: `${code} ${kind}`, text: `${code}: ${text}` };
}

function buildDimension(
  row: TableRow,
  block: Block,
  cutOff: boolean,
  titles: FrameworkTitles,
  gaps: Gap[],
): OutlineDimension {
  const code = dimensionCode(row.number);
  if (!row.foundation || !row.second) fail(`${code} has no level in the table`);
  const { heading, heads } = levelHeads(block);
  if (heading) {
    const m = DIMENSION_HEADING.exec(heading)!;
    if (dimensionCode(m[1] ?? m[2]) !== code) fail(`outline block "${heading}" where the table has ${code}`);
  } else
    gaps.push(
      gap(code, 'heading missing', "the full outline's heading is missing (a page of the handbook copy is missing)."),
    );

  const groups = indicatorGroups(block);
  const both = groups.find((g) => g.gateway === 'both');
  const foundationGroup = both ?? groups.find((g) => g.gateway === 'foundation');
  const secondGroup = both ?? groups.find((g) => g.gateway === 'second');
  if (!secondGroup) fail(`${code}: no indicators for the second gateway`);
  if (both && row.foundation.level !== row.second.level) fail(`${code}: one set of indicators for two levels`);

  // Level paragraphs: one shared, or the foundation's first and the second gateway's last.
  const foundationHead = block.headless ? undefined : heads[0];
  const secondHead = heads[heads.length - 1];
  for (const [head, req] of [
    [foundationHead, row.foundation],
    [secondHead, row.second],
  ] as const) {
    if (head?.subset && head.subset !== req.seedText)
      fail(`${code}: title subset (${head.subset}) differs from the table (${req.seedText})`);
  }

  const foundationText = levelText(
    foundationHead,
    row.foundation.level,
    foundationGroup?.indicators ?? [],
    code,
    titles,
  );
  const secondText = levelText(secondHead, row.second.level, secondGroup.indicators, code, titles);
  if (!foundationGroup) {
    foundationText.incomplete = 'Not in the handbook copy: a page is missing.';
    gaps.push(
      gap(
        code,
        'foundation missing',
        `the foundation gateway's Level ${row.foundation.level} title and indicators are missing (a page of the handbook copy is missing).`,
      ),
    );
  }
  if (secondText.frameworkTitle && secondText.title !== null) {
    gaps.push(
      gap(
        code,
        'title fragment',
        `only the end of the Level ${row.second.level} title is printed; the framework's column four gives it whole.`,
      ),
    );
  }
  const areas = areaItems(block);
  const dimension: OutlineDimension = {
    code,
    number: row.number,
    title: row.title,
    heading,
    foundation: requirement(row.foundation, foundationText),
    second: requirement(row.second, secondText),
    areasOfApplication: areas,
  };
  if (cutOff) {
    secondText.incomplete = CUT_OFF;
    dimension.areasIncomplete = CUT_OFF;
    gaps.push(
      gap(
        code,
        'cut off',
        "the second gateway's indicators and the areas of application break off mid-sentence (a page of the handbook copy is missing).",
      ),
    );
  }
  for (const [name, req] of [
    ['foundation', dimension.foundation],
    ['second', dimension.second],
  ] as const) {
    if (req.notPrinted)
      gaps.push(
        gap(
          code,
          'not printed',
          `the table lists indicator${req.notPrinted.length > 1 ? 's' : ''} ${req.notPrinted.join(', ')} for the ${name} gateway, which the full outline does not print at Level ${req.level}.`,
        ),
      );
  }
  const indicators =
    foundationGroup === secondGroup
      ? secondGroup.indicators
      : [...(foundationGroup?.indicators ?? []), ...secondGroup.indicators];
  const restored = indicators.filter((i) => i.letterRestored).map((i) => `${i.letter})`);
  if (restored.length)
    gaps.push(
      gap(
        code,
        'letters restored',
        `indicator${restored.length > 1 ? 's' : ''} ${restored.join(', ')} lost ${restored.length > 1 ? 'their letters' : 'its letter'} at a page break; restored from the order.`,
      ),
    );
  return dimension;
}

function requirement(row: { level: KsfLevel; seedText: string }, printed: OutlineLevelText): GatewayRequirement {
  const indicators = indicatorLetters(row.seedText);
  const req: GatewayRequirement = { level: row.level, indicators, seedText: row.seedText, printed };
  if (indicators !== 'all') {
    const have = new Set(printed.indicators.map((i) => i.letter));
    const missing = indicators.filter((l) => !have.has(l));
    if (missing.length && !printed.incomplete) req.notPrinted = missing;
  }
  return req;
}

/** Gaps the seed is known to have: the extractor must find exactly these (see the module comment). */
export const KNOWN_GAPS = [
  'Core 2 letters restored',
  'Core 3 letters restored',
  'HWB4 not printed',
  'HWB4 cut off',
  'HWB5 heading missing',
  'HWB5 foundation missing',
  'HWB5 title fragment',
];

export function extractKsfOutline(handbookText: string, frameworkLinks: KsfLink[]): KsfOutlineData {
  const lines = handbookText.split(/\r?\n/);
  const table = parseTable(lines);
  const { columns, blocks } = outlineBlocks(lines);
  const inOutline = table.rows.filter((r) => r.foundation);
  if (blocks.length !== inOutline.length)
    fail(`${blocks.length} outline blocks for ${inOutline.length} table dimensions`);
  const titles: FrameworkTitles = (code, lvl) =>
    frameworkLinks.find((k) => k.dimension === code && k.level === lvl)?.levelTitle;
  const gaps: Gap[] = [];
  const dimensions = inOutline.map((row, i) => buildDimension(row, blocks[i], !!blocks[i + 1]?.headless, titles, gaps));
  const found = gaps.map((g) => g.key).sort();
  if (found.join('|') !== [...KNOWN_GAPS].sort().join('|')) fail(`seed gaps changed; found:\n${found.join('\n')}`);
  return {
    source: SOURCE,
    title: table.title,
    localVariationNote: table.localVariationNote,
    gatewayHeadings: table.gatewayHeadings,
    fullOutlineTitle: FULL_HEADING.replace(/^#+ /, ''),
    fullOutlineColumns: columns,
    dimensions,
    otherDimensions: table.rows.filter((r) => !r.foundation).map((r) => ({ number: r.number, title: r.title })),
    signatures: table.signatures,
    seedGaps: gaps.map((g) => g.text),
  };
}

export const OUTPUT_PATH = path.resolve(__dirname, '../src/ksf/data/ksf-outline.json');

export function toJson(data: KsfOutlineData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Reads the handbook seed (and the committed framework data for column-four titles) and writes the JSON. */
export function main(seedsDir = path.resolve(__dirname, '../../shared/seeds')): void {
  const handbook = fs.readFileSync(path.join(seedsDir, HANDBOOK_SEED), 'utf8');
  const frameworkJson = path.resolve(__dirname, '../src/framework/data/framework.json');
  const framework = JSON.parse(fs.readFileSync(frameworkJson, 'utf8')) as { rows: { ksf: KsfLink[] }[] };
  const data = extractKsfOutline(
    handbook,
    framework.rows.flatMap((r) => r.ksf),
  );
  fs.mkdirSync(path.dirname(OUTPUT_PATH), { recursive: true });
  fs.writeFileSync(OUTPUT_PATH, toJson(data));
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT_PATH)}: ${data.dimensions.map((d) => d.code).join(', ')}`);
  for (const gap of data.seedGaps) console.log(`seed gap: ${gap}`);
}
