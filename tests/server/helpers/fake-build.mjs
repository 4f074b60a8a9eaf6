// A stand-in for `astro build` in the publish-server tests: writes a tiny site into --outDir and
// prints a content report. Options (before --outDir): --counter <file> appends one line per build
// (the build number shows in index.html), --mode <file> holding `fail` makes it write half a site
// and exit 1 (`full`: fail with ENOSPC), --delay <ms> waits before writing, --feed <file> is copied to facebook.xml. In
// REPORT_DIR it writes content.json (one warning for "test-1") and revisions.json (what the server
// handed it in PUBLISH_REVISIONS).
import {
	appendFileSync,
	copyFileSync,
	existsSync,
	mkdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

const arg = (name) => {
	const index = process.argv.indexOf(name);
	return index > 0 ? process.argv[index + 1] : undefined;
};
const outDir = arg('--outDir');
const counter = arg('--counter');
const modeFile = arg('--mode');
let number = 1;
if (counter) {
	appendFileSync(counter, 'build\n');
	number = readFileSync(counter, 'utf8').trim().split('\n').length;
}
const mode = modeFile && existsSync(modeFile) ? readFileSync(modeFile, 'utf8').trim() : 'ok';
const delay = Number(arg('--delay') ?? 0);
if (delay) await new Promise((done) => setTimeout(done, delay));

const write = (path, text) => {
	mkdirSync(dirname(join(outDir, path)), { recursive: true });
	writeFileSync(join(outDir, path), text);
};
write('index.html', `<!doctype html><title>Forside</title><h1>bygg ${number}</h1>`);
console.log(`12:00:00 [build] bygg ${number}`);
// A full disk: the write fails with ENOSPC (/dev/full), as Astro's page writes would.
if (mode === 'full') writeFileSync('/dev/full', 'side');
if (mode === 'fail') {
	console.error('12:00:01 [ks-content-report] [sanity] Datasettet kan ikke leses: test');
	process.exit(1);
}
write('404.html', '<!doctype html><title>Fant ikke</title><h1>Fant ikke siden</h1>');
write('nyheter/index.html', `<h1>Nyheter ${number}</h1>`);
write('_astro/app.abc123.css', 'body{color:black}');
write('bilder/bilde-400x300-abc.jpg', 'jpeg');
write('vedlegg/abc/dokument.pdf', '%PDF-1.4');
write('vedlegg/abc/mal.docx', 'docx');
if (arg('--feed')) copyFileSync(arg('--feed'), join(outDir, 'facebook.xml'));
write('rss.xml', '<rss version="2.0"><channel></channel></rss>');
const reports = process.env.REPORT_DIR;
if (reports) {
	mkdirSync(reports, { recursive: true });
	writeFileSync(join(reports, 'revisions.json'), process.env.PUBLISH_REVISIONS ?? 'null');
	writeFileSync(
		join(reports, 'content.json'),
		JSON.stringify({
			builtAt: new Date().toISOString(),
			counts: { skipped: 0, warnings: 1, notes: 0 },
			issues: [
				{
					id: 'test-1',
					type: 'post',
					path: 'excerpt',
					severity: 'warning',
					message: '[sanity] post "test-1" → excerpt: for lang, kuttet',
				},
			],
		}),
	);
}
console.log('12:00:02 [ks-content-report] [sanity] Innholdsrapport');
console.log('Advarsler – vist med reserveverdi (1):');
console.log('  [sanity] post "test-1" → excerpt: for lang, kuttet');
console.log('12:00:03 [build] Complete!');
