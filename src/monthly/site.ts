/** Sites are the same whatever the case or spacing of their names: "Cheshire  & wirral" is "Cheshire & Wirral". */
export function siteKey(site: string): string {
  return site.trim().replace(/\s+/g, ' ').toLowerCase();
}
