/**
 * `npm run audit`: the full accessibility audit behind the accessibility statement. Runs the
 * browser suite (axe, Nu Html Checker, keyboard, reflow, links), then Lighthouse with the Debian
 * Chromium on the front page, a post and the summer-greeting archive; writes HTML reports to
 * reports/ (not committed) and the result to docs/a11y-status.json (committed, read by the
 * build). Exits non-zero when a check misses its target: accessibility 100, SEO 100, best
 * practices ≥ 95, every browser test passing. Performance is recorded only (a noisy machine).
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import {
	a11yStatusSchema,
	type A11yStatus,
	type LighthouseResult,
} from '../src/lib/a11y-status.ts';
import { TIME_ZONE } from '../src/consts.ts';
import { buildSite, ROOT } from '../tests/helpers/build.ts';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveStatic } from '../tests/helpers/serve.ts';

const PAGES = [
	{ name: 'front-page', path: '/' },
	{ name: 'post', path: '/nyheter/god-sommer-2023/' },
	{ name: 'summer-greetings', path: '/sommerhilsener/' },
];
const TARGETS = { accessibility: 100, seo: 100, bestPractices: 95 };
const REPORTS = join(ROOT, 'reports');
const STATUS_FILE = join(ROOT, 'docs', 'a11y-status.json');
const DEBUG_PORT = 9333;
const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string => require(`${pkg}/package.json`).version;

/** Runs the browser project of the test suite and counts its results. */
async function runBrowserSuite(): Promise<A11yStatus['browserSuite']> {
	const out = join(tmpdir(), `ks-browser-suite-${process.pid}.json`);
	const vitest = join(ROOT, 'node_modules', '.bin', 'vitest');
	const args = [
		'run',
		'--project',
		'browser',
		'--reporter=dot',
		'--reporter=json',
		`--outputFile.json=${out}`,
	];
	await new Promise((done) =>
		spawn(vitest, args, { cwd: ROOT, stdio: 'inherit' }).on('close', done),
	);
	const report = JSON.parse(await readFile(out, 'utf8')) as {
		numPassedTests: number;
		numFailedTests: number;
		numTotalTests: number;
	};
	await rm(out, { force: true });
	return {
		passed: report.numPassedTests,
		failed: report.numFailedTests,
		total: report.numTotalTests,
	};
}

/** Lighthouse (mobile, default throttling) on each page; HTML reports go to reports/. */
async function runLighthouse(): Promise<{ results: LighthouseResult[]; chromium: string }> {
	const build = await buildSite();
	if (build.exitCode !== 0) throw new Error(`astro build failed:\n${build.output}`);
	const server = await serveStatic(build.outDir);
	const browser = await launchChromium([`--remote-debugging-port=${DEBUG_PORT}`]);
	const results: LighthouseResult[] = [];
	try {
		await mkdir(REPORTS, { recursive: true });
		for (const { name, path } of PAGES) {
			const flags = { port: DEBUG_PORT, output: 'html' as const, logLevel: 'error' as const };
			const run = await lighthouse(server.origin + path, flags);
			if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { categories } = run.lhr;
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			await writeFile(join(REPORTS, `lighthouse-${name}.html`), String(run.report));
			results.push({
				page: path,
				accessibility: score('accessibility'),
				seo: score('seo'),
				bestPractices: score('best-practices'),
				performance: score('performance'),
			});
		}
		return { results, chromium: browser.version() };
	} finally {
		await browser.close();
		await server.close();
		await rm(build.outDir, { recursive: true, force: true });
	}
}

const browserSuite = await runBrowserSuite();
const { results, chromium } = await runLighthouse();
const status = a11yStatusSchema.parse({
	date: new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date()),
	tools: [
		{ name: 'axe-core', version: versionOf('axe-core') },
		{ name: 'Nu Html Checker', version: versionOf('vnu-jar') },
		{ name: 'Lighthouse', version: versionOf('lighthouse') },
		{ name: 'Chromium', version: chromium },
	],
	browserSuite,
	lighthouse: results,
} satisfies A11yStatus);
await writeFile(STATUS_FILE, `${JSON.stringify(status, null, '\t')}\n`);

console.table(results);
console.log(
	`browser suite: ${browserSuite.passed} of ${browserSuite.total} passed; wrote ${STATUS_FILE} and reports/`,
);
const misses = results.filter(
	(r) =>
		r.accessibility < TARGETS.accessibility ||
		r.seo < TARGETS.seo ||
		r.bestPractices < TARGETS.bestPractices,
);
if (browserSuite.failed > 0 || misses.length > 0) {
	console.error(
		`audit failed: ${browserSuite.failed} browser tests failed; Lighthouse below target on ${misses.map((m) => m.page).join(', ') || 'no page'}`,
	);
	process.exitCode = 1;
}
