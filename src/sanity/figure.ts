/**
 * The one figure markup: image + caption + "Foto: <credit>", shared by pages (via Figure.astro),
 * portable-text bodies and the RSS `content:encoded`.
 */
import { escapeHTML } from '@portabletext/to-html';
import { t } from '../lib/i18n.ts';
import { imageUrl } from './images.ts';
import type { Figure } from './schemas.ts';

export type FigureOptions = { eager?: boolean; className?: string };

/** Text of the figcaption: caption and credit, as one plain string (used for og:image:alt too). */
export function figureCaptionText(figure: Pick<Figure, 'caption' | 'credit'>): string {
	return [figure.caption?.trim(), figure.credit ? t('figure.credit', { credit: figure.credit }) : '']
		.filter(Boolean)
		.join(' ');
}

/** Renders a figure as HTML; alt text is "" when missing (a build warning names the document). */
export function renderFigure(figure: Figure, opts: FigureOptions = {}): string {
	const { asset } = figure;
	const alt = figure.decorative ? '' : (figure.alt ?? '');
	const loading = opts.eager ? 'fetchpriority="high"' : 'loading="lazy"';
	const img = `<img src="${escapeHTML(imageUrl(asset))}" alt="${escapeHTML(alt)}" width="${asset.width}" height="${asset.height}" ${loading} decoding="async">`;
	const caption = figure.caption?.trim();
	const parts = [
		caption ? `<span class="figure__caption">${escapeHTML(caption)}</span>` : '',
		figure.credit ? `<span class="figure__credit">${escapeHTML(t('figure.credit', { credit: figure.credit }))}</span>` : '',
	].filter(Boolean);
	const figcaption = parts.length ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
	return `<figure class="figure${opts.className ? ` ${opts.className}` : ''}">${img}${figcaption}</figure>`;
}
