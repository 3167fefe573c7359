/**
 * Round trips and payload of an insert into the fake Excel host, for tests and the bench:
 * the guide's limits are a fixed, small number of syncs and each request well under 5 MB.
 */
import { WorkbookSpec } from '../../src/sheets/model';
import { StampEntry } from '../../src/sheets/stamp';
import { ExistingChoice } from '../../src/sheets/placement';
import { applyInsert, insertFramework, planInsert } from '../../src/excel/insert-framework';
import { FakeExcel, FakeExcelOptions, SyncStat } from './fake-excel';
import { officeJsContext } from './office-js-host';

/** Excel on the web's request payload limit. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface InsertMeasure {
  syncs: number;
  /** Largest single sync, in bytes. */
  payloadBytes: number;
  totalBytes: number;
  perSync: SyncStat[];
  sheets: string[];
}

function measure(fake: FakeExcel, sheets: string[]): InsertMeasure {
  return {
    syncs: fake.syncCount,
    payloadBytes: fake.maxSyncBytes,
    totalBytes: fake.syncs.reduce((sum, s) => sum + s.bytes, 0),
    perSync: [...fake.syncs],
    sheets,
  };
}

/** Insert the framework into a fresh fake workbook (or one seeded by `options`). */
export async function measureFrameworkInsert(options: FakeExcelOptions = {}): Promise<InsertMeasure> {
  const fake = new FakeExcel(options);
  const result = await insertFramework(officeJsContext(fake), 'keep-both', new Date(Date.UTC(2026, 0, 1)));
  return measure(fake, result.sheets);
}

/** Insert any spec, e.g. a fixture or a future document type. */
export async function measureInsert(
  spec: WorkbookSpec,
  stamp: Omit<StampEntry, 'sheet'>,
  choice: ExistingChoice = 'keep-both',
  options: FakeExcelOptions = {},
): Promise<InsertMeasure> {
  const fake = new FakeExcel(options);
  const context = officeJsContext(fake);
  const result = await applyInsert(context, await planInsert(context, spec, stamp), choice);
  return measure(fake, result.sheets);
}
