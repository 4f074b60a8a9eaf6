import type { StatusParts } from '../../server/status/status-doc.ts';
import { TIME_ZONE } from './constants';
import { formatDateNb } from './dates';

/** A `postStatus` document as the Studio reads it (server/status/status-doc.ts; any part missing). */
export type PostStatusDocument = Partial<StatusParts> & { _id?: string };

/** One line of the status panel: its tone (the Studio's card tones) and text. */
export type StatusLine = { tone: 'positive' | 'caution' | 'critical' | 'default'; text: string };

export type PostStatusView = {
	publish: StatusLine;
	warnings: string[];
	facebook?: StatusLine;
	newsletter?: StatusLine;
};

const timeFormat = new Intl.DateTimeFormat('nb-NO', {
	hour: '2-digit',
	minute: '2-digit',
	timeZone: TIME_ZONE,
});
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

/** "kl. 14.05", with the date when it was not today in Oslo: "kl. 14.05, 3. desember 2026". */
function formatWhen(iso: string, now: Date): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return '';
	const time = `kl. ${timeFormat.format(date).replace(':', '.')}`;
	return dayFormat.format(date) === dayFormat.format(now) ? time : `${time}, ${formatDateNb(iso)}`;
}

const firstLine = (message: string | undefined) => message?.split('\n')[0]?.trim() ?? '';

/** The published post as the panel needs it (absent while the post is only a draft). */
export type PublishedPost = { _updatedAt?: string; publishedAt?: string } | null | undefined;

/** The build line: not published, scheduled, live since, waiting (also after a newer publish), failed. */
function describePublish(
	publish: StatusParts['publish'] | undefined,
	published: PublishedPost,
	now: Date,
): StatusLine {
	if (!published) return { tone: 'default', text: 'Ikke publisert ennå.' };
	const planned = published.publishedAt ? Date.parse(published.publishedAt) : Number.NaN;
	if (planned > now.getTime())
		return {
			tone: 'caution',
			text: `Planlagt: vises på nettstedet ${formatWhen(published.publishedAt!, now)}`,
		};
	if (!publish) return { tone: 'default', text: 'Ingen melding fra publiseringsserveren ennå.' };
	if (publish.state === 'failed')
		return { tone: 'critical', text: `Bygget feilet: ${firstLine(publish.message)}`.trim() };
	const updated = published._updatedAt ? Date.parse(published._updatedAt) : Number.NaN;
	if (publish.state === 'waiting' || updated > Date.parse(publish.at))
		return { tone: 'caution', text: 'Venter på bygg' };
	return { tone: 'positive', text: `Publisert på nettstedet ${formatWhen(publish.at, now)}` };
}

function describeFacebook(facebook: StatusParts['facebook'], now: Date): StatusLine {
	const reason = firstLine(facebook.message);
	switch (facebook.state) {
		case 'posted':
			return { tone: 'positive', text: `Delt på Facebook ${formatWhen(facebook.at, now)}` };
		case 'skipped':
			return { tone: 'caution', text: `Ikke delt på Facebook: ${reason}`.trim() };
		case 'failed':
			return { tone: 'critical', text: `Deling på Facebook feilet: ${reason}`.trim() };
		default:
			return { tone: 'default', text: 'Venter på deling på Facebook' };
	}
}

function describeNewsletter(newsletter: StatusParts['newsletter']): StatusLine {
	const { state, queued, sent, failed, bounced, uncertain } = newsletter;
	const parts = [
		state === 'queued' ? `${queued} i kø` : `${sent} sendt`,
		state === 'sending' && queued > 0 ? `${queued} i kø` : '',
		failed + bounced > 0 ? `${failed + bounced} feilet eller avvist` : '',
		uncertain > 0 ? `${uncertain} usikre (ikke sendt på nytt)` : '',
		firstLine(newsletter.message),
	].filter(Boolean);
	const tone =
		state === 'failed' || failed + bounced > 0
			? 'critical'
			: state === 'sent'
				? 'positive'
				: 'caution';
	return { tone, text: `Nyhetsbrev: ${parts.join(', ')}` };
}

/**
 * What the editor sees about a post (issue 27, point 6), from its status document and the
 * published document (a publish newer than the last build is still waiting for a build).
 */
export function describePostStatus(
	status: PostStatusDocument | null | undefined,
	published: PublishedPost,
	now: Date = new Date(),
): PostStatusView {
	return {
		publish: describePublish(status?.publish, published, now),
		warnings: status?.publish?.warnings ?? [],
		facebook: status?.facebook ? describeFacebook(status.facebook, now) : undefined,
		newsletter: status?.newsletter ? describeNewsletter(status.newsletter) : undefined,
	};
}
