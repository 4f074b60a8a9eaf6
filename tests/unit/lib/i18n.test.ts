import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { I18N_KEYS, t } from '../../../src/lib/i18n.ts';
import { ROOT } from '../../helpers/build.ts';

describe('t', () => {
	test('returns the Norwegian text of a key', () => {
		expect(t('skipLink.label')).toBe('Hopp til hovedinnhold');
	});

	test.each([
		{ key: 'figure.credit', vars: { credit: 'KS' }, expected: 'Foto: KS' },
		{ key: 'attachment.meta', vars: { type: 'PDF', size: '240 kB' }, expected: 'PDF, 240 kB' },
		{ key: 'news.pageTitle', vars: { page: 2, pages: 3 }, expected: 'Nyheter – side 2 av 3' },
		{ key: 'archive.title', vars: { year: 2023 }, expected: 'Arkiv 2023' },
		{ key: 'topic.postCount', vars: { count: 0 }, expected: '0 saker' },
	] as const)('fills the placeholders of $key', ({ key, vars, expected }) => {
		expect(t(key, vars)).toBe(expected);
	});

	test('leaves a placeholder without a value visible', () => {
		expect(t('news.pageTitle', { page: 2 })).toBe('Nyheter – side 2 av {pages}');
	});

	test('inserts values literally, without treating them as patterns', () => {
		expect(t('figure.credit', { credit: '$& {credit}' })).toBe('Foto: $& {credit}');
	});
});

describe('the nb dictionary', () => {
	test('has no key that no component, page or module uses (the site, the live preview, the publish server)', async () => {
		const files = (
			await Promise.all(
				['src', 'preview', 'server'].map(async (dir) =>
					(await readdir(join(ROOT, dir), { recursive: true })).map((f) => join(ROOT, dir, f)),
				),
			)
		)
			.flat()
			.filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('i18n.ts') && !f.includes('lib/i18n/'));
		const code = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
		// Keys built from a prefix (`kind.${post.kind}`) count as used through that prefix.
		const prefixes = [...code.matchAll(/t\(`([\w.]+)\$\{/g)].map((m) => m[1]!);
		const unused = I18N_KEYS.filter(
			(key) => !code.includes(`'${key}'`) && !prefixes.some((p) => key.startsWith(p)),
		);
		expect(unused).toEqual([]);
	});
});
