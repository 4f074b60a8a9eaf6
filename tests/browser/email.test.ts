/**
 * E-mail editions in the built site (found by their marker): the e-mail rules and client support
 * data for every one of them, and in Chromium, a layout that does not depend on `<style>`. axe,
 * network and link checks run on them with the other page types (samplePages marks them).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { emailClientErrors, emailProblems, linksMissingFromText } from '../helpers/email.ts';
import { useBrowser, visit } from './helpers/browser.ts';
import { styleDependentLayout } from './helpers/email-layout.ts';
import { emailFiles, pathOfFile, samplePages } from './helpers/pages.ts';

const outDir = inject('outDir');
const siteOrigin = inject('siteOrigin');
const files = [...(await emailFiles(outDir))].sort();
const browser = useBrowser();

test('the build has post editions, and a monthly digest only for the months with posts', () => {
	expect(files.filter((f) => f.endsWith('/epost.html')).length).toBeGreaterThanOrEqual(2);
	// At the suite's clock (30 November 2026) only June 2026 of the last 12 months has a post.
	expect(files.filter((f) => f.startsWith('epost/'))).toEqual(['epost/2026-06.html']);
});

describe.each(files)('%s', (file) => {
	test('is an e-mail: marker, noindex, lang, one h1, no script or external CSS, absolute images', async () => {
		expect(emailProblems(await readFile(join(outDir, file), 'utf8'), siteOrigin)).toEqual([]);
	});

	test('has no errors for Outlook (Windows) or Gmail in the caniemail data', async () => {
		expect(emailClientErrors(await readFile(join(outDir, file), 'utf8'))).toEqual([]);
	});
});

test.each(files.filter((f) => f.endsWith('/epost.html')))(
	'%s: the text part carries every link of the HTML part',
	async (file) => {
		const html = await readFile(join(outDir, file), 'utf8');
		const text = await readFile(join(outDir, file.replace(/\.html$/, '.txt')), 'utf8');
		expect(linksMissingFromText(html, text)).toEqual([]);
	},
);

const samples = (await samplePages(outDir)).filter((p) => p.email);

test('the browser suite samples a post edition and a digest', () => {
	expect(samples.map((p) => pathOfFile(p.path.slice(1)))).toEqual(
		expect.arrayContaining([
			'/nyheter/debattheftet-2021/epost.html',
			expect.stringMatching(/^\/epost\//),
		]),
	);
});

test.each(samples)('$path: no layout depends on CSS found only in <style>', async ({ path }) => {
	const v = await visit(browser(), path, { viewport: { width: 700, height: 900 } });
	try {
		expect(await styleDependentLayout(v.page)).toEqual([]);
	} finally {
		await v.close();
	}
});
