/**
 * The build's configuration, read from the environment in this one place (docs/configuration.md).
 * Every other module gets it from the build state (src/build-state.ts) or as an argument.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import {
	DEFAULT_API_VERSION,
	DEFAULT_DATASET_PATH,
	DEFAULT_UNSUBSCRIBE_PLACEHOLDER,
} from './consts.ts';
import { configMessages as m } from './report/messages.ts';
import { ConfigError } from './report/report.ts';

/**
 * What the build sees (Sanity "Perspectives"): published documents only, drafts laid over them, or a
 * stack of content releases (ids, highest priority first; may include 'drafts') laid over them.
 */
export type Perspective = 'published' | 'drafts' | readonly string[];

export type ApiSourceConfig = {
	mode: 'api';
	projectId: string;
	dataset: string;
	apiVersion: string;
	perspective: Perspective;
	token?: string | undefined;
	/** SANITY_API_HOST: another API host (tests, a self-hosted proxy); unset means Sanity's own. */
	apiHost?: string | undefined;
	/**
	 * May read from the API CDN: only a cold published build with no trigger (no BUILD_TRIGGER, no
	 * PUBLISH_REVISIONS). A build triggered by a publish or a schedule reads the live API, since the
	 * CDN can serve the previous revision for up to ~40 s (sanity-io/sanity#1409). Unset means true.
	 */
	cdn?: boolean;
	/** SANITY_API_CDN_HOST: the CDN's host when SANITY_API_HOST replaces Sanity's (tests, proxies). */
	cdnHost?: string | undefined;
	/** PUBLISH_REVISIONS: document `_id` → the `_rev` the triggering webhook saw; the build checks it. */
	expectedRevisions?: Readonly<Record<string, string>>;
};
export type LocalSourceConfig = { mode: 'local'; path: string; perspective: Perspective };
export type SourceConfig = ApiSourceConfig | LocalSourceConfig;

export type Config = {
	source: SourceConfig;
	/** SITE_URL; unset means siteSettings.url decides (then DEFAULT_SITE_URL). */
	siteUrl: string | undefined;
	/** IMAGE_CDN=1 with the API source: pages use Sanity CDN image URLs. */
	imageCdn: boolean;
	/** Absolute folder of the image cache (kept between builds, outside dist/). */
	imageCacheDir: string;
	/** REPORT_DIR: absolute folder for the machine-readable content report (beside dist/, never in it). */
	reportDir: string;
	/** The build clock: BUILD_NOW, or the moment the configuration was read. */
	now: Date;
	/**
	 * A preview (any perspective but `published`: drafts or content releases): every page noindex
	 * with a banner, scheduled posts shown, no feeds, sitemap, search index, e-mail files or
	 * schedule (DESIGN.md: dist-preview/). Decided here, once.
	 */
	preview: boolean;
	/** EMAIL_UNSUBSCRIBE_PLACEHOLDER: what e-mails link «Meld deg av» to; the mailing tool fills it. */
	emailUnsubscribe: string;
	/**
	 * BUILD_OUTPUTS: the output families built besides the core page set (posts, news and topic
	 * lists, the main RSS, the single pages). `all` (default) builds every family; `core`, or `core`
	 * plus families, is for measuring (bench/README.md) and never deployed: core pages still link
	 * to the outputs left out.
	 */
	outputs: ReadonlySet<OutputFamily>;
	/**
	 * INCREMENTAL_BUILD=1: Astro restores unchanged pages from the previous build (its
	 * `experimental.incrementalBuild`, src/content/page-keys.ts). The atomic build sets it (the
	 * publish loop, `npm run build`); a plain `astro build` renders every page.
	 */
	incrementalBuild: boolean;
	/**
	 * SEARCH_INDEX_AFTER_BUILD=1: `astro build` leaves the search index to the atomic build's
	 * post-build step (scripts/search-index.ts), which runs after Astro's process has exited, so the
	 * indexer's memory does not add to Astro's. A plain `astro build` indexes in its last hook.
	 */
	searchIndexAfterBuild: boolean;
	/**
	 * PREVIOUS_BUILD_DIR: the live build folder a rebuild follows (the atomic build sets it); its
	 * search indexes of unchanged year sets are reused (src/site/search-index.ts). Unset: none.
	 */
	previousBuildDir: string | undefined;
	/**
	 * BUILD_WORKERS: threads that render pages, the main thread included (src/prerender/); default
	 * one per core from 4 cores (`os.availableParallelism()`), else 1 (`defaultWorkers`). 1 renders
	 * every page on the main thread, as Astro does alone.
	 */
	buildWorkers: number;
	/**
	 * BUILD_MEMORY_MIB: the memory budget (MiB, whole build) under which the rendering threads are
	 * chosen: fewer threads than BUILD_WORKERS when each worker's own store would pass it
	 * (src/prerender/threads.ts); default 4096.
	 */
	buildMemoryMiB: number;
	/**
	 * NEWSLETTER_PUBLIC_URL: where readers reach the publish server, whose `/abonner` the sign-up
	 * form on /nyhetsbrev/ posts to (and CSP `form-action` allows); unset: the site's own origin,
	 * which the publish server serves.
	 */
	newsletterServerUrl: string | undefined;
};

