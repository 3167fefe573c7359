import type { ReadProblem } from './preflight';

/**
 * A file the workbook reader refuses, with a plain-words reason. `problem` names the kind for tests and tallies:
 * one of preflight's, or "unreadable" for XML that is not well formed.
 */
export class XlsxReadError extends Error {
  constructor(
    readonly problem: ReadProblem | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'XlsxReadError';
  }
}
