/**
 * The Implementation Site Monthly Report as fill-in sheets, one per month ("2008-03"), in the national form's
 * own words and order, plus a few fields the toolkit adds (clearly headed as not on the national form).
 * Every field is named the same on every month's sheet (sheet-scoped names; see src/monthly/fields.ts).
 */
import { MonthlyReportDefinition, NATIONAL_DEFINITION, Objective, labelsFor } from '../monthly/definition';
import {
  ADDED_FIELDS,
  HEADER_FIELDS,
  areaField,
  areaNameField,
  numberField,
  objectiveFields,
  objectiveKey,
  postField,
  reportField,
} from '../monthly/fields';
import { Month, addMonths, dueDate, excelSerial, formatMonth, monthName } from '../monthly/month';
import { TOOLKIT_VERSION } from '../version';
import { cellAddress } from './a1';
import { DATE_FORMAT, FormLayout } from './form-layout';
import { CellStyle, DefinedName, SheetSpec, WorkbookSpec } from './model';
import { StampEntry } from './stamp';
import { COLOURS } from './table-sheet';
import { MONTHLY_DOCUMENT } from './document-kinds';

/** The heading over the "Other (please state)" name box. */
export const OTHER_NAME_LABEL = 'Name of the other area';
/** A share over 100%: text beside it says so, and the cell is shaded, so colour is not the only sign. */
export const OVER_100_TEXT = 'Over 100%: check the two numbers above';
const FLAG = { fill: 'F8D7DA', font: '9C0006' };
export const MAX_MONTHS = 12;
/** Excel's limit for a data-validation input message. */
const MAX_PROMPT = 255;

/** Label, input, second label, second input: wide enough for the labels, narrow enough for A4 portrait. */
const WIDTHS = [50, 13, 15, 13];
const FULL = WIDTHS.length;

const STYLE = {
  title: { bold: true, fontSize: 13, fontColor: COLOURS.title },
  strong: { bold: true },
  section: { bold: true, fontSize: 12, fill: COLOURS.areaFill },
  added: { bold: true, fontSize: 12, fill: 'E2EFDA' },
  statement: { bold: true, fill: COLOURS.sectionFill },
  computed: { bold: true, fill: 'EDEDED', border: true, horizontal: 'center', numberFormat: '0' },
  right: { horizontal: 'right' },
} satisfies Record<string, CellStyle>;

export interface MonthSheetInput {
  site: string;
  lead: string;
  month: Month;
  /** Sheet protection password; none by default (protection then only guards against slips). */
  password?: string;
}

export interface MonthlyReportInput extends Omit<MonthSheetInput, 'month'> {
  firstMonth: Month;
  /** 1 to 12 consecutive months, one sheet each. Default 1. */
  months?: number;
  definition?: MonthlyReportDefinition;
}

export function buildMonthlyReportWorkbook(input: MonthlyReportInput): WorkbookSpec {
  const definition = input.definition ?? NATIONAL_DEFINITION;
  const count = input.months ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > MAX_MONTHS) {
    throw new RangeError(`A report workbook holds 1 to ${MAX_MONTHS} months, not ${count}.`);
  }
  const months = Array.from({ length: count }, (_, i) =>
    buildMonthSheet(definition, { ...input, month: addMonths(input.firstMonth, i) }),
  );
  return { sheets: months.map((m) => m.sheet), names: months.flatMap((m) => m.names) };
}

export function monthlyReportStamp(definition: MonthlyReportDefinition, now: Date): Omit<StampEntry, 'sheet'> {
  return {
    document: MONTHLY_DOCUMENT,
    template: definition.id,
    templateVersion: definition.version,
    toolkitVersion: TOOLKIT_VERSION,
    frameworkEdition: definition.source,
    generated: now.toISOString(),
  };
}

