/**
 * The build-time content store: runs each query once, validates, renders portable text once, and
 * exposes small typed accessors for pages and feeds. Data is shared and read-only.
 */
import { DEFAULT_SITE_URL } from '../consts.ts';
import { isPublished } from '../lib/dates.ts';
import { groupByYear } from './posts.ts';
import { hashtagTargets } from './hashtags.ts';
import { checkAllImages, checkImages } from '../images/check.ts';
import { CONTENT_REPORT_KEY, ContentReport } from '../sanity/messages.ts';
import { normalizeFigure, normalizePost, type Post } from './normalize.ts';
import { postsQuery, siteSettingsQuery, topicsQuery } from '../sanity/queries.ts';
import {
	POST_FALLBACKS,
	POST_REQUIRED,
	SITE_SETTINGS_FALLBACKS,
	TOPIC_REQUIRED,
	postSchema,
	siteSettingsSchema,
	topicSchema,
	type Asset,
	type SiteSettings,
	type Topic,
} from '../sanity/schemas.ts';
import { createSource, readSourceConfig, type ContentSource } from '../sanity/source.ts';
import { validateDocument, validateDocuments } from '../sanity/validate.ts';

export type { Post };
export type Settings = SiteSettings & { url: string; defaultCredit: string };
export type TopicEntry = Topic & { posts: Post[] };
export type Store = {
	settings: Settings;
	posts: Post[];
	topics: TopicEntry[];
	/** Posts grouped by Oslo year, newest year first (archive pages and the footer). */
	years: Array<{ year: number; posts: Post[] }>;
	/** Every asset a published page refers to (local ones are copied into dist/). */
	assets: Asset[];
	builtAt: Date;
	report: ContentReport;
};

const FALLBACK_SETTINGS = { title: 'KS Trøndelag – nyheter' };

/** Builds the store from any content source. `now` decides what is published. */
export async function buildStore(
	source: ContentSource,
	opts: { now: Date; report?: ContentReport; siteUrl?: string | undefined },
): Promise<Store> {
	const report = opts.report ?? new ContentReport();
	const [rawSettings, rawPosts, rawTopics] = await Promise.all([
		source.fetch<unknown>(siteSettingsQuery),
		source.fetch<unknown[]>(postsQuery),
		source.fetch<unknown[]>(topicsQuery),
	]);
	if (!rawSettings) report.note('[sanity] siteSettings mangler; bruker standardverdier');
	const parsed = validateDocument(
		{ _id: 'siteSettings', ...FALLBACK_SETTINGS, ...(rawSettings ?? {}) },
		siteSettingsSchema,
		report,
		{
			type: 'siteSettings',
			required: [],
			fallbacks: { ...SITE_SETTINGS_FALLBACKS, title: FALLBACK_SETTINGS.title },
		},
	)!;
	const checkedSettings = await checkImages(
		parsed,
		{ type: 'siteSettings', id: 'siteSettings' },
		report,
	);
	const defaultCredit = parsed.defaultCredit?.trim() || parsed.organisation?.trim() || 'KS';
	const settings: Settings = {
		...parsed,
		defaultCredit,
		url: (opts.siteUrl?.trim() || parsed.url || DEFAULT_SITE_URL).replace(/\/+$/, ''),
		defaultImage: checkedSettings.defaultImage
			? normalizeFigure(
					checkedSettings.defaultImage,
					'defaultImage',
					'siteSettings',
					'siteSettings',
					{ report, defaultCredit },
				)
			: null,
	};

	const validTopics = validateDocuments(rawTopics ?? [], topicSchema, report, {
		type: 'topic',
		required: TOPIC_REQUIRED,
		fallbacks: { description: null },
	});
	const hashtags = hashtagTargets(validTopics);

	const seen = new Set<string>();
	const published = validateDocuments(rawPosts ?? [], postSchema, report, {
		type: 'post',
		required: POST_REQUIRED,
		fallbacks: POST_FALLBACKS,
	})
		.filter((p) => isPublished(p.publishedAt, opts.now))
		.filter((p) => {
			if (!seen.has(p.slug)) return seen.add(p.slug);
			report.skip('post', p._id, 'slug', `"${p.slug}" brukes allerede av en nyere sak`);
			return false;
		});
	// Figures whose image cannot be shown are left out (with a warning) before anything renders.
	const checked = await checkAllImages(published, (p) => ({ type: 'post', id: p._id }), report);
	const posts = checked.map((p) => normalizePost(p, { report, defaultCredit, hashtags }));
	const topics = validTopics.map((topic) => ({
		...topic,
		posts: posts.filter((p) => p.topics.some((t) => t._id === topic._id)),
	}));

	return {
		settings,
		posts,
		topics,
		years: groupByYear(posts),
		assets: collectAssets(settings, posts),
		builtAt: opts.now,
		report,
	};
}

function collectAssets(settings: Settings, posts: Post[]): Asset[] {
	const byId = new Map<string, Asset>();
	const add = (a: Asset | undefined | null) => a && byId.set(a._id, a);
	add(settings.defaultImage?.asset);
	for (const p of posts) {
		add(p.mainImage?.asset);
		add(p.seo?.image?.asset);
		for (const b of p.body) {
			const block = b as { asset?: Asset; file?: Asset };
			add(block.asset ?? block.file);
		}
	}
	return [...byId.values()];
}

let store: Promise<Store> | undefined;

/** Loads the content once per build from the configured source (see README "Environment"). */
export function loadContent(): Promise<Store> {
	store ??= (async () => {
		const report = new ContentReport();
		const source = await createSource(readSourceConfig(process.env), report);
		const result = await buildStore(source, {
			now: new Date(),
			report,
			siteUrl: process.env.SITE_URL,
		});
		// Read by the content-report integration, which prints it once at the end of the build.
		(globalThis as Record<symbol, unknown>)[CONTENT_REPORT_KEY] = report;
		return result;
	})();
	return store;
}

export const getSettings = async () => (await loadContent()).settings;
export const getPosts = async () => (await loadContent()).posts;
export const getTopics = async () => (await loadContent()).topics;
export const getPostsByYear = async () => (await loadContent()).years;
export const getAssets = async () => (await loadContent()).assets;
export const getBuiltAt = async () => (await loadContent()).builtAt;
