/**
 * The Facebook poster's job, shared by `npm run facebook:publish` and the publish server: read
 * the live site's dist/facebook.xml, post what is due (or list it in dry-run) and record it in
 * reports/facebook-posted.json. A lock file keeps the server and a manual run from posting the
 * same item at once. With a status writer, the editor sees each item posted, skipped or failed.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { acquireLock } from '../../scripts/lib/file-lock.ts';
import type { StatusWriter } from '../status/writer.ts';
import { assertCanPublish, type FacebookConfig } from './config.ts';
import { FeedError, parseFacebookFeed, type FeedItem } from './feed.ts';
import { findPagePost, postToPage, type GraphAccess } from './graph-client.ts';
import { facebookLines as m } from './messages.ts';
import { runPoster, type PosterGraph, type PosterSummary } from './poster.ts';
import { readState, stateFile, writeState } from './state.ts';

export type PublishOptions = {
	/** False: dry-run, nothing is sent. */
	publish: boolean;
	now: Date;
	print: (line: string) => void;
	fetch?: typeof fetch;
	sleep?: (ms: number) => Promise<void>;
	/** Where the Facebook part of each post's status goes (the status channel). */
	status?: StatusWriter;
};

const realSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

async function readFeed(root: string): Promise<string> {
	try {
		return await readFile(join(root, 'dist', 'facebook.xml'), 'utf8');
	} catch {
		throw new FeedError(
			`Fant ikke ${join(root, 'dist', 'facebook.xml')}. Er nettstedet bygget (npm run build), og har det Facebook-feeden?`,
		);
	}
}

function graphFor(config: FacebookConfig, options: PublishOptions): PosterGraph | undefined {
	const { pageId, token } = config;
	if (!options.publish || !pageId || !token) return undefined;
	const access: GraphAccess = {
		graphUrl: config.graphUrl,
		pageId,
		token,
		...(options.fetch ? { fetch: options.fetch } : {}),
	};
	return {
		post: (item: FeedItem) => postToPage({ ...access, message: item.message, link: item.link }),
		find: (item: FeedItem) => findPagePost(access, item.link),
	};
}

/**
 * Runs the poster once. Throws ConfigError, FeedError, LockedError, or GraphError for a token or
 * permission fault (Norwegian messages); a refused or rate-limited item never throws.
 */
export async function publishFromSite(
	config: FacebookConfig,
	options: PublishOptions,
): Promise<PosterSummary> {
	if (options.publish) assertCanPublish(config);
	const { items, problems } = parseFacebookFeed(await readFeed(config.root));
	for (const problem of problems) options.print(problem);
	await mkdir(join(config.root, 'reports'), { recursive: true });
	const release = await acquireLock(join(config.root, 'reports', 'facebook-posted.lock'));
	try {
		const path = stateFile(config.root);
		const graph = graphFor(config, options);
		const { status } = options;
		const summary = await runPoster({
			items,
			state: await readState(path),
			now: options.now,
			maxAgeDays: config.maxAgeDays,
			...(graph ? { graph } : {}),
			saveState: (state) => writeState(path, state),
			print: options.print,
			...(status
				? {
						report: (id, part) =>
							status.setPost(id, 'facebook', part).catch((error: unknown) => {
								options.print(`Kunne ikke skrive status for ${id}: ${(error as Error).message}`);
							}),
					}
				: {}),
			backoff: { maxAttempts: config.maxAttempts },
			sleep: options.sleep ?? realSleep,
		});
		options.print(
			options.publish
				? m.summary(summary, config.maxAgeDays)
				: m.dryRun(summary.due, summary.alreadyPosted, summary.tooOld, config.maxAgeDays),
		);
		return summary;
	} finally {
		await release();
	}
}
