import { globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anchorsOf, brokenLinks, linksOf } from '../helpers/doc-links.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FILES = ['README.md', ...globSync('docs/**/*.md', { cwd: ROOT })].sort();
/** Other READMEs the docs link to, checked the same way. */
const OTHER_READMES = ['sanity-studio/README.md', 'bench/README.md'];

describe('documentation links', () => {
	test('README links every page in docs/', () => {
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		const linked = new Set(linksOf(readme).map(({ target }) => target.split('#')[0]));
		const pages = FILES.filter((file) => file.startsWith('docs/'));
		expect(pages.filter((page) => !linked.has(page))).toEqual([]);
		expect(pages.length).toBeGreaterThan(5);
	});

	test.each([...FILES, ...OTHER_READMES])('every relative link in %s resolves', (file) => {
		const broken = brokenLinks(join(ROOT, file), ROOT).map(
			({ file: from, line, target, reason }) =>
				`${relative(ROOT, from)}:${line} ${target} (${reason})`,
		);
		expect(broken).toEqual([]);
	});

	test('the checker finds a missing file, a missing heading and a missing anchor in the same file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'doc-links-'));
		try {
			writeFileSync(join(dir, 'other.md'), '# Other page\n\n## Æ og «å» `kode`\n');
			writeFileSync(
				join(dir, 'page.md'),
				[
					'# Page',
					'',
					'[ok](other.md#æ-og-å-kode) [ok](#page) [web](https://example.no/x.md) `[code](nope.md)`',
					'',
					'[gone](gone.md) [heading](other.md#missing)',
					'',
					'[self](#nowhere) ![img](bilde.png)',
				].join('\n'),
			);
			const found = brokenLinks(join(dir, 'page.md'), dir).map(({ line, target, reason }) => [
				line,
				target,
				reason,
			]);
			expect(found).toEqual([
				[5, 'gone.md', 'no such file'],
				[5, 'other.md#missing', 'no such heading'],
				[7, '#nowhere', 'no such heading'],
				[7, 'bilde.png', 'no such file'],
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('anchors follow GitHub: lower case, punctuation dropped, repeats numbered', () => {
		expect([
			...anchorsOf('# E-mail and calendar\n\n## Tests\n\n## Tests\n\n### `npm run bench`\n'),
		]).toEqual(['e-mail-and-calendar', 'tests', 'tests-1', 'npm-run-bench']);
	});
});
