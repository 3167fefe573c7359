/**
 * Turns the seed text of the STR Competence Framework (DH 2008, file 002) and the STR handbook
 * (2007, file 001) into the typed data of src/framework/types.ts.
 *
 * Regenerate src/framework/data/framework.json with:  node scripts/run-extract.js [seedsDir]
 *
 * Text is kept in the seeds' own wording (typos included): users recognise the national wording.
 * Anything the parser does not expect throws, so a changed seed is noticed rather than half-read.
 */
import * as fs from 'fs';
import * as path from 'path';
import type {
  Abbreviation,
  Area,
  CoreTaskGroup,
  Esc,
  EscLink,
  Framework,
  FrameworkRow,
  KsfDimension,
  KsfLink,
  MostImportantNos,
  Nos,
  NvqUnit,
  RelatedNos,
  Section,
} from '../src/framework/types';

export const FRAMEWORK_SEED = '002_2282e5304c8464f7.txt';
export const HANDBOOK_SEED = '001_9bafaf39d86c83aa.txt';

// ---------------------------------------------------------------------------------------------
// Small text helpers

function fail(message: string): never {
  throw new Error(`extract-framework: ${message}`);
}

function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Plain text of an HTML fragment: tags dropped, entities decoded, layout whitespace collapsed. */
function plain(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim()
    // Tag removal leaves a space inside brackets: "(<i>draft in development</i>)".
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')');
}

/** Strips the "• " bullet the seed sometimes prints inside <li> items. */
function unbullet(s: string): string {
  return s.replace(/^•\s*/, '');
}

/** Lines of `text` strictly between the line equal to `start` and the first later line matching `end`. */
function region(lines: string[], start: string, end: RegExp | null, from = 0): string[] {
  const i = lines.indexOf(start, from);
  if (i < 0) fail(`heading not found: ${start}`);
  let j = i + 1;
  while (j < lines.length && !(end && end.test(lines[j]))) j++;
  if (end && j >= lines.length) fail(`end of region after "${start}" not found`);
  return lines.slice(i + 1, j);
}

interface ListItem {
  text: string;
  children: ListItem[];
}

/** Parses the <ul>/<ol>/<li> structure of a cell into items (nested lists kept as children). */
function listItems(html: string): ListItem[] {
  const root: ListItem = { text: '', children: [] };
  const stack: ListItem[] = [root];
  const tag = /<(\/?)(ul|ol|li)\b[^>]*>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html))) {
    stack[stack.length - 1].text += html.slice(last, m.index);
    last = tag.lastIndex;
    if (m[2] !== 'li') continue;
    if (m[1]) {
      if (stack.length < 2) fail(`unbalanced </li> in: ${html}`);
      stack.pop();
    } else {
      const item: ListItem = { text: '', children: [] };
      stack[stack.length - 1].children.push(item);
      stack.push(item);
    }
  }
  if (stack.length !== 1) fail(`unclosed <li> in: ${html}`);
  const clean = (it: ListItem): ListItem => ({ text: unbullet(plain(it.text)), children: it.children.map(clean) });
  return root.children.map(clean);
}

/**
 * A core task as one string. The one task with sub-items (1.7, "To enable service users in gaining
 * access to:") keeps them on their own lines, as Appendix C prints them ("- " per sub-item).
 */
