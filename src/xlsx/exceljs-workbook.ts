/**
 * exceljs's Workbook on its own. The package's entry point also loads its streaming reader and writer and its CSV
 * support, which the toolkit never uses: a quarter of a second of every command's start (measured: loading the
 * entry point took 0.67 s of CPU, the Workbook alone 0.35 s). It is the same class the entry point exports.
 */
import type ExcelJS from 'exceljs';

export const Workbook = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
