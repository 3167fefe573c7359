/** Runs LibreOffice headless, when installed, to open generated workbooks in a real spreadsheet program. */
import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { requiredInCi } from './tools';

/** LibreOffice's soffice, or null (under CI, missing fails: see tools.ts). */
export function findSoffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  requiredInCi(false, 'LibreOffice (soffice)', 'libreoffice-calc-nogui');
  return null;
}

/** Converts `file` with LibreOffice to `format` (e.g. "pdf") and returns the output path. */
export function convertWithLibreOffice(soffice: string, file: string, format: string): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-lo-out-'));
  // A private profile so parallel runs and a user's own LibreOffice settings don't interfere.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'str-lo-profile-'));
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${format.split(':')[0]}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${file} to ${format}`);
  return out;
}

/** Text as a LibreOffice Basic string literal, inside the XML of a Basic module. */
function basicString(text: string): string {
  const literal = `"${text.replace(/"/g, '""')}"`;
  return literal.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One round of typing into a sheet, then saving the whole workbook as `out`. */
export interface FillStep {
  sheet: string;
  typed: Record<string, string>;
  out: string;
}

/**
 * Has LibreOffice itself fill a workbook and save it as .xlsx: a Basic macro opens `file`, enters each text
 * into its cell as if typed (XCell.setFormula: LibreOffice's own input recognition, so "5" becomes a number,
 * "2008-02-01" a date and "'2" the text 2), recalculates, and stores the result with the Excel 2007 filter.
 * Entering through the API skips data validation, as pasting does. Returns the saved file's path.
 */
export function fillWithLibreOffice(
  soffice: string,
  file: string,
  sheet: string,
  typed: Record<string, string>,
): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-lo-filled-'));
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}-filled.xlsx`);
  fillStepsWithLibreOffice(soffice, file, [{ sheet, typed, out }]);
  return out;
}

/**
 * As fillWithLibreOffice, in steps, with one start of LibreOffice: the workbook stays open, and after each
 * step's typing it is saved as that step's `out`. So a site's workbook sent every month (the March copy,
 * then March and April, ...) is saved by LibreOffice each time, as a site lead would.
 */
export function fillStepsWithLibreOffice(soffice: string, file: string, steps: FillStep[]): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'str-lo-profile-'));
  const env = `-env:UserInstallation=file://${profile}`;
  // A first start writes the profile, with its empty Standard library that the macro then replaces.
  execFileSync(soffice, [env, '--headless', '--terminate_after_init'], { stdio: 'pipe', timeout: 120_000 });
  const module = path.join(profile, 'user', 'basic', 'Standard', 'Module1.xba');
  if (!fs.existsSync(module)) throw new Error(`LibreOffice did not create its macro library in ${profile}`);
  const stepLines = steps.flatMap((step) => [
    `  sheet = doc.Sheets.getByName(${basicString(step.sheet)})`,
    ...Object.entries(step.typed).map(
      ([address, text]) => `  sheet.getCellRangeByName(${basicString(address)}).setFormula(${basicString(text)})`,
    ),
    '  doc.calculateAll()',
    `  doc.storeToURL(${basicString(pathToFileURL(step.out).href)}, save())`,
  ]);
  fs.writeFileSync(
    module,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">',
      '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">',
      'Sub Fill',
      '  Dim hidden(0) As New com.sun.star.beans.PropertyValue',
      `  hidden(0).Name = ${basicString('Hidden')}`,
      '  hidden(0).Value = True',
      `  doc = StarDesktop.loadComponentFromURL(${basicString(pathToFileURL(file).href)}, ${basicString('_blank')}, 0, hidden())`,
      '  Dim save(0) As New com.sun.star.beans.PropertyValue',
      `  save(0).Name = ${basicString('FilterName')}`,
      `  save(0).Value = ${basicString('Calc MS Excel 2007 XML')}`,
      ...stepLines,
      '  doc.close(True)',
      'End Sub',
      '</script:module>',
    ].join('\n'),
  );
  execFileSync(soffice, [env, '--headless', 'macro:///Standard.Module1.Fill'], { stdio: 'pipe', timeout: 180_000 });
  for (const step of steps)
    if (!fs.existsSync(step.out)) throw new Error(`LibreOffice did not save ${step.out} (the macro failed)`);
}
