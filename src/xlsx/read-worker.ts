/**
 * Worker thread: reads one .xlsx file's bytes with the toolkit's workbook reader (src/ooxml/read-xlsx.ts) and
 * posts back its grid, or the reader's reason for refusing it. The pool (read-pool.ts) gives the worker its
 * memory cap and time limit, and sends files one at a time in order; each is read at once, synchronously.
 */
import { parentPort } from 'worker_threads';
import { PreflightLimits } from '../ooxml/preflight';
import { readXlsx, XlsxReadError } from '../ooxml/read-xlsx';

export interface ReadRequest {
  id: number;
  bytes: Uint8Array;
  limits: PreflightLimits;
}

export type ReadAnswer =
  | { id: number; json: string }
  | { id: number; problem: XlsxReadError['problem']; message: string }
  /** Something else went wrong: a fault of the reader's, whose words would mean nothing to a user. */
  | { id: number; failed: true };

function read({ id, bytes, limits }: ReadRequest): ReadAnswer {
  try {
    const grid = readXlsx(bytes, { limits });
    // JSON text crosses threads far faster than a structured clone of many small cell objects.
    return { id, json: JSON.stringify(grid) };
  } catch (error) {
    if (error instanceof XlsxReadError) return { id, problem: error.problem, message: error.message };
    return { id, failed: true };
  }
}

parentPort?.on('message', (request: ReadRequest) => parentPort?.postMessage(read(request)));
