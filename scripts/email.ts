/**
 * `npm run email -- <slug> [--out <folder>]`: the e-mail edition of any published post, also one
 * older than the twelve months the site builds editions for, written as `<slug>.html` and
 * `<slug>.txt` into reports/email/ (or --out). Built by the site's own modules from the configured
 * content (SANITY_LOCAL_DATASET, or the API); images point at the files the post page publishes.
 */
import { postEdition } from '../src/site/email/editions.ts';
import { fail, loadStore, outDir, readArgs, showPath, writeEdition } from './lib/email-output.ts';

const { values, positionals } = readArgs({});
const slug = positionals[0];
if (!slug || positionals.length > 1) fail('Bruk: npm run email -- <slug> [--out <mappe>]');
const dir = outDir(values.out);
const store = await loadStore();
const post = store.posts.find((p) => p.slug === slug);
if (!post) fail(`Fant ingen publisert sak med adressen «${slug}».`);
const files = await writeEdition(dir, slug, await postEdition(post));
console.log(
	`E-postversjonen av «${post.title}»:\n  ${showPath(files.html)}\n  ${showPath(files.text)}`,
);
