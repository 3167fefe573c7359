/** `str-toolkit check FILE... [--previous FILE] [--json] [--out FILE.xlsx]`: check completed workbooks. */
import { counted, notFilledSentence } from '../words';
import fs from 'fs';
import path from 'path';
import { checkExitCode, checkFiles, FileFinding, FilesChecked } from '../check/check-files';
import { CHECKERS } from '../check/checkers';
import { buildResultsSheet } from '../check/results-sheet';
import { readExplanations, withExplanations } from '../check/accepted';
import { countBySeverity } from '../rules/types';
import { EMPTY_WORKBOOK, placeWorkbook } from '../sheets/placement';
import { renderPlacement } from '../xlsx/render';
import { backupNotice, writeNewFile } from '../xlsx/safe-write';
import { gridRows } from '../check/documents';
import { parseRegistry, REGISTRY_SHEET } from '../sheets/stamp';
import { readWorkbooks } from '../xlsx/read-pool';
import { TOOLKIT_VERSION } from '../version';
import { Command } from './command';
import { expandInputs, requireFile, requireSomeFound } from './inputs';
import { startProgress } from './progress';
import { UserError } from '../errors';
import { RESULTS_DOCUMENT } from '../sheets/document-kinds';
import { xlsxBytes } from '../xlsx/xlsx-bytes';

export const checkCommand: Command = {
  name: 'check',
  summary: 'check completed monthly returns, KSF outlines and role profiles',
  help: `Usage: str-toolkit check FILE... [--previous FILE] [--json] [--out RESULTS.xlsx [--force]]

Checks completed workbooks made by the STR Toolkit against the national rules and
lists every finding with its sheet and cell. FILE may be a folder or a pattern
such as "returns/*.xlsx".

  --previous FILE  last month's return, to compare ratings and baselines with; what was
                   compared is said, and a file nothing was compared with (another
                   site's, or without the month before) gets a warning saying why
  --json           print the findings as JSON: [{file, sheet, cell, ruleId, severity, message, fix}];
                   a month not filled in yet is one "note", never an error
  --out FILE       also write the findings to a "Check results" workbook; explanations
                   written beside warnings there are kept when you check again
  --force          replace the --out file if it is an earlier results workbook (it
                   is kept as "NAME (backup DATE TIME).xlsx"); any other file is refused

Exit status: 0 no errors (warnings and months not filled in yet allowed), 1 errors
found, 2 a file could not be read or a name found no workbook ("not found").`,
  options: {
    previous: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  allowPositionals: true,
  async run(values, positionals, io) {
    const expanded = await expandInputs(positionals);
    const files = requireSomeFound(expanded, `Name at least one workbook to check.\n\n${this.help}`);
    const previousFiles = (values.previous as string[] | undefined) ?? [];
    for (const previous of previousFiles) await requireFile(previous, '--previous');
    const out = typeof values.out === 'string' ? values.out : undefined;
    if (out && !/\.xlsx$/i.test(out)) throw new UserError(`The results file must end in .xlsx: ${out}`);
    if (out && values.force !== true && fs.existsSync(out)) {
      throw new UserError(`${out} already exists. Choose another file name, or add --force to replace it.`);
    }
    // Read before checking, so a file that is not our results workbook is refused before any work is done.
    const explanations = out && fs.existsSync(out) ? await earlierExplanations(out) : undefined;
    const progress = startProgress(files.length, io.stderrIsTTY && !values.json, 'Checking');
    const result = await checkFiles(files, previousFiles, CHECKERS, new Date(), {
      onEach: (file) => progress.tick(path.basename(file)),
    });
    progress.stop();
    // Names that found nothing are reported like unreadable files: the others are still checked, and the exit is 2.
    result.unreadable.unshift(
      ...expanded.notFound.map((n) => ({ file: n.input, problem: 'not-found', message: n.message })),
    );
    if (explanations) result.findings = withEarlierExplanations(explanations, result.findings);
    if (values.json) io.log(JSON.stringify(jsonFindings(result), null, 2));
    else io.log(readableReport(result));
    const backup = out ? await writeResults(out, result, values.force === true) : undefined;
    if (out && backup) io.error(backupNotice(out, backup));
    return checkExitCode(result);
  },
};

/** The JSON contract: one entry per finding, and one error entry per file that could not be read. */
export function jsonFindings(result: FilesChecked) {
  return [
    ...result.unreadable.map((u) => ({
      file: u.file,
      sheet: '',
      cell: '',
      ruleId: `file.${u.problem}`,
      severity: 'error',
      message: u.message,
      fix: u.problem === 'not-found' ? 'Check the name and the folder, then run the check again.' : '',
    })),
    ...result.findings.map((f) => ({
      file: f.file,
      sheet: f.sheet,
      cell: f.cell,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      fix: f.fix ?? '',
      ...(f.explanation && { accepted: f.explanation }),
    })),
  ];
}

function readableReport(result: FilesChecked): string {
  const lines: string[] = [];
  for (const u of result.unreadable) lines.push(`${u.file}: could not be read. ${u.message}`);
  for (const c of result.compared)
    lines.push(`${c.file} › ${c.sheet}: compared with ${c.previousFile} › ${c.previousSheet} (--previous).`);
  const byFile = new Map<string, FileFinding[]>();
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, findings] of byFile) {
    lines.push('', file);
    for (const f of findings) {
      const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
      const label =
        f.severity === 'error' ? 'ERROR  ' : f.severity === 'note' ? 'note' : f.explanation ? 'ACCEPTED' : 'warning';
      lines.push(`  ${label.padEnd(8)} ${where.padEnd(18)} ${f.message}${f.fix ? ` ${f.fix}` : ''}`);
    }
  }
  const { errors, warnings, notFilled } = countBySeverity(result.findings);
  // Accepted warnings are counted apart, as on the results sheet and in the pane: they are not open.
  const accepted = result.findings.filter((f) => f.severity === 'warning' && f.explanation).length;
  const open = warnings - accepted;
  lines.push(
    '',
    `Checked ${counted(result.checked, 'file')}: ${counted(errors, 'error')}, ${counted(open, 'warning')}` +
      (accepted ? `, ${accepted} accepted` : '') +
      (result.unreadable.length ? `; ${counted(result.unreadable.length, 'file')} could not be read.` : '.'),
  );
  if (notFilled > 0) lines.push(notFilledSentence(notFilled));
  return lines.join('\n').trimStart();
}

