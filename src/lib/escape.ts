/**
 * Escaping for the two HTML contexts the renderers write into (HTML Living Standard §13.1.2.3 and
 * §13.2.5): text content and double-quoted attribute values. Neither touches spaces: an address
 * typed with spaces must stay an address (a text escaper that writes `&nbsp;` breaks `href`).
 */
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&#39;' };

/** Escapes plain text for an HTML (or XML) text node: `&`, `<`, `>`. */
export function escapeText(value: string): string {
	return value.replace(/[&<>]/g, (c) => TEXT[c]!);
}

/** Escapes a value for a quoted HTML attribute: `&`, `"`, `'`, `<`, `>`; spaces stay spaces. */
export function escapeAttribute(value: string): string {
	return value.replace(/[&"'<>]/g, (c) => ATTRIBUTE[c]!);
}
