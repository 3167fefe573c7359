import { NATIONAL_DEFINITION, Objective } from '../../src/monthly/definition';
import {
  ADDED_FIELDS,
  HEADER_FIELDS,
  IDENTITY_FIELDS,
  areaNameField,
  carriedFields,
  numberField,
} from '../../src/monthly/fields';
import { excelSerial } from '../../src/monthly/month';
import { FormLayout, INPUT_FILL } from '../../src/sheets/form-layout';
import { ListValidation, SheetSpec } from '../../src/sheets/model';
import {
  OTHER_NAME_LABEL,
  OVER_100_TEXT,
  buildMonthSheet,
  buildMonthlyReportWorkbook,
  scalePrompt,
} from '../../src/sheets/monthly-report-sheets';
import { pagePoints } from '../../src/sheets/page-fit';
import { cellAddress, parseCell, parseRange } from '../../src/sheets/a1';

const MARCH_2008 = { year: 2008, month: 3 };
const { sheet, names } = buildMonthSheet(NATIONAL_DEFINITION, { site: '=Cheshire', lead: '@Jo', month: MARCH_2008 });
const cell = (name: string) => names.find((n) => n.name === name)?.range as string;
const valueAt = (s: SheetSpec, address: string) => {
  const { row, col } = parseCell(address);
  return s.rows[row]?.[col];
};
/** The first cell of each row of each yellow range: where an input's value and name are. */
const inputCells = sheet.styles
  .filter((s) => s.style.fill === INPUT_FILL)
  .flatMap((s) => {
    const b = parseRange(s.range);
    return Array.from({ length: b.lastRow - b.row + 1 }, (_, i) => cellAddress(b.row + i, b.col));
  });
/** The check on a cell (checks on neighbouring cells may share one range). */
const checkAt = (address: string) =>
  sheet.validations.find((v) => {
    const b = parseRange(v.range);
    const { row, col } = parseCell(address);
    return row >= b.row && row <= b.lastRow && col >= b.col && col <= b.lastCol;
  });
const objectiveCount = NATIONAL_DEFINITION.sections.reduce((n, s) => n + s.objectives.length, 0);

test('one sheet per month, named by month; 1 to 12 months', () => {
  const one = buildMonthlyReportWorkbook({ site: 'S', lead: 'L', firstMonth: MARCH_2008 });
  expect(one.sheets.map((s) => s.name)).toEqual(['2008-03']);
  const twelve = buildMonthlyReportWorkbook({ site: 'S', lead: 'L', firstMonth: MARCH_2008, months: 12 });
  expect(twelve.sheets.map((s) => s.name)).toEqual([
    '2008-03',
    '2008-04',
    '2008-05',
    '2008-06',
    '2008-07',
    '2008-08',
    '2008-09',
    '2008-10',
    '2008-11',
    '2008-12',
    '2009-01',
    '2009-02',
  ]);
  // Every month has the same field names, each scoped to its own sheet.
  const perSheet = twelve.sheets.map((s) =>
    twelve.names.filter((n) => n.sheet === s.name).map((n) => `${n.name}@${n.range}`),
  );
  for (const list of perSheet) expect(list).toEqual(perSheet[0]);
  expect(twelve.names.every((n) => n.scope === 'sheet')).toBe(true);
  for (const bad of [0, 13, 1.5])
    expect(() => buildMonthlyReportWorkbook({ site: 'S', lead: 'L', firstMonth: MARCH_2008, months: bad })).toThrow(
      RangeError,
    );
});

test('every yellow input is unlocked and has exactly one name; every rating, count and date is checked', () => {
  // 2 header + 3 counts + 2 posts + 11 areas + area name + 4 per objective + 7 report + 3 added.
  expect(inputCells).toHaveLength(2 + 3 + 2 + 11 + 1 + 4 * objectiveCount + 7 + 3);
  for (const range of sheet.styles.filter((s) => s.style.fill === INPUT_FILL)) expect(range.style.locked).toBe(false);
  for (const at of inputCells) expect(names.filter((n) => n.range === at)).toHaveLength(1);
  // Names only for inputs, the computed cells and the month and due date.
  const computed = [
    HEADER_FIELDS.month,
    HEADER_FIELDS.dueDate,
    numberField('Total'),
    ADDED_FIELDS.livedExperienceShare,
  ];
  expect(
    names
      .map((n) => n.name)
      .filter((n) => !inputCells.includes(cell(n)))
      .sort(),
  ).toEqual([...computed].sort());
  expect(names).toHaveLength(inputCells.length + computed.length);
  const unchecked = names.filter((n) => inputCells.includes(n.range) && !checkAt(n.range)).map((n) => n.name);
  // Text cells need no check.
  expect(unchecked.length).toBe(2 + 1 + 7);
  expect(unchecked.every((n) => /^(Header_(Site|Lead)|Report_|Area_OtherName)/.test(n))).toBe(true);
});

