/**
 * Single byte ranges (RFC 9110 §14): `bytes=first-last`, `bytes=first-` and `bytes=-suffix`, so a
 * download of a large attachment can resume. Several ranges in one request are answered with the
 * whole file (a server may ignore Range, §14.2), which keeps multipart/byteranges out. `If-Range`
 * is honoured only with the file's exact Last-Modified date: the ETag is weak, and §13.1.5 allows
 * only strong validators there.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-14
 */

/** An inclusive byte range of a file, or `unsatisfiable` (416), or null (send the whole file). */
export type ByteRange = { start: number; end: number } | 'unsatisfiable' | null;

/** Parses `range` for a file of `size` bytes; `ifRange` and `lastModified` as sent and served. */
export function parseRange(
	range: string | undefined,
	size: number,
	ifRange?: string,
	lastModified?: string,
): ByteRange {
	if (!range) return null;
	if (ifRange !== undefined && ifRange !== lastModified) return null;
	const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
	if (!match || (match[1] === '' && match[2] === '')) return null;
	const [first, last] = [match[1]!, match[2]!];
	if (first === '') {
		const suffix = Number(last);
		if (suffix === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - suffix), end: size - 1 };
	}
	const start = Number(first);
	const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
	if (start >= size) return 'unsatisfiable';
	if (end < start) return null; // an invalid range-spec: ignored (§14.1.1)
	return { start, end };
}
