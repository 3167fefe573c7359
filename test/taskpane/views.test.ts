import fs from 'fs';
import path from 'path';
import { VIEWS } from '../../src/taskpane/views';

const VIEWS_DIR = path.join(__dirname, '..', '..', 'src', 'taskpane', 'views');
/** Modules in views/ that are not views themselves. */
const NOT_VIEWS = new Set(['index.ts', 'view.ts']);

describe('the view registry', () => {
  test('holds one to eight views: a heading for one, tabs on one line for more (those that do not fit under More)', () => {
    expect(VIEWS.length).toBeGreaterThanOrEqual(1);
    expect(VIEWS.length).toBeLessThanOrEqual(8);
  });

  test('ids are unique and safe in element ids; labels are short, plain and unique', () => {
    const ids = VIEWS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { id, label } of VIEWS) {
      expect({ id, ok: /^[a-z][a-z0-9-]*$/.test(id) }).toEqual({ id, ok: true });
      // Fits a tab, or a line of the More menu, in a 320 px pane, and has no quote to break Fluent's tab styles.
      expect({ label, ok: label.length > 0 && label.length <= 20 && !/['"\\]/.test(label) }).toEqual({
        label,
        ok: true,
      });
    }
    expect(new Set(VIEWS.map((v) => v.label.toLowerCase())).size).toBe(VIEWS.length);
  });

  test('every view module is registered, and only view modules', () => {
    const modules = fs.readdirSync(VIEWS_DIR).filter((f) => f.endsWith('.ts') && !NOT_VIEWS.has(f));
    const source = fs.readFileSync(path.join(VIEWS_DIR, 'index.ts'), 'utf8');
    const imported = [...source.matchAll(/from '\.\/([\w-]+)'/g)]
      .map((m) => `${m[1]}.ts`)
      .filter((f) => f !== 'view.ts');
    expect(imported.sort()).toEqual(modules.sort());
    expect(modules.length).toBe(VIEWS.length);
  });

  test('the Framework view comes first: it is what most people open the pane for', () => {
    expect(VIEWS[0]).toMatchObject({ id: 'framework', label: 'Framework' });
  });
});
