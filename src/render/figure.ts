/**
 * The one figure markup: a responsive `<picture>` (AVIF, WebP, JPEG fallback) + caption +
 * "Foto: <credit>", shared by pages (via Figure.astro), portable-text bodies and RSS `content:encoded`.
 * Pure: it writes the picture the store decided (src/content/images.ts), with site-relative or
 * absolute URLs.
 */
import { IMAGE_SIZES } from '../consts.ts';
import { escapeAttribute, escapeText } from '../lib/escape.ts';
import { t } from '../lib/i18n.ts';
import { resolveUrl } from '../lib/urls.ts';
import type { ImageFile, Picture, ShownFigure } from '../images/responsive.ts';
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

/** The alt text of an image: '' for a decorative one or when missing (the store reported it). */
export const imageAlt = (image: Pick<Figure, 'alt' | 'decorative'>): string =>
	image.decorative ? '' : (image.alt?.trim() ?? '');

/** A srcset of `files` (narrowest first), absolute against `baseUrl` when given. */
export const srcset = (files: readonly ImageFile[], baseUrl?: string | undefined): string =>
	files.map((f) => `${resolveUrl(f.url, baseUrl)} ${f.width}w`).join(', ');

/** Text of the figcaption: caption and credit, as one plain string. */
export function figureCaptionText(figure: Pick<Figure, 'caption' | 'credit'>): string {
	return [
		figure.caption?.trim(),
		figure.credit ? t('figure.credit', { credit: figure.credit }) : '',
	]
		.filter(Boolean)
		.join(' ');
}

/** The `<picture>` element of a decided picture. */
export function renderPicture(image: Picture, alt: string, opts: FigureOptions = {}): string {
	const sizes = escapeAttribute(opts.sizes ?? IMAGE_SIZES);
	const src = escapeAttribute(resolveUrl(image.src.url, opts.baseUrl));
	const fallback = escapeAttribute(srcset(image.files, opts.baseUrl));
	if (opts.plain)
		return `<img src="${src}" srcset="${fallback}" sizes="${sizes}" alt="${escapeAttribute(alt)}" width="${image.width}" height="${image.height}">`;
	const sources = image.sources
		.map(
			(s) =>
				`<source type="${s.type}" srcset="${escapeAttribute(srcset(s.files, opts.baseUrl))}" sizes="${sizes}">`,
		)
		.join('');
	const loading = opts.eager ? 'fetchpriority="high"' : 'loading="lazy" decoding="async"';
	// The LQIP is painted behind the image until it loads (CSP: inline styles are allowed for this).
	const placeholder = image.lqip
		? ` style="background:url(${escapeAttribute(image.lqip)}) 50% 50%/cover no-repeat"`
		: '';
	const img = `<img src="${src}" srcset="${fallback}" sizes="${sizes}" alt="${escapeAttribute(alt)}" width="${image.width}" height="${image.height}" ${loading}${placeholder}>`;
	return `<picture>${sources}${img}</picture>`;
}

/** Renders a figure as HTML; alt text is "" when missing (a build warning names the document). */
export function renderFigure(figure: ShownFigure, opts: FigureOptions = {}): string {
	// images/check.ts has already left out figures without a usable image; this guards hand-made data.
	if (!figure.asset || !figure.picture) return '';
	const alt = imageAlt(figure);
	const caption = figure.caption?.trim();
	// Only pages are indexed by Pagefind; feeds (absolute URLs) get no search markup.
	const ignore = opts.baseUrl ? '' : ' data-pagefind-ignore';
	const parts = [
		caption ? `<span class="figure__caption">${escapeText(caption)}</span>` : '',
		figure.credit
			? `<span class="figure__credit"${ignore}>${escapeText(t('figure.credit', { credit: figure.credit }))}</span>`
			: '',
	].filter(Boolean);
	const figcaption = parts.length ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
	const picture = renderPicture(figure.picture, alt, opts);
	return `<figure class="figure${opts.className ? ` ${escapeAttribute(opts.className)}` : ''}">${picture}${figcaption}</figure>`;
}

/**
 * A figure in an e-mail: one absolute JPEG with width/height and alt text, then the caption and
 * "Foto: <credit>" as text (no <figure>/<picture>: Outlook's Word engine knows neither). Styled by
 * the e-mail shell's inlined CSS (src/site/email/email-shell.ts).
 */
export function renderEmailFigure(
	figure: ShownFigure,
	opts: { baseUrl: string; width: number; className?: string },
): string {
	if (!figure.asset || !figure.picture) return '';
	const alt = imageAlt(figure);
	const image = emailImage(figure.picture, opts.width, opts.baseUrl);
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

/**
 * The one image of a figure in an e-mail: shown `displayWidth` px wide (the `width` attribute), the
 * file about twice that for high-density screens. It is one of the files the post page already
 * publishes (the narrowest ≥ 2× the display width, in the page's fallback format), so an e-mail
 * made later on demand points at files that are on the site. Absolute URL.
 */
export function emailImage(
	picture: Picture,
	displayWidth: number,
	baseUrl: string,
): { src: string; width: number; height: number } {
	const file = picture.email.find((f) => f.width >= 2 * displayWidth) ?? picture.email.at(-1)!;
	const shown = Math.min(displayWidth, file.width);
	const height = Math.round((shown * file.height) / file.width);
	return { src: resolveUrl(file.url, baseUrl), width: shown, height };
}