test("each rating dropdown holds exactly its own scale's values and shows its labels", () => {
  let ratings = 0;
  NATIONAL_DEFINITION.sections.forEach((section) =>
    section.objectives.forEach((objective, i) => {
      for (const field of ['Baseline', 'SelfRating']) {
        const v = checkAt(cell(`${section.id}${i + 1}_${field}`)) as ListValidation;
        expect(v.kind).toBe('list');
        expect(v.values).toEqual(objective.scale.map((l) => String(l.value)));
        expect(v.prompt).toBe(objective.scale.map((l) => l.text).join('\n'));
        expect(v.promptTitle).toBe('Rating Scale');
        ratings++;
      }
      expect(checkAt(cell(`${section.id}${i + 1}_PDSA`))).toMatchObject({ kind: 'whole', min: 0 });
      expect(checkAt(cell(`${section.id}${i + 1}_DateAchieved`))).toMatchObject({ kind: 'date' });
    }),
  );
  expect(ratings).toBe(34);
  // The 0/1/3 scales offer no 2.
  expect((checkAt(cell('ET1_SelfRating')) as ListValidation).values).toEqual(['0', '1', '3']);
});

test('Total in site sums the three counts; the lived-experience share divides by those in post', () => {
  const total = sheet.formulas?.find((f) => f.cell === cell('Numbers_Total'));
  const [a, b, c] = ['InPost', 'InRecruitment', 'Identified'].map((id) => cell(numberField(id)));
  expect(total?.formula).toBe(`=SUM(${a}:${c})`);
  expect(parseCell(b).row).toBe(parseCell(a).row + 1);
  expect(parseCell(c).row).toBe(parseCell(a).row + 2);
  const share = sheet.formulas?.find((f) => f.cell === cell(ADDED_FIELDS.livedExperienceShare));
  expect(share?.formula).toBe(`=IF(${a}>0,${cell(ADDED_FIELDS.livedExperience)}/${a},"")`);
  for (const counted of [a, b, c, cell(ADDED_FIELDS.livedExperience)])
    expect(checkAt(counted)).toMatchObject({ kind: 'whole', min: 0 });
});

test('the month and its due date are real dates; site and lead are kept as typed', () => {
  expect(valueAt(sheet, cell(HEADER_FIELDS.month))).toBe(excelSerial({ year: 2008, month: 3, day: 1 }));
  expect(valueAt(sheet, cell(HEADER_FIELDS.dueDate))).toBe(excelSerial({ year: 2008, month: 4, day: 5 }));
  expect(valueAt(sheet, cell(HEADER_FIELDS.site))).toBe('=Cheshire');
  expect(valueAt(sheet, cell(HEADER_FIELDS.lead))).toBe('@Jo');
  expect(sheet.formulas?.map((f) => f.cell)).not.toContain(cell(HEADER_FIELDS.site));
  const dateInputs = [ADDED_FIELDS.dateSubmitted, ADDED_FIELDS.steeringGroupMeeting, 'EO1_DateAchieved'].map(cell);
  const formatAt = (at: string) =>
    sheet.styles
      .filter((s) => {
        const r = parseRange(s.range);
        const { row, col } = parseCell(at);
        return row >= r.row && row <= r.lastRow && col >= r.col && col <= r.lastCol;
      })
      .map((s) => s.style.numberFormat)
      .filter(Boolean);
  for (const at of dateInputs) expect(formatAt(at)).toEqual(['dd/mm/yyyy']);
});

test('A4 portrait, fit to width, protected without a password unless given one', () => {
  expect(sheet.print).toMatchObject({ orientation: 'portrait', fitToWidth: true });
  expect(sheet.protect).toEqual({ password: undefined });
  const locked = buildMonthSheet(NATIONAL_DEFINITION, { site: 'S', lead: 'L', month: MARCH_2008, password: 'pw' });
  expect(locked.sheet.protect).toEqual({ password: 'pw' });
});

