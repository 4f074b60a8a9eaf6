/**
 * The site's outputs beyond the compared page set, counted per output family (BUILD_OUTPUTS): what
 * a build wrote, and what it must write for the run's posts. A family that is not built must write
 * nothing, so the core build is checked to leave them out and each timed family to do all its work.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_FAMILIES, type OutputFamily } from '../src/config.ts';
import type { SeedPool } from './seed-pool.ts';
import type { SyntheticPost } from './synthetic-posts.ts';
import { countElements } from './xml.ts';

/** The site's output families (BUILD_OUTPUTS, src/config.ts): one list, so a new family needs a label here. */
export const FAMILIES = OUTPUT_FAMILIES;
export type Family = OutputFamily;

/** What each family is called in the table. */
export const FAMILY_LABELS: Record<Family, string> = {
	municipalities: 'municipality pages and feeds',
	email: 'e-mail editions (HTML and text)',
	digests: 'monthly digests',
	calendar: 'event pages and calendars',
	archive: 'year archives',
	feeds: 'topic feeds',
	search: 'Pagefind index',
};

const DIGEST_MONTHS = 12;
const EMAIL_EDITION_MONTHS = 12;

const dirsWith = (dir: string, file: string) =>
	existsSync(dir)
		? readdirSync(dir, { withFileTypes: true }).filter(
				(d) => d.isDirectory() && existsSync(join(dir, d.name, file)),
			).length
		: 0;
const filesIn = (dir: string, suffix: string) =>
	existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(suffix)).length : 0;

/** Items of every `<dir>/<slug>/rss.xml`, summed (each parsed as strict XML). */
function feedItems(dir: string): number {
	if (!existsSync(dir)) return 0;
	return readdirSync(dir)
		.map((d) => join(dir, d, 'rss.xml'))
		.filter((f) => existsSync(f))
		.reduce((sum, f) => sum + countElements(readFileSync(f, 'utf8'), 'rss/channel/item'), 0);
}

/** Pages in every search index that pagefind/indexes.json lists (src/site/search-index.ts). */
function indexedPages(outDir: string): number {
	const list = join(outDir, 'pagefind', 'indexes.json');
	if (!existsSync(list)) return 0;
	const { indexes } = JSON.parse(readFileSync(list, 'utf8')) as { indexes: string[] };
	return indexes.reduce((sum, name) => {
		const entry = join(outDir, 'pagefind', name, 'pagefind-entry.json');
		const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		return sum + Object.values(languages).reduce((n, l) => n + l.page_count, 0);
	}, 0);
}

/** The family counts of a build in `outDir` (site layout). */
export function countFamilies(outDir: string): Record<string, number> {
	return {
		municipalityPages: dirsWith(join(outDir, 'kommuner'), 'index.html'),
		municipalityFeeds: dirsWith(join(outDir, 'kommuner'), 'rss.xml'),
		emailEditions: dirsWith(join(outDir, 'nyheter'), 'epost.html'),
		emailTextParts: dirsWith(join(outDir, 'nyheter'), 'epost.txt'),
		digests: filesIn(join(outDir, 'epost'), '.html'),
		eventPages: dirsWith(join(outDir, 'arrangementer'), 'index.html'),
		yearPages: dirsWith(join(outDir, 'arkiv'), 'index.html'),
		topicFeedItems: feedItems(join(outDir, 'tema')),
		searchPages: indexedPages(outDir),
	};
}

type Input = { posts: readonly SyntheticPost[]; events: number; pool: SeedPool; now: Date };

/** What a build of `families` over the run's posts must write (0 for the families left out). */
export function expectedFamilies(
	families: ReadonlySet<Family>,
	input: Input,
): Record<string, number> {
	const { posts, pool, now } = input;
	const cutoff = new Date(now);
	cutoff.setUTCMonth(cutoff.getUTCMonth() - EMAIL_EDITION_MONTHS);
	const editions = posts.filter(
		(p) => p.kind === 'newsletter' || Date.parse(p.publishedAt) >= cutoff.getTime(),
	).length;
	// Topic feeds hold the newest 50 posts of each topic.
	const perTopic = pool.topics.map((t) => posts.filter((p) => p.topics.some((x) => x.id === t.id)));
	const on = (f: Family, n: number) => (families.has(f) ? n : 0);
	return {
		municipalityPages: on('municipalities', pool.municipalities.length),
		municipalityFeeds: on('municipalities', pool.municipalities.length),
		emailEditions: on('email', editions),
		emailTextParts: on('email', editions),
		digests: on('digests', DIGEST_MONTHS),
		eventPages: on('calendar', input.events),
		yearPages: on('archive', new Set(posts.map((p) => p.publishedAt.slice(0, 4))).size),
		topicFeedItems: on(
			'feeds',
			perTopic.reduce((sum, list) => sum + Math.min(50, list.length), 0),
		),
		// Post pages, and the event pages when the calendar family builds them (issue 29 indexes events).
		searchPages: on('search', posts.length + on('calendar', input.events)),
	};
}
