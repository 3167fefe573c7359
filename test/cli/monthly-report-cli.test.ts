import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../helpers/cli';
import { parseSiteRows, siteFileStem } from '../../src/staff/site-list';
import { parseCsv } from '../../src/staff/csv';
import { NATIONAL_DEFINITION } from '../../src/monthly/definition';

const run = runCli;
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'str-monthly-cli-'));

async function sheetsOf(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

test('one site, one month', async () => {
  const file = path.join(tmp(), 'report.xlsx');
  const result = await run([
    'monthly-report',
    '--site',
    'Cheshire',
    '--lead',
    'Jo Bloggs',
    '--month',
    '2008-03',
    '-o',
    file,
  ]);
  expect(result).toMatchObject({ code: 0, err: '' });
  expect(result.out).toBe(`Wrote ${file}: the monthly report for Cheshire, one sheet (2008-03).`);
  const workbook = await sheetsOf(file);
  expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
    ['2008-03', 'visible'],
    ['STR Toolkit Info', 'hidden'],
  ]);
  expect(workbook.getWorksheet('2008-03')?.getCell('B10').value).toBe('Cheshire');
});

test('twelve months with a password', async () => {
  const file = path.join(tmp(), 'year.xlsx');
  const result = await run([
    'monthly-report',
    '--site',
    'S',
    '--lead',
    'L',
    '--month',
    '2008-11',
    '--months',
    '12',
    '--password',
    'pw',
    '-o',
    file,
  ]);
  expect(result.out).toContain('12 sheets, one per month (2008-11 to 2009-10)');
  const names = (await sheetsOf(file)).worksheets.map((w) => w.name);
  expect(names.slice(0, 12)).toEqual([
    '2008-11',
    '2008-12',
    '2009-01',
    '2009-02',
    '2009-03',
    '2009-04',
    '2009-05',
    '2009-06',
    '2009-07',
    '2009-08',
    '2009-09',
    '2009-10',
  ]);
});

test('refuses to overwrite without --force and leaves the file untouched', async () => {
  const file = path.join(tmp(), 'mine.xlsx');
  fs.writeFileSync(file, 'my own work');
  const args = ['monthly-report', '--site', 'S', '--lead', 'L', '--month', '2008-03', '-o', file];
  const refused = await run(args);
  expect(refused.code).toBe(2);
  expect(refused.err).toMatch(/already exists.*--force/);
  expect(fs.readFileSync(file, 'utf8')).toBe('my own work');
  expect((await run([...args, '--force'])).code).toBe(0);
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
});

