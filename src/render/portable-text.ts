/**
 * Portable Text → HTML overrides: figures, attachments and safe links. Rendered once per document
 * (src/content/normalize.ts) and shared by the page and the feeds; outputs that need absolute URLs
 * render with `baseUrl` (src/content/absolute.ts), never by rewriting HTML. The e-mail edition is a
 * variant of the same components (`variant: 'email'`): the same link and escaping rules, absolute
 * URLs, and figures as one e-mail-safe image (src/render/figure.ts `renderEmailFigure`).
 */
import { toHTML, type PortableTextHtmlComponents } from '@portabletext/to-html';
import { escapeAttribute, escapeText } from '../lib/escape.ts';
import { formatFileSize } from '../lib/format.ts';
import { partLanguage } from '../lib/languages.ts';
import { fileTypeLabel } from '../lib/mime.ts';
import { t } from '../lib/i18n.ts';
import { cleanHref, resolveUrl } from '../lib/urls.ts';
import { repairBlocks } from './blocks.ts';
import { EMAIL_GUTTER, EMAIL_WIDTH } from '../consts.ts';
import { renderEmailFigure, renderFigure } from './figure.ts';
import { internalLinkMark } from './internal-link.ts';
import { fileUrl } from '../sanity/asset-files.ts';
import { bodyMessages as m } from '../report/messages.ts';
import type { ContentReport } from '../report/report.ts';
import { formatPath } from '../sanity/walk.ts';
import type { ShownFigure } from '../images/responsive.ts';
import type { Attachment } from '../sanity/schemas.ts';

type Context = { type: string; id: string; report: ContentReport };
export type RenderOptions = {
	/** Absolute base for site URLs (images, attachments, hashtag links) in feeds and e-mail. */
	baseUrl?: string | undefined;
	/** Figures as plain `<img>` (feeds; see FigureOptions.plain). */
	plainImages?: boolean | undefined;
	/** `email`: markup for e-mail clients (see the file comment). Default: the site. */
	variant?: 'site' | 'email' | undefined;
};

/**
 * HTML for one attachment: a link that opens it, type and size, and a download link: "Debattheft
 * 2021 (PDF, 1 kB) Last ned". `href` is the address the content store decided (permanent,
 * src/content/attachments.ts); without one, the file's own URL.
 */
export function renderAttachment(
	a: Attachment & { href?: string | undefined },
	opts: RenderOptions = {},
): string {
	const email = opts.variant === 'email';
	const type = fileTypeLabel(a.file.extension);
	const meta = a.file.size
		? t('attachment.meta', { type, size: formatFileSize(a.file.size) })
		: type;
	const desc = a.description
		? `${email ? '<br>' : ''}<span class="attachment__description">${escapeText(a.description)}</span>`
		: '';
	// The title opens the file (a PDF in the browser's viewer); "Last ned" saves it. In an e-mail
	// client `download` means nothing: there the one link opens the file on the site.
	const href = escapeAttribute(resolveUrl(a.href ?? fileUrl(a.file), opts.baseUrl));
	const mime = a.file.mimeType ? ` type="${escapeAttribute(a.file.mimeType)}"` : '';
	const download = email
		? ''
		: ` <a class="attachment__download" href="${href}" download>${escapeText(t('attachment.download'))}<span class="visually-hidden"> ${escapeText(a.title)}</span></a>`;
	return `<a class="attachment__link" href="${href}"${mime}>${escapeText(a.title)}</a> <span class="attachment__meta">(${escapeText(meta)})</span>${download}${desc}`;
}

function plainText(value: unknown): string {
	const children = (value as { children?: Array<{ text?: unknown }> }).children;
	return Array.isArray(children)
		? children.map((c) => (typeof c?.text === 'string' ? c.text : '')).join('')
		: '';
}

/** The component overrides passed to `toHTML` for a variant (they report nothing; renderBody does). */
export function bodyComponents(opts: RenderOptions = {}): Partial<PortableTextHtmlComponents> {
	const email = opts.variant === 'email';
	return {
		types: {
			figure: ({ value }) =>
				email
					? renderEmailFigure(value as ShownFigure, {
							baseUrl: opts.baseUrl ?? '',
							width: EMAIL_WIDTH - 2 * EMAIL_GUTTER,
						})
					: renderFigure(value as ShownFigure, { baseUrl: opts.baseUrl, plain: opts.plainImages }),
			attachment: ({ value }) =>
				`<p class="attachment">${renderAttachment(value as Attachment, opts)}</p>`,
		},
		marks: {
			// Unsafe targets were reported with their path by warnUnsafeLinks; render the text only.
			link: ({ value, children }) => {
				const href = cleanHref((value as { href?: unknown } | undefined)?.href);
				if (!href) return children;
				const external = /^https?:/i.test(href) ? ' rel="noopener"' : '';
				return `<a href="${escapeAttribute(href)}"${external}>${children}</a>`;
			},
			internalLink: internalLinkMark(opts.baseUrl),
			// A part in another language (WCAG 2.1 3.1.2); an unknown code is left unmarked.
			lang: ({ value, children }) => {
				const code = partLanguage((value as { lang?: unknown } | undefined)?.lang);
				return code ? `<span lang="${code}">${children}</span>` : children;
			},
			// Added by hashtags.ts for "#tag" text that names a topic; href is a site path we built.
			topicLink: ({ value, children }) => {
				const href = resolveUrl(String((value as { href?: unknown }).href ?? ''), opts.baseUrl);
				return `<a class="hashtag" href="${escapeAttribute(href)}">${children}</a>`;
			},
		},
		unknownType: ({ value }) => {
			const text = plainText(value);
			return text ? `<p>${escapeText(text)}</p>` : '';
		},
	};
}

/** The overrides for site pages (site-relative URLs). */
export const components = bodyComponents();

/** Reports every link whose target is not http(s)/mailto/tel, naming its block and mark. */
function warnUnsafeLinks(blocks: readonly unknown[], ctx: Context): void {
	blocks.forEach((block, i) => {
		const defs = (block as { markDefs?: unknown } | null)?.markDefs;
		if (!Array.isArray(defs)) return;
		defs.forEach((def: { _type?: unknown; href?: unknown } | null, j) => {
			if (def?._type !== 'link' || cleanHref(def.href)) return;
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
	const comps =
		opts.baseUrl || opts.plainImages || opts.variant ? bodyComponents(opts) : components;
	const known = new Set(['block', ...Object.keys(comps.types ?? {})]);
	const warn = (path: string, reason: string) => ctx.report.warn(ctx.type, ctx.id, path, reason);
	warnUnsafeLinks(blocks, ctx);
	// Unknown top-level types are handled here, where their index is known: to-html would render a
	// node with `children` as a text block whatever its _type, without calling onMissingComponent.
	const items = blocks.map((b, i) => {
		// A hole: a block an earlier step left out and reported (src/content/holes.ts).
		if (b === null) return null;
		const node = b as { _type?: unknown; _key?: unknown };
		if (typeof node?._type === 'string' && known.has(node._type)) return b;
		warn(`body[${i}]`, m.unknownType(String(node?._type ?? '(mangler _type)')));
		const text = plainText(node ?? {});
		if (!text) return null;
		return {
			_type: 'block',
			_key: node?._key,
			style: 'normal',
			markDefs: [],
			children: [{ _type: 'span', text, marks: [] }],
		};
	});
	const repaired = repairBlocks(items, warn).filter((b) => b !== null);
	return toHTML(repaired as Parameters<typeof toHTML>[0], {
		components: comps,
		// repairBlocks has reported (with the exact path) everything to-html could miss.
		onMissingComponent: false,
	});
}
