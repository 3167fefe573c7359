import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../helpers/cli';
import { workerFileNames } from '../../src/cli/worker-file-names';

const run = runCli;

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'str-ksf-'));

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe('str-toolkit ksf-outline, one worker', () => {
  test('writes the pair of sheets and says so', async () => {
    const file = path.join(tmp(), 'sam.xlsx');
    const r = await run([
      'ksf-outline',
      '--name',
      'Sam Lee',
      '--grade',
      'intermediate',
      '--setting',
      'older-people',
      '--team',
      'North',
      '-o',
      file,
    ]);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toBe(`Wrote ${file}: a role profile and KSF outline for 1 worker.`);
    expect(await sheetNames(file)).toEqual(['Role - Sam Lee', 'KSF - Sam Lee', 'STR Toolkit Info']);
  });

  test.each([
    [['--grade', 'senior', '--setting', 'crisis', '-o', 'a.xlsx'], /Say who the outline is for with --name NAME/],
    [
      ['--name', '  ', '--grade', 'senior', '--setting', 'crisis', '-o', 'a.xlsx'],
      /The name given with --name is empty/,
    ],
    [
      ['--name', 'Sam', '--setting', 'crisis', '-o', 'a.xlsx'],
      /Say the grade with --grade: Foundation, Intermediate or Senior/,
    ],
    [
      ['--name', 'Sam', '--grade', 'Band 4', '--setting', 'crisis', '-o', 'a.xlsx'],
      /The grade "Band 4" is not Foundation, Intermediate or Senior/,
    ],
    [
      ['--name', 'Sam', '--grade', 'senior', '--setting', 'Ward 3', '-o', 'a.xlsx'],
      /The setting "Ward 3" is not one of Community mental health team, .* or Child and adolescent/,
    ],
    [['--name', 'Sam', '--grade', 'senior', '--setting', 'crisis'], /-o FILE\.xlsx/],
    [
      ['--name', 'Sam', '--grade', 'senior', '--setting', 'crisis', '-o', 'a.xlsx', '--split', 'dir'],
      /either -o FILE\.xlsx or --split DIR/,
    ],
    [['--staff', 'x.csv', '--name', 'Sam', '-o', 'a.xlsx'], /leave out --name/],
    [['--staff', 'staff.txt', '-o', 'a.xlsx'], /\.csv or \.xlsx/],
    [['--staff', 'nowhere.csv', '-o', 'a.xlsx'], /nowhere\.csv: Not found: there is no such file\./],
  ])('bad usage %j: a clear message, exit 2, nothing written', async (args, message) => {
    const dir = tmp();
    const r = await run([
      'ksf-outline',
      ...(args as string[]).map((a) => (a.endsWith('.xlsx') ? path.join(dir, a) : a)),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('never overwrites without --force', async () => {
    const file = path.join(tmp(), 'mine.xlsx');
    fs.writeFileSync(file, 'my own work');
    const args = ['ksf-outline', '--name', 'Sam', '--grade', 'senior', '--setting', 'crisis', '-o', file];
    const refused = await run(args);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/already exists.*--force/);
    expect(fs.readFileSync(file, 'utf8')).toBe('my own work');
    expect((await run([...args, '--force'])).code).toBe(0);
  });
});

describe('str-toolkit ksf-outline --staff', () => {
  const csv = [
    'Name,Grade,Setting,Team',
    '"Lee, Sam",Intermediate,CMHT,North',
    '"=HYPERLINK(""http://x"",""y"")",senior,older people\'s,',
    ',Foundation,crisis,',
    'Bob,Snr,Ward 3,',
    '+1,foundation,in-patient,East',
  ].join('\r\n');

  test('valid rows are written, bad rows named, exit 1', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'staff.csv'), csv);
    const out = path.join(dir, 'team.xlsx');
    const r = await run(['ksf-outline', '--staff', path.join(dir, 'staff.csv'), '-o', out]);
    expect(r.code).toBe(1);
    expect(r.out).toBe(`Wrote ${out}: a role profile and KSF outline for 3 workers and an index sheet.`);
    expect(r.err).toMatch(/staff\.csv: Row 4: the name is empty\. This row was left out\./);
    expect(r.err).toMatch(/staff\.csv: Row 5: the grade "Snr" is not .*; the setting "Ward 3" is not one of/);
    expect(r.err).toMatch(/2 rows were left out/);
    const names = await sheetNames(out);
    expect(names).toEqual([
      'Staff outlines',
      'Role - Lee, Sam',
      'KSF - Lee, Sam',
      'Role - =HYPERLINK("http---x","y',
      'KSF - =HYPERLINK("http---x","y',
      'Role - +1',
      'KSF - +1',
      'STR Toolkit Info',
    ]);
  });

  test('a staff list with a missing column writes nothing, exit 2', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'staff.csv'), 'Name,Grade,Team\r\nSam,Senior,North\r\n');
    const r = await run(['ksf-outline', '--staff', path.join(dir, 'staff.csv'), '-o', path.join(dir, 'out.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/has no "setting" column\. Its header row \(row 1\) reads: Name, Grade, Team/);
    expect(r.err).toMatch(/nothing was written/);
    expect(fs.readdirSync(dir)).toEqual(['staff.csv']);
  });

  test('a staff .xlsx is read from its first sheet, with local rows from its Competence Framework sheet', async () => {
    const dir = tmp();
    const wb = new ExcelJS.Workbook();
    const staff = wb.addWorksheet('Staff');
    staff.addRows([
      ['name', 'GRADE', 'Setting'],
      ['Jo Bloggs', 'Senior', 'Early intervention'],
    ]);
    const fw = wb.addWorksheet('Competence Framework');
    fw.addRows([
      ['The full STR Competence Framework'],
      ['Source'],
      [
        'Area',
        'Section',
        'Core Tasks',
        'National Occupational Standards (NOS)',
        'Other related NOS',
        'Indicative links: KSF Dimension & Level',
        'Ten ESC',
      ],
      [
        'Local',
        'Recovery',
        '• Co-facilitate courses',
        'LOC1 Support people at the recovery college',
        null,
        'G1/Level 1',
        null,
      ],
    ]);
    await wb.xlsx.writeFile(path.join(dir, 'staff.xlsx'));
    const out = path.join(dir, 'jo.xlsx');
    const r = await run(['ksf-outline', '--staff', path.join(dir, 'staff.xlsx'), '-o', out]);
    expect([r.code, r.err]).toEqual([0, '']);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(out);
    const profile = read.getWorksheet('Role - Jo Bloggs')!;
    const codes: unknown[] = [];
    profile.eachRow((row) => codes.push(row.getCell(2).value));
    expect(codes).toContain('LOC1');
  });

  test('--split: one workbook per worker; refuses to overwrite any, writing none', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'staff.csv'), csv);
    const split = path.join(dir, 'out');
    const r = await run(['ksf-outline', '--staff', path.join(dir, 'staff.csv'), '--split', split]);
    expect(r.code).toBe(1);
    expect(r.out).toBe(`Wrote 3 workbooks to ${split}, one per worker.`);
    expect(fs.readdirSync(split).sort()).toEqual(['+1.xlsx', '=HYPERLINK(-http---x-,-y-).xlsx', 'Lee, Sam.xlsx']);
    expect(await sheetNames(path.join(split, 'Lee, Sam.xlsx'))).toEqual([
      'Role - Lee, Sam',
      'KSF - Lee, Sam',
      'STR Toolkit Info',
    ]);

    fs.rmSync(path.join(split, '+1.xlsx'));
    const again = await run(['ksf-outline', '--staff', path.join(dir, 'staff.csv'), '--split', split]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/These files already exist: .*Lee, Sam\.xlsx.*Nothing was written/);
    expect(fs.readdirSync(split)).not.toContain('+1.xlsx');
  });
});

test('split file names are safe everywhere and unique ignoring case', () => {
  expect(
    workerFileNames(['Sam Lee', 'sam lee', 'a/b\\c:d*e?f"g<h>i|j', 'CON', '.hidden', '-rf', 'trailing. ', '']),
  ).toEqual([
    'Sam Lee.xlsx',
    'sam lee (2).xlsx',
    'a-b-c-d-e-f-g-h-i-j.xlsx',
    'CON_.xlsx',
    'hidden.xlsx',
    'rf.xlsx',
    'trailing.xlsx',
    'Worker.xlsx',
  ]);
});

test('--help lists the command and its options', async () => {
  expect((await run(['--help'])).out).toMatch(/ksf-outline\s+write role profiles and KSF outlines/);
  const help = (await run(['ksf-outline', '--help'])).out;
  for (const option of ['--name', '--grade', '--setting', '--team', '--staff', '--framework', '--split', '--force'])
    expect(help).toContain(option);
});
