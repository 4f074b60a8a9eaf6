import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { articleJsonLd, eventJsonLd } from '../../../src/site/structured-data.ts';
import type { Event, Post, Settings } from '../../../src/content/store.ts';

const SITE = 'https://trondelag.example.no';
const settings: Settings = {
	title: 'KS Trøndelag – nyheter',
	organisation: 'KS',
	url: SITE,
	defaultCredit: 'KS',
	share: null,
};
const share = {
	url: `${SITE}/bilder/kommunedirektorene-1200x630-0123456789.jpg`,
	width: 1200,
	height: 630,
	alt: 'Kommunedirektørene. Foto: KS',
	type: 'image/jpeg',
	bytes: 20_000,
};
const file = resolve(
	import.meta.dirname,
	'../../../sanity-studio/seed/production/images/0af3c3e5b5d9af25495709467d3eed41320324d2-1600x1067.jpg',
);
const post: Post = {
	_id: 'post-god-sommer-2023',
	_type: 'post',
	title: 'God sommer fra KS Trøndelag',
	slug: 'god-sommer-2023',
	kind: 'summerGreeting',
	publishedAt: '2023-06-23T08:00:00Z',
	excerpt: 'Vi ser tilbake på våren.',
	mainImage: {
		alt: 'Kommunedirektørene',
		credit: 'KS',
		asset: {
			_id: 'image-0af3c3e5b5d9af25495709467d3eed41320324d2-1600x1067-jpg',
			url: pathToFileURL(file).href,
			extension: 'jpg',
			width: 1600,
			height: 1067,
		},
	},
	body: [],
	bodyBlocks: [],
	bodyHtml: '',
	topics: [
		{ _id: 't1', title: 'Århuskompasset', slug: 'arhuskompasset' },
		{ _id: 't2', title: 'IA-arbeid', slug: 'ia-arbeid' },
	],
	municipalities: [],
	contact: null,
	deadline: null,
	seo: null,
	year: 2023,
	path: '/nyheter/god-sommer-2023/',
	url: `${SITE}/nyheter/god-sommer-2023/`,
	share,
};

describe('articleJsonLd', () => {
	test('describes a post as a Norwegian NewsArticle with absolute URLs', () => {
		const data = articleJsonLd(post, settings);
		expect(data).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'God sommer fra KS Trøndelag',
			description: 'Vi ser tilbake på våren.',
			datePublished: '2023-06-23T08:00:00Z',
			inLanguage: 'nb',
			mainEntityOfPage: `${SITE}/nyheter/god-sommer-2023/`,
			image: [{ '@type': 'ImageObject', url: share.url, width: 1200, height: 630 }],
			publisher: { '@type': 'Organization', name: 'KS' },
			keywords: 'Århuskompasset, IA-arbeid',
		});
	});

	test('leaves image and keywords out when the post has none, and names the site as publisher without an organisation', () => {
		const data = articleJsonLd(
			{ ...post, share: null, topics: [] },
			{ ...settings, organisation: null },
		);
		expect(data).not.toHaveProperty('image');
		expect(data).not.toHaveProperty('keywords');
		expect(data.publisher.name).toBe('KS Trøndelag – nyheter');
	});
});

describe('eventJsonLd', () => {
	const event = {
		title: 'Arena Trøndelag 2028',
		start: '2028-10-29T09:00:00Z',
		end: '2028-10-29T11:00:00Z',
		allDay: false,
		location: { name: 'Kongressenteret', address: 'Brattørkaia 1, 7010 Trondheim' },
		onlineUrl: 'https://www.ks.no/',
		summary: 'Møteplass.',
		url: `${SITE}/arrangementer/arena-trondelag-2028/`,
	} as unknown as Event;

	test('is a schema.org Event with Oslo offsets, mixed attendance and both locations', () => {
		expect(eventJsonLd(event, settings)).toMatchObject({
			'@type': 'Event',
			name: 'Arena Trøndelag 2028',
			startDate: '2028-10-29T10:00:00+01:00',
			endDate: '2028-10-29T12:00:00+01:00',
			eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
			location: [
				{
					'@type': 'Place',
					name: 'Kongressenteret',
					address: { streetAddress: 'Brattørkaia 1, 7010 Trondheim' },
				},
				{ '@type': 'VirtualLocation', url: 'https://www.ks.no/' },
			],
			organizer: { '@type': 'Organization', name: 'KS', url: SITE },
			url: event.url,
		});
	});

	test.each([
		[{ onlineUrl: null }, 'Offline'],
		[{ location: null }, 'Online'],
	])('attendance mode for %o is %s', (change, mode) => {
		const ld = eventJsonLd({ ...event, ...change } as Event, settings);
		expect(ld.eventAttendanceMode).toBe(`https://schema.org/${mode}EventAttendanceMode`);
	});

	test('an all-day event has dates without times', () => {
		const ld = eventJsonLd(
			{
				...event,
				allDay: true,
				start: '2023-11-01T23:00:00Z',
				end: '2023-11-03T14:00:00Z',
			} as Event,
			settings,
		);
		expect([ld.startDate, ld.endDate]).toEqual(['2023-11-02', '2023-11-03']);
	});
});
