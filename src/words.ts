/** “1 return”, “29 returns”: a count with its noun, for messages on every front end. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
