/** “1 return”, “29 returns”: a count with its noun, for messages on every front end. */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** “1 month not filled in yet”, “11 months not filled in yet”: the same words on the sheet, in the pane and on the command line. */
export function notFilledIn(count: number): string {
  return `${counted(count, 'month')} not filled in yet`;
}

/** The sentence every front end says about months not filled in yet, e.g. after a check. */
export function notFilledSentence(count: number): string {
  return `${notFilledIn(count)}: each is checked once something is typed into it.`;
}

/** A file's name without its folders, for a sheet: the folders are the machine that made the workbook's, not the reader's. */
export const fileName = (source: string) => source.split(/[\\/]/).pop() ?? source;
