/**
 * Events in the store: validated, description rendered once (the same renderer as posts), path,
 * URL and calendar file decided once, related posts resolved to published posts (others dropped and
 * reported), and "upcoming" decided once by the build clock. Posts read their events through the
 * reverse relation built here (`eventsByPost`).
 */
import { htmlToText } from 'html-to-text';
import { EXCERPT_MAX_LENGTH } from '../consts.ts';
import { checkAllImages } from '../images/check.ts';
import type { ImageContext } from '../images/registry.ts';
import { toOsloDate } from '../lib/dates.ts';
import { eventDays } from '../lib/event-time.ts';
import { truncateAtWord } from '../lib/format.ts';
import { absoluteUrl, eventCalendarUrl, eventUrl } from '../lib/urls.ts';
import { renderBody } from '../render/portable-text.ts';
import { contentMessages as m } from '../report/messages.ts';
import { ContentReport } from '../report/report.ts';
import {
	EVENT_FALLBACKS,
	EVENT_REQUIRED,
	eventSchema,
	type EventData,
	type Figure,
} from '../sanity/schemas.ts';
import { validateDocuments } from '../sanity/validate.ts';
import { showBlocks } from './images.ts';
import { normalizeFigure } from './normalize.ts';

/** A published event with every derived value decided. `P` is the store's post type. */
export type EventEntry<P = unknown> = Omit<EventData, 'relatedPosts' | 'allDay'> & {
	allDay: boolean;
	path: string;
	url: string;
	calendarPath: string;
	/** The description as site HTML and as plain text (calendar files, JSON-LD, cards). */
	descriptionBlocks: readonly unknown[];
	descriptionHtml: string;
	descriptionText: string;
	/** The description's first 300 characters, cut at a word. */
	summary: string;
	relatedPosts: P[];
	/** Not over at the build clock (all-day events last to the end of their last Oslo day). */
	upcoming: boolean;
};

type Ctx<P> = {
	now: Date;
	siteUrl: string;
	report: ContentReport;
	defaultCredit: string;
	posts: readonly P[];
	/** The store's image settings and registry: the description's figures are decided here. */
	images: ImageContext;
};

/** True while the event is not over at `now`. */
export function isUpcoming(event: Pick<EventData, 'start' | 'end' | 'allDay'>, now: Date): boolean {
	if (event.allDay) return eventDays(event).last >= toOsloDate(now);
	return Date.parse(event.end ?? event.start) >= now.getTime();
}

function normalizeDescription(data: EventData, ctx: Ctx<unknown>): unknown[] {
	return data.description.map((block, i) =>
		block._type === 'figure'
			? normalizeFigure(block as unknown as Figure, `description[${i}]`, data._id, 'event', ctx)
			: block,
	);
}

/** Validates and completes the events (earliest first); `posts` are the published posts. */
export async function buildEvents<P extends { _id: string }>(
	raw: unknown[],
	ctx: Ctx<P>,
): Promise<Array<EventEntry<P>>> {
	const { report } = ctx;
	const seen = new Set<string>();
	const valid = validateDocuments(raw, eventSchema, report, {
		type: 'event',
		required: EVENT_REQUIRED,
		fallbacks: EVENT_FALLBACKS,
	}).filter((e) => {
		if (!seen.has(e.slug)) return seen.add(e.slug);
		report.skip('event', e._id, 'slug', m.duplicateEventSlug(e.slug));
		return false;
	});
	const checked = (
		await checkAllImages(valid, (e) => ({ type: 'event', id: e._id }), report, ctx.images)
	).map((e) => ({ ...e, description: showBlocks(ctx.images, e.description) }));
	const byId = new Map(ctx.posts.map((p) => [p._id, p]));
	return checked.map((data) => {
		let end = data.end ?? null;
		if (end && Date.parse(end) < Date.parse(data.start)) {
			report.warn('event', data._id, 'end', m.endBeforeStart);
			end = null;
		}
		if (data.registrationDeadline && data.registrationDeadline > toOsloDate(data.start))
			report.warn('event', data._id, 'registrationDeadline', m.deadlineAfterStart);
		const relatedPosts = data.relatedPosts.flatMap((id, i) => {
			const post = byId.get(id);
			if (!post) report.warn('event', data._id, `relatedPosts[${i}]`, m.unpublishedPost(id));
			return post ? [post] : [];
		});
		const descriptionBlocks = normalizeDescription(data, ctx);
		const descriptionHtml = renderBody([...descriptionBlocks], {
			type: 'event',
			id: data._id,
			report,
		});
		// The text form links with absolute URLs (calendar apps); its faults were reported just above.
		const absolute = renderBody(
			[...descriptionBlocks],
			{ type: 'event', id: data._id, report: new ContentReport() },
			{ baseUrl: ctx.siteUrl },
		);
		const descriptionText = htmlToText(absolute, {
			wordwrap: false,
			selectors: [{ selector: 'img', format: 'skip' }],
		});
		const path = eventUrl(data.slug);
		const allDay = data.allDay ?? false;
		return {
			...data,
			end,
			allDay,
			path,
			url: absoluteUrl(path, ctx.siteUrl),
			calendarPath: eventCalendarUrl(data.slug),
			descriptionBlocks,
			descriptionHtml,
			descriptionText,
			summary: truncateAtWord(descriptionText.replace(/\s+/g, ' ').trim(), EXCERPT_MAX_LENGTH),
			relatedPosts,
			upcoming: isUpcoming({ start: data.start, end, allDay }, ctx.now),
		};
	});
}

/** Post id → the events that name the post among their related posts (earliest first). */
export function eventsByPost<E extends { relatedPosts: ReadonlyArray<{ _id: string }> }>(
	events: readonly E[],
): Map<string, E[]> {
	const map = new Map<string, E[]>();
	for (const e of events)
		for (const p of e.relatedPosts) map.set(p._id, [...(map.get(p._id) ?? []), e]);
	return map;
}
