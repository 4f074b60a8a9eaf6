import { describe, expect, test } from 'vitest';
import {
	concerns,
	groupMunicipalities,
	loadMunicipalities,
	municipalitiesOf,
	sortByName,
} from '../../../src/content/municipalities.ts';
import { ContentReport } from '../../../src/report/report.ts';
import { county, makePost, melhus, skaun } from '../../helpers/posts.ts';
import { issues } from '../../helpers/content.ts';

const named = makePost('named', { municipalities: [skaun] });
const all = makePost('all', { allMunicipalities: true, municipalities: [] });
const none = makePost('none');

describe('concerns and municipalitiesOf', () => {
	test('a post concerns the places it names, and an "all municipalities" post concerns every one', () => {
		expect(concerns(named, skaun)).toBe(true);
		expect(concerns(named, melhus)).toBe(false);
		expect(concerns(all, melhus)).toBe(true);
		expect(concerns(all, county)).toBe(true);
		expect(concerns(none, skaun)).toBe(false);
		expect(municipalitiesOf(named, [skaun, melhus, county])).toEqual([skaun]);
		expect(municipalitiesOf(all, [skaun, melhus, county])).toEqual([skaun, melhus, county]);
	});
});

describe('loadMunicipalities', () => {
	const raw = [
		{ ...skaun, kind: 'municipality' },
		{
			_id: 'municipality-5058',
			name: 'Åfjord',
			slug: 'afjord',
			number: '5058',
			kind: 'municipality',
		},
		{
			_id: 'municipality-5057',
			name: 'Ørland',
			slug: 'orland',
			number: '5057',
			kind: 'municipality',
		},
		{ ...county, kind: 'county' },
		{ _id: 'municipality-bad', name: 'Uten nummer', slug: 'uten-nummer', number: 'x', kind: 'by' },
		{ _id: 'municipality-noslug', name: 'Uten slug', number: '5000', kind: 'municipality' },
	];

	test('attaches the posts that concern each, newest first, and sorts by name the Norwegian way', () => {
		const report = new ContentReport();
		const list = loadMunicipalities(raw, [named, all, none], report);
		expect(list.map((m) => m.name)).toEqual([
			'Skaun',
			'Trøndelag fylkeskommune',
			'Uten nummer',
			'Ørland',
			'Åfjord',
		]);
		expect(list.find((m) => m.slug === 'skaun')?.posts).toEqual([named, all]);
		expect(list.find((m) => m.slug === 'afjord')?.posts).toEqual([all]);
		expect(list.find((m) => m.slug === 'trondelag-fylkeskommune')?.kind).toBe('county');
	});

	test('falls back on a bad number or kind and skips a municipality without slug, naming each', () => {
		const report = new ContentReport();
		const list = loadMunicipalities(raw, [], report);
		expect(list.find((m) => m._id === 'municipality-bad')).toMatchObject({
			number: null,
			kind: 'municipality',
		});
		expect(issues(report, 'warnings').join('\n')).toMatch(/municipality municipality-bad number/);
		expect(issues(report, 'warnings').join('\n')).toMatch(/municipality municipality-bad kind/);
		expect(issues(report, 'skipped')).toEqual([
			expect.stringMatching(/^municipality municipality-noslug slug: /),
		]);
	});
});

describe('groupMunicipalities', () => {
	test('puts the county first, then one group per first letter with Æ, Ø, Å last', () => {
		const list = sortByName([
			{ name: 'Åfjord', kind: 'municipality' as const },
			{ name: 'Ørland', kind: 'municipality' as const },
			{ name: 'Oppdal', kind: 'municipality' as const },
			{ name: 'Osen', kind: 'municipality' as const },
			{ name: 'Trøndelag fylkeskommune', kind: 'county' as const },
			{ name: 'Frøya', kind: 'municipality' as const },
		]);
		expect(groupMunicipalities(list).map((g) => [g.key, g.items.map((m) => m.name)])).toEqual([
			['county', ['Trøndelag fylkeskommune']],
			['F', ['Frøya']],
			['O', ['Oppdal', 'Osen']],
			['Ø', ['Ørland']],
			['Å', ['Åfjord']],
		]);
	});
});
