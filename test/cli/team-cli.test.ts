/**
 * `str-toolkit team` on a small team (three workers of three teams in one staff-list workbook, a workbook with no outline and
 * a damaged file): JSON, --as-of, --team, what is not included, and files never replaced without --force.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { buildResultsSheet } from '../../src/check/results-sheet';
import { frameworkStamp } from '../../src/sheets/framework-sheets';
import { writeWorkbookFile } from '../../src/xlsx/write-workbook';
import { runCli } from '../helpers/cli';
import { AS_OF, copyTeam, planTeam, TEAMS } from '../consolidate/team/team-fixture';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-team-cli-'));
const outlines = path.join(dir, 'outlines');
const plans = planTeam(3);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  fs.mkdirSync(outlines);
  await copyTeam(outlines, plans.length);
}, 300_000);

test('--json carries the numbers, as of the day given; what could not be used is listed', async () => {
  const run = await runCli(['team', outlines, '--json', '--as-of', AS_OF]);
  expect(run.code).toBe(0);
  const json = JSON.parse(run.out);
  expect(json.asOf).toBe(AS_OF);
  // One worker in each team: sorted by team, then name.
  expect(json.members.map((m: { team: string }) => m.team)).toEqual([...TEAMS].sort());
  expect(json.totals.workers).toBe(3);
  expect(json.totals.pdpActions).toBe(plans.flatMap((p) => p.pdp).length);
  expect(
    json.pdp.every((a: { status: string }) => ['Overdue', 'Open', 'Achieved', 'No target date'].includes(a.status)),
  ).toBe(true);
  expect(json.reviewsDue).toHaveLength(12);
  expect(json.dimensions.length).toBeGreaterThan(0);
  expect(json.notIncluded.map((n: { kind: string }) => n.kind)).toEqual(['unreadable', 'no-outline']);
});

test('--as-of moves "today": a review overdue now was not due a year earlier', async () => {
  const now = JSON.parse((await runCli(['team', outlines, '--json', '--as-of', '15/06/2009'])).out);
  const before = JSON.parse((await runCli(['team', outlines, '--json', '--as-of', '2008-06-15'])).out);
  expect(now.totals.reviewsOverdue).toBeGreaterThan(0);
  expect(before.totals.reviewsOverdue).toBe(0);
  const bad = await runCli(['team', outlines, '--json', '--as-of', 'next week']);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('--as-of needs a date such as 2009-06-15 or 15/06/2009, not "next week".');
});

test('--team keeps one team; a team no outline names gets "Did you mean"', async () => {
  const kept = JSON.parse((await runCli(['team', outlines, '--json', '--team', TEAMS[0].toUpperCase()])).out);
  expect(kept.members.map((m: { name: string }) => m.name)).toEqual([plans[0].worker.name]);
  expect(kept.otherTeams).toBe(2);
  const typo = await runCli(['team', outlines, '--json', '--team', 'Crisis Nort']);
  expect(typo.code).toBe(1);
  expect(typo.err).toContain('No worker is in team "Crisis Nort". Did you mean "Crisis North"?');
});

test('an existing workbook is never replaced without --force; with it, the old one is kept as a backup', async () => {
  const out = path.join(dir, 'team.xlsx');
  const first = await runCli(['team', outlines, '-o', out, '--as-of', AS_OF]);
  expect(first.code).toBe(0);
  expect(first.out).toMatch(/^Wrote .*team\.xlsx: 3 workers, as of 15\/06\/2009\./);
  const before = fs.readFileSync(out);
  const refused = await runCli(['team', outlines, '-o', out]);
  expect(refused.code).toBe(2);
  expect(refused.err).toContain('already exists. Choose another file name, or add --force to replace it.');
  expect(fs.readFileSync(out).equals(before)).toBe(true);
  const forced = await runCli(['team', outlines, '-o', out, '--force']);
  expect(forced.code).toBe(0);
  const backups = fs.readdirSync(dir).filter((f) => /^team \(backup .*\)\.xlsx$/.test(f));
  expect(backups).toHaveLength(1);
  expect(fs.readFileSync(path.join(dir, backups[0])).equals(before)).toBe(true);
});

test('a name that finds nothing stops the run; a folder with no outline writes nothing', async () => {
  const missing = await runCli(['team', path.join(dir, 'nowhere'), '--json']);
  expect(missing.code).toBe(2);
  const empty = path.join(dir, 'empty');
  fs.mkdirSync(empty);
  fs.copyFileSync(path.join(outlines, 'notes.xlsx'), path.join(empty, 'notes.xlsx'));
  // The checker's results, given by mistake: said plainly, like any workbook without an outline.
  const made = new Date(Date.UTC(2009, 5, 1));
  await writeWorkbookFile(
    path.join(empty, 'check-results.xlsx'),
    { sheets: [buildResultsSheet([], made)], names: [] },
    frameworkStamp(made),
    false,
  );
  const out = path.join(dir, 'none.xlsx');
  const none = await runCli(['team', empty, '-o', out]);
  expect(none.code).toBe(1);
  expect(none.err).toContain('No KSF outline could be included');
  expect(none.out).toContain(
    'check-results.xlsx: This workbook holds no KSF outline made by the STR Toolkit (its sheets: "Check results"). Make outlines',
  );
  expect(none.out).not.toContain('no sheets');
  expect(fs.existsSync(out)).toBe(false);
});
