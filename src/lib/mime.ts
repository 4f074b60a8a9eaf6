/**
 * The one table of file types: extension → MIME type (IANA media types) and the label readers
 * see ("PDF", "Word"). Used for asset documents, image variants and attachment links.
 */
const FILE_TYPES: Record<string, { mime: string; label: string }> = {
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
