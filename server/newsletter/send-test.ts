/**
 * `newsletter test SLUG --to ADDRESS`: the post's edition as readers would get it, sent to the
 * given addresses only (not through the outbox, no subscriber touched), subject marked «[Prøve]».
 * Its unsubscribe link leads to a page that says the link is not valid: nobody is on a list.
 */
import { loadEdition, personalise, PlaceholderLeftError } from './edition.ts';
import { buildMessage } from './message.ts';
import { nl } from './messages.ts';
import { prepare, type NewsletterContext } from './send-post.ts';
import { classify } from './sender.ts';
import { smtpMailer } from './transport.ts';

/** Sends the test messages; resolves false (after one line) when anything refused. */
export async function sendTest(
	ctx: NewsletterContext,
	slug: string,
	to: string[],
): Promise<boolean> {
	const ready = await prepare(ctx, { slug });
	if (typeof ready === 'string') return (ctx.log(ready), false);
	const { manifest, post } = ready;
	const edition = await loadEdition(manifest, post);
	if (!edition) return (ctx.log(nl.noEdition(post._id, post.slug)), false);
	const base = ctx.config.publicUrl ?? manifest.siteUrl;
	let message;
	try {
		message = personalise(edition, `${base}/avmeld/prove`);
	} catch (error) {
		if (error instanceof PlaceholderLeftError)
			return (ctx.log(nl.placeholderLeft(post._id)), false);
		throw error;
	}
	const mailer = (ctx.mailer ?? (() => smtpMailer(ctx.config)))();
	try {
		for (const address of to)
			await mailer.send(
				buildMessage({
					postId: `${post._id}.prove`,
					to: address,
					from: { name: manifest.senderName, address: ctx.config.from! },
					replyTo: post.replyTo,
					...message,
					subject: `${nl.testPrefix} ${message.subject}`,
					unsubscribeUrl: `${base}/avmeld/prove`,
					unsubscribeMailto: `mailto:${ctx.config.from}`,
					listHost: new URL(manifest.siteUrl).hostname,
					date: ctx.now(),
				}),
			);
	} catch (error) {
		const outcome = classify(error as Error);
		ctx.log(outcome.kind === 'down' ? nl.smtpDown(outcome.detail) : nl.testRefused(outcome.code));
		return false;
	} finally {
		mailer.close();
	}
	ctx.log(nl.testSent(to.length));
	return true;
}
