/**
 * One newsletter message for nodemailer: the personalised edition as multipart/alternative (HTML
 * and its text part), From with the short sender name from settings, Reply-To the post's contact
 * person, a stable Message-ID (the same on every retry, so a receiving server can drop a
 * duplicate), List-Id, and List-Unsubscribe with an https and a mailto URI plus
 * List-Unsubscribe-Post (RFC 8058 one-click; nodemailer's DKIM signs both by default).
 * Attachments are links in the edition; with NEWSLETTER_ATTACH_MAX_BYTES the files go along too.
 * @see https://www.rfc-editor.org/rfc/rfc8058
 * @see https://www.rfc-editor.org/rfc/rfc2919 (List-Id)
 */
import { createHash } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';

export type MessageParts = {
	postId: string;
	to: string;
	from: { name: string; address: string };
	replyTo: { name: string; email: string } | null;
	subject: string;
	html: string;
	text: string;
	unsubscribeUrl: string;
	/** mailto: target of List-Unsubscribe (the sender's address with the token as subject). */
	unsubscribeMailto: string;
	/** Host of the site: the List-Id's domain («nyhetsbrev.<host>»). */
	listHost: string;
	date: Date;
	attachments?: Array<{ filename: string; path: string }>;
};

/** `<nl.<postId>.<hash>@<sender domain>>`: stable per post and address. */
export function messageId(postId: string, to: string, fromAddress: string): string {
	const hash = createHash('sha256').update(`${postId}\n${to}`).digest('hex').slice(0, 24);
	return `<nl.${postId}.${hash}@${fromAddress.split('@')[1]}>`;
}

/** The nodemailer options of one message. */
export function buildMessage(p: MessageParts): SendMailOptions {
	return {
		from: { name: p.from.name, address: p.from.address },
		to: p.to,
		...(p.replyTo ? { replyTo: { name: p.replyTo.name, address: p.replyTo.email } } : {}),
		subject: p.subject,
		html: p.html,
		text: p.text,
		messageId: messageId(p.postId, p.to, p.from.address),
		date: p.date,
		list: { id: { url: `nyhetsbrev.${p.listHost}`, comment: p.from.name } },
		// One header with both URIs (nodemailer's `list.unsubscribe` array writes one header each).
		headers: {
			'List-Unsubscribe': `<${p.unsubscribeUrl}>, <${p.unsubscribeMailto}>`,
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
		},
		...(p.attachments?.length ? { attachments: p.attachments } : {}),
	};
}
