/** Picks what the admin needs from a build log: the site's content report, or the tail on failure. */

const LOG_LINE = /^\d\d:\d\d:\d\d /;

/**
 * The content report block the site prints at the end of a build (`[sanity] Innholdsrapport …`
 * and its indented lines, see src/report/messages.ts), without Astro's time and integration
 * prefix; empty when the log has none.
 */
export function contentReport(log: string, maxLines = 200): string[] {
	const lines = log.split('\n');
	const start = lines.findIndex((l) => l.includes('[sanity] Innholdsrapport'));
	if (start < 0) return [];
	const first = lines[start]!;
	const out = [first.slice(first.indexOf('[sanity]'))];
	for (const line of lines.slice(start + 1)) {
		if (LOG_LINE.test(line) || line.startsWith('# ')) break;
		if (line.trim()) out.push(line);
	}
	return out.slice(0, maxLines);
}

/** The last `count` non-empty lines of a log. */
export function logTail(log: string, count = 30): string[] {
	return log
		.split('\n')
		.filter((l) => l.trim())
		.slice(-count);
}

/**
 * The line of a failed build's own output that says what went wrong: the last one naming an error
 * (`Error:`, `[sanity]`, `feil`), else the last line; the atomic build's `#` lines, stack frames and
 * Astro's time and integration prefix left out; at most 200 characters. The one line the editor sees.
 */
export function lastProblem(log: string): string | undefined {
	const lines = log
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l && !l.startsWith('#') && !l.startsWith('at ') && !/^Node\.js v\d/.test(l));
	const line = lines.findLast((l) => /error|\[sanity\]|feil/i.test(l)) ?? lines.at(-1);
	return line
		?.replace(/^\d\d:\d\d:\d\d\s+(\[[\w-]+\]\s+)?/, '')
		.replace(/\s+/g, ' ')
		.slice(0, 200);
}
