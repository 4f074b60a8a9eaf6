import { describe, expect, test } from 'vitest';
import {
	eventSearchFilters,
	eventSearchMeta,
	inlineValue,
	searchFilterFields,
	searchFilters,
	searchMeta,
	searchSort,
} from '../../../src/site/search.ts';
import { county, makeMunicipality, makePost, makeTopic, skaun } from '../../helpers/posts.ts';

const post = makePost('a', { kind: 'newsletter', publishedAt: '2020-12-11T09:11:45Z' });

describe('searchFilters', () => {
	test('names topics, the places the post concerns, its kind and its Oslo year', () => {
		expect(searchFilters({ ...post, year: 2020 }, [skaun, county])).toEqual({
			Tema: ['Samskaping'],
			Kommune: ['Skaun', 'Trøndelag fylkeskommune'],
			Type: ['Nyhetsbrev'],
			År: ['2020'],
		});
	});
});

describe('searchMeta and searchSort', () => {
	test('show the date as pages do and sort by the publishing instant', () => {
		expect(searchMeta(post)).toEqual({ date: '11. desember 2020', kind: 'Nyhetsbrev' });
		expect(searchSort(post)).toEqual({ date: '2020-12-11T09:11:45Z' });
		expect(inlineValue('Kommune', 'Skaun')).toBe('Kommune:Skaun');
	});
});

describe('searchFilterFields', () => {
	test('offer every value the index can hold, under the same names', () => {
		const fields = searchFilterFields({
			posts: [post, makePost('b', { kind: 'news' })],
			topics: [makeTopic('samskaping', 'Samskaping'), makeTopic('ia', 'IA-arbeid')],
			municipalities: [makeMunicipality(skaun), makeMunicipality(county)],
			years: [
				{ year: 2023, posts: [] },
				{ year: 2020, posts: [] },
			],
			events: [],
		});
		expect(fields).toEqual([
			{ param: 'tema', label: 'Tema', values: ['Samskaping', 'IA-arbeid'] },
			{ param: 'kommune', label: 'Kommune', values: ['Skaun', 'Trøndelag fylkeskommune'] },
			{ param: 'type', label: 'Type', values: ['Nyhet', 'Nyhetsbrev'] },
			{ param: 'ar', label: 'År', values: ['2023', '2020'] },
		]);
	});

	test('offer «Arrangement» and the years of events when the site has events', () => {
		const fields = searchFilterFields({
			posts: [post],
			topics: [],
			municipalities: [],
			years: [{ year: 2020, posts: [] }],
			events: [{ start: '2028-11-02T08:00:00Z' }] as Parameters<
				typeof searchFilterFields
			>[0]['events'],
		});
		expect(fields.find((f) => f.param === 'type')?.values).toEqual(['Nyhetsbrev', 'Arrangement']);
		expect(fields.find((f) => f.param === 'ar')?.values).toEqual(['2028', '2020']);
	});
});

describe('eventSearchFilters and eventSearchMeta', () => {
	test('file an event under «Arrangement», its topics, places and Oslo year', () => {
		const event = { topics: [makeTopic('ia', 'IA-arbeid')], start: '2023-12-31T23:30:00Z' };
		expect(eventSearchFilters(event, [skaun])).toEqual({
			Tema: ['IA-arbeid'],
			Kommune: ['Skaun'],
			Type: ['Arrangement'],
			År: ['2024'],
		});
		expect(eventSearchMeta({ start: '2028-11-02T08:00:00Z', end: '2028-11-02T14:00:00Z' })).toEqual(
			{ date: 'torsdag 2. november 2028 kl. 09.00–15.00', kind: 'Arrangement' },
		);
	});
});
