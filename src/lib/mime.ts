/**
 * The one table of file types: extension → MIME type (IANA media types) and the label readers
 * see ("PDF", "Word"). Used for asset documents, image variants, attachment links and the publish
 * server's Content-Type headers.
 */
const FILE_TYPES: Record<string, { mime: string; label: string }> = {
	html: { mime: 'text/html', label: 'HTML' },
	css: { mime: 'text/css', label: 'CSS' },
	js: { mime: 'text/javascript', label: 'JavaScript' },
	mjs: { mime: 'text/javascript', label: 'JavaScript' },
	json: { mime: 'application/json', label: 'JSON' },
	xml: { mime: 'application/xml', label: 'XML' },
	xsl: { mime: 'application/xslt+xml', label: 'XSLT' },
	txt: { mime: 'text/plain', label: 'Tekst' },
	ics: { mime: 'text/calendar', label: 'Kalender' },
	webmanifest: { mime: 'application/manifest+json', label: 'Manifest' },
	ico: { mime: 'image/x-icon', label: 'Ikon' },
	woff2: { mime: 'font/woff2', label: 'Skrift' },
	wasm: { mime: 'application/wasm', label: 'WebAssembly' },
	jpg: { mime: 'image/jpeg', label: 'JPEG' },
	jpeg: { mime: 'image/jpeg', label: 'JPEG' },
	png: { mime: 'image/png', label: 'PNG' },
	webp: { mime: 'image/webp', label: 'WebP' },
	avif: { mime: 'image/avif', label: 'AVIF' },
	gif: { mime: 'image/gif', label: 'GIF' },
	svg: { mime: 'image/svg+xml', label: 'SVG' },
	tif: { mime: 'image/tiff', label: 'TIFF' },
	tiff: { mime: 'image/tiff', label: 'TIFF' },
	pdf: { mime: 'application/pdf', label: 'PDF' },
	doc: { mime: 'application/msword', label: 'Word' },
	docx: {
		mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		label: 'Word',
	},
	xls: { mime: 'application/vnd.ms-excel', label: 'Excel' },
	xlsx: {
		mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		label: 'Excel',
	},
	pptx: {
		mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		label: 'PowerPoint',
	},
	odt: { mime: 'application/vnd.oasis.opendocument.text', label: 'ODT' },
};

const entry = (extension: string | null | undefined) =>
	FILE_TYPES[(extension ?? '').toLowerCase().replace(/^\./, '')];

/** The MIME type of an extension ("pdf" → "application/pdf"); `application/octet-stream` when unknown. */
export function mimeType(extension: string | null | undefined): string {
	return entry(extension)?.mime ?? 'application/octet-stream';
}

/** A reader-friendly file type label ("pdf" → "PDF", "docx" → "Word"; unknown → upper case, or "Fil"). */
export function fileTypeLabel(extension: string | null | undefined): string {
	return entry(extension)?.label ?? ((extension ?? '').toUpperCase() || 'Fil');
}

/** A Content-Type header value: the MIME type, with `charset=utf-8` for text types (RFC 9110 §8.3). */
export function contentType(extension: string | null | undefined): string {
	const mime = mimeType(extension);
	const text = mime.startsWith('text/') || /^application\/(json|xml|xslt\+xml)$/.test(mime);
	return text ? `${mime}; charset=utf-8` : mime;
}
