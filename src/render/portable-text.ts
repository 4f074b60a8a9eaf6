/**
 * Portable Text → HTML overrides: figures, attachments and safe links. Rendered once per document
 * (content.ts) and shared by the page, the feeds and later the e-mail edition.
 */
import { escapeHTML, toHTML, type PortableTextHtmlComponents } from '@portabletext/to-html';
import { formatFileSize } from '../lib/format.ts';
import { fileTypeLabel } from '../lib/mime.ts';
import { t } from '../lib/i18n.ts';
import { isSafeHref } from '../lib/urls.ts';
import { renderFigure } from './figure.ts';
import { internalLinkMark } from './internal-link.ts';
import { fileUrl } from '../sanity/asset-files.ts';
import { bodyMessages as m } from '../sanity/messages.ts';
import type { ContentReport } from '../sanity/report.ts';
import { formatPath } from '../sanity/walk.ts';
import type { Attachment, Figure } from '../sanity/schemas.ts';

type Context = { type: string; id: string; report: ContentReport };

/** HTML for one attachment: a link that opens it, type and size, and a download link: "Debattheft 2021 (PDF, 1 kB) Last ned". */
export function renderAttachment(a: Attachment): string {
	const type = fileTypeLabel(a.file.extension);
	const meta = a.file.size
		? t('attachment.meta', { type, size: formatFileSize(a.file.size) })
		: type;
	const desc = a.description
		? `<span class="attachment__description">${escapeHTML(a.description)}</span>`
		: '';
	// The title opens the file (a PDF in the browser's viewer); "Last ned" saves it.
	const href = escapeHTML(fileUrl(a.file));
	const mime = a.file.mimeType ? ` type="${escapeHTML(a.file.mimeType)}"` : '';
	return `<a class="attachment__link" href="${href}"${mime}>${escapeHTML(a.title)}</a> <span class="attachment__meta">(${escapeHTML(meta)})</span> <a class="attachment__download" href="${href}" download>${escapeHTML(t('attachment.download'))}<span class="visually-hidden"> ${escapeHTML(a.title)}</span></a>${desc}`;
}

function plainText(value: unknown): string {
	const children = (value as { children?: Array<{ text?: unknown }> }).children;
	return Array.isArray(children)
		? children.map((c) => (typeof c.text === 'string' ? c.text : '')).join('')
		: '';
}

/** The component overrides passed to `toHTML` (they report nothing; renderBody does). */
export const components: Partial<PortableTextHtmlComponents> = {
	types: {
		figure: ({ value }) => renderFigure(value as Figure),
		attachment: ({ value }) => `<p class="attachment">${renderAttachment(value as Attachment)}</p>`,
	},
	marks: {
		// Unsafe targets were reported with their path by warnUnsafeLinks; render the text only.
		link: ({ value, children }) => {
			const href = (value as { href?: unknown } | undefined)?.href;
			if (!isSafeHref(href)) return children;
			const external = /^https?:/.test(href) ? ' rel="noopener"' : '';
			return `<a href="${escapeHTML(href)}"${external}>${children}</a>`;
		},
		internalLink: internalLinkMark,
		// Added by hashtags.ts for "#tag" text that names a topic; href is a site path we built.
		topicLink: ({ value, children }) =>
			`<a class="hashtag" href="${escapeHTML(String((value as { href?: unknown }).href ?? ''))}">${children}</a>`,
	},
	unknownType: ({ value }) => {
		const text = plainText(value);
		return text ? `<p>${escapeHTML(text)}</p>` : '';
	},
};

/** Reports every link whose target is not http(s)/mailto/tel, naming its block and mark. */
function warnUnsafeLinks(blocks: readonly unknown[], ctx: Context): void {
	blocks.forEach((block, i) => {
		const defs = (block as { markDefs?: unknown }).markDefs;
		if (!Array.isArray(defs)) return;
		defs.forEach((def: { _type?: unknown; href?: unknown }, j) => {
			if (def?._type !== 'link' || isSafeHref(def.href)) return;
			ctx.report.warn(
				ctx.type,
				ctx.id,
				formatPath(['body', i, 'markDefs', j, 'href']),
				m.unsafeLink(def.href),
			);
		});
	});
}

/** Renders a body to HTML; unknown block types become plain text (or nothing) and a warning. */
export function renderBody(blocks: unknown[], ctx: Context): string {
	const known = new Set(['block', ...Object.keys(components.types ?? {})]);
	warnUnsafeLinks(blocks, ctx);
	// Unknown top-level types are handled here, where their index is known: to-html would render a
	// node with `children` as a text block whatever its _type, without calling onMissingComponent.
	const items = blocks.flatMap((b, i) => {
		const node = b as { _type?: unknown; _key?: unknown };
		if (typeof node?._type !== 'string' || known.has(node._type)) return [b];
		ctx.report.warn(ctx.type, ctx.id, `body[${i}]`, m.unknownType(node._type));
		const text = plainText(node);
		if (!text) return [];
		return [
			{
				_type: 'block',
				_key: node._key,
				style: 'normal',
				markDefs: [],
				children: [{ _type: 'span', text, marks: [] }],
			},
		];
	});
	return toHTML(items as Parameters<typeof toHTML>[0], {
		components,
		onMissingComponent: (_message, { type, nodeType }) => {
			ctx.report.warn(
				ctx.type,
				ctx.id,
				'body',
				nodeType === 'mark' ? m.unknownMark(type) : m.unknownType(type),
			);
		},
	});
}
