/**
 * The build-time content store: runs each query once, validates, decides each derived value once
 * (URL, share image, excerpt, year), renders portable text once, and exposes small typed accessors
 * for pages and outputs. Data is shared and read-only (docs/architecture.md). Longer than most
 * files because buildStore is the one place that puts the content decisions in their order
 * (validation → files → images → links → normalisation → derived values); the steps live in
 * their own modules.
 */
import { buildConfig, buildSlot } from '../build-state.ts';
import { CONFIG_DEFAULTS, type Config } from '../config.ts';
import { checkAllImages } from '../images/check.ts';
import { createRegistry, type ImageContext, type ImageRegistry } from '../images/registry.ts';
import { isPublished, latestInstant, parseIsoDateTime } from '../lib/dates.ts';
import { slugify } from '../lib/slugify.ts';
import { absoluteUrl, postUrl, topicUrl } from '../lib/urls.ts';
import { contentMessages as m } from '../report/messages.ts';
import {
	eventsQuery,
	municipalitiesQuery,
	postsQuery,
	siteSettingsQuery,
	topicsQuery,
} from '../sanity/queries.ts';
import { ContentReport } from '../report/report.ts';
import {
	POST_FALLBACKS,
	POST_REQUIRED,
	TOPIC_REQUIRED,
	postSchema,
	topicSchema,
	type Asset,
	type PostData,
	type Municipality,
	type Topic,
} from '../sanity/schemas.ts';
import type { ContentSource } from '../sanity/source.ts';
import { validateDocuments } from '../sanity/validate.ts';
import { checkAttachments } from './attachments.ts';
import { collectAssets } from './collect-assets.ts';
import { deadlineState, type Deadline } from '../lib/deadline.ts';
import { buildEvents, eventsByPost, type EventEntry } from './events.ts';
import { hashtagTargets } from './hashtags.ts';
import { showPostImages } from './images.ts';
import { restoreHoles } from './holes.ts';
import { resolveInternalLinks } from './internal-links.ts';
import { decideLeadStory } from './lead-story.ts';
import { loadMunicipalities } from './municipalities.ts';
import { normalizePost, type NormalizedPost } from './normalize.ts';
import { groupByYear, nextPublishInstant } from './posts.ts';
import { loadSettings, type Settings } from './settings.ts';
import { decideShareImage, shareFigure, type ShareImage } from './share.ts';
import { buildReport, contentSource, siteUrl } from './source.ts';

export type { Settings } from './settings.ts';

/**
 * A published post with every derived value decided: path, absolute URL, share image, last change
 * and the state of its deadline at the build clock.
 */
export type Post = NormalizedPost & {
	/** Dated after the build clock: only a preview shows it («Planlagt»); never in production. */
	scheduled: boolean;
	path: string;
	url: string;
	share: ShareImage | null;
	/** Last change: `_updatedAt`, never earlier than `publishedAt` (dateModified, lastmod, feeds). */
	updatedAt: string;
	allMunicipalities: boolean;
	deadlineStatus: Deadline | null;
};
export type TopicEntry = Topic & { posts: Post[] };
/** A municipality (or the county) with the posts that concern it, newest first. */
export type MunicipalityEntry = Municipality & { posts: Post[] };
export type Event = EventEntry<Post>;
export type Store = {
	settings: Settings;
	posts: Post[];
	topics: TopicEntry[];
	/** Every municipality and the county, by name (an "all municipalities" post counts for each). */
	municipalities: MunicipalityEntry[];
	/** Posts grouped by Oslo year, newest year first (archive pages and the footer). */
	years: Array<{ year: number; posts: Post[] }>;
	/** The front page's lead story (the editor's pin, a greeting in season, or the newest post). */
	lead: Post | null;
	/** Events, earliest first; `upcoming` decided by the build clock. */
	events: Event[];
	/** Post id → the events that list it among their related posts. */
	eventsByPost: Map<string, Event[]>;
	/** Every asset a published page refers to (local ones are copied into dist/). */
	assets: Asset[];
	builtAt: Date;
	/**
	 * The earliest `publishedAt` after the build clock among the posts this source would publish
	 * (ISO 8601), or null: when the site must be rebuilt for a scheduled post (schedule.json).
	 */
	nextPublishAt: string | null;
	report: ContentReport;
	/** Every image file the store's pages, feeds and e-mails show, and where each asset is used. */
	images: ImageRegistry;
};

