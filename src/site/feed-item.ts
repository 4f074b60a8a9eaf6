/**
 * What a feed item adds to the post's body so a reader can act on it without opening the page:
 * the deadline (absolute date, "utløpt" only if already past at build time, since feeds are read
 * later) and the contact person. Attachments are already in the body, with type and size, and
 * become absolute links with the rest of the item's HTML. Also: figures as plain `<img>` and the
 * channel's `<image>` (the logo's 144 px square, the widest RSS 2.0 allows). Used by feed.ts.
 */
import { escapeHTML } from '@portabletext/to-html';
import { formatDeadlineAbsolute } from '../content/deadline.ts';
import type { Post, Settings } from '../content/store.ts';
import { formatPhone } from '../lib/format.ts';
import { t } from '../lib/i18n.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** The deadline and the contact person of a post as feed HTML ('' when it has neither). */
export function feedItemExtras(post: Pick<Post, 'deadlineStatus' | 'contact'>): string {
	const parts: string[] = [];
	if (post.deadlineStatus)
		parts.push(
			`<p><strong>${escapeHTML(t('post.deadline'))}:</strong> ${escapeHTML(formatDeadlineAbsolute(post.deadlineStatus))}</p>`,
		);
	const person = post.contact;
	if (person) {
		const lines = [
			`<strong>${escapeHTML(t('post.contact'))}:</strong> ${escapeHTML([person.name, person.role].filter(Boolean).join(', '))}`,
		];
		if (person.email)
			lines.push(
				`${escapeHTML(t('post.email'))}: <a href="mailto:${escapeHTML(person.email)}">${escapeHTML(person.email)}</a>`,
			);
		if (person.phone)
			lines.push(
				`${escapeHTML(t('post.phone'))}: <a href="tel:${escapeHTML(person.phone.replace(/\s+/g, ''))}">${escapeHTML(formatPhone(person.phone))}</a>`,
			);
		parts.push(`<p>${lines.join('<br>')}</p>`);
	}
	return parts.join('');
}

/**
 * Figures as plain `<img>` (JPEG/PNG `src` and `srcset`): feed readers sanitise HTML with allow
 * lists that often drop `<picture>` but keep `<source>`, leaving AVIF/WebP candidates loose in
 * the item; a plain image shows everywhere.
 */
export const plainImages = (html: string): string =>
	html.replace(/<\/?picture>|<source\b[^>]*>/g, '');

/** The RSS channel `<image>` (RSS 2.0: url, title and link as the channel's, width ≤ 144). */
export function channelImage(
	settings: Pick<Settings, 'logoImages' | 'url'>,
	channel: { title: string; link: string },
): { custom_elements: object[] } | Record<string, never> {
	const image = settings.logoImages?.feed;
	if (!image) return {};
	return {
		custom_elements: [
			{
				image: [
					{ url: absoluteUrl(image.url, settings.url) },
					{ title: channel.title },
					{ link: channel.link },
					{ width: image.width },
					{ height: image.height },
				],
			},
		],
	};
}
