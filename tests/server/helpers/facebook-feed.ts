/** Writes a dist/facebook.xml as the site will: RSS 2.0, guid = Sanity `_id`, RFC 822 dates. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export type TestItem = {
	id: string;
	title: string;
	slug: string;
	text?: string;
	publishedAt: Date;
};

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The feed's XML for `items`. */
export function facebookFeed(items: readonly TestItem[]): string {
	const entries = items.map(
		(i) => `
		<item>
			<title>${escape(i.title)}</title>
			<link>https://trondelag.example.no/nyheter/${i.slug}/</link>
			<description>${escape(i.text ?? `${i.title} – les mer på nettsiden.`)}</description>
			<pubDate>${i.publishedAt.toUTCString()}</pubDate>
			<guid isPermaLink="false">${escape(i.id)}</guid>
		</item>`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
	<channel>
		<title>KS Trøndelag – til Facebook</title>
		<link>https://trondelag.example.no/</link>
		<description>Innlegg merket «Del på Facebook»</description>${entries.join('')}
	</channel>
</rss>
`;
}

/** Writes the feed to `<root>/dist/facebook.xml` (dist as a plain folder) and returns its path. */
export async function writeFacebookFeed(root: string, items: readonly TestItem[]): Promise<string> {
	const path = join(root, 'dist', 'facebook.xml');
	await mkdir(dirname(path), { recursive: true });
	await writeFile(path, facebookFeed(items));
	return path;
}

/** A date `days` days (may be fractional or negative) before `now`. */
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
