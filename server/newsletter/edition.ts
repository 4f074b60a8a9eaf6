/**
 * A post's e-mail edition as the live build published it (`nyheter/<slug>/epost.html` and `.txt`,
 * made by src/site/email/: one renderer), with the reader's own unsubscribe link put where the
 * edition carries its placeholder: the only per-recipient part. Refuses when any `{{…}}` is left.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadedManifest, ManifestPost } from './manifest.ts';

export type Edition = { subject: string; html: string; text: string; placeholder: string };

/** The edition's files from the live build, or null when the build has none for the post. */
export async function loadEdition(
	manifest: LoadedManifest,
	post: ManifestPost,
): Promise<Edition | null> {
	const read = (rel: string) => readFile(join(manifest.dist, rel), 'utf8').catch(() => null);
	const [html, text] = await Promise.all([read(post.html), read(post.text)]);
	if (html === null || text === null) return null;
	return {
		subject: post.subject?.trim() || post.title,
		html,
		text,
		placeholder: manifest.unsubscribePlaceholder,
	};
}

const LEFTOVER = /\{\{[^{}]*\}\}/;
const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** The edition with `unsubscribeUrl` filled in; throws when a `{{…}}` placeholder remains. */
export function personalise(edition: Edition, unsubscribeUrl: string) {
	const html = edition.html.replaceAll(edition.placeholder, attr(unsubscribeUrl));
	const text = edition.text.replaceAll(edition.placeholder, unsubscribeUrl);
	if ([html, text, edition.subject].some((part) => LEFTOVER.test(part)))
		throw new PlaceholderLeftError();
	return { subject: edition.subject, html, text };
}

/** A `{{…}}` placeholder was left in the message: nothing may go out. */
export class PlaceholderLeftError extends Error {}
