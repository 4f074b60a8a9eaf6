/**
 * Fallbacks after validation, each logged with the document `_id` and field: excerpt cut or derived,
 * credit defaulted and "Foto:" stripped, missing alt text flagged; body rendered to HTML once.
 */
import { stegaClean } from '@sanity/client/stega';
import { EXCERPT_MAX_LENGTH, FACEBOOK_TEXT_MAX_LENGTH } from '../consts.ts';
import { getOsloYear, parseIsoDateTime } from '../lib/dates.ts';
import { truncateAtWord } from '../lib/format.ts';
import { contentMessages as m } from '../report/messages.ts';
import type { ContentReport } from '../report/report.ts';
import { linkHashtags } from './hashtags.ts';
import { withoutHoles, type HoleyBody } from './holes.ts';
import { renderBody } from '../render/portable-text.ts';
import type { ShownFigure } from '../images/responsive.ts';
import type { Figure, PostData } from '../sanity/schemas.ts';
import type { ShownPerson } from './images.ts';

/** A validated post with its images decided (src/content/images.ts). */
export type ShownPostData = Omit<PostData, 'mainImage' | 'contact'> & {
	mainImage: ShownFigure | null;
	contact?: ShownPerson | null | undefined;
};

export type NormalizedPost = Omit<ShownPostData, 'excerpt'> & {
	excerpt: string;
	/** «Del på Facebook»: the post belongs in /facebook.xml. */
	shareOnFacebook: boolean;
	/** The text Facebook gets: the post's own «Tekst til Facebook», else the excerpt (plain text). */
	facebookText: string;
	/** The body as rendered (hashtags linked, holes kept for report paths), for outputs that render it again (absolute URLs, e-mail). */
	bodyBlocks: readonly unknown[];
	/** Site-relative HTML of the body, rendered once. */
	bodyHtml: string;
	/** The publishing instant (ms since the epoch), decided once: every sort, filter and feed uses it. */
	publishedTime: number;
	/** The Oslo year of publishedTime (archive grouping). */
	year: number;
};

type Ctx = {
	report: ContentReport;
	defaultCredit: string;
	/** Hashtag → topic URL (see hashtags.ts); none when omitted. */
	hashtags?: ReadonlyMap<string, string>;
};

/** Normalises a figure's credit and checks its alt text. */
export function normalizeFigure<F extends Figure>(
	figure: F,
	path: string,
	id: string,
	type: string,
	ctx: Ctx,
): F {
	let credit = figure.credit?.trim() || ctx.defaultCredit;
	if (/^foto\s*:/i.test(credit)) {
		ctx.report.warn(type, id, `${path}.credit`, m.creditPrefix(credit));
		credit = credit.replace(/^foto\s*:\s*/i, '');
	}
	if (!figure.decorative && !figure.alt?.trim())
		ctx.report.warn(type, id, `${path}.alt`, m.missingAlt);
	return { ...figure, credit, alt: figure.alt?.trim() ?? '' };
}

function firstParagraph(body: PostData['body']): string {
	for (const block of body) {
		const { style, listItem } = block as { style?: string; listItem?: string };
		// A list item is a block with style "normal" too, but not a paragraph; no style means "normal".
		if (block._type !== 'block' || (style ?? 'normal') !== 'normal' || listItem) continue;
		const text = ((block as { children?: Array<{ text?: string }> }).children ?? [])
			.map((c) => c.text ?? '')
			.join('')
			.trim();
		if (text) return text;
	}
	return '';
}

/**
 * `text` cut at a word to `max` characters as readers see them, and its visible length when it was
 * longer. In the live preview a field carries an invisible stega suffix (an edit link for the
 * Presentation tool, preview/stega.ts): it does not count, and it is kept. Elsewhere there is none.
 */
function limit(text: string, max: number): { text: string; over?: number } {
	const visible = stegaClean(text);
	if (visible.length <= max) return { text };
	return { text: truncateAtWord(visible, max) + text.slice(visible.length), over: visible.length };
}

/** «Tekst til Facebook» trimmed (cut at a word past the limit, with a warning), else the excerpt. */
function facebookText(data: Pick<PostData, '_id' | 'facebook'>, excerpt: string, ctx: Ctx): string {
	const message = limit(data.facebook?.message?.trim() ?? '', FACEBOOK_TEXT_MAX_LENGTH);
	if (message.over) {
		const reason = m.longExcerpt(message.over, FACEBOOK_TEXT_MAX_LENGTH);
		ctx.report.warn('post', data._id, 'facebook.message', reason);
	}
	return message.text || excerpt;
}

export function normalizePost(data: ShownPostData, ctx: Ctx): NormalizedPost {
	const { report } = ctx;
	const w = (path: string, reason: string) => report.warn('post', data._id, path, reason);
	let excerpt = data.excerpt?.trim() ?? '';
	if (!excerpt) {
		// Spans' stega links would sit inside the joined text: a derived excerpt goes without them.
		const paragraph = stegaClean(firstParagraph(withoutHoles(data.body)));
		excerpt = truncateAtWord(paragraph, EXCERPT_MAX_LENGTH);
		w('excerpt', m.missingExcerpt);
	} else {
		const cut = limit(excerpt, EXCERPT_MAX_LENGTH);
		if (cut.over) w('excerpt', m.longExcerpt(cut.over, EXCERPT_MAX_LENGTH));
		excerpt = cut.text;
	}
	// The body may hold holes where earlier steps left blocks out (holes.ts): they keep indexes
	// right for the render's report and are gone from the post's public body.
	const holey = data.body as HoleyBody<PostData['body'][number]>;
	const checked = holey.map((block, i) =>
		block?._type === 'figure'
			? (normalizeFigure(
					block as unknown as Figure,
					`body[${i}]`,
					data._id,
					'post',
					ctx,
				) as unknown as typeof block)
			: block,
	);
	const body = withoutHoles(checked);
	if (body.length === 0) w('body', m.emptyBody);
	const mainImage = data.mainImage
		? normalizeFigure(data.mainImage, 'mainImage', data._id, 'post', ctx)
		: null;
	const bodyBlocks = linkHashtags(checked, ctx.hashtags ?? new Map());
	// Validation (schemas.ts) let only valid ISO 8601 date-times through.
	const publishedTime = parseIsoDateTime(data.publishedAt) ?? Number.NaN;
	return {
		...data,
		excerpt,
		shareOnFacebook: data.facebook?.share === true,
		facebookText: facebookText(data, excerpt, ctx),
		mainImage,
		body,
		bodyBlocks,
		bodyHtml: renderBody(bodyBlocks, { type: 'post', id: data._id, report }),
		publishedTime,
		year: getOsloYear(publishedTime),
	};
}
