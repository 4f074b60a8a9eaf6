/** The Studio's newsletter fields: «E-post» on a post, the audience type and its roles list. */
import { describe, expect, test } from 'vitest';
import { ROLES } from '../../src/lib/roles.ts';
import { schemaTypes } from '../../sanity-studio/schemaTypes/index.ts';

type Field = {
	name: string;
	title?: string;
	description?: string;
	group?: string;
	type: string;
	options?: { list?: Array<{ value: string; title: string }> };
};
const typeOf = (name: string) =>
	schemaTypes.find((t) => t.name === name) as unknown as {
		fields: Field[];
		groups?: Array<{ name: string; title: string }>;
	};
const field = (type: string, name: string) => typeOf(type).fields.find((f) => f.name === name)!;

describe('newsletter fields in the Studio', () => {
	test('a post has an «E-post» group holding «Send som nyhetsbrev», «Mottakere», subject and preheader', () => {
		expect(typeOf('post').groups).toContainEqual({ name: 'email', title: 'E-post' });
		expect(field('post', 'newsletter')).toMatchObject({ type: 'newsletterSend', group: 'email' });
		expect(typeOf('newsletterSend').fields.map((f) => [f.name, f.title])).toEqual([
			['send', 'Send som nyhetsbrev'],
			['audiences', 'Mottakere'],
			['subject', 'Emne'],
			['preheader', 'Forhåndstekst'],
		]);
		// the help text says what it does and when
		expect(field('newsletterSend', 'send').description).toMatch(
			/én gang, etter at nettstedet er laget på nytt/,
		);
	});

	test('an audience offers exactly the roles of the one roles list', () => {
		expect(field('audience', 'roles').options?.list).toEqual(
			ROLES.map(({ value, title }) => ({ value, title })),
		);
		expect(typeOf('audience').fields.map((f) => f.name)).toEqual([
			'title',
			'slug',
			'roles',
			'allMunicipalities',
			'municipalities',
			'topics',
		]);
		expect(field('audience', 'allMunicipalities').title).toBe('Alle kommuner');
	});
});