/** The output families that BUILD_OUTPUTS can leave out of a measuring build. */
export const OUTPUT_FAMILIES = [
	'municipalities',
	'email',
	'digests',
	'calendar',
	'archive',
	'feeds',
	'search',
] as const;
export type OutputFamily = (typeof OUTPUT_FAMILIES)[number];

/** The defaults of every setting, in one object. */
export const CONFIG_DEFAULTS = {
	datasetPath: DEFAULT_DATASET_PATH,
	dataset: 'production',
	apiVersion: DEFAULT_API_VERSION,
	perspective: 'published',
	imageCacheDir: 'node_modules/.cache/ks-images',
	reportDir: 'reports',
	emailUnsubscribe: DEFAULT_UNSUBSCRIBE_PLACEHOLDER,
	outputs: 'all',
	buildMemoryMiB: 4096,
} as const;

type Env = Record<string, string | undefined>;
const read = (env: Env, name: string) => env[name]?.trim() || undefined;

/** Parses SANITY_PERSPECTIVE: `published`, `drafts`, or release ids separated by commas. */
function readPerspective(value: string): Perspective {
	if (value === 'published' || value === 'drafts') return value;
	const stack = value.split(',').map((part) => part.trim());
	// A release id as Sanity makes them ("rAutumn2024"); "raw" or "published" would leak or mean nothing.
	if (stack.every((id) => /^[A-Za-z0-9][\w-]*$/.test(id) && id !== 'raw' && id !== 'published'))
		return stack;
	throw new ConfigError(m.badPerspective(value));
}

/** Reads the source settings; throws ConfigError with a Norwegian message on a bad value. */
export function readSourceConfig(env: Env): SourceConfig {
	const perspective = readPerspective(
		read(env, 'SANITY_PERSPECTIVE') ?? CONFIG_DEFAULTS.perspective,
	);
	const projectId = read(env, 'SANITY_PROJECT_ID');
	if (!projectId)
		return {
			mode: 'local',
			path: read(env, 'SANITY_LOCAL_DATASET') ?? CONFIG_DEFAULTS.datasetPath,
			perspective,
		};
	if (!/^[a-z0-9-]+$/.test(projectId)) throw new ConfigError(m.badProjectId(projectId));
	const token = read(env, 'SANITY_TOKEN');
	if (perspective !== 'published' && !token) throw new ConfigError(m.draftsNeedToken());
	const expectedRevisions = readRevisions(env);
	return {
		mode: 'api',
		projectId,
		dataset: read(env, 'SANITY_DATASET') ?? CONFIG_DEFAULTS.dataset,
		apiVersion: read(env, 'SANITY_API_VERSION') ?? CONFIG_DEFAULTS.apiVersion,
		perspective,
		token,
		apiHost: readApiHost(env, 'SANITY_API_HOST'),
		cdn: !read(env, 'BUILD_TRIGGER') && !expectedRevisions,
		cdnHost: readApiHost(env, 'SANITY_API_CDN_HOST'),
		...(expectedRevisions ? { expectedRevisions } : {}),
	};
}

function readApiHost(env: Env, name: string): string | undefined {
	const value = read(env, name);
	if (value && (!/^https?:\/\/[^\s/]+/.test(value) || !URL.canParse(value)))
		throw new ConfigError(m.badApiHost(value, name));
	return value?.replace(/\/+$/, '');
}

