/** The source manifest.xml, as sideloading and `npm run dev-server` use it: every address on localhost:3000. */
import fs from 'fs';
import path from 'path';
import { describeManifest, ROOT } from './manifest-checks';

describeManifest({
  label: 'manifest.xml',
  xml: () => fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'),
  base: 'https://localhost:3000/',
  files: () => ROOT,
});