/** `preview`: scheduled posts are shown too (config.preview; production never shows them). */
type StoreOptions = {
	now: Date;
	report?: ContentReport;
	siteUrl?: string | undefined;
	preview?: boolean | undefined;
	/** Image settings (IMAGE_CDN, the cache folder); default: self-hosted, the default cache. */
	images?: Pick<Config, 'imageCdn' | 'imageCacheDir'> | undefined;
};

const DEFAULT_IMAGES = { imageCdn: false, imageCacheDir: CONFIG_DEFAULTS.imageCacheDir };

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The reason for a missing slug: "mangler; forslag: …" from the title. */
const suggestSlug = (doc: Record<string, unknown>) =>
	m.missingSlug(typeof doc.title === 'string' ? slugify(doc.title) : '');

/** Builds the store from any content source. `now` decides what is published. */
export async function buildStore(source: ContentSource, opts: StoreOptions): Promise<Store> {
	const report = opts.report ?? new ContentReport();
	const images: ImageContext = {
		config: opts.images ?? DEFAULT_IMAGES,
		registry: createRegistry(),
	};
	const [rawSettings, rawPosts, rawTopics, rawMunicipalities, rawEvents] = await Promise.all([
		source.fetch<unknown>(siteSettingsQuery),
		source.fetch<unknown[]>(postsQuery),
		source.fetch<unknown[]>(topicsQuery),
		source.fetch<unknown[]>(municipalitiesQuery),
		source.fetch<unknown[]>(eventsQuery),
	]);
	const settings = await loadSettings(rawSettings, report, images, opts.siteUrl);
	const { defaultCredit } = settings;

	const validTopics = validateDocuments(rawTopics ?? [], topicSchema, report, {
		type: 'topic',
		required: TOPIC_REQUIRED,
		fallbacks: { description: null },
		missing: { slug: suggestSlug },
	});
	const hashtags = hashtagTargets(validTopics);

	const seen = new Set<string>();
	const rawBodies = new Map(
		(rawPosts ?? []).map((r) => [(r as { _id?: unknown })?._id, (r as { body?: unknown })?.body]),
	);
	const dated = validateDocuments(rawPosts ?? [], postSchema, report, {
		type: 'post',
		required: POST_REQUIRED,
		fallbacks: POST_FALLBACKS,
		missing: { slug: suggestSlug },
	}).map((p) => ({ p, time: parseIsoDateTime(p.publishedAt) ?? Number.NaN }));
	const nextPublishAt = nextPublishInstant(
		dated.map(({ time }) => time),
		opts.now,
	);
	const published = dated
		// Ordered by the instant, never the string: "2024-05-01T01:00:00+02:00" is before
		// "2024-04-30T23:30:00Z", which a string sort (GROQ's order() on the field) gets wrong.
		.filter(({ time }) => isPublished(time, opts.now) || (opts.preview && !Number.isNaN(time)))
		.sort((a, b) => b.time - a.time || compareIds(a.p._id, b.p._id))
		.map(({ p }) => p)
		.filter((p) => {
			if (!seen.has(p.slug)) return seen.add(p.slug);
			report.skip('post', p._id, 'slug', m.duplicateSlug(p.slug));
			return false;
		})
		// Blocks left out by validation stay as holes, so later report paths name the right block.
		.map((p) => ({ ...p, body: restoreHoles(rawBodies.get(p._id), p.body) as PostData['body'] }));
	// Figures whose image cannot be shown are left out (with a warning) before anything renders.
	// Attachments that are not documents the site publishes are left out (attachments.ts), in order.
	const local = source.kind !== 'api';
	const withFiles: typeof published = [];
	for (const p of published) withFiles.push(await checkAttachments(p, report, local));
	const checked = await checkAllImages(
		withFiles,
		(p) => ({ type: 'post', id: p._id }),
		report,
		images,
	);
	// Internal links may point at any post or topic this build publishes, and nothing else.
	const linkTargets = new Map([
		...published.map((p) => [p._id, postUrl(p.slug)] as const),
		...validTopics.map((tp) => [tp._id, topicUrl(tp.slug)] as const),
	]);
	const posts = await Promise.all(
		checked.map(async (data): Promise<Post> => {
			const body = resolveInternalLinks(data.body, linkTargets, {
				type: 'post',
				id: data._id,
				report,
				now: opts.now,
			});
			const shown = showPostImages(images, { ...data, body });
			const post = normalizePost(shown, { report, defaultCredit, hashtags });
			const figure = shareFigure(post);
			const path = postUrl(post.slug);
			return {
				...post,
				scheduled: !isPublished(post.publishedTime, opts.now),
				path,
				url: absoluteUrl(path, settings.url),
				share: figure ? await decideShareImage(images, figure, settings.url) : settings.share,
				updatedAt: latestInstant(post.publishedAt, post._updatedAt),
				allMunicipalities: post.allMunicipalities === true,
				deadlineStatus: post.deadline ? deadlineState(post.deadline, opts.now) : null,
			};
		}),
	);
	const topics = validTopics.map((topic) => ({
		...topic,
		posts: posts.filter((p) => p.topics.some((t) => t._id === topic._id)),
	}));
	const municipalities = loadMunicipalities(rawMunicipalities ?? [], posts, report);

	const events = await buildEvents(rawEvents ?? [], {
		now: opts.now,
		siteUrl: settings.url,
		report,
		defaultCredit,
		posts,
		images,
	});

	return {
		settings,
		posts,
		topics,
		municipalities,
		years: groupByYear(posts),
		lead: decideLeadStory(posts, {
			pin: settings.leadStory,
			now: opts.now,
			everyPost: rawPosts ?? [],
			report,
		}),
		events,
		eventsByPost: eventsByPost(events),
		assets: collectAssets(settings, [...posts, ...events]),
		builtAt: opts.now,
		nextPublishAt,
		report,
		images: images.registry,
	};
}

