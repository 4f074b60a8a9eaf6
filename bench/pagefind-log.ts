/** Pagefind's own timing from a site build's log: the search integration prints how long indexing took. */
import { readFile } from 'node:fs/promises';

/** `[sok] 10000 sider indeksert på 29,9 s` (src/sanity/messages.ts `searchMessages.indexed`). */
const LINE = /\[sok\] (\d+) sider indeksert på ([\d\s,.]+) s/;

/** Seconds Pagefind took in the build logged to `logFile`, or null when the log has no such line. */
export async function pagefindSeconds(logFile: string): Promise<number | null> {
	const match = LINE.exec(await readFile(logFile, 'utf8'));
	return match ? Number(match[2]!.replace(/\s/g, '').replace(',', '.')) : null;
}