describe('a programme: --sites and --split', () => {
  const csv = [
    'Site,Programme Lead,Region',
    'Cheshire & Wirral,Jo Bloggs,North West',
    '"Devon, Cornwall",=Evil(),South West',
    '+44 Site,@lead,London',
    '-Minus,"Sam ""Sammy"" Smith",East',
    "St Mary's,Ann,West",
    '',
  ].join('\r\n');

  test('writes one workbook per site, every one opens, names stay text', async () => {
    const dir = tmp();
    const sites = path.join(dir, 'sites.csv');
    fs.writeFileSync(sites, csv);
    const out = path.join(dir, 'reports');
    const result = await run([
      'monthly-report',
      '--sites',
      sites,
      '--split',
      out,
      '--month',
      '2008-03',
      '--months',
      '12',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      `Wrote 5 workbooks to ${out}, one per site, each with 12 sheets, one per month (2008-03 to 2009-02).`,
    );
    expect(fs.readdirSync(out).sort()).toEqual([
      '44-site-2008-03.xlsx',
      'cheshire-wirral-2008-03.xlsx',
      'devon-cornwall-2008-03.xlsx',
      'minus-2008-03.xlsx',
      'st-marys-2008-03.xlsx',
    ]);
    const expected: Record<string, [string, string]> = {
      '44-site-2008-03.xlsx': ['+44 Site', '@lead'],
      'devon-cornwall-2008-03.xlsx': ['Devon, Cornwall', '=Evil()'],
      'minus-2008-03.xlsx': ['-Minus', 'Sam "Sammy" Smith'],
    };
    for (const name of fs.readdirSync(out)) {
      const workbook = await sheetsOf(path.join(out, name));
      expect(workbook.worksheets).toHaveLength(13);
      const [site, lead] = expected[name] ?? [];
      if (!site) continue;
      for (const ws of workbook.worksheets.slice(0, 12)) {
        expect([ws.getCell('B10').value, ws.getCell('B11').value]).toEqual([site, lead]);
        expect(ws.getCell('B10').type).toBe(ExcelJS.ValueType.String);
      }
    }
  });

  test('writes nothing when any file is already there, unless --skip-existing or --force (which keeps a backup)', async () => {
    const dir = tmp();
    const sites = path.join(dir, 'sites.csv');
    fs.writeFileSync(sites, csv);
    const out = path.join(dir, 'reports');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'st-marys-2008-03.xlsx'), 'keep me');
    const split = (...more: string[]) =>
      run(['monthly-report', '--sites', sites, '--split', out, '--month', '2008-03', ...more]);
    const refused = await split();
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(
      /1 of the files already exist .*st-marys-2008-03\.xlsx.*Nothing was written.*--skip-existing.*--force/,
    );
    expect(fs.readdirSync(out)).toEqual(['st-marys-2008-03.xlsx']);
    const skipped = await split('--skip-existing');
    expect(skipped.code).toBe(0);
    expect(skipped.out).toBe(
      `Wrote 4 workbooks to ${out}, one per site, each with one sheet (2008-03).\n` +
        `Kept 1 file that already existed (not changed):\n  ${path.join(out, 'st-marys-2008-03.xlsx')}`,
    );
    expect(fs.readFileSync(path.join(out, 'st-marys-2008-03.xlsx'), 'utf8')).toBe('keep me');
    const forced = await split('--force');
    expect(forced.code).toBe(0);
    const backups = fs.readdirSync(out).filter((f) => f.includes('(backup '));
    expect(backups).toHaveLength(5);
    expect(backups).toContainEqual(expect.stringMatching(/^st-marys-2008-03 \(backup \d{4}-\d\d-\d\d \d{4}\)\.xlsx$/));
    const kept = backups.find((f) => f.startsWith('st-marys'))!;
    expect(fs.readFileSync(path.join(out, kept), 'utf8')).toBe('keep me');
    expect(forced.err).toContain(`The earlier st-marys-2008-03.xlsx was kept as "${kept}".`);
  });
});

