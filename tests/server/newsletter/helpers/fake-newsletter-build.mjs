// A stand-in for `astro build` in the newsletter's publish-server test: copies the files of
// --source (a prepared build: the Debattheft e-mail edition) into --outDir and writes
// REPORT_DIR/newsletter.json from --manifest with `outDir` set to this build's folder.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
const outDir = arg('--outDir');
cpSync(arg('--source'), outDir, { recursive: true });
const manifest = JSON.parse(readFileSync(arg('--manifest'), 'utf8'));
mkdirSync(process.env.REPORT_DIR, { recursive: true });
writeFileSync(
	join(process.env.REPORT_DIR, 'newsletter.json'),
	JSON.stringify({ ...manifest, outDir }),
);
console.log('12:00:03 [build] Complete!');
