/** Builds from an export full of faults: the build succeeds, skips what cannot be shown, reports it once. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, fixture, type BuildResult } from '../helpers/build.ts';
import { listFiles, readPage } from '../helpers/dist.ts';
import { parseXmlStrict } from '../helpers/xml.ts';

let build: BuildResult;
const SECRET = 'skTestSecretToken0123456789';

beforeAll(async () => {
	build = await buildSite({ SANITY_LOCAL_DATASET: fixture('broken-export'), SANITY_TOKEN: SECRET });
});

describe('build from a broken export', () => {
	test('succeeds (exit code 0)', () => {
		expect(build.exitCode, build.output).toBe(0);
	});

	test('reports the truncated line with its number and _id', () => {
		expect(build.output).toContain('[sanity] data.ndjson, linje 7 (post-truncated): ugyldig JSON');
	});

	test('reports skipped documents in one block naming _id, field and reason', () => {
		const block = build.output.slice(build.output.indexOf('[sanity] Innholdsrapport'));
		expect(block).toContain('Hoppet over – kan ikke vises (5):');
		for (const line of [
			'post "post-no-slug" → slug: mangler',
			'post "post-no-title" → title: mangler',
			'post "post-bad-date" → publishedAt: ugyldig dato',
			'post "post-duplicate-slug" → slug: "good" brukes allerede',
			'topic "topic-broken" → title: mangler',
			'post "post-no-kind" → kind: mangler; bruker "news"',
			'post "post-good" → body[_key=="f1"].alt: mangler alternativ tekst',
			'post "post-good" → body[_key=="b2"].markDefs[_key=="l2"].href: lenke "javascript:alert(1)"',
			'post "post-missing-image" → mainImage: bildet image-0000000000000000000000000000000000000000-10x10-jpg',
		])
			expect(block).toContain(line);
		expect(build.output.match(/Innholdsrapport/g)).toHaveLength(1);
	});

	test('builds the renderable posts and only those', async () => {
		const posts = (await listFiles(join(build.outDir, 'nyheter')))
			.filter((f) => /^[a-z-]+\/index\.html$/.test(f))
			.map((f) => f.split('/')[0])
			.sort();
		expect(posts).toEqual([
			'empty-body',
			'good',
			'long-excerpt',
			'missing-image',
			'no-excerpt',
			'no-kind',
		]);
		const xml = await readFile(join(build.outDir, 'rss.xml'), 'utf8');
		// rss-parser is lenient: the strict parser proves the feed is well-formed XML first.
		expect(() => parseXmlStrict(xml)).not.toThrow();
		const feed = await new Parser().parseString(xml);
		expect(feed.items).toHaveLength(6);
	});

	test('renders faults safely: unsafe links as text, escaped HTML, alt="" for missing alt text', async () => {
		const page = await readPage(build.outDir, '/nyheter/good/');
		const body = page.querySelector('.article__body')!;
		expect(body.querySelector('a[href^="javascript"]')).toBeNull();
		expect(body.text).toContain('Farlig lenke her.');
		expect(body.querySelectorAll('script')).toHaveLength(0);
		expect(body.text).toContain("<script>alert('x')</script> skal escapes");
		expect(body.querySelector('figure img')?.getAttribute('alt')).toBe('');
		expect(body.text).toContain('Ukjent blokk med tekst');
		expect(page.querySelector('.article__main-image figcaption')?.text).toContain('Foto: KS');
		expect(page.querySelector('.article__main-image figcaption')?.text).not.toContain(
			'Foto: Foto:',
		);
	});

	test('falls back: long excerpt cut, missing excerpt from the first paragraph', async () => {
		const long = (await readPage(build.outDir, '/nyheter/long-excerpt/')).querySelector(
			'.article__ingress',
		)!.text;
		expect(long.length).toBeLessThanOrEqual(300);
		expect(long.endsWith('…')).toBe(true);
		const derived = (await readPage(build.outDir, '/nyheter/no-excerpt/')).querySelector(
			'.article__ingress',
		)!.text;
		expect(derived).toBe('Første avsnitt blir ingress når ingressen mangler.');
	});

	test('never writes the token into dist/ or the build log', async () => {
		expect(build.output).not.toContain(SECRET);
		for (const file of await listFiles(build.outDir)) {
			const bytes = await readFile(join(build.outDir, file));
			expect(bytes.includes(SECRET), file).toBe(false);
		}
	});

	test('leaves out drafts, future posts and unknown document types', async () => {
		for (const file of await listFiles(build.outDir)) {
			if (!/\.(html|xml)$/.test(file)) continue;
			const text = await readFile(join(build.outDir, file), 'utf8');
			for (const needle of ['HEMMELIG UTKAST', 'FREMTIDIG SAK', 'ukjent type'])
				expect(text, file).not.toContain(needle);
		}
		expect(existsSync(join(build.outDir, 'nyheter', 'fremtidig-sak'))).toBe(false);
	});
});

describe('build from an unreadable dataset', () => {
	test.each([
		['a missing path', '/finnes/ikke', 'Fant ikke datasettet "/finnes/ikke"'],
		['a folder that is not an export', 'tests/helpers', 'er ikke en Sanity-eksport'],
	])('fails with one clear message for %s', async (_label, path, message) => {
		const result = await buildSite({ SANITY_LOCAL_DATASET: path });
		expect(result.exitCode).not.toBe(0);
		expect(result.output).toContain(message);
		expect(result.output).not.toMatch(/^\s+at /m);
	});
});
