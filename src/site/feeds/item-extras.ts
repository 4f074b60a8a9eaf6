/**
 * What a feed item adds to the post's body so a reader can act on it without opening the page:
 * the deadline (absolute date; "utløpt" only if already past at build time, since feeds are read
 * later) and the contact person with e-mail and phone. Attachments are already in the body, with
 * type and size, as absolute links.
 */
import { formatDeadlineAbsolute } from '../../lib/deadline.ts';
import type { Post } from '../../content/store.ts';
import { escapeAttribute, escapeText } from '../../lib/escape.ts';
import { formatPhone } from '../../lib/format.ts';
import { t } from '../../lib/i18n.ts';

/** The deadline and the contact person of a post as feed HTML ('' when it has neither). */
export function feedItemExtras(post: Pick<Post, 'deadlineStatus' | 'contact'>): string {
	const parts: string[] = [];
	if (post.deadlineStatus)
		parts.push(
			`<p><strong>${escapeText(t('post.deadline'))}:</strong> ${escapeText(formatDeadlineAbsolute(post.deadlineStatus))}</p>`,
		);
	const person = post.contact;
	if (person) {
		const who = [person.name, person.role].filter(Boolean).join(', ');
		const lines = [`<strong>${escapeText(t('post.contact'))}:</strong> ${escapeText(who)}`];
		if (person.email)
			lines.push(
				`${escapeText(t('post.email'))}: <a href="mailto:${escapeAttribute(person.email)}">${escapeText(person.email)}</a>`,
			);
		if (person.phone)
			lines.push(
				`${escapeText(t('post.phone'))}: <a href="tel:${escapeAttribute(person.phone.replace(/\s+/g, ''))}">${escapeText(formatPhone(person.phone))}</a>`,
			);
		parts.push(`<p>${lines.join('<br>')}</p>`);
	}
	return parts.join('');
}
