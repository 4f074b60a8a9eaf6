/**
 * `newsletter send` and the publish server's hook share this: find the post in the live build's
 * list, check that sending can work at all (SMTP, sender, secret, an edition without leftover
 * placeholders, audiences), queue every recipient in one transaction, then deliver and report
 * counts to the status channel. Each refusal is one Norwegian line; nothing is half-sent.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { StatusWriter } from '../status/writer.ts';
import type { NewsletterPart } from '../status/status-doc.ts';
import { recipientsOf } from './audiences.ts';
import type { NewsletterConfig } from './config.ts';
import type { Db } from './db.ts';
import { loadEdition, personalise, PlaceholderLeftError } from './edition.ts';
import { loadManifest, type LoadedManifest, type ManifestPost } from './manifest.ts';
import { nl } from './messages.ts';
import {
	enqueue,
	markInterrupted,
	outboxCounts,
	requeueUncertain,
	sendOf,
	type OutboxCounts,
} from './outbox.ts';
import { deliver } from './sender.ts';
import { smtpMailer, type Mailer } from './transport.ts';

export type NewsletterContext = {
	db: Db;
	config: NewsletterConfig;
	now: () => Date;
	log: (line: string) => void;
	status: StatusWriter;
	/** The SMTP mailer (default: the pooled nodemailer transport of config.smtp). */
	mailer?: () => Mailer;
};

export type SendRequest = {
	slug?: string;
	postId?: string;
	/** Audience slugs instead of the post's «Mottakere». */
	audiences?: readonly string[];
	dryRun?: boolean;
	resendUncertain?: boolean;
	trigger: 'cli' | 'publish';
	/** Only when the post was never queued before (the publish hook: once per post). */
	onlyFirstTime?: boolean;
	/** Deliver the rows already queued, add nobody (a restarted server resuming a send). */
	resumeOnly?: boolean;
};

export type SendOutcome = { ok: boolean; counts?: OutboxCounts };

/** The newsletter part of the post's status from the outbox counts. */
export function newsletterPart(counts: OutboxCounts, at: Date, message?: string): NewsletterPart {
	const open = counts.queued + counts.sending;
	return {
		state: message && open ? 'failed' : open ? 'sending' : 'sent',
		at: at.toISOString(),
		queued: open,
		sent: counts.sent,
		failed: counts.failed,
		bounced: counts.bounced,
		uncertain: counts.uncertain,
		...(message ? { message } : {}),
	};
}

/** The sender's name, site URL and SMTP checks; a Norwegian line when sending cannot work. */
export async function prepare(
	ctx: NewsletterContext,
	req: Pick<SendRequest, 'slug' | 'postId' | 'dryRun'>,
): Promise<{ manifest: LoadedManifest; post: ManifestPost } | string> {
	const { config } = ctx;
	if (!req.dryRun && !config.smtp) return nl.noSmtp;
	if (!req.dryRun && !config.from) return nl.noFrom;
	if (!req.dryRun && !config.secret) return nl.noSecret;
	const loaded = await loadManifest(config.root);
	if (!loaded.ok)
		return loaded.reason === 'missing'
			? nl.noManifest(join('reports', 'newsletter.json'))
			: nl.staleManifest;
	const post = loaded.manifest.posts.find((p) => p.slug === req.slug || p._id === req.postId);
	if (!post) return nl.noPost(req.slug ?? req.postId ?? '');
	return { manifest: loaded.manifest, post };
}

async function attachmentsOf(manifest: LoadedManifest, post: ManifestPost, max: number) {
	if (max <= 0) return undefined;
	const files = [];
	for (const a of post.attachments) {
		const path = join(manifest.dist, a.path);
		const size = await stat(path).then(
			(s) => s.size,
			() => Infinity,
		);
		if (size <= max) files.push({ filename: a.filename, path });
	}
	return files;
}

/** Queues and delivers the post to its audiences (or `req.audiences`). */
export async function sendPost(ctx: NewsletterContext, req: SendRequest): Promise<SendOutcome> {
	const { db, config, now, log } = ctx;
	const ready = await prepare(ctx, req);
	if (typeof ready === 'string') return (log(ready), { ok: false });
	const { manifest, post } = ready;
	const previous = sendOf(db, post._id);
	if (req.onlyFirstTime && previous) return { ok: true };
	const edition = await loadEdition(manifest, post);
	if (!edition) return (log(nl.noEdition(post._id, post.slug)), { ok: false });
	try {
		personalise(edition, `${config.publicUrl ?? manifest.siteUrl}/avmeld/x`);
	} catch (error) {
		if (error instanceof PlaceholderLeftError)
			return (log(nl.placeholderLeft(post._id)), { ok: false });
		throw error;
	}
	const slugs = req.audiences?.length ? req.audiences : post.audiences;
	if (!slugs.length) return (log(nl.noAudience(post._id)), { ok: false });
	const audiences = [];
	for (const slug of slugs) {
		const audience = manifest.audiences.find((a) => a.slug === slug);
		if (!audience) return (log(nl.unknownAudience(post._id, slug)), { ok: false });
		audiences.push(audience);
	}
	const recipients = req.resumeOnly ? [] : recipientsOf(db, audiences);
	if (req.dryRun) return (log(nl.queued(recipients.length, post.slug, true)), { ok: true });
	if (!req.resumeOnly) {
		if (previous) log(nl.alreadySent(post.slug, previous.created_at));
		const added = enqueue(db, post, recipients, {
			trigger: req.trigger,
			from: config.from!,
			now: now(),
		});
		log(nl.queued(added, post.slug, false));
	}
	markInterrupted(db, post._id, now());
	if (req.resendUncertain) requeueUncertain(db, post._id, now());
	const report = (counts: OutboxCounts, message?: string) =>
		ctx.status
			.setPost(post._id, 'newsletter', newsletterPart(counts, now(), message))
			.catch(() => {});
	await report(outboxCounts(db, post._id));
	const mailer = (ctx.mailer ?? (() => smtpMailer(config)))();
	try {
		const result = await deliver(
			{
				db,
				mailer,
				manifest,
				publicUrl: config.publicUrl ?? manifest.siteUrl,
				from: config.from!,
				secret: config.secret!,
				maxAttempts: config.maxAttempts,
				retryBaseMs: config.retryBaseMs,
				workers: config.maxConnections,
				now,
				attachments: await attachmentsOf(manifest, post, config.attachMaxBytes),
				onProgress: (counts) => void report(counts),
			},
			post,
			edition,
		);
		const { counts, stopped } = result;
		const uncertain = counts.uncertain ? nl.uncertain(counts.uncertain) : undefined;
		if (stopped) log(stopped);
		if (uncertain) log(uncertain);
		log(nl.progress(counts));
		await report(counts, stopped ?? uncertain);
		return { ok: !stopped, counts };
	} finally {
		mailer.close();
	}
}
