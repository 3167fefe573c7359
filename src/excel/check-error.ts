/**
 * The error the check's Office.js adapter throws when Excel stopped part-way through a change: its
 * message already says, in plain words, what may be left and what to do (messages.ts shows it as is).
 */
export class CheckError extends Error {
  constructor(
    message: string,
    readonly cause: unknown,
  ) {
    super(message);
    this.name = 'CheckError';
  }
}

export function excelSaid(error: unknown): string {
  return `(Excel said: ${error instanceof Error ? error.message : String(error)})`;
}
