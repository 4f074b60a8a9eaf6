/**
 * The one figure markup: a responsive `<picture>` (AVIF, WebP, JPEG fallback) + caption +
 * "Foto: <credit>", shared by pages (via Figure.astro), portable-text bodies and RSS `content:encoded`.
 */
import { IMAGE_SIZES } from '../consts.ts';
import { escapeAttribute, escapeText } from '../lib/escape.ts';
import { t } from '../lib/i18n.ts';
import { emailImage, responsiveImage, type ResponsiveImage } from '../images/responsive.ts';
import type { Figure } from '../sanity/schemas.ts';

export type FigureOptions = {
	/** The first image of a page: fetched early and at high priority instead of lazily. */
	eager?: boolean | undefined;
	className?: string | undefined;
	/** The `sizes` attribute: how wide the figure is rendered (IMAGE_SIZES, IMAGE_SIZES_WIDE). */
	sizes?: string | undefined;
	/** Absolute base for image URLs (feeds, e-mail); pages use site-relative URLs. */
	baseUrl?: string | undefined;
	/**
	 * A plain `<img>` (JPEG/PNG `src` and `srcset`) instead of `<picture>`: feed readers sanitise
	 * HTML with allow lists that often drop `<picture>` but keep `<source>`, leaving AVIF/WebP
	 * candidates loose in the item; a plain image shows everywhere.
	 */
	plain?: boolean | undefined;
};

/** Text of the figcaption: caption and credit, as one plain string. */
export function figureCaptionText(figure: Pick<Figure, 'caption' | 'credit'>): string {
	return [
		figure.caption?.trim(),
		figure.credit ? t('figure.credit', { credit: figure.credit }) : '',
	]
		.filter(Boolean)
		.join(' ');
}

/** The `<picture>` element of a responsive image. */
export function renderPicture(
	image: ResponsiveImage,
	alt: string,
	opts: FigureOptions = {},
): string {
	const sizes = escapeAttribute(opts.sizes ?? IMAGE_SIZES);
	if (opts.plain)
		return `<img src="${escapeAttribute(image.src)}" srcset="${escapeAttribute(image.srcset)}" sizes="${sizes}" alt="${escapeAttribute(alt)}" width="${image.width}" height="${image.height}">`;
	const sources = image.sources
		.map((s) => `<source type="${s.type}" srcset="${escapeAttribute(s.srcset)}" sizes="${sizes}">`)
		.join('');
	const loading = opts.eager ? 'fetchpriority="high"' : 'loading="lazy" decoding="async"';
	// The LQIP is painted behind the image until it loads (CSP: inline styles are allowed for this).
	const placeholder = image.lqip
		? ` style="background:url(${escapeAttribute(image.lqip)}) 50% 50%/cover no-repeat"`
		: '';
	const img = `<img src="${escapeAttribute(image.src)}" srcset="${escapeAttribute(image.srcset)}" sizes="${sizes}" alt="${escapeAttribute(alt)}" width="${image.width}" height="${image.height}" ${loading}${placeholder}>`;
	return `<picture>${sources}${img}</picture>`;
}

/** Renders a figure as HTML; alt text is "" when missing (a build warning names the document). */
export function renderFigure(figure: Figure, opts: FigureOptions = {}): string {
	// image-check.ts has already left out figures without a usable image; this guards hand-made data.
	if (!figure.asset) return '';
	const alt = figure.decorative ? '' : (figure.alt ?? '');
	const caption = figure.caption?.trim();
	const parts = [
		caption ? `<span class="figure__caption">${escapeText(caption)}</span>` : '',
		figure.credit
			? `<span class="figure__credit" data-pagefind-ignore>${escapeText(t('figure.credit', { credit: figure.credit }))}</span>`
			: '',
	].filter(Boolean);
	const figcaption = parts.length ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
	const picture = renderPicture(responsiveImage(figure, opts.baseUrl), alt, opts);
	return `<figure class="figure${opts.className ? ` ${escapeAttribute(opts.className)}` : ''}">${picture}${figcaption}</figure>`;
}

/**
 * A figure in an e-mail: one absolute JPEG with width/height and alt text, then the caption and
 * "Foto: <credit>" as text (no <figure>/<picture>: Outlook's Word engine knows neither). Styled by
 * the e-mail shell's inlined CSS (src/site/email/email-shell.ts).
 */
export function renderEmailFigure(
	figure: Figure,
	opts: { baseUrl: string; width: number; className?: string },
): string {
	if (!figure.asset) return '';
	const alt = figure.decorative ? '' : (figure.alt ?? '');
	const image = emailImage(figure, opts.width, opts.baseUrl);
	const caption = figure.caption?.trim();
	const parts = [
		caption ? escapeText(caption) : '',
		figure.credit
			? `<span class="email-credit">${escapeText(t('figure.credit', { credit: figure.credit }))}</span>`
			: '',
	].filter(Boolean);
	const img = `<img class="${escapeAttribute(opts.className ?? 'email-image')}" src="${escapeAttribute(image.src)}" width="${image.width}" height="${image.height}" alt="${escapeAttribute(alt)}">`;
	const text = parts.length ? `<p class="email-caption">${parts.join(' ')}</p>` : '';
	return `<div class="email-figure">${img}${text}</div>`;
}
