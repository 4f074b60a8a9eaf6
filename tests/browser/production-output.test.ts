/**
 * The production build (the suite's one seed build) carries nothing of the previews: no stega
 * characters in any text file, no visual-editing code, no preview banner or «[Forhåndsvisning]»
 * title, and no scheduled post marked «Planlagt». The drafts preview build and the live preview
 * server have their own tests (tests/build/preview.test.ts, tests/build/live-preview.test.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { vercelStegaCombine } from '@vercel/stega';
import { describe, expect, inject, test } from 'vitest';
import { listFiles } from '../helpers/dist.ts';
import { findStega } from '../helpers/stega.ts';

const TEXT = /\.(html|xml|json|txt|ics|css|js|mjs|svg|webmanifest)$/;

async function textFiles(): Promise<Array<[string, string]>> {
	const dir = inject('outDir');
	const files = (await listFiles(dir)).filter((f) => TEXT.test(f));
	return Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), 'utf8')] as const));
}

describe('the production build', () => {
	test('finds stega when there is some (the probe can fail)', () => {
		const link = { origin: 'sanity.io', href: '/intent/edit/id=post-a;path=title' };
		expect(findStega(vercelStegaCombine('Tittel', link, false))).toMatch(/^U\+/);
		expect(findStega('Tittel\u200B')).toBe('U+200B at 6');
		expect(findStega('Tittel – «sitat»')).toBeNull();
	});

	test('has no stega characters in any text file', async () => {
		const files = await textFiles();
		expect(files.length).toBeGreaterThan(100);
		for (const [file, text] of files) expect(findStega(text), file).toBeNull();
	});

	test('has no visual-editing code, no preview banner, title mark or «Planlagt»', async () => {
		for (const [file, text] of await textFiles()) {
			for (const needle of [
				'renderVisualEditing',
				'@sanity/visual-editing',
				'preview-mode',
				'preview-banner',
				'[Forhåndsvisning]',
				'Forhåndsvisning – ikke publisert',
				'Planlagt:',
			])
				expect(text, `${needle} in ${file}`).not.toContain(needle);
		}
	});
});
