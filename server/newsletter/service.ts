/**
 * The newsletter inside the publish server: opens the database, serves the sign-up, confirm and
 * unsubscribe routes, and after each build that went live (`onLive`) sends every post the new
 * build marks «Send som nyhetsbrev» that was never queued before (exactly once per post: the
 * outbox's `send` row is the record), resumes sends a restart interrupted, and refreshes the
 * audience counts. Sends run one after another, outside the build queue.
 */
import type { Hono } from 'hono';
import type { Logger } from '../log.ts';
import type { StatusWriter } from '../status/writer.ts';
import { refreshAudienceCounts } from './audience-status.ts';
import type { NewsletterConfig } from './config.ts';
import { openDb } from './db.ts';
import { loadManifest } from './manifest.ts';
import { nl } from './messages.ts';
import { sendOf, unfinishedPosts } from './outbox.ts';
import { newsletterRoutes } from './routes.ts';
import { sendPost, type NewsletterContext } from './send-post.ts';
import type { Mailer } from './transport.ts';

export type NewsletterService = {
	routes: Hono;
	/** Call after a successful swap: the new build is live. */
	onLive(): void;
	/** Resolves when the sends started so far are done (tests, shutdown). */
	idle(): Promise<void>;
	close(): Promise<void>;
};

/** Starts the service over `config` (the database is opened now). */
export function startNewsletter(
	config: NewsletterConfig,
	deps: { log: Logger; now: () => Date; status: StatusWriter; mailer?: () => Mailer },
): NewsletterService {
	const ctx: NewsletterContext = {
		db: openDb(config.dbPath, config.dbSync),
		config,
		now: deps.now,
		log: (line) => deps.log.info(`Nyhetsbrev: ${line}`),
		status: deps.status,
		...(deps.mailer ? { mailer: deps.mailer } : {}),
	};
	let chain: Promise<void> = Promise.resolve();
	const toldTooOld = new Set<string>();
	const recent = (post: { _id: string; slug: string; publishedAt: string }) => {
		const ageDays = (deps.now().getTime() - Date.parse(post.publishedAt)) / 86_400_000;
		if (ageDays <= config.maxAgeDays) return true;
		if (!toldTooOld.has(post._id)) ctx.log(nl.tooOldToSend(post.slug, config.maxAgeDays));
		toldTooOld.add(post._id);
		return false;
	};
	const afterLive = async () => {
		await refreshAudienceCounts(ctx);
		const loaded = await loadManifest(config.root);
		if (!loaded.ok || !config.smtp) return;
		for (const postId of unfinishedPosts(ctx.db))
			await sendPost(ctx, { postId, trigger: 'publish', resumeOnly: true });
		for (const post of loaded.manifest.posts.filter(
			(p) => p.send && !sendOf(ctx.db, p._id) && recent(p),
		))
			await sendPost(ctx, { postId: post._id, trigger: 'publish', onlyFirstTime: true });
	};
	return {
		routes: newsletterRoutes(ctx),
		onLive() {
			chain = chain
				.then(afterLive)
				.catch((error: unknown) =>
					deps.log.error(`Nyhetsbrev: ${error instanceof Error ? error.message : String(error)}`),
				);
		},
		idle: () => chain,
		close: async () => {
			await chain;
			ctx.db.close();
		},
	};
}