/** This build's store, kept in the content room's slot of the build state. */
const storeSlot = () => buildSlot<{ store?: Promise<Store> }>('content.store', () => ({}));

/** Loads the content once per build from the configured source (see docs/configuration.md). */
export function loadContent(): Promise<Store> {
	const slot = storeSlot();
	return (slot.store ??= (async () => {
		const config = buildConfig();
		return buildStore(await contentSource(), {
			now: config.now,
			report: buildReport(),
			siteUrl: await siteUrl(),
			preview: config.preview,
			images: config,
		});
	})());
}

/** The store this build has loaded, or undefined when none was asked for. */
export const loadedContent = (): Promise<Store> | undefined => storeSlot().store;

/**
 * The store a page renders from: the request's own when it has one (the live preview loads a
 * fresh store per request into `Astro.locals.store`, preview/middleware.ts), else this build's.
 * Layouts shared by the site and the preview read the store only through this.
 */
export const storeOf = (locals: { store?: Promise<Store> | undefined }): Promise<Store> =>
	locals.store ?? loadContent();

/** Runs `fn` on this build's store (getStaticPaths that need several slices and the page keys). */
export const withStore = async <T>(fn: (store: Store) => T | Promise<T>): Promise<T> =>
	fn(await loadContent());
export const getSettings = async () => (await loadContent()).settings;
export const getPosts = async () => (await loadContent()).posts;
export const getTopics = async () => (await loadContent()).topics;
export const getMunicipalities = async () => (await loadContent()).municipalities;
export const getPostsByYear = async () => (await loadContent()).years;
export const getAssets = async () => (await loadContent()).assets;
export const getBuiltAt = async () => (await loadContent()).builtAt;
export const getEvents = async () => (await loadContent()).events;