describe('--template: a locally adapted form', () => {
  function template(change: (d: Record<string, any>) => void): string {
    const d = JSON.parse(JSON.stringify(NATIONAL_DEFINITION));
    change(d);
    const file = path.join(tmp(), 'local.json');
    fs.writeFileSync(file, JSON.stringify(d));
    return file;
  }
  const args = (tpl: string, out: string) => [
    'monthly-report',
    '--site',
    'S',
    '--lead',
    'L',
    '--month',
    '2008-03',
    '--template',
    tpl,
    '-o',
    out,
  ];

  test('a valid adaptation is used and recorded', async () => {
    const out = path.join(tmp(), 'local.xlsx');
    const tpl = template((d) => {
      d.id = 'north-west-report';
      d.version = '3';
      d.sections[2].objectives.push({
        statement: 'Our own objective',
        scale: [
          { value: 0, text: '0 – No' },
          { value: 1, text: '1 – Yes' },
        ],
      });
    });
    expect((await run(args(tpl, out))).code).toBe(0);
    const workbook = await sheetsOf(out);
    const texts: unknown[] = [];
    workbook.getWorksheet('2008-03')?.eachRow((row) => texts.push(row.getCell(1).value));
    expect(texts).toContain('Our own objective');
    const registry = workbook.getWorksheet('STR Toolkit Info');
    expect([registry?.getCell('C2').value, registry?.getCell('D2').value]).toEqual(['north-west-report', '3']);
  });

  test('a broken one is refused with the bad field named, and nothing is written', async () => {
    const out = path.join(tmp(), 'local.xlsx');
    const tpl = template((d) => (d.sections[1].objectives[2].scale[1].value = 'one'));
    const result = await run(args(tpl, out));
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${tpl} is not a valid monthly report definition:`);
    expect(result.err).toContain('sections[1].objectives[2].scale[1].value must be an integer');
    expect(fs.existsSync(out)).toBe(false);
  });

  test('a file that is not JSON, or not there', async () => {
    const bad = path.join(tmp(), 'bad.json');
    fs.writeFileSync(bad, '{ "id": ');
    expect((await run(args(bad, 'x.xlsx'))).err).toMatch(/bad\.json is not valid JSON/);
    expect((await run(args('/no/such/file.json', 'x.xlsx'))).err).toBe(
      '/no/such/file.json: Not found: there is no such file.',
    );
  });
});

test.each([
  [['monthly-report', '--site', 'S', '--lead', 'L', '-o', 'x.xlsx'], /Give --month YYYY-MM/],
  [
    ['monthly-report', '--site', 'S', '--lead', 'L', '--month', 'March', '-o', 'x.xlsx'],
    /--month must be a year and month like 2008-03, not "March"/,
  ],
  [
    ['monthly-report', '--site', 'S', '--lead', 'L', '--month', '2008-03', '--months', '13', '-o', 'x.xlsx'],
    /--months must be a whole number from 1 to 12/,
  ],
  [['monthly-report', '--site', 'S', '--month', '2008-03', '-o', 'x.xlsx'], /Give --lead NAME/],
  [['monthly-report', '--site', 'S', '--lead', 'L', '--month', '2008-03'], /-o FILE\.xlsx/],
  [
    ['monthly-report', '--sites', 'a.csv', '--site', 'S', '--month', '2008-03'],
    /either --site, --lead and -o .* or --sites and --split/,
  ],
  [['monthly-report', '--sites', 'a.csv', '--month', '2008-03'], /Give --split DIR/],
])('bad usage %j gives a clear message and exit code 2', async (args, message) => {
  const result = await run(args as string[]);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(message);
});

test('--help lists the command and its options', async () => {
  expect((await run(['--help'])).out).toContain('monthly-report');
  expect((await run(['monthly-report', '--help'])).out).toContain('--sites FILE');
});

describe('the sites file', () => {
  test('quoted fields, a byte-order mark, blank rows, semicolons', () => {
    const sites = (text: string) => parseSiteRows(parseCsv(text));
    expect(sites('\uFEFFsite,lead\n\nA,B\n"St Mary\'s, North","Jo ""JJ"""\n')).toEqual({
      sites: [
        { site: 'A', lead: 'B', row: 3 },
        { site: "St Mary's, North", lead: 'Jo "JJ"', row: 4 },
      ],
      problems: [],
    });
    expect(sites('Site;Lead\nA;B').sites).toEqual([{ site: 'A', lead: 'B', row: 2 }]);
    expect(sites('Sites of the 2008 programme\n\nSite,Programme Lead\nA,B').sites).toEqual([
      { site: 'A', lead: 'B', row: 4 },
    ]);
  });

  test.each([
    ['', /The list of sites is empty/],
    ['Name,Lead\nA,B', /needs a header row with the columns "Site" and "Lead"/],
    ['Site,Lead\nA,B\na,C', /^Row 3: "a" is already on row 2\. This row was left out\.$/],
    ['Site,Lead\n,B\nC,D', /^Row 2: the site name is empty\. This row was left out\.$/],
    ['Site,Lead\nA,\nC,D', /^Row 2: the Lead \(the Programme Lead's name\) is empty\. This row was left out\.$/],
    ['Site,Lead', /has a header row but no sites/],
  ])('names the problem in %j', (text, message) => {
    expect(parseSiteRows(parseCsv(text)).problems).toEqual([expect.stringMatching(message)]);
  });

  test('file names from site names', () => {
    expect(siteFileStem("St Mary's (North)")).toBe('st-marys-north');
    expect(siteFileStem('Café Zürich')).toBe('cafe-zurich');
    expect(siteFileStem('===')).toBe('site');
  });
});