/** The stamp's document name for a results workbook written by --out. */

/** How a finding is named on the results workbook, where several files' findings meet. */
const resultsSheetLabel = (f: FileFinding) =>
  f.sheet ? `${path.basename(f.file)} › ${f.sheet}` : path.basename(f.file);

/**
 * Explanations written beside warnings in an earlier copy of the results workbook. The file is replaced only
 * if it is a results workbook the toolkit wrote and can read: anything else may hold work of the user's, so
 * it is refused, naming the problem.
 */
async function earlierExplanations(out: string): Promise<Map<string, string>> {
  const [earlier] = await readWorkbooks([out], { size: 1 });
  if (!earlier.ok) {
    throw new UserError(
      `${out} was not replaced: it could not be read as a Check results workbook. ${earlier.message} ` +
        'Choose another --out file name.',
    );
  }
  const registry = earlier.grid.sheets.find((s) => s.name === REGISTRY_SHEET);
  const stamp = (registry ? parseRegistry(gridRows(registry)) : []).find((e) => e.document === RESULTS_DOCUMENT);
  const sheet = stamp && earlier.grid.sheets.find((s) => s.name === stamp.sheet);
  if (!sheet) {
    throw new UserError(
      `${out} was not replaced: it is not a Check results workbook made by the STR Toolkit` +
        `${stamp ? ` (its "${stamp.sheet}" sheet is missing)` : ''}, so it may hold other work. ` +
        'Choose another --out file name.',
    );
  }
  return readExplanations(sheet);
}

function withEarlierExplanations(explanations: Map<string, string>, findings: FileFinding[]): FileFinding[] {
  return findings.map((f) => {
    const [labelled] = withExplanations([{ ...f, sheet: resultsSheetLabel(f) }], explanations);
    return labelled.explanation ? { ...f, explanation: labelled.explanation } : f;
  });
}

/** Returns the backup's path when an earlier results workbook was replaced. */
async function writeResults(out: string, result: FilesChecked, force: boolean): Promise<string | undefined> {
  const unreadable = result.unreadable.map((u) => ({
    ruleId: `file.${u.problem}`,
    severity: 'error' as const,
    sheet: path.basename(u.file),
    cell: '',
    message: u.message,
    linkTo: null,
  }));
  // Each finding's cell links into the checked file, by a path relative to the results workbook.
  const linkFile = (file: string) =>
    path
      .relative(path.dirname(path.resolve(out)), path.resolve(file))
      .split(path.sep)
      .join('/');
  const findings = [
    ...unreadable,
    ...result.findings.map((f) => ({
      ...f,
      sheet: resultsSheetLabel(f),
      linkTo: f.sheet ? { file: linkFile(f.file), sheet: f.sheet } : null,
    })),
  ];
  const sheet = buildResultsSheet(findings, new Date());
  const stamp = {
    document: RESULTS_DOCUMENT,
    template: 'str-check-results',
    templateVersion: '1',
    toolkitVersion: TOOLKIT_VERSION,
    frameworkEdition: '',
    generated: new Date().toISOString(),
  };
  const workbook = renderPlacement(
    placeWorkbook({ sheets: [sheet], names: [] }, EMPTY_WORKBOOK, stamp, [], 'keep-both'),
  );
  return writeNewFile(out, await xlsxBytes(workbook), force);
}
