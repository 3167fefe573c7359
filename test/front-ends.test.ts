/**
 * The front ends (src/cli, src/taskpane, src/commands) sit on top: nothing below them imports from them,
 * so the Node adapters and the core never pull in a command line or a task pane (UserError lives in
 * src/errors.ts for that reason).
 */
import fs from 'fs';
import path from 'path';

const SRC = path.join(__dirname, '..', 'src');
const FRONT_ENDS = ['cli', 'taskpane', 'commands'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The folder under src/ a file or import lands in ("" for src itself). */
const floorOf = (file: string) => path.relative(SRC, file).split(path.sep)[0];

test('no module below the front ends imports from one of them', () => {
  const reaching: string[] = [];
  for (const file of sources(SRC)) {
    const from = floorOf(file);
    if (FRONT_ENDS.includes(from)) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
      const to = floorOf(path.resolve(path.dirname(file), specifier));
      if (FRONT_ENDS.includes(to)) reaching.push(`${path.relative(SRC, file)} → ${specifier}`);
    }
  }
  expect(reaching).toEqual([]);
});
