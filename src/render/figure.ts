/**
 * The one figure markup: a responsive `<picture>` (AVIF, WebP, JPEG fallback) + caption +
 * "Foto: <credit>", shared by pages (via Figure.astro), portable-text bodies and RSS `content:encoded`.
 */
import { escapeHTML } from '@portabletext/to-html';
import { IMAGE_SIZES } from '../consts.ts';
import { t } from '../lib/i18n.ts';
import { emailImage, responsiveImage, type ResponsiveImage } from '../images/responsive.ts';
import type { Figure } from '../sanity/schemas.ts';

export type FigureOptions = {
	/** The first image of a page: fetched early and at high priority instead of lazily. */
	eager?: boolean | undefined;
	className?: string | undefined;
	/** The `sizes` attribute: how wide the figure is rendered (IMAGE_SIZES, IMAGE_SIZES_WIDE). */
	sizes?: string | undefined;
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
	const sizes = escapeHTML(opts.sizes ?? IMAGE_SIZES);
	const sources = image.sources
		.map((s) => `<source type="${s.type}" srcset="${escapeHTML(s.srcset)}" sizes="${sizes}">`)
		.join('');
	const loading = opts.eager ? 'fetchpriority="high"' : 'loading="lazy" decoding="async"';
	// The LQIP is painted behind the image until it loads (CSP: inline styles are allowed for this).
	const placeholder = image.lqip
		? ` style="background:url(${escapeHTML(image.lqip)}) 50% 50%/cover no-repeat"`
		: '';
	const img = `<img src="${escapeHTML(image.src)}" srcset="${escapeHTML(image.srcset)}" sizes="${sizes}" alt="${escapeHTML(alt)}" width="${image.width}" height="${image.height}" ${loading}${placeholder}>`;
	return `<picture>${sources}${img}</picture>`;
}

/** Renders a figure as HTML; alt text is "" when missing (a build warning names the document). */
export function renderFigure(figure: Figure, opts: FigureOptions = {}): string {
	// image-check.ts has already left out figures without a usable image; this guards hand-made data.
	if (!figure.asset) return '';
	const alt = figure.decorative ? '' : (figure.alt ?? '');
	const caption = figure.caption?.trim();
	const parts = [
		caption ? `<span class="figure__caption">${escapeHTML(caption)}</span>` : '',
		figure.credit
			? `<span class="figure__credit">${escapeHTML(t('figure.credit', { credit: figure.credit }))}</span>`
			: '',
	].filter(Boolean);
	const figcaption = parts.length ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
	const picture = renderPicture(responsiveImage(figure), alt, opts);
	return `<figure class="figure${opts.className ? ` ${escapeHTML(opts.className)}` : ''}">${picture}${figcaption}</figure>`;
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
		caption ? escapeHTML(caption) : '',
		figure.credit
			? `<span class="email-credit">${escapeHTML(t('figure.credit', { credit: figure.credit }))}</span>`
			: '',
	].filter(Boolean);
	const img = `<img class="${escapeHTML(opts.className ?? 'email-image')}" src="${escapeHTML(image.src)}" width="${image.width}" height="${image.height}" alt="${escapeHTML(alt)}">`;
	const text = parts.length ? `<p class="email-caption">${parts.join(' ')}</p>` : '';
	return `<div class="email-figure">${img}${text}</div>`;
}
