/**
 * Decides what an attachment file really is from its content (magic bytes), not from its name or
 * declared MIME type, reading only the bytes it needs (never the whole file):
 * - PDF: `%PDF-` in the first 1024 bytes (ISO 32000-1 §7.5.2; readers accept leading junk there);
 * - OOXML (docx, xlsx, pptx; ECMA-376 Part 2) and ODF text (odt; OASIS ODF 1.2 Part 3 §3.3) are ZIP
 *   archives (`PK\x03\x04`): the central directory's entry names tell them apart
 *   (`[Content_Types].xml` + `word/document.xml` …; a first entry `mimetype` holding
 *   `application/vnd.oasis.opendocument.text`).
 * Everything else — HTML, SVG, XML, scripts, executables — is not a document this site publishes.
 */
import { open, type FileHandle } from 'node:fs/promises';

export type DocumentType = 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'odt';
export type Sniffed =
	{ ok: true; type: DocumentType; size: number } | { ok: false; what: string; size: number };

/** The document types the site publishes (the Studio's attachment field allows the same). */
export const DOCUMENT_TYPES: readonly DocumentType[] = ['pdf', 'docx', 'xlsx', 'pptx', 'odt'];

async function read(handle: FileHandle, position: number, length: number): Promise<Buffer> {
	const buffer = Buffer.alloc(Math.max(0, length));
	const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
	return buffer.subarray(0, bytesRead);
}

/** Entry names of a ZIP archive's central directory (APPNOTE.TXT §4.3.12, §4.3.16), at most `max`. */
async function zipEntries(handle: FileHandle, size: number, max = 2000): Promise<string[]> {
	const tailLength = Math.min(size, 65_557);
	const tail = await read(handle, size - tailLength, tailLength);
	const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (eocd < 0 || eocd + 22 > tail.length) return [];
	const dirSize = tail.readUInt32LE(eocd + 12);
	const dirOffset = tail.readUInt32LE(eocd + 16);
	if (dirOffset + dirSize > size || dirSize > 4 * 1024 * 1024) return [];
	const dir = await read(handle, dirOffset, dirSize);
	const names: string[] = [];
	for (let at = 0; at + 46 <= dir.length && names.length < max;) {
		if (dir.readUInt32LE(at) !== 0x02014b50) break;
		const nameLength = dir.readUInt16LE(at + 28);
		const extra = dir.readUInt16LE(at + 30);
		const comment = dir.readUInt16LE(at + 32);
		names.push(dir.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
		at += 46 + nameLength + extra + comment;
	}
	return names;
}

function describeText(head: Buffer): string {
	const text = head
		.toString('utf8')
		.replace(/^\uFEFF/, '')
		.trimStart()
		.slice(0, 512)
		.toLowerCase();
	if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg[^>]*>\s*)?<svg[\s>]/.test(text))
		return 'SVG';
	if (/^<!doctype html|^<html|<script|<body|<head/.test(text)) return 'HTML';
	if (text.startsWith('<?xml') || text.startsWith('<')) return 'XML';
	if (/^#!|^(function|const|let|var|import)\b/.test(text)) return 'skript';
	return 'ukjent filtype';
}

async function sniffZip(
	handle: FileHandle,
	head: Buffer,
	size: number,
): Promise<DocumentType | null> {
	// ODF: the first entry is an uncompressed "mimetype" file (name at 30, content after it).
	if (head.subarray(30, 38).toString('latin1') === 'mimetype') {
		const nameLength = head.readUInt16LE(26);
		const extra = head.readUInt16LE(28);
		const start = 30 + nameLength + extra;
		const mime = head.subarray(start, start + 60).toString('latin1');
		return mime.startsWith('application/vnd.oasis.opendocument.text') ? 'odt' : null;
	}
	const names = new Set(await zipEntries(handle, size));
	if (!names.has('[Content_Types].xml')) return null;
	if (names.has('word/document.xml')) return 'docx';
	if (names.has('xl/workbook.xml')) return 'xlsx';
	if (names.has('ppt/presentation.xml')) return 'pptx';
	return null;
}

/** What the file at `path` is; never throws (an unreadable file is `{ok: false}`). */
export async function sniffDocument(path: string): Promise<Sniffed> {
	let handle: FileHandle | undefined;
	try {
		handle = await open(path, 'r');
		const { size } = await handle.stat();
		const head = await read(handle, 0, 1024);
		if (head.includes('%PDF-')) return { ok: true, type: 'pdf', size };
		if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
			const type = await sniffZip(handle, head, size);
			return type ? { ok: true, type, size } : { ok: false, what: 'ZIP-arkiv', size };
		}
		return { ok: false, what: describeText(head), size };
	} catch (e) {
		return { ok: false, what: `kan ikke leses (${(e as Error).message.split('\n')[0]})`, size: 0 };
	} finally {
		await handle?.close();
	}
}
