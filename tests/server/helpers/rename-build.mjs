// A build that moves its output as Astro does (static-build.js, ssrMoveAssets): it writes a page
// into a folder in its working directory, then rename(2)s it into --outDir. Across filesystems
// that rename fails with EXDEV, as Astro's does.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.argv[process.argv.indexOf('--outDir') + 1];
const work = join(process.cwd(), '.astro-like');
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'index.html'), '<h1>flyttet</h1>');
mkdirSync(outDir, { recursive: true });
renameSync(join(work, 'index.html'), join(outDir, 'index.html'));
console.log('12:00:00 [build] Complete!');
