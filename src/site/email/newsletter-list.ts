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
import { buildState } from '../../build-state.ts';
import { getEmailEditionPosts } from '../../content/slices.ts';
import { contentSource } from '../../content/source.ts';
import { getSettings, type Post } from '../../content/store.ts';
import { ROLE_VALUES, type Role } from '../../lib/roles.ts';
import { emailEditionUrl, emailTextUrl } from '../../lib/urls.ts';
import { fileUrl } from '../../sanity/asset-files.ts';
import { audiencesQuery } from '../../sanity/queries.ts';
import {
	AUDIENCE_FALLBACKS,
	AUDIENCE_REQUIRED,
	audienceSchema,
	type Attachment as AttachmentData,
} from '../../sanity/schemas.ts';
import { validateDocuments } from '../../sanity/validate.ts';

const present = <T>(items: ReadonlyArray<T | null> | null | undefined): T[] =>
	(items ?? []).filter((x): x is T => x !== null);

/** The post's attachments published with the site (path relative to the build folder). */
function attachments(post: Post) {
	return post.bodyBlocks.flatMap((block) => {
		const a = (block ?? {}) as Partial<AttachmentData> & { _type?: string };
		if (a._type !== 'attachment' || !a.file) return [];
		const url = fileUrl(a.file);
		if (!url.startsWith('/')) return [];
		return [
			{
				title: a.title ?? '',
				path: url.slice(1),
				filename: a.file.originalFilename ?? url.split('/').pop()!,
			},
		];
	});
}

/** The list for the build written to `outDir`. */
export async function newsletterList(outDir: string) {
	const state = buildState();
	const [settings, posts, source] = await Promise.all([
		getSettings(),
		getEmailEditionPosts(),
		contentSource(),
	]);
	const audiences = validateDocuments(
		(await source.fetch<unknown[]>(audiencesQuery)) ?? [],
		audienceSchema,
		state.report,
		{
			type: 'audience',
			required: AUDIENCE_REQUIRED,
			fallbacks: AUDIENCE_FALLBACKS,
		},
	);
	return {
		version: 1 as const,
		outDir,
		siteUrl: settings.url,
		senderName:
			settings.newsletter?.senderName?.trim() || settings.shortName?.trim() || settings.title,
		unsubscribePlaceholder: state.config.emailUnsubscribe,
		audiences: audiences.map((a) => ({
			_id: a._id,
			slug: a.slug,
			title: a.title,
			roles: (a.roles ?? []).filter((r): r is Role =>
				(ROLE_VALUES as readonly string[]).includes(r),
			),
			municipalities: present(a.municipalities),
			allMunicipalities: a.allMunicipalities !== false,
			topics: present(a.topics),
		})),
		posts: posts.map((post) => ({
			_id: post._id,
			slug: post.slug,
			title: post.title,
			url: post.url,
			send: post.newsletter?.send === true,
			audiences: present(post.newsletter?.audiences),
			subject: post.newsletter?.subject?.trim() || null,
			replyTo: post.contact?.email ? { name: post.contact.name, email: post.contact.email } : null,
			html: emailEditionUrl(post.slug).slice(1),
			text: emailTextUrl(post.slug).slice(1),
			attachments: attachments(post),
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
