/**
 * Reads the CSV files an office keeps its lists in (RFC 4180 quoting): UTF-8 (with or without BOM)
 * or Windows-1252 (Excel's «CSV» on Norwegian Windows), `;` (Excel with a Norwegian locale) or `,`
 * (decided from the header line). Every record keeps its line number; a quote that never closes
 * is one bad record, and reading goes on at the next line.
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export type CsvRecord = { line: number; fields: string[] };
export type CsvResult = { records: CsvRecord[]; broken: Array<{ line: number }> };

/** Decodes bytes as UTF-8 when they are valid UTF-8, else as Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** `;` or `,`: whichever occurs more often outside quotes in the first line. */
export function detectDelimiter(firstLine: string): ';' | ',' {
	const bare = firstLine.replace(/"[^"]*"/g, '');
	return bare.split(';').length >= bare.split(',').length ? ';' : ',';
}

const quotes = (s: string) => s.split('"').length - 1;

/** Splits one record (quotes balanced) into fields. */
function splitRecord(text: string, delimiter: string): string[] {
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === delimiter) (fields.push(field), (field = ''));
		else field += c;
	}
	fields.push(field);
	return fields.map((f) => f.trim());
}

/** Parses CSV text into records with their (1-based) line numbers; blank lines are skipped. */
export function parseCsv(text: string): CsvResult & { delimiter: ';' | ',' } {
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
	const delimiter = detectDelimiter(lines[0] ?? '');
	const records: CsvRecord[] = [];
	const broken: Array<{ line: number }> = [];
	let i = 0;
	while (i < lines.length) {
		let end = i;
		let joined = lines[i]!;
		while (quotes(joined) % 2 === 1 && end + 1 < lines.length) joined += `\n${lines[++end]}`;
		if (quotes(joined) % 2 === 1) {
			broken.push({ line: i + 1 });
			i += 1;
			continue;
		}
		if (joined.trim()) records.push({ line: i + 1, fields: splitRecord(joined, delimiter) });
		i = end + 1;
	}
	return { records, broken, delimiter };
}
