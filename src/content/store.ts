/**
 * The build-time content store: runs each query once, validates, decides each derived value once
 * (URL, share image, excerpt, year), renders portable text once, and exposes small typed accessors
 * for pages and outputs. Data is shared and read-only (docs/architecture.md).
 */
import { buildState } from '../build-state.ts';
import { DEFAULT_SITE_URL } from '../consts.ts';
import { checkAllImages, checkImages } from '../images/check.ts';
import { isPublished } from '../lib/dates.ts';
import { absoluteUrl, postUrl } from '../lib/urls.ts';
import { contentMessages as m } from '../sanity/messages.ts';
import { eventsQuery, postsQuery, siteSettingsQuery, topicsQuery } from '../sanity/queries.ts';
import { ContentReport } from '../sanity/report.ts';
import {
	DEFAULT_CREDIT,
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
import type { ContentSource } from '../sanity/source.ts';
import { validateDocument, validateDocuments } from '../sanity/validate.ts';
import { buildEvents, eventsByPost, type EventEntry } from './events.ts';
import { hashtagTargets } from './hashtags.ts';
import { normalizeFigure, normalizePost, type NormalizedPost } from './normalize.ts';
import { groupByYear } from './posts.ts';
import { decideShareImage, shareFigure, type ShareImage } from './share.ts';
import { contentSource, normalizeSiteUrl, siteUrl } from './source.ts';

/** A published post with every derived value decided: path, absolute URL and share image. */
export type Post = NormalizedPost & { path: string; url: string; share: ShareImage | null };
export type Settings = SiteSettings & {
	url: string;
	defaultCredit: string;
	/** The share image of pages without their own (from `defaultImage`). */
	share: ShareImage | null;
};
export type TopicEntry = Topic & { posts: Post[] };
export type Event = EventEntry<Post>;
export type Store = {
	settings: Settings;
	posts: Post[];
	topics: TopicEntry[];
	/** Posts grouped by Oslo year, newest year first (archive pages and the footer). */
	years: Array<{ year: number; posts: Post[] }>;
	/** Events, earliest first; `upcoming` decided by the build clock. */
	events: Event[];
	/** Post id → the events that list it among their related posts. */
	eventsByPost: Map<string, Event[]>;
	/** Every asset a published page refers to (local ones are copied into dist/). */
	assets: Asset[];
	builtAt: Date;
	report: ContentReport;
};

type StoreOptions = { now: Date; report?: ContentReport; siteUrl?: string | undefined };

async function loadSettings(raw: unknown, report: ContentReport, siteUrl?: string) {
	if (!raw) report.note(m.noSettings);
	const parsed = validateDocument(
		{ _id: 'siteSettings', title: SITE_SETTINGS_FALLBACKS.title, ...(raw ?? {}) },
		siteSettingsSchema,
		report,
		{ type: 'siteSettings', required: [], fallbacks: SITE_SETTINGS_FALLBACKS },
	)!;
	const checked = await checkImages(parsed, { type: 'siteSettings', id: 'siteSettings' }, report);
	const defaultCredit =
		parsed.defaultCredit?.trim() || parsed.organisation?.trim() || DEFAULT_CREDIT;
	const url = normalizeSiteUrl(siteUrl?.trim() || parsed.url || DEFAULT_SITE_URL);
	const defaultImage = checked.defaultImage
		? normalizeFigure(checked.defaultImage, 'defaultImage', 'siteSettings', 'siteSettings', {
				report,
				defaultCredit,
			})
		: null;
	const share = defaultImage ? await decideShareImage(defaultImage, url) : null;
	return { ...parsed, defaultCredit, url, defaultImage, share } satisfies Settings;
}

/** Builds the store from any content source. `now` decides what is published. */
export async function buildStore(source: ContentSource, opts: StoreOptions): Promise<Store> {
	const report = opts.report ?? new ContentReport();
	const [rawSettings, rawPosts, rawTopics, rawEvents] = await Promise.all([
		source.fetch<unknown>(siteSettingsQuery),
		source.fetch<unknown[]>(postsQuery),
		source.fetch<unknown[]>(topicsQuery),
		source.fetch<unknown[]>(eventsQuery),
	]);
	const settings = await loadSettings(rawSettings, report, opts.siteUrl);
	const { defaultCredit } = settings;

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
			report.skip('post', p._id, 'slug', m.duplicateSlug(p.slug));
			return false;
		});
	// Figures whose image cannot be shown are left out (with a warning) before anything renders.
	const checked = await checkAllImages(published, (p) => ({ type: 'post', id: p._id }), report);
	const posts = await Promise.all(
		checked.map(async (data): Promise<Post> => {
			const post = normalizePost(data, { report, defaultCredit, hashtags });
			const figure = shareFigure(post);
			const path = postUrl(post.slug);
			return {
				...post,
				path,
				url: absoluteUrl(path, settings.url),
				share: figure ? await decideShareImage(figure, settings.url) : settings.share,
			};
		}),
	);
	const topics = validTopics.map((topic) => ({
		...topic,
		posts: posts.filter((p) => p.topics.some((t) => t._id === topic._id)),
	}));

	const events = await buildEvents(rawEvents ?? [], {
		now: opts.now,
		siteUrl: settings.url,
		report,
		defaultCredit,
		posts,
	});

	return {
		settings,
		posts,
		topics,
		events,
		eventsByPost: eventsByPost(events),
		years: groupByYear(posts),
		assets: collectAssets(settings, [...posts, ...events]),
		builtAt: opts.now,
		report,
	};
}

type WithAssets = Partial<Pick<Post, 'mainImage' | 'seo'>> & {
	body?: readonly unknown[];
	descriptionBlocks?: readonly unknown[];
};

function collectAssets(settings: Settings, docs: readonly WithAssets[]): Asset[] {
	const byId = new Map<string, Asset>();
	const add = (a: Asset | undefined | null) => a && byId.set(a._id, a);
	add(settings.defaultImage?.asset);
	for (const p of docs) {
		add(p.mainImage?.asset);
		add(p.seo?.image?.asset);
		for (const b of p.body ?? p.descriptionBlocks ?? []) {
			const block = b as { asset?: Asset; file?: Asset };
			add(block.asset ?? block.file);
		}
	}
	return [...byId.values()];
}

/** Loads the content once per build from the configured source (see README "Environment"). */
export function loadContent(): Promise<Store> {
	const state = buildState();
	return (state.store ??= (async () =>
		buildStore(await contentSource(), {
			now: state.config.now,
			report: state.report,
			siteUrl: await siteUrl(),
		}))());
}

export const getSettings = async () => (await loadContent()).settings;
export const getPosts = async () => (await loadContent()).posts;
export const getTopics = async () => (await loadContent()).topics;
export const getPostsByYear = async () => (await loadContent()).years;
export const getAssets = async () => (await loadContent()).assets;
export const getBuiltAt = async () => (await loadContent()).builtAt;
export const getEvents = async () => (await loadContent()).events;
/** The events that list `postId` among their related posts (none: an empty list). */
export const getEventsOfPost = async (postId: string) =>
	(await loadContent()).eventsByPost.get(postId) ?? [];
