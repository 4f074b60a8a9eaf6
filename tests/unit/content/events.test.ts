/** Events in the store: validation and fallbacks, related posts, upcoming by the build clock. */
import { describe, expect, test } from 'vitest';
import { buildEvents, eventsByPost, isUpcoming } from '../../../src/content/events.ts';
import { ContentReport } from '../../../src/report/report.ts';
import { issues } from '../../helpers/content.ts';
import { imageContext } from '../../helpers/images.ts';

const SITE = 'https://trondelag.example.no';
const NOW = new Date('2026-11-30T12:00:00Z');
const raw = (id: string, extra: Record<string, unknown> = {}) => ({
	_id: id,
	_type: 'event',
	title: `Arrangement ${id}`,
	slug: id,
	start: '2028-11-02T08:00:00Z',
	end: '2028-11-02T14:00:00Z',
	description: [
		{
			_type: 'block',
			_key: 'b',
			style: 'normal',
			markDefs: [{ _type: 'link', _key: 'l', href: 'https://www.ks.no/' }],
			children: [{ _type: 'span', _key: 's', text: 'Program, påmelding; mat.', marks: ['l'] }],
		},
	],
	relatedPosts: [],
	topics: [],
	municipalities: [],
	...extra,
});
const posts = [{ _id: 'post-a', slug: 'a' }];

async function build(list: unknown[]) {
	const report = new ContentReport();
	const events = await buildEvents(list, {
		now: NOW,
		siteUrl: SITE,
		report,
		defaultCredit: 'KS',
		posts,
		images: imageContext(),
	});
	return { events, report };
}

describe('buildEvents', () => {
	test('decides path, URL, calendar file and the description as HTML and text once', async () => {
		const { events, report } = await build([raw('arena')]);
		expect(events[0]).toMatchObject({
			path: '/arrangementer/arena/',
			url: `${SITE}/arrangementer/arena/`,
			calendarPath: '/arrangementer/arena/arena.ics',
			descriptionHtml:
				'<p><a href="https://www.ks.no/" rel="noopener">Program, påmelding; mat.</a></p>',
			descriptionText: 'Program, påmelding; mat. [https://www.ks.no/]',
			allDay: false,
			upcoming: true,
		});
		expect(report.issues).toEqual([]);
	});

	test('skips an event without a start or with a taken slug, naming it', async () => {
		const { events, report } = await build([
			raw('a'),
			raw('b', { start: null }),
			raw('c', { slug: 'a' }),
		]);
		expect(events.map((e) => e._id)).toEqual(['a']);
		expect(issues(report, 'skipped')).toEqual([
			'event b start: mangler',
			'event c slug: "a" brukes allerede av et annet arrangement',
		]);
	});

	test('drops an end before the start and unpublished related posts, with warnings', async () => {
		const { events, report } = await build([
			raw('x', {
				end: '2028-11-01T08:00:00Z',
				relatedPosts: ['post-a', 'post-draft'],
				registrationDeadline: '2028-12-01',
				onlineUrl: 'javascript:alert(1)',
			}),
		]);
		expect(events[0]).toMatchObject({ end: null, onlineUrl: null });
		expect(events[0]!.relatedPosts).toEqual([posts[0]]);
		expect(issues(report, 'warnings')).toEqual([
			expect.stringMatching(/^event x onlineUrl: .*; bruker null$/),
			'event x end: slutter før det starter; vist uten slutt',
			'event x registrationDeadline: påmeldingsfristen er etter starten',
			'event x relatedPosts[1]: innlegget "post-draft" er ikke publisert; utelatt',
		]);
	});
});

describe('isUpcoming', () => {
	test.each([
		{
			event: { start: '2026-11-30T11:00:00Z', end: '2026-11-30T13:00:00Z' },
			expected: true,
			why: 'running now',
		},
		{
			event: { start: '2026-11-30T09:00:00Z', end: '2026-11-30T11:00:00Z' },
			expected: false,
			why: 'ended an hour ago',
		},
		{
			event: { start: '2026-11-30T11:00:00Z' },
			expected: false,
			why: 'no end, started an hour ago',
		},
		{
			event: { start: '2026-11-29T23:00:00Z', allDay: true },
			expected: true,
			why: 'all day today (Oslo)',
		},
		{
			event: { start: '2026-11-28T23:00:00Z', allDay: true },
			expected: false,
			why: 'all day yesterday',
		},
	])('$why: $expected', ({ event, expected }) => {
		expect(isUpcoming(event, NOW)).toBe(expected);
	});
});

test('eventsByPost lists each post’s events', () => {
	const a = { _id: 'e1', relatedPosts: [{ _id: 'p1' }, { _id: 'p2' }] };
	const b = { _id: 'e2', relatedPosts: [{ _id: 'p1' }] };
	const map = eventsByPost([a, b]);
	expect(map.get('p1')).toEqual([a, b]);
	expect(map.get('p2')).toEqual([a]);
	expect(map.get('p3')).toBeUndefined();
});