function taskText(item: ListItem): string {
  return [item.text, ...item.children.map((c) => `- ${c.text}`)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Codes

/** NOS code at the start of a heading: "HSC35", "SfH FMH18", "SfH MH 94", "CfA 220". */
const NOS_HEAD = /^((?:SfH\s+[A-Z]+\s*\d+)|(?:CfA\s+\d+)|(?:[A-Z]{2,}\s*\d+))\s+(.+)$/;

/**
 * Removes a space inside a unit code ("SfH MH 94" -> "SfH MH94", "HSC 347" -> "HSC347"). The space
 * after an organisation prefix stays: "SfH GEN36" and "CfA 220" are printed that way throughout.
 */
export function normaliseNosCode(code: string): string {
  return code.trim().replace(/\s+/g, ' ').replace(/\b([A-Z]{2,}) (\d+)\b/g, '$1$2');
}

/** "HWB 2" -> "HWB2", "Core 1" stays "Core 1" (the types' spelling). */
function normaliseKsfCode(code: string): string {
  const m = /^(Core|HWB|EF|IK|G)\s*(\d+)$/.exec(code.trim());
  if (!m) fail(`not a KSF dimension code: ${code}`);
  return m[1] === 'Core' ? `Core ${m[2]}` : `${m[1]}${m[2]}`;
}

// ---------------------------------------------------------------------------------------------
// Appendix B: the framework table

interface TableResult {
  areas: Area[];
  sections: Section[];
  rows: FrameworkRow[];
  nos: Nos[];
}

const DRAFT_SUFFIX = /\s*\(draft in development\)$/;

/** Column two: one or more "<b>CODE Title</b> <ul>elements</ul>" blocks. */
function parseNosCell(html: string): Nos[] {
  const parts = html.split(/<b>/).slice(1);
  if (parts.length === 0) fail(`no NOS heading in cell: ${html}`);
  return parts.map((part) => {
    const end = part.indexOf('</b>');
    if (end < 0) fail(`unclosed <b> in NOS cell: ${html}`);
    const heading = plain(part.slice(0, end));
    const m = NOS_HEAD.exec(heading);
    if (!m) fail(`NOS heading without a code: ${heading}`);
    // MH94's heading carries "(draft in development)": kept as the draft flag, not in the title.
    const draft = DRAFT_SUFFIX.test(m[2]);
    const elements = listItems(part.slice(end)).map((it) => {
      if (it.children.length) fail(`nested NOS element under ${m[1]}`);
      return it.text;
    });
    if (elements.length === 0) fail(`NOS ${m[1]} has no elements`);
    return { code: normaliseNosCode(m[1]), title: m[2].replace(DRAFT_SUFFIX, ''), elements, draft };
  });
}

/** Cell pieces: the <p> paragraphs if any, otherwise the whole cell as one piece. */
function paragraphs(html: string): string[] {
  const ps = [...html.matchAll(/<p>(.*?)<\/p>/g)].map((m) => plain(m[1]));
  const rest = plain(html.replace(/<p>.*?<\/p>/g, ''));
  if (ps.length && rest) fail(`text outside <p> in cell: ${html}`);
  return (ps.length ? ps : [rest]).filter((s) => s !== '');
}

function parseRelatedCell(html: string): RelatedNos[] {
  return paragraphs(html).map((p) => {
    const m = NOS_HEAD.exec(p);
    if (!m) fail(`other related NOS without a code: ${p}`);
    if (/\s(HSC|SfH|CfA)\s*\d/.test(m[2])) fail(`two related NOS in one paragraph: ${p}`);
    return { code: normaliseNosCode(m[1]), title: m[2] };
  });
}

function parseKsfCell(html: string): KsfLink[] {
  return paragraphs(html).map((p) => {
    const m = /^((?:Core|HWB|EF|IK|G)\s*\d+)\s*\/\s*Level\s*([1-4])\s*:\s*(.+)$/.exec(p);
    if (!m) fail(`KSF link not understood: ${p}`);
    return { dimension: normaliseKsfCode(m[1]), level: Number(m[2]) as 1 | 2 | 3 | 4, levelTitle: m[3], seedText: p };
  });
}

/** Lower case and one spelling, so the table's wording can be matched to Appendix G titles. */
function escKey(name: string): string {
  return name.toLowerCase().replace(/practicing/g, 'practising').replace(/\s+/g, ' ').trim();
}

/** The table's own wording where it differs from Appendix G by more than case and spelling. */
const ESC_ALIASES: Record<string, number> = {
  'work in partnership': 1, // Appendix G: "Working in Partnership"
};

function escNumberByName(name: string, esc: Esc[]): number {
  const key = escKey(name);
  const hit = esc.find((e) => escKey(e.title) === key);
  const n = hit ? hit.number : ESC_ALIASES[key];
  if (!n) fail(`ESC name not in Appendix G: ${name}`);
  return n;
}

function parseEscCell(html: string, esc: Esc[]): { links: EscLink[]; notApplicable: boolean } {
  const text = plain(html);
  if (text === 'Not applicable') return { links: [], notApplicable: true };
  // Unnumbered names come one per <li>; numbered names may share a paragraph or a line.
  const pieces = /<li>/.test(html) ? listItems(html).map((it) => it.text) : paragraphs(html);
  const links: EscLink[] = [];
  for (const piece of pieces) {
    const numbered = [...piece.matchAll(/(\d{1,2})\.\s+([^\d]+?)(?=\s+\d{1,2}\.\s|$)/g)];
    const items = numbered.length
      ? numbered.map((m) => ({ seedText: `${m[1]}. ${m[2]}`, printed: Number(m[1]), name: m[2] }))
      : [{ seedText: piece, printed: 0, name: piece }];
    if (numbered.length && numbered.map((m) => m[0]).join(' ') !== piece) fail(`ESC text not understood: ${piece}`);
    for (const item of items) {
      const number = escNumberByName(item.name, esc);
      // No known seed inconsistency here: every printed number agrees with its name.
      if (item.printed && item.printed !== number) fail(`ESC "${item.seedText}" names ESC ${number}`);
      // The HSC345+HSC346 cell repeats "5. … 6. …" once per NOS; a row links each ESC once.
      if (!links.some((l) => l.number === number)) links.push({ number, seedText: item.seedText });
    }
  }
  if (links.length === 0) fail(`empty ESC cell: ${html}`);
  return { links, notApplicable: false };
}

function parseTable(lines: string[], esc: Esc[]): TableResult {
  const body = region(lines, '# Appendix B', /^# Appendix C$/);
  const headerAt = body.findIndex((l) => l.startsWith('Core Tasks\t'));
  if (headerAt < 0) fail('Appendix B table header not found');
  const areas: Area[] = [];
  const sections: Section[] = [];
  const rows: FrameworkRow[] = [];
  const nos: Nos[] = [];
  let section: Section | null = null;
  let previousTasks: string[] | null = null;

  for (const line of body.slice(headerAt)) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    if (cells.length !== 5) fail(`Appendix B line without five columns: ${line.slice(0, 80)}`);
    if (cells[0] === 'Core Tasks') continue; // header repeated on every page
    const [tasksCell, nosCell, relatedCell, ksfCell, escCell] = cells;

    if (!nosCell && !relatedCell && !ksfCell && !escCell) {
      const heading = plain(tasksCell);
      const areaHead = /^(\d+)\. /.exec(heading);
      const sectionHead = /^(\d+\.\d+) /.exec(heading);
      if (areaHead) {
        areas.push({ id: areaHead[1], heading });
        // Areas 3 and 4 have no sub-sections: the area heading is also the section heading.
        if (areaHead[1] === '3' || areaHead[1] === '4') {
          section = { id: areaHead[1], heading, areaId: areaHead[1] };
          sections.push(section);
        } else section = null;
      } else if (sectionHead) {
        const areaId = sectionHead[1].split('.')[0];
        if (areas[areas.length - 1]?.id !== areaId) fail(`section ${heading} outside its area`);
        section = { id: sectionHead[1], heading, areaId };
        sections.push(section);
      } else fail(`Appendix B heading not understood: ${heading}`);
      previousTasks = null; // a new section never carries the tasks of the previous one
      continue;
    }

    if (!section) fail(`Appendix B row before any section: ${line.slice(0, 80)}`);
    const tasks = listItems(tasksCell).map(taskText);
    const shared = tasks.length === 0;
    if (shared && !previousTasks) fail(`row with no core tasks and no row above: ${line.slice(0, 80)}`);
    const coreTasks: string[] = shared ? [...previousTasks!] : tasks;
    previousTasks = coreTasks;

    const cellNos = parseNosCell(nosCell);
    nos.push(...cellNos);
    const { links, notApplicable } = parseEscCell(escCell, esc);
    const index = rows.filter((r) => r.sectionId === section!.id).length + 1;
    rows.push({
      id: `${section.id}-${index}`,
      sectionId: section.id,
      coreTasks,
      coreTasksSharedWithRowAbove: shared,
      nos: cellNos.map((n) => n.code),
      otherRelatedNos: parseRelatedCell(relatedCell),
      ksf: parseKsfCell(ksfCell),
      esc: links,
      escNotApplicable: notApplicable,
    });
  }

  const codes = nos.map((n) => n.code);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup) fail(`NOS ${dup} appears twice in column two`);
  // Appendix E 3.1: "MH 94 … is currently a draft NOS in development". Column two says so too.
  const mh94 = nos.find((n) => n.code === 'SfH MH94');
  if (!mh94 || !mh94.draft) fail('SfH MH94 not found or not marked "(draft in development)"');
  if (nos.filter((n) => n.draft).length !== 1) fail('only SfH MH94 is expected to be a draft');
  return { areas, sections, rows, nos };
}

// ---------------------------------------------------------------------------------------------
// Appendix C: core tasks grouped by section

function parseCoreTasks(lines: string[], sections: Section[]): CoreTaskGroup[] {
  const body = region(lines, '# Appendix C', /^# Appendix D$/);
  const groups: CoreTaskGroup[] = [];
  let group: CoreTaskGroup | null = null;
  for (const line of body) {
    const h = /^#{2,4} (\d+(?:\.\d+)?)\.? (.+?)( \(continued\))?$/.exec(line);
    if (h) {
      const section = sections.find((s) => s.id === h[1]);
      if (!section) {
        group = null; // area heading (1., 2.) with sub-sections below it
        continue;
      }
      const heading = line.replace(/^#+ /, '').replace(/ \(continued\)$/, '');
      group = groups.find((g) => g.sectionId === section.id) ?? null;
      if (!group) {
        group = { sectionId: section.id, heading, tasks: [] };
        groups.push(group);
      }
      continue;
    }
    if (line.startsWith('- ')) {
      if (!group) fail(`Appendix C task outside a section: ${line}`);
      group.tasks.push(line.slice(2).trim());
    } else if (line.startsWith('  - ')) {
      if (!group || !group.tasks.length) fail(`Appendix C sub-item without a task: ${line}`);
      group.tasks[group.tasks.length - 1] += `\n- ${line.slice(4).trim()}`;
    } else if (line.trim() && !/^#/.test(line)) fail(`Appendix C line not understood: ${line}`);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Appendix D: the NOS list (used to cross-check Appendix B, see checkAppendixD)

interface AppendixDNos {
  code: string;
  title: string;
  elements: string[];
}

export function parseAppendixD(frameworkText: string): AppendixDNos[] {
  const lines = frameworkText.split(/\r?\n/);
  const body = region(lines, '# Appendix D', /^# Appendix E$/);
  const out: AppendixDNos[] = [];
  let current: AppendixDNos | null = null;
  for (const raw of body) {
    // The appendix mixes <b>…</b>, **…**, "### **…**" and "### …" headings; bring them to **…**.
    const line = raw.replace(/<\/?b>/g, '**');
    const heads: string[] = [];
    const ul = line.indexOf('<ul');
    const headPart = ul >= 0 ? line.slice(0, ul) : line;
    if (/^#{1,4} [^*]/.test(headPart)) heads.push(headPart.replace(/^#+ /, '').trim());
    else headPart.split('**').forEach((s, i) => i % 2 === 1 && s.trim() && heads.push(s.trim()));
    for (const head of heads) {
      const m = NOS_HEAD.exec(plain(head));
      if (!m) continue; // section headings ("1.1 General") and prose
      current = { code: normaliseNosCode(m[1]), title: m[2], elements: [] };
      out.push(current);
    }
    if (ul >= 0) {
      if (!current) fail(`Appendix D elements before a NOS: ${raw.slice(0, 80)}`);
      current.elements.push(...listItems(line.slice(ul)).map((it) => it.text));
    } else if (/^- \*/.test(line)) {
      if (!current) fail(`Appendix D element before a NOS: ${raw}`);
      current.elements.push(line.slice(2).trim().replace(/^\*(.*)\*$/, '$1'));
    }
  }
  return out;
}

export interface SeedDifference {
  code: string;
  what: string;
  appendixB: string;
  other: string;
}

/** Where Appendix D's NOS wording differs from column two of Appendix B (reported, not fixed). */
export function checkAppendixD(frameworkText: string, nos: Nos[]): SeedDifference[] {
  const d = parseAppendixD(frameworkText);
  const diffs: SeedDifference[] = [];
  const bCodes = nos.map((n) => n.code).join(',');
  const dCodes = d.map((n) => n.code).join(',');
  if (bCodes !== dCodes) diffs.push({ code: '*', what: 'NOS list/order', appendixB: bCodes, other: dCodes });
  for (const b of nos) {
    const other = d.find((x) => x.code === b.code);
    if (!other) continue;
    const bTitle = b.draft ? `${b.title} (draft in development)` : b.title;
    if (other.title !== bTitle) diffs.push({ code: b.code, what: 'title', appendixB: bTitle, other: other.title });
    const n = Math.max(b.elements.length, other.elements.length);
    for (let i = 0; i < n; i++) {
      if (b.elements[i] !== other.elements[i])
        diffs.push({ code: b.code, what: `element ${i + 1}`, appendixB: b.elements[i] ?? '', other: other.elements[i] ?? '' });
    }
  }
  return diffs;
}

/** Where the core-task cells of Appendix B differ from Appendix C's canonical list (reported, not fixed). */
export function checkCoreTasks(fw: Framework): SeedDifference[] {
  const diffs: SeedDifference[] = [];
  for (const g of fw.coreTaskGroups) {
    const fromRows: string[] = [];
    for (const r of fw.rows.filter((x) => x.sectionId === g.sectionId))
      for (const t of r.coreTasks) if (!fromRows.includes(t)) fromRows.push(t);
    const n = Math.max(fromRows.length, g.tasks.length);
    for (let i = 0; i < n; i++) {
      if (fromRows[i] !== g.tasks[i])
        diffs.push({ code: g.sectionId, what: `core task ${i + 1}`, appendixB: fromRows[i] ?? '', other: g.tasks[i] ?? '' });
    }
  }
  return diffs;
}

// ---------------------------------------------------------------------------------------------
// Appendix E: the 18 most important NOS

/** Misprints in the Appendix E table, resolved to the NOS they mean. */
const APPENDIX_E_MISPRINTS: Record<string, string> = {
  HS233: 'HSC233', // rank 13, "Relate to, and interact with, individuals" is HSC233
};

function parseMostImportant(lines: string[], nos: Nos[]): MostImportantNos[] {
  const body = region(lines, '### Most important NOS', /^# Appendix F$/);
  const out: MostImportantNos[] = [];
  for (const line of body) {
    const m = /^(\d+)\t([^\t]+)\t(.+)$/.exec(line);
    if (!m) continue;
    const seedCode = m[2].trim();
    const code = APPENDIX_E_MISPRINTS[seedCode] ?? normaliseNosCode(seedCode); // "SfH MH 94" -> "SfH MH94"
    if (!nos.some((n) => n.code === code)) fail(`Appendix E code ${seedCode} is not a framework NOS`);
    out.push({ rank: Number(m[1]), seedCode, code, seedTitle: m[3].trim() });
  }
  out.forEach((x, i) => x.rank !== i + 1 && fail(`Appendix E rank ${x.rank} out of order`));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Appendix F: KSF dimensions

function parseKsfDimensions(lines: string[]): KsfDimension[] {
  const body = region(lines, '# Appendix F', /^# Appendix G$/);
  const out: KsfDimension[] = [];
  let theme: string | null = null;
  for (const line of body) {
    if (/core dimensions/.test(line)) theme = 'Core';
    else if (/specific dimensions/.test(line)) theme = null;
    const heading = /^(?:### (.+)|\*\*([^*]+)\*\*)$/.exec(line.trim());
    if (heading) theme = (heading[1] ?? heading[2]).trim();
    const core = /^- (\d) (.+)$/.exec(line);
    const specific = /^- ((?:HWB|EF|IK|G)\d+) (.+)$/.exec(line);
    if (core && theme === 'Core') out.push({ code: `Core ${core[1]}`, title: core[2].trim(), kind: 'core', theme: 'Core' });
    else if (specific) {
      if (!theme || theme === 'Core') fail(`KSF dimension outside a theme: ${line}`);
      out.push({ code: specific[1], title: specific[2].trim(), kind: 'specific', theme });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Appendix G: the Ten Essential Shared Capabilities

function parseEsc(lines: string[]): Esc[] {
  const body = region(lines, '# Appendix G', /^# Appendix H$/);
  const out: Esc[] = [];
  for (const line of body) {
    // Printed as "- 1. Working in Partnership.** Developing and maintaining …"
    const m = /^- (\d+)\. (.+?)\.\*\* (.+)$/.exec(line);
    if (m) out.push({ number: Number(m[1]), title: m[2].trim(), description: m[3].trim() });
  }
  out.forEach((e, i) => e.number !== i + 1 && fail(`ESC ${e.number} out of order`));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Abbreviations (Appendix H and the handbook) and the handbook's NVQ units

function tabbedPairs(body: string[]): Array<[string, string]> {
  return body
    .map((l) => /^([^\t]+)\t(.+)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => [m[1].trim(), m[2].trim()]);
}

function parseAbbreviations(fwLines: string[], hbLines: string[]): Abbreviation[] {
  const out: Abbreviation[] = [];
  const add = (abbreviation: string, meaning: string, source: Abbreviation['source']) => {
    // Only exact duplicates are dropped; a different meaning is kept as its own entry.
    if (!out.some((a) => a.abbreviation === abbreviation && a.meaning === meaning))
      out.push({ abbreviation, meaning, source });
  };
  for (const [a, m] of tabbedPairs(region(fwLines, '## List of abbreviations', /^©/))) add(a, m, 'framework');
  for (const [a, m] of tabbedPairs(region(hbLines, '## Abbreviations', /^## /))) add(a, m, 'handbook');
  return out;
}

function parseNvqUnits(hbLines: string[]): NvqUnit[] {
  const body = region(hbLines, '## NVQ Level 3 Health and Social Care Units most appropriate for the STR worker', /^## /);
  const out: NvqUnit[] = [];
  let group: NvqUnit['group'] | null = null;
  for (const line of body) {
    if (/^#### .*Core Units/.test(line)) group = 'core';
    else if (/^#### .*Optional Units/.test(line)) group = 'optional';
    else if (/^#### .*Additional Units/.test(line)) group = 'additional';
    // Core and optional units are tab-separated; the additional ones use a space (and a
    // trailing markdown line break).
    const m = /^(HSC\d+)[\t ]+(.+?)\s*$/.exec(line);
    if (m) {
      if (!group) fail(`NVQ unit before a group heading: ${line}`);
      out.push({ code: m[1], title: m[2], group });
    }
  }
  return out;
}

function parseEdition(lines: string[]): string {
  // Back page: "288773 June 08" is the DH order reference of this edition.
  const ref = lines.map((l) => /^(\d{6}) June 08$/.exec(l.trim())).find((m) => m);
  if (!ref) fail('edition reference (e.g. "288773 June 08") not found');
  return `STR Competence Framework, DH 2008 (${ref[1]})`;
}

// ---------------------------------------------------------------------------------------------

export function extractFramework(frameworkText: string, handbookText: string): Framework {
  const fwLines = frameworkText.split(/\r?\n/);
  const hbLines = handbookText.split(/\r?\n/);
  const esc = parseEsc(fwLines);
  const table = parseTable(fwLines, esc);
  return {
    edition: parseEdition(fwLines),
    areas: table.areas,
    sections: table.sections,
    rows: table.rows,
    nos: table.nos,
    coreTaskGroups: parseCoreTasks(fwLines, table.sections),
    mostImportantNos: parseMostImportant(fwLines, table.nos),
    ksfDimensions: parseKsfDimensions(fwLines),
    esc,
    abbreviations: parseAbbreviations(fwLines, hbLines),
    nvqUnits: parseNvqUnits(hbLines),
  };
}

export const OUTPUT_PATH = path.resolve(__dirname, '../src/framework/data/framework.json');

/** JSON as committed: two-space indent, keys in the order the extractor builds them, final newline. */
export function toJson(fw: Framework): string {
  return `${JSON.stringify(fw, null, 2)}\n`;
}

/** Reads the seeds, writes framework.json and prints the seed differences worth knowing about. */
export function main(seedsDir = path.resolve(__dirname, '../../shared/seeds')): void {
  const frameworkText = fs.readFileSync(path.join(seedsDir, FRAMEWORK_SEED), 'utf8');
  const handbookText = fs.readFileSync(path.join(seedsDir, HANDBOOK_SEED), 'utf8');
  const fw = extractFramework(frameworkText, handbookText);
  fs.mkdirSync(path.dirname(OUTPUT_PATH), { recursive: true });
  fs.writeFileSync(OUTPUT_PATH, toJson(fw));
  const tasks = fw.coreTaskGroups.reduce((n, g) => n + g.tasks.length, 0);
  console.log(
    `wrote ${path.relative(process.cwd(), OUTPUT_PATH)}: ${fw.areas.length} areas, ${fw.sections.length} sections, ` +
      `${fw.rows.length} rows, ${fw.nos.length} NOS, ${tasks} core tasks, ${fw.ksfDimensions.length} KSF dimensions, ` +
      `${fw.esc.length} ESC, ${fw.mostImportantNos.length} most important NOS, ${fw.abbreviations.length} abbreviations, ` +
      `${fw.nvqUnits.length} NVQ units`,
  );
  for (const d of [...checkAppendixD(frameworkText, fw.nos), ...checkCoreTasks(fw)])
    console.log(`seed difference ${d.code} ${d.what}:\n  B: ${JSON.stringify(d.appendixB)}\n  other: ${JSON.stringify(d.other)}`);
}