test('each objective prints whole on one page, no heading ends a page, and the additions never print alone', () => {
  const breaks = sheet.pageBreaks ?? [];
  const heights = sheet.rows.map((_, r) => sheet.rowHeights?.[r] ?? 15);
  const pages = [0, ...breaks, sheet.rows.length];
  // The budget the issue set: a one-month report in at most 7 pages (LibreOffice prints 7: see the page test).
  expect(pages.length - 1).toBeLessThanOrEqual(7);
  for (let p = 0; p + 1 < pages.length; p++) {
    const used = heights.slice(pages[p], pages[p + 1]).reduce((a, b) => a + b, 0);
    expect(used).toBeLessThanOrEqual(
      pagePoints(
        sheet.columns.map((c) => c.width),
        'portrait',
      ),
    );
  }
  // Every objective, from its statement to its PDSA row, lies between two breaks.
  const statements = NATIONAL_DEFINITION.sections.flatMap((s) => s.objectives.map((o) => o.statement));
  for (const statement of statements) {
    const first = sheet.rows.findIndex((r) => r[0] === statement);
    const last = sheet.rows.findIndex((r, i) => i > first && r[0] === NATIONAL_DEFINITION.objectiveLabels.pdsa);
    expect(breaks.filter((b) => b > first && b <= last)).toEqual([]);
  }
  // A section heading is never the last thing on a page: it shares its page with its first objective.
  for (const section of NATIONAL_DEFINITION.sections) {
    const heading = sheet.rows.findIndex((r) => r[0] === section.title);
    const next = sheet.rows.findIndex((r) => r[0] === section.objectives[0].statement);
    expect(breaks.filter((b) => b > heading && b <= next)).toEqual([]);
  }
  const added = sheet.rows.findIndex((r) => r[0] === 'Added by the STR Toolkit: not part of the national form');
  expect(breaks).not.toContain(added);
  expect(breaks).not.toContain(added - 1);
});

test('the "please state" box of Other has a label, and a share over 100% is flagged in words and shading', () => {
  const other = parseCell(cell(areaNameField('Other')));
  const labelRow = sheet.rows.findIndex((r) => r[0] === NATIONAL_DEFINITION.serviceAreas.teamHeading);
  expect(sheet.rows[labelRow][other.col]).toBe(OTHER_NAME_LABEL);
  expect(sheet.merges).toContain(`${cellAddress(labelRow, other.col)}:${cellAddress(labelRow, 3)}`);
  const share = cell(ADDED_FIELDS.livedExperienceShare);
  const flag = sheet.formulas?.find((f) => f.formula.includes(OVER_100_TEXT));
  expect(flag?.formula).toBe(`=IF(AND(ISNUMBER(${share}),${share}>1),"${OVER_100_TEXT}","")`);
  expect(parseCell(flag!.cell).row).toBe(parseCell(share).row);
  expect(sheet.conditionalFormats).toEqual([
    { kind: 'over', range: share, value: 1, fill: 'F8D7DA', fontColor: '9C0006' },
  ]);
});

test('carried and identity fields are all named on the sheet', () => {
  const all = names.map((n) => n.name);
  for (const name of [...IDENTITY_FIELDS, ...carriedFields(NATIONAL_DEFINITION)]) expect(all).toContain(name);
  expect(carriedFields(NATIONAL_DEFINITION)).toHaveLength(4 * 17 + 1);
});

test('a scale too long for an input message is cut to 255 characters and points to the full scale', () => {
  const long: Objective = {
    statement: 's',
    scale: [0, 1, 2, 3].map((value) => ({ value, text: `${value} – ${'a long description '.repeat(4)}` })),
  };
  const prompt = scalePrompt(long);
  expect(prompt.length).toBeLessThanOrEqual(255);
  expect(prompt.endsWith('… (full scale above)')).toBe(true);
  for (const o of NATIONAL_DEFINITION.sections.flatMap((s) => s.objectives))
    expect(scalePrompt(o).length).toBeLessThanOrEqual(255);
});

test('the form layout: spans merge, rows wrap to fit, and mistakes are refused', () => {
  const form = new FormLayout([10, 10]);
  form.row([{ text: 'x '.repeat(30), span: 2 }]);
  form.row([{ text: 'label' }, { input: { name: 'A_One', kind: 'count' } }]);
  const spec = form.toSheet('S', { orientation: 'portrait', fitToWidth: true }, {});
  expect(spec.merges).toEqual(['A1:B1']);
  expect(spec.rowHeights?.[0]).toBeGreaterThan(15);
  expect(spec.rowHeights?.[1]).toBeUndefined();
  expect(form.cellOf('A_One')).toBe('B2');
  expect(() => form.row([{ text: 'x', span: 3 }])).toThrow(/wider than the form's 2 columns/);
  expect(() => form.row([{ input: { name: 'A_One', kind: 'text' } }])).toThrow(/Two cells of the form are named A_One/);
  expect(() => form.cellOf('Nope')).toThrow(/no field named Nope/);
  expect(parseRange(spec.merges[0]).lastCol).toBe(1);
});
