/**
 * The NVQ Level 3 units that cover each NOS, against the handbook's own list (its Appendix, read here from the
 * seed text with a plain regex): a unit covers the NOS of its own code, so every NOS the handbook lists as a
 * unit is covered by exactly that unit, in its group, and every other NOS by none.
 */
import * as fs from 'fs';
import * as path from 'path';
import { framework } from '../../src/framework';
import { coreTasksServed, nvqUnitsCovering } from '../../src/framework/nvq';
import { HANDBOOK_SEED } from '../../scripts/extract-framework';

const SEED = path.resolve(__dirname, '../../../shared/seeds', HANDBOOK_SEED);
const haveSeed = fs.existsSync(SEED);
if (!haveSeed) test.skip('NVQ mapping against the seed skipped: ../shared/seeds not found', () => {});

(haveSeed ? describe : describe.skip)('NVQ Level 3 units covering each NOS', () => {
  const text = haveSeed ? fs.readFileSync(SEED, 'utf8') : '';
  const appendix = text.slice(text.indexOf('## NVQ Level 3 Health and Social Care Units most appropriate'));
  const section = appendix.slice(0, appendix.indexOf('\n## ', 5));
  /** code → [title, group], the group from the heading above the line. */
  const seedUnits = new Map<string, [string, string]>();
  let group = '';
  for (const line of section.split('\n')) {
    const heading = /Level 3 (Core|Optional|Additional) Units/.exec(line);
    if (heading) group = heading[1].toLowerCase();
    const unit = /^(HSC\d+)[\t ]+(.+?)\s*$/.exec(line);
    if (unit) seedUnits.set(unit[1], [unit[2], group]);
  }

  test('the seed lists 31 units: 4 core, 24 optional, 3 additional', () => {
    const groups = [...seedUnits.values()].map(([, g]) => g);
    expect(['core', 'optional', 'additional'].map((g) => groups.filter((x) => x === g).length)).toEqual([4, 24, 3]);
  });

  test('each NOS is covered by the unit of its own code when the handbook lists one, else by none', () => {
    let covered = 0;
    for (const nos of framework.nos) {
      const code = nos.code.replace(/\s+/g, '');
      const listed = seedUnits.get(code);
      const got = nvqUnitsCovering(nos.code).map((u) => [u.code, u.title, u.group]);
      expect([nos.code, got]).toEqual([nos.code, listed ? [[code, ...listed]] : []]);
      if (listed) covered++;
    }
    // 29 of the 31 units are NOS of the framework's column two; HSC397 and HSC398 are not.
    expect(covered).toBe(29);
    expect([...seedUnits.keys()].filter((c) => !framework.nos.some((n) => n.code === c))).toEqual(['HSC397', 'HSC398']);
  });

  test('the core tasks a NOS serves are the Appendix B rows it appears in, each once', () => {
    const tasks = coreTasksServed('HSC35');
    expect(tasks.length).toBeGreaterThan(0);
    expect(new Set(tasks).size).toBe(tasks.length);
    const rows = framework.rows.filter((r) => r.nos.includes('HSC35'));
    expect(tasks).toEqual([...new Set(rows.flatMap((r) => r.coreTasks))]);
    expect(coreTasksServed('NOT A NOS')).toEqual([]);
  });
});