/** One month's sheet and its sheet-scoped names. */
export function buildMonthSheet(
  definition: MonthlyReportDefinition,
  input: MonthSheetInput,
): { sheet: SheetSpec; names: DefinedName[] } {
  const form = new FormLayout(WIDTHS);
  header(form, definition, input);
  numbers(form, definition);
  posts(form, definition);
  serviceAreas(form, definition);
  for (const section of definition.sections) {
    // A section's heading is kept with its first objective; each objective prints whole on one page.
    form.keepTogether();
    form.row([{ text: section.title, span: FULL, style: STYLE.section }]);
    form.blank();
    section.objectives.forEach((objective, i) => {
      if (i > 0) form.keepTogether();
      objectiveBlock(form, definition, objective, objectiveKey(section, i));
    });
  }
  leadsReport(form, definition);
  additions(form);

  const name = formatMonth(input.month);
  const sheet = form.toSheet(
    name,
    {
      orientation: 'portrait',
      fitToWidth: true,
      header: `${definition.title[definition.title.length - 1]} – ${monthName(input.month)}`,
    },
    { password: input.password },
  );
  const names = form.names().map((n) => ({ name: n.name, sheet: name, range: n.cell, scope: 'sheet' as const }));
  return { sheet, names };
}

function header(form: FormLayout, d: MonthlyReportDefinition, input: MonthSheetInput): void {
  for (const line of d.title) form.row([{ text: line, span: FULL, style: STYLE.title }]);
  form.blank();
  form.row([
    { text: d.dueIn, style: STYLE.strong },
    { text: d.returnTo, span: FULL - 1 },
  ]);
  form.row([
    { text: 'This report is due by:' },
    {
      value: excelSerial(dueDate(input.month)),
      name: HEADER_FIELDS.dueDate,
      span: FULL - 1,
      style: { bold: true, numberFormat: DATE_FORMAT, horizontal: 'left' },
    },
  ]);
  form.blank();
  form.row([{ text: d.instruction, span: FULL, style: STYLE.strong }]);
  form.blank();
  form.row([
    { text: d.header.site, style: STYLE.strong },
    { input: { name: HEADER_FIELDS.site, kind: 'text', value: input.site }, span: FULL - 1 },
  ]);
  form.row([
    { text: d.header.lead, style: STYLE.strong },
    { input: { name: HEADER_FIELDS.lead, kind: 'text', value: input.lead }, span: FULL - 1 },
  ]);
  form.row([
    { text: d.header.month, style: STYLE.strong },
    // The month is the sheet's identity (its name and due date), so it is set, not typed.
    {
      value: excelSerial({ ...input.month, day: 1 }),
      name: HEADER_FIELDS.month,
      span: FULL - 1,
      style: { bold: true, numberFormat: 'mmmm yyyy', horizontal: 'left' },
    },
  ]);
  form.blank();
}

function numbers(form: FormLayout, d: MonthlyReportDefinition): void {
  form.row([{ text: d.numbers.heading, span: FULL, style: STYLE.section }]);
  const first = form.nextRow;
  for (const row of d.numbers.rows) {
    form.row([
      { text: `${row.label} ${row.explanation}`.trim() },
      { input: { name: numberField(row.id), kind: 'count', prompt: row.explanation || undefined } },
    ]);
  }
  const last = form.nextRow - 1;
  const { total } = d.numbers;
  form.row([
    { text: `${total.label} ${total.explanation}`.trim(), style: STYLE.strong },
    { formula: `=SUM(B${first + 1}:B${last + 1})`, name: numberField(total.id), style: STYLE.computed },
  ]);
  form.blank();
}

function posts(form: FormLayout, d: MonthlyReportDefinition): void {
  if (d.posts.rows.length === 0) return;
  form.row([{ text: d.posts.heading, span: FULL, style: STYLE.section }]);
  for (const row of d.posts.rows)
    form.row([{ text: row.label }, { input: { name: postField(row.id), kind: 'count' } }]);
  form.blank();
}

function serviceAreas(form: FormLayout, d: MonthlyReportDefinition): void {
  const areas = d.serviceAreas;
  form.row([{ text: areas.question, span: FULL, style: STYLE.section }]);
  form.row([
    { text: areas.teamHeading, style: STYLE.strong },
    { text: areas.numberHeading, style: { bold: true, horizontal: 'center' } },
    // The "please state" box below has a label of its own (the national form leaves it unlabelled).
    { text: OTHER_NAME_LABEL, span: FULL - 2, style: { bold: true, horizontal: 'center' } },
  ]);
  for (const team of areas.teams)
    form.row([{ text: team.label }, { input: { name: areaField(team.id), kind: 'count' } }]);
  form.row([
    { text: areas.other.label },
    { input: { name: areaField(areas.other.id), kind: 'count' } },
    { input: { name: areaNameField(areas.other.id), kind: 'text' }, span: FULL - 2 },
  ]);
}