/** PUBLISH_REVISIONS: a JSON object of `_id` → `_rev` strings (set by the publish server); `{}` counts as unset. */
function readRevisions(env: Env): Record<string, string> | undefined {
	const value = read(env, 'PUBLISH_REVISIONS');
	if (!value) return undefined;
	let parsed: unknown;
	try {
		parsed = JSON.parse(value);
	} catch {
		throw new ConfigError(m.badRevisions(value));
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
		throw new ConfigError(m.badRevisions(value));
	const entries = Object.entries(parsed);
	if (!entries.every(([, rev]) => typeof rev === 'string'))
		throw new ConfigError(m.badRevisions(value));
	return entries.length ? (Object.fromEntries(entries) as Record<string, string>) : undefined;
}

function readSiteUrl(env: Env): string | undefined {
	const value = read(env, 'SITE_URL');
	if (!value) return undefined;
	if (!/^https?:\/\/[^\s/]+/.test(value) || !URL.canParse(value))
		throw new ConfigError(m.badSiteUrl(value));
	return value.replace(/\/+$/, '');
}

function readNewsletterServerUrl(env: Env): string | undefined {
	const value = read(env, 'NEWSLETTER_PUBLIC_URL');
	if (!value) return undefined;
	if (!/^https?:\/\/[^\s/]+/.test(value) || !URL.canParse(value))
		throw new ConfigError(m.badNewsletterUrl(value));
	return value.replace(/\/+$/, '');
}

function readNow(env: Env): Date {
	const value = read(env, 'BUILD_NOW');
	if (!value) return new Date();
	// ISO 8601 date-time with a zone (Z or ±hh:mm), or a calendar date (midnight UTC).
	const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
	const date = new Date(value);
	if (!iso.test(value) || Number.isNaN(date.getTime())) throw new ConfigError(m.badNow(value));
	return date;
}

/** The unsubscribe placeholder of the office's mailing tool: one token, no spaces, quotes or <>. */
function readUnsubscribe(env: Env): string {
	const value = read(env, 'EMAIL_UNSUBSCRIBE_PLACEHOLDER') ?? CONFIG_DEFAULTS.emailUnsubscribe;
	if (/[\s"'<>]/.test(value)) throw new ConfigError(m.badUnsubscribe(value));
	return value;
}

/** Parses BUILD_OUTPUTS: `all`, or `core` followed by output families, separated by commas. */
function readOutputs(env: Env): ReadonlySet<OutputFamily> {
	const value = read(env, 'BUILD_OUTPUTS') ?? CONFIG_DEFAULTS.outputs;
	if (value === 'all') return new Set(OUTPUT_FAMILIES);
	const [first, ...rest] = value.split(',').map((part) => part.trim());
	const known = (f: string): f is OutputFamily =>
		(OUTPUT_FAMILIES as readonly string[]).includes(f);
	if (first !== 'core' || !rest.every(known))
		throw new ConfigError(m.badOutputs(value, OUTPUT_FAMILIES));
	return new Set(rest as OutputFamily[]);
}

/**
 * Cores from which the build renders on one thread per core by default. On 2 cores a second thread
 * gained nothing (bench/README.md, 2026-12-07): back to back it was slower (10,000 posts, same page
 * set: 28.6–29.1 s with one thread, 31.0–32.9 s with two; 50,000 posts 325 s against 400 s), across
 * two bench runs the same within noise, and it cost about 600 MiB at 10,000 posts.
 */
export const MIN_CORES_FOR_WORKERS = 4;

/** The default of BUILD_WORKERS for `cores` available cores: one per core from 4 cores, else 1. */
export const defaultWorkers = (cores: number): number =>
	cores >= MIN_CORES_FOR_WORKERS ? cores : 1;

/** Parses BUILD_WORKERS: a whole number from 1 up; unset means `defaultWorkers(availableParallelism())`. */
function readWorkers(env: Env): number {
	const value = read(env, 'BUILD_WORKERS');
	if (value === undefined) return defaultWorkers(availableParallelism());
	if (!/^[1-9]\d{0,2}$/.test(value)) throw new ConfigError(m.badWorkers(value));
	return Number(value);
}

function readMemoryMiB(env: Env): number {
	const value = read(env, 'BUILD_MEMORY_MIB');
	if (value === undefined) return CONFIG_DEFAULTS.buildMemoryMiB;
	if (!/^[1-9]\d{2,6}$/.test(value)) throw new ConfigError(m.badMemory(value));
	return Number(value);
}

function readFlag(env: Env, name: string): boolean {
	const value = read(env, name);
	if (value === undefined || value === '0') return false;
	if (value === '1') return true;
	throw new ConfigError(m.badFlag(name, value));
}

/** True when this build's output gets a search index: the published site with the `search` family. */
export const buildsSearchIndex = (config: Config): boolean =>
	!config.preview && config.outputs.has('search');

/** Reads the whole configuration from `env` (default: the process environment). */
export function readConfig(env: Env = process.env): Config {
	const source = readSourceConfig(env);
	return {
		source,
		siteUrl: readSiteUrl(env),
		imageCdn: readFlag(env, 'IMAGE_CDN') && source.mode === 'api',
		imageCacheDir: resolve(read(env, 'IMAGE_CACHE_DIR') ?? CONFIG_DEFAULTS.imageCacheDir),
		reportDir: resolve(read(env, 'REPORT_DIR') ?? CONFIG_DEFAULTS.reportDir),
		now: readNow(env),
		preview: source.perspective !== 'published',
		emailUnsubscribe: readUnsubscribe(env),
		outputs: readOutputs(env),
		incrementalBuild: readFlag(env, 'INCREMENTAL_BUILD'),
		searchIndexAfterBuild: readFlag(env, 'SEARCH_INDEX_AFTER_BUILD'),
		previousBuildDir: read(env, 'PREVIOUS_BUILD_DIR'),
		buildWorkers: readWorkers(env),
		buildMemoryMiB: readMemoryMiB(env),
		newsletterServerUrl: readNewsletterServerUrl(env),
	};
}
