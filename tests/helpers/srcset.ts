/**
 * Parses a `srcset` attribute the way browsers do (HTML Living Standard §4.8.4.3.10, "parse a
 * srcset attribute", reduced to URL + one descriptor): a URL runs to the next whitespace, so
 * commas inside it (`rect=80,107,1440,853`) stay; a comma only ends a candidate after its URL.
 */
export function parseSrcset(value: string): Array<{ url: string; descriptor: string }> {
	const out: Array<{ url: string; descriptor: string }> = [];
	let at = 0;
	while (at < value.length) {
		while (at < value.length && /[\s,]/.test(value[at]!)) at++;
		if (at >= value.length) break;
		let end = at;
		while (end < value.length && !/\s/.test(value[end]!)) end++;
		let url = value.slice(at, end);
		at = end;
		let descriptor = '';
		if (url.endsWith(',')) url = url.replace(/,+$/, '');
		else {
			const close = value.indexOf(',', at);
			descriptor = value.slice(at, close < 0 ? value.length : close).trim();
			at = close < 0 ? value.length : close + 1;
		}
		out.push({ url, descriptor });
	}
	return out;
}
