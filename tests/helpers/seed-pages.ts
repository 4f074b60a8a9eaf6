/** What the seed build's page tests start from: the seed's published slugs and the site's HTML files. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './build.ts';
import { listFiles, publishedSlugs } from './dist.ts';
import { isEmailHtml } from './email.ts';

/** The seed dataset that tests/build/setup.ts builds. */
export const SEED = join(ROOT, 'sanity-studio', 'seed', 'production', 'data.ndjson');

/**
 * The published post slugs of the seed and the site's HTML files below `outDir` (paths relative to
 * it), without the e-mail editions (their marker; email-events.test.ts checks those).
 */
export async function seedPages(outDir: string): Promise<{ slugs: string[]; htmlFiles: string[] }> {
	const slugs = await publishedSlugs(SEED);
	const html = (await listFiles(outDir)).filter((f) => f.endsWith('.html'));
	const isEmail = await Promise.all(
		html.map(async (f) => isEmailHtml(await readFile(join(outDir, f), 'utf8'))),
	);
	return { slugs, htmlFiles: html.filter((_, i) => !isEmail[i]) };
}
