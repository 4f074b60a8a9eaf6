/**
 * Portable Text → HTML overrides: figures, attachments and safe links. Rendered once per document
 * (content.ts) and shared by the page and the feeds. The e-mail edition is a variant of the same
 * components (`variant: 'email'`): the same link and escaping rules, absolute URLs, and figures as
 * one e-mail-safe image (src/render/figure.ts `renderEmailFigure`).
 */
import { escapeHTML, toHTML, type PortableTextHtmlComponents } from '@portabletext/to-html';
import { formatFileSize } from '../lib/format.ts';
import { fileTypeLabel } from '../lib/mime.ts';
import { t } from '../lib/i18n.ts';
import { isSafeHref, resolveUrl } from '../lib/urls.ts';
import { renderEmailFigure, renderFigure } from './figure.ts';
import { EMAIL_GUTTER, EMAIL_WIDTH } from '../consts.ts';
import { fileUrl } from '../sanity/asset-files.ts';
import { bodyMessages as m } from '../sanity/messages.ts';
import type { ContentReport } from '../sanity/report.ts';
import { formatPath } from '../sanity/walk.ts';
import type { Attachment, Figure } from '../sanity/schemas.ts';

type Context = { type: string; id: string; report: ContentReport };
export type RenderOptions = {
	/** Absolute base for site URLs (images, attachments, hashtag links); required for e-mail. */
	baseUrl?: string | undefined;
	/** `email`: markup for e-mail clients (see the file comment). Default: the site. */
	variant?: 'site' | 'email' | undefined;
};

/** HTML for one attachment link with type and size: "Debattheft 2021 (PDF, 1 kB)". */
export function renderAttachment(a: Attachment, opts: RenderOptions = {}): string {
	const type = fileTypeLabel(a.file.extension);
	const meta = a.file.size
		? t('attachment.meta', { type, size: formatFileSize(a.file.size) })
		: type;
	// On the site CSS puts the description on its own line; e-mail clients and the text part need <br>.
	const desc = a.description
		? `${opts.variant === 'email' ? '<br>' : ''}<span class="attachment__description">${escapeHTML(a.description)}</span>`
		: '';
	const href = escapeHTML(resolveUrl(fileUrl(a.file), opts.baseUrl));
	// `download` means nothing in an e-mail client; there the link opens the file on the site.
	const download = opts.variant === 'email' ? '' : ' download';
	return `<a class="attachment__link" href="${href}"${download}>${escapeHTML(a.title)}</a> <span class="attachment__meta">(${escapeHTML(meta)})</span>${desc}`;
}

function plainText(value: unknown): string {
	const children = (value as { children?: Array<{ text?: unknown }> }).children;
	return Array.isArray(children)
		? children.map((c) => (typeof c.text === 'string' ? c.text : '')).join('')
		: '';
}

/** The component overrides passed to `toHTML` for a variant (they report nothing; renderBody does). */
export function bodyComponents(opts: RenderOptions = {}): Partial<PortableTextHtmlComponents> {
	const email = opts.variant === 'email';
	return {
		types: {
			figure: ({ value }) =>
				email
					? renderEmailFigure(value as Figure, {
							baseUrl: opts.baseUrl ?? '',
							width: EMAIL_WIDTH - 2 * EMAIL_GUTTER,
						})
					: renderFigure(value as Figure),
			attachment: ({ value }) =>
				`<p class="attachment">${renderAttachment(value as Attachment, opts)}</p>`,
		},
		marks: {
			// Unsafe targets were reported with their path by warnUnsafeLinks; render the text only.
			link: ({ value, children }) => {
				const href = (value as { href?: unknown } | undefined)?.href;
				if (!isSafeHref(href)) return children;
				const external = /^https?:/.test(href) ? ' rel="noopener"' : '';
				return `<a href="${escapeHTML(href)}"${external}>${children}</a>`;
			},
			// Added by hashtags.ts for "#tag" text that names a topic; href is a site path we built.
			topicLink: ({ value, children }) => {
				const href = resolveUrl(String((value as { href?: unknown }).href ?? ''), opts.baseUrl);
				return `<a class="hashtag" href="${escapeHTML(href)}">${children}</a>`;
			},
		},
		unknownType: ({ value }) => {
			const text = plainText(value);
			return text ? `<p>${escapeHTML(text)}</p>` : '';
		},
	};
}

/** The overrides for site pages (site-relative URLs). */
export const components = bodyComponents();

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
export function renderBody(blocks: unknown[], ctx: Context, opts: RenderOptions = {}): string {
	const comps = opts.baseUrl || opts.variant ? bodyComponents(opts) : components;
	const known = new Set(['block', ...Object.keys(comps.types ?? {})]);
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
		components: comps,
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