function objectiveBlock(form: FormLayout, d: MonthlyReportDefinition, objective: Objective, key: string): void {
  const labels = labelsFor(d, objective);
  const fields = objectiveFields(key);
  const choices = objective.scale.map((l) => l.value);
  const rating = (name: string) => ({
    input: {
      name,
      kind: 'choice' as const,
      choices,
      promptTitle: d.ratingScaleLabel.slice(0, 32),
      prompt: scalePrompt(objective),
      error: `Choose one of: ${choices.join(', ')} (see the ${d.ratingScaleLabel} above).`,
    },
  });
  form.row([{ text: objective.statement, span: FULL, style: STYLE.statement }]);
  form.row([{ text: d.ratingScaleLabel, span: FULL, style: STYLE.strong }]);
  for (const level of objective.scale) form.row([{ text: level.text, span: FULL }]);
  form.row([{ text: labels.baseline }, rating(fields.baseline)]);
  form.row([{ text: labels.selfRating }, rating(fields.selfRating)]);
  form.row([
    { text: labels.pdsa },
    { input: { name: fields.pdsa, kind: 'count', prompt: 'The number of the PDSA cycle.' } },
    { text: labels.dateAchieved, style: STYLE.right },
    { input: { name: fields.dateAchieved, kind: 'date' } },
  ]);
  form.blank();
}

/** The scale's lines as the input message; cut to Excel's 255 characters, pointing to the full scale. */
export function scalePrompt(objective: Objective): string {
  const full = objective.scale.map((l) => l.text).join('\n');
  if (full.length <= MAX_PROMPT) return full;
  const tail = '… (full scale above)';
  return full.slice(0, MAX_PROMPT - tail.length).trimEnd() + tail;
}

/** Each field with its box; the last is kept with the toolkit's additions, so they never print alone. */
function leadsReport(form: FormLayout, d: MonthlyReportDefinition): void {
  form.keepTogether();
  form.row([{ text: d.leadsReport.heading, span: FULL, style: STYLE.section }]);
  for (const [i, field] of d.leadsReport.fields.entries()) {
    if (i > 0) form.keepTogether();
    form.row([{ text: field.label, span: FULL, style: STYLE.strong }]);
    form.row([{ input: { name: reportField(field.id), kind: 'text' }, span: FULL }], { height: 75 });
  }
  form.blank();
}

/** Not on the national form: what its measures need but it does not ask. */
function additions(form: FormLayout): void {
  form.row([{ text: 'Added by the STR Toolkit: not part of the national form', span: FULL, style: STYLE.added }]);
  form.row([
    {
      text:
        'The national measures need these too: several objectives run "within two months of initial meeting", ' +
        'and one asks for at least 20% of STR workers who declare lived experience of mental health problems.',
      span: FULL,
      style: { italic: true },
    },
  ]);
  form.row([
    { text: 'Date of the initial steering group meeting:' },
    {
      input: {
        name: ADDED_FIELDS.steeringGroupMeeting,
        kind: 'date',
        prompt: 'The date the steering group first met.',
      },
    },
  ]);
  form.row([
    { text: 'Number of STR workers in post who declare lived experience of mental health problems:' },
    { input: { name: ADDED_FIELDS.livedExperience, kind: 'count' } },
  ]);
  const lived = form.cellOf(ADDED_FIELDS.livedExperience);
  const inPost = form.cellOf(numberField('InPost'));
  const share = cellAddress(form.nextRow, 1);
  form.row([
    { text: 'Share of STR workers in post who declare lived experience (the objective asks for at least 20%):' },
    {
      formula: `=IF(${inPost}>0,${lived}/${inPost},"")`,
      name: ADDED_FIELDS.livedExperienceShare,
      style: { ...STYLE.computed, numberFormat: '0%' },
    },
    {
      formula: `=IF(AND(ISNUMBER(${share}),${share}>1),"${OVER_100_TEXT}","")`,
      span: FULL - 2,
      style: { bold: true, fontColor: FLAG.font },
    },
  ]);
  form.flagOver(share, 1, FLAG.fill, FLAG.font);
  form.row([{ text: 'Date submitted:' }, { input: { name: ADDED_FIELDS.dateSubmitted, kind: 'date' } }]);
}
