/**
 * The corpus's files (cases.ts), one `<id>.xlsx` a case, made once per source version for every test file
 * that reads them (fixture-cache.ts): building them takes about 6 s of CPU.
 */
import fs from 'fs';
import path from 'path';
import { FixtureSpec, SOURCES, cachedFixture, copyOfFixture } from '../helpers/fixture-cache';
import { CASES, CorpusCase } from './cases';

const CORPUS: FixtureSpec<null> = {
  name: 'corpus',
  inputs: [...SOURCES, 'test/corpus', 'test/check/monthly/fixture.ts', 'test/helpers/zip.ts'],
  build: async (dir) => {
    for (const c of CASES) fs.writeFileSync(corpusFile(dir, c), await c.build());
    return null;
  },
};

export const corpusFile = (dir: string, c: CorpusCase) => path.join(dir, `${c.id}.xlsx`);

/** The shared folder, to read only. */
export async function sharedCorpus(): Promise<string> {
  return (await cachedFixture(CORPUS)).dir;
}

/** A copy of the corpus's files in `dir`, for commands that may write beside them. */
export async function copyCorpus(dir: string): Promise<void> {
  await copyOfFixture(CORPUS, dir);
}
