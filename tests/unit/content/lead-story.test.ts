import { describe, expect, test } from 'vitest';
import { decideLeadStory } from '../../../src/content/lead-story.ts';
import { ContentReport } from '../../../src/report/report.ts';

const post = (_id: string, publishedAt: string, kind = 'news') => ({
	_id,
	publishedAt,
	publishedTime: Date.parse(publishedAt),
	kind,
	year: Number(publishedAt.slice(0, 4)),
});
const now = new Date('2026-11-30T09:00:00Z');
const published = [
	post('news-nov', '2026-11-01T08:00:00Z'),
	post('summer-2026', '2026-06-19T08:00:00Z', 'summerGreeting'),
];
// Every post the query returned: the published ones, one scheduled and one the store skipped.
const everyPost = [
	...published,
	post('scheduled', '2099-06-20T08:00:00Z'),
	{ _id: 'invalid', publishedAt: '2026-10-01T08:00:00Z' },
];

function decide(pin: { post?: string; until?: string } | null) {
	const report = new ContentReport();
	const lead = decideLeadStory(published, { pin, now, everyPost, report });
	const lines = report.warnings.map((w) => `${w.type} ${w.id} ${w.path}: ${w.reason}`);
	return { lead: lead?._id, lines };
}

describe('decideLeadStory', () => {
	test('honours a pin to a published post, silently', () => {
		expect(decide({ post: 'summer-2026' })).toEqual({ lead: 'summer-2026', lines: [] });
	});

	test('without a pin, the rule decides (the newest post on 30 November)', () => {
		expect(decide(null)).toEqual({ lead: 'news-nov', lines: [] });
	});

	test.each([
		{
			pin: 'drafts-only',
			reason:
				'hovedsaken er ikke publisert (bare utkast, eller slettet); forsiden viser den vanlige hovedsaken',
		},
		{
			pin: 'scheduled',
			reason:
				'hovedsaken er planlagt publisert 20. juni 2099; forsiden viser den vanlige hovedsaken til da',
		},
		{
			pin: 'invalid',
			reason: 'hovedsaken kan ikke vises (se over); forsiden viser den vanlige hovedsaken',
		},
	])('ignores and reports a pin to $pin', ({ pin, reason }) => {
		expect(decide({ post: pin })).toEqual({
			lead: 'news-nov',
			lines: [`siteSettings siteSettings leadStory.post: ${reason}`],
		});
	});

	test('a pin past its end is simply over: no warning, even when its post is gone', () => {
		expect(decide({ post: 'drafts-only', until: '2026-11-01T00:00:00Z' })).toEqual({
			lead: 'news-nov',
			lines: [],
		});
	});
});
