import { describe, expect, test } from 'vitest';
import { formatDateNb, toOsloYear } from '../../sanity-studio/lib/dates.ts';
import {
	eventLocations,
	NO_SLUG_MESSAGE,
	postLocations,
	topicLocations,
} from '../../sanity-studio/lib/locations.ts';
import { describePost } from '../../sanity-studio/lib/preview.ts';
import { SLUG_PATTERN, slugify } from '../../src/lib/slugify.ts';

describe('slugify', () => {
	test.each([
		['God sommer fra KS Trøndelag', 'god-sommer-fra-ks-trondelag'],
		['Århuskompasset', 'arhuskompasset'],
		['Fellesløft Trøndelag – ungt utenforskap', 'fellesloft-trondelag-ungt-utenforskap'],
		['#valgløfte2023', 'valglofte2023'],
		['Nærøysund og Ørland', 'naeroysund-og-orland'],
		['  Debattheftet 2021 – KS spør: Omstilling!  ', 'debattheftet-2021-ks-spor-omstilling'],
		['Café Über', 'cafe-uber'],
	])('turns %j into %j', (title, slug) => {
		expect(slugify(title)).toBe(slug);
		expect(slug).toMatch(SLUG_PATTERN);
	});

	test('keeps slugs at most 96 characters, without a trailing hyphen', () => {
		const slug = slugify('ord '.repeat(40));
		expect(slug.length).toBeLessThanOrEqual(96);
		expect(slug).toMatch(SLUG_PATTERN);
	});
});

describe('describePost', () => {
	const now = new Date('2024-01-01T12:00:00Z');
	test.each([
		[
			{ kind: 'summerGreeting', publishedAt: '2023-06-23T08:00:00Z' },
			'Sommerhilsen · 23. juni 2023',
		],
		[{ kind: 'newsletter', publishedAt: '2020-12-11T09:11:45Z' }, 'Nyhetsbrev · 11. desember 2020'],
		[
			{ kind: 'christmasGreeting', publishedAt: '2099-12-20T08:00:00Z' },
			'Julehilsen · planlagt 20. desember 2099',
		],
		[{ kind: 'news' }, 'Nyhet · uten publiseringsdato'],
		[{ publishedAt: 'not a date' }, 'Innlegg · uten publiseringsdato'],
	])('describes %j as %j', (post, subtitle) => {
		expect(describePost(post, now)).toBe(subtitle);
	});
});

describe('toOsloYear', () => {
	test.each([
		['2023-12-31T22:59:59Z', 2023],
		['2023-12-31T23:00:00Z', 2024],
		['2024-06-21T08:00:00Z', 2024],
		[undefined, undefined],
		['nonsense', undefined],
	])('puts %j in %j', (value, year) => {
		expect(toOsloYear(value)).toBe(year);
	});
});

describe('formatDateNb', () => {
	test('formats in Oslo time', () => {
		expect(formatDateNb('2023-12-31T23:30:00Z')).toBe('1. januar 2024');
	});
});

describe('Presentation locations', () => {
	test('a post is shown on its page and on the front page', () => {
		expect(postLocations({ title: 'God sommer 2026', slug: 'god-sommer-2026' })).toEqual({
			locations: [
				{ title: 'God sommer 2026', href: '/nyheter/god-sommer-2026/' },
				{ title: 'Forsiden', href: '/' },
			],
		});
	});

	test('a topic on /tema/<slug>/, an event on its page and in the list of events', () => {
		expect(topicLocations({ title: 'Samskaping', slug: 'samskaping' })?.locations).toEqual([
			{ title: 'Samskaping', href: '/tema/samskaping/' },
		]);
		expect(eventLocations({ title: 'Arena', slug: 'arena-2028' })?.locations).toEqual([
			{ title: 'Arena', href: '/arrangementer/arena-2028/' },
			{ title: 'Arrangementer', href: '/arrangementer/' },
		]);
	});

	test('a document without a slug has no page yet, and the editor is told so', () => {
		expect(postLocations({ title: 'Ny sak', slug: null })).toEqual({
			message: NO_SLUG_MESSAGE,
			tone: 'caution',
		});
		expect(postLocations({ title: null, slug: 'x' })?.locations?.[0]?.title).toBe('Uten tittel');
		expect(topicLocations(null)).toBeNull();
	});
});
