/**
 * The build's list of e-mail editions for the publish server's sender (issue 28):
 * `<reportDir>/newsletter.json`, beside dist/ and never in it. Every post with an e-mail edition
 * in this build, whether it is marked «Send som nyhetsbrev», its audiences (slugs), subject,
 * contact person (Reply-To) and attachments, plus the audiences' definitions and the build folder
 * it belongs to. The shape is server/newsletter/manifest.ts's `manifestSchema`. No subscriber
 * address is here: subscribers are only in the publish server's database.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildConfig } from '../../build-state.ts';
import { getAudiences, postAttachments } from '../../content/newsletter.ts';
import { getEmailEditionPosts } from '../../content/slices.ts';
import { getSettings } from '../../content/store.ts';
import { emailEditionUrl, emailTextUrl } from '../../lib/urls.ts';

const present = <T>(items: ReadonlyArray<T | null> | null | undefined): T[] =>
	(items ?? []).filter((x): x is T => x !== null);

/** The list for the build written to `outDir`. */
export async function newsletterList(outDir: string) {
	const [settings, posts, audiences] = await Promise.all([
		getSettings(),
		getEmailEditionPosts(),
		getAudiences(),
	]);
	return {
		version: 1 as const,
		outDir,
		siteUrl: settings.url,
		senderName:
			settings.newsletter?.senderName?.trim() || settings.shortName?.trim() || settings.title,
		unsubscribePlaceholder: buildConfig().emailUnsubscribe,
		audiences,
		posts: posts.map((post) => ({
			_id: post._id,
			slug: post.slug,
			title: post.title,
			url: post.url,
			publishedAt: post.publishedAt,
			send: post.newsletter?.send === true,
			audiences: present(post.newsletter?.audiences),
			subject: post.newsletter?.subject?.trim() || null,
			replyTo: post.contact?.email ? { name: post.contact.name, email: post.contact.email } : null,
			html: emailEditionUrl(post.slug).slice(1),
			text: emailTextUrl(post.slug).slice(1),
			attachments: postAttachments(post),
		})),
	};
}

/** Writes `<reportDir>/newsletter.json` for the build in `outDir`; returns its path. */
export async function writeNewsletterList(reportDir: string, outDir: string): Promise<string> {
	const file = join(reportDir, 'newsletter.json');
	await mkdir(reportDir, { recursive: true });
	await writeFile(file, `${JSON.stringify(await newsletterList(outDir), null, '\t')}\n`);
	return file;
}
