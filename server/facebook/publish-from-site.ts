/**
 * The Facebook poster's job, shared by `npm run facebook:publish` and the publish server: read
 * the live site's dist/facebook.xml, post what is due (or list it in dry-run) and record it in
 * reports/facebook-posted.json. A lock file keeps the server and a manual run from posting the
 * same item at once.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { acquireLock } from '../../scripts/lib/file-lock.ts';
import { assertCanPublish, type FacebookConfig } from './config.ts';
import { FeedError, parseFacebookFeed, type FeedItem } from './feed.ts';
import { postToPage } from './graph-client.ts';
import { runPoster, type PosterSummary } from './poster.ts';
import { withRetry } from './retry.ts';
import { readState, stateFile, writeState } from './state.ts';

export type PublishOptions = {
	/** False: dry-run, nothing is sent. */
	publish: boolean;
	now: Date;
	print: (line: string) => void;
	fetch?: typeof fetch;
	sleep?: (ms: number) => Promise<void>;
};

async function readFeed(root: string): Promise<string> {
	try {
		return await readFile(join(root, 'dist', 'facebook.xml'), 'utf8');
	} catch {
		throw new FeedError(
			`Fant ikke ${join(root, 'dist', 'facebook.xml')}. Er nettstedet bygget (npm run build), og har det Facebook-feeden?`,
		);
	}
}

/** Runs the poster once. Throws ConfigError, FeedError, GraphError or LockedError (Norwegian messages). */
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
		const { pageId, token } = config;
		const post =
			options.publish && pageId && token
				? (item: FeedItem) =>
						withRetry(
							() =>
								postToPage({
									graphUrl: config.graphUrl,
									pageId,
									token,
									message: item.message,
									link: item.link,
									...(options.fetch ? { fetch: options.fetch } : {}),
								}),
							{
								maxAttempts: config.maxAttempts,
								...(options.sleep ? { sleep: options.sleep } : {}),
								onRetry: (attempt, ms, error) =>
									options.print(
										`Forsøk ${attempt} feilet: ${error.message} Prøver igjen om ${Math.ceil(ms / 1000)} s.`,
									),
							},
						)
				: undefined;
		const summary = await runPoster({
			items,
			state: await readState(path),
			now: options.now,
			maxAgeDays: config.maxAgeDays,
			...(post ? { post } : {}),
			saveState: (state) => writeState(path, state),
			print: options.print,
		});
		const rest = `${summary.alreadyPosted} postet før, ${summary.tooOld} eldre enn ${config.maxAgeDays} dager`;
		options.print(
			options.publish
				? `${summary.posted} nye innlegg postet på Facebook (${rest}).`
				: `Tørrkjøring: ${summary.due} innlegg ville blitt postet (${rest}). Ingenting er sendt; bruk --publish for å poste.`,
		);
		return summary;
	} finally {
		await release();
	}
}
