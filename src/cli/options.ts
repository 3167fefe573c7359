/** Checks shared by several commands' options, with messages a non-programmer can act on. */
import { UserError } from '../errors';

export function requireXlsxOut(out: unknown, help: string): string {
  if (typeof out !== 'string' || out === '') {
    throw new UserError(`Say where to write the workbook with -o FILE.xlsx.\n\n${help}`);
  }
  if (!/\.xlsx$/i.test(out)) throw new UserError(`The output file must end in .xlsx: ${out}`);
  return out;
}
