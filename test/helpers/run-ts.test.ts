/**
 * scripts/run-ts.js, which lets plain node (the scripts, the read workers under jest) load TypeScript: the types
 * are stripped and imports work, and a file changed since it was last compiled runs as it is now, never as kept.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const RUN_TS = path.resolve(__dirname, '..', '..', 'scripts', 'run-ts.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'str-run-ts-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (file: string) => execFileSync(process.execPath, ['--require', RUN_TS, file], { encoding: 'utf8' }).trim();

test('TypeScript runs with its types stripped; an edited file runs as edited, an unedited one as kept', () => {
  const words = path.join(dir, 'words.ts');
  const main = path.join(dir, 'main.ts');
  fs.writeFileSync(words, "export const word: string = 'first';\n");
  fs.writeFileSync(
    main,
    "import { word } from './words';\ninterface Said { text: string }\nconst said: Said = { text: word };\nconsole.log(said.text);\n",
  );
  expect(run(main)).toBe('first');
  fs.writeFileSync(words, "export const word: string = 'second';\n");
  expect(run(main)).toBe('second');
  // Back as it was: the same text, so its first compilation is used again, and runs the same.
  fs.writeFileSync(words, "export const word: string = 'first';\n");
  expect(run(main)).toBe('first');
});
