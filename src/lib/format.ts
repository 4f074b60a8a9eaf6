import { LOCALE } from '../consts.ts';
import { t } from './i18n.ts';

const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** Formats a byte count the Norwegian way: "240 kB", "1,2 MB". */
export function formatFileSize(bytes: number): string {
	if (bytes < 1000) return `${bytes} B`;
	// 999 500 B and up would round to "1000 kB"; show those as MB.
	if (bytes < 999_500) return `${Math.round(bytes / 1000)} kB`;
	return `${oneDecimal.format(bytes / 1_000_000)} MB`;
}

/** Shows an E.164-ish number as "+47 400 00 000". */
export function formatPhone(phone: string): string {
	const digits = phone.replace(/[^\d+]/g, '');
	const m = /^\+47(\d{8})$/.exec(digits);
	if (!m) return phone;
	const n = m[1]!;
	return `+47 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
}

/** Cuts text at a word boundary so it is at most `max` characters, ending with "…". */
export function truncateAtWord(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** "1 sak", "12 saker" (list counts on the topic and municipality indexes). */
export const postCount = (count: number): string =>
	count === 1 ? t('topic.postCountOne') : t('topic.postCount', { count });
