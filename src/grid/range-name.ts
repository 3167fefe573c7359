/** A defined name's reference, "'My sheet'!$C$9" or "Sheet1!A1:B2", split into sheet and range. */
export function parseRangeName(ref: string): { sheet: string; range: string } | null {
  const match = /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(ref);
  if (!match) return null;
  return {
    sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2],
    range: match[3].replace(/\$/g, ''),
  };
}
