/** The text of portable text as the readability rules read it: one string per text block. */

type Child = { _type?: string; text?: unknown };
type Item = { _type?: string; children?: unknown };

/**
 * One string per text block (paragraph, heading, quote, list item) of a portable-text value, in
 * order; figures, attachments and empty blocks give none. Accepts anything: a value that is not an
 * array of blocks gives `[]`.
 */
export function blockTexts(value: unknown): string[] {
	if (!Array.isArray(value)) return [];
	return (value as Item[])
		.filter((item) => item?._type === 'block' && Array.isArray(item.children))
		.map((item) =>
			(item.children as Child[])
				.map((child) => (typeof child?.text === 'string' ? child.text : ''))
				.join('')
				.trim(),
		)
		.filter((text) => text.length > 0);
}

/** Paragraphs of a plain text field (an ingress): split at blank lines, trimmed, none empty. */
export function textParagraphs(value: unknown): string[] {
	if (typeof value !== 'string') return [];
	return value
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.trim())
		.filter(Boolean);
}
