/**
 * Which strings the live preview encodes with stega (invisible edit links the Presentation
 * tool's overlays read): text the site shows as text, and nothing the site computes with. An
 * allowlist, because the client's default filter would encode fields this site treats as values —
 * a post's `kind`, portable text `style`, `listItem` and `marks`, a municipality's `number` — and
 * they would no longer match. Dates, URLs, slugs, ids and SEO fields stay out by the default
 * filter too. @see https://www.sanity.io/docs/visual-editing/stega
 */
import type { FilterDefault } from '@sanity/client';

/** Field names whose text is shown as text: titles, ingress, body spans, captions, names. */
export const STEGA_FIELDS: ReadonlySet<string> = new Set([
	'title',
	'excerpt',
	'text',
	'caption',
	'name',
	'role',
	'description',
	'signature',
]);

/** The stega filter: a field from STEGA_FIELDS that the client's default filter also allows. */
export const stegaFilter: FilterDefault = (props) => {
	const field = props.sourcePath.at(-1);
	return typeof field === 'string' && STEGA_FIELDS.has(field) && props.filterDefault(props);
};
