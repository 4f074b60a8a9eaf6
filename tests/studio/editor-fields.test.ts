/** What editors see: the GROQ tool only in development, fields in the tab where they are needed, internal links. */
import { describe, expect, test, vi } from 'vitest';
import { developerPlugins, studioPlugins } from '../../sanity-studio/plugins.ts';
import { newsletter, summer, dataset } from './helpers/rule-cases.ts';
import { faults, studioSchema, validateInDataset } from './helpers/validate.ts';

type Field = { name: string; group?: string | string[]; type: { name: string; hidden?: unknown } };
const postFields = () => (studioSchema.get('post') as unknown as { fields: Field[] }).fields;
const field = (name: string) => postFields().find((f) => f.name === name)!;
const hidden = (name: string, document: Record<string, unknown>, value?: unknown) =>
	(field(name).type.hidden as (ctx: object) => boolean)({ document, parent: document, value });

describe('studioPlugins', () => {
	const names = (extra: Parameters<typeof studioPlugins>[0]) =>
		studioPlugins(extra).map((plugin) => plugin.name);

	test('leaves the GROQ tool (Vision) out of the Studio editors use', () => {
		expect(names([])).not.toContain('@sanity/vision');
		expect(names([])).toEqual(expect.arrayContaining(['sanity/structure']));
	});

	test('adds it with the developer tools (`sanity dev`)', () => {
		expect(names(developerPlugins())).toContain('@sanity/vision');
	});

	test('the workspace adds developer tools only in development mode (process.env.MODE)', async () => {
		const mode = process.env.MODE;
		const load = async () => {
			vi.resetModules();
			const { default: config } = await import('../../sanity-studio/sanity.config.ts');
			return (config as { plugins: Array<{ name: string }> }).plugins.map((p) => p.name);
		};
		try {
			process.env.MODE = 'development';
			expect(await load()).toContain('@sanity/vision');
			process.env.MODE = 'production';
			expect(await load()).not.toContain('@sanity/vision');
		} finally {
			if (mode === undefined) delete process.env.MODE;
			else process.env.MODE = mode;
			vi.resetModules();
		}
	});
});

describe('post fields', () => {
	test('"Svarfrist" and "Kontaktperson" are in the first tab (Innhold), where a newsletter is written', () => {
		for (const name of ['deadline', 'contact']) expect(field(name).group).toContain('content');
	});

	test('"Gjelder alle kommuner i Trøndelag" hides the list of municipalities', () => {
		expect(field('allMunicipalities').type.name).toBe('boolean');
		expect(hidden('municipalities', { allMunicipalities: true })).toBe(true);
		expect(hidden('municipalities', { allMunicipalities: false })).toBe(false);
	});

	test('«Del på Facebook» and «Tekst til Facebook» sit under «Deling og søk»; the text shows when shared', () => {
		const facebook = field('facebook');
		expect([facebook.group, facebook.type.name]).toEqual(['seo', 'facebookShare']);
		const fields = (studioSchema.get('facebookShare') as unknown as { fields: Field[] }).fields;
		const [share, message] = fields as [Field, Field];
		expect([share.name, share.type.name, message.name, message.type.name]).toEqual([
			'share',
			'boolean',
			'message',
			'text',
		]);
		const titles = fields.map((f) => (f.type as { title?: string }).title);
		expect(titles).toEqual(['Del på Facebook', 'Tekst til Facebook']);
		const messageHidden = (parent: object, value?: string) =>
			(message.type.hidden as (ctx: object) => boolean)({ parent, value, document: {} });
		expect(messageHidden({ share: true })).toBe(false);
		expect(messageHidden({ share: false })).toBe(true);
		expect(messageHidden({ share: false }, 'Egen tekst')).toBe(false);
	});

	test('the signature is offered on greetings, and kept visible on any post that has one', () => {
		expect(hidden('signature', { kind: 'summerGreeting' })).toBe(false);
		expect(hidden('signature', { kind: 'christmasGreeting' })).toBe(false);
		expect(hidden('signature', { kind: 'news' })).toBe(true);
		expect(hidden('signature', { kind: 'news' }, 'Regiondirektør')).toBe(false);
	});

	test('the Debattheft newsletter concerns every municipality, with no list', () => {
		const doc = newsletter();
		expect(doc.allMunicipalities).toBe(true);
		expect(doc.municipalities).toBeUndefined();
	});
});

describe('internalLink annotation', () => {
	const withLink = (ref: string | undefined) => {
		const doc = summer();
		const block = doc.body.find((b: { _type: string }) => b._type === 'block');
		block.markDefs = [
			{
				_type: 'internalLink',
				_key: 'il1',
				...(ref ? { reference: { _type: 'reference', _ref: ref } } : {}),
			},
		];
		block.children[0].marks = ['il1'];
		return doc;
	};

	test.each(['post-debattheft-2021', 'topic-torn'])('accepts a link to %s', async (ref) => {
		expect(faults(await validateInDataset(withLink(ref), dataset))).toEqual([]);
	});

	test('requires a target', async () => {
		expect(faults(await validateInDataset(withLink(undefined), dataset))).toContainEqual({
			level: 'error',
			path: expect.stringMatching(/^body\.\[_key=\w+\]\.markDefs\.\[_key=il1\]\.reference$/),
			message: 'Velg saken eller temaet lenken skal gå til.',
		});
	});

	test('may point to posts and topics only', () => {
		const annotation = studioSchema.get('internalLink') as unknown as { fields: Field[] };
		const reference = annotation.fields.find((f) => f.name === 'reference')!.type as unknown as {
			to: Array<{ name: string }>;
		};
		expect(reference.to.map((t) => t.name)).toEqual(['post', 'topic']);
	});

	test('the seed links a post and a topic from body text', () => {
		const refs = dataset
			.flatMap((d) => (Array.isArray(d.body) ? d.body : []))
			.flatMap(
				(b: { markDefs?: Array<{ _type: string; reference?: { _ref: string } }> }) =>
					b.markDefs ?? [],
			)
			.filter((d) => d._type === 'internalLink')
			.map((d) => d.reference?._ref.split('-')[0]);
		expect(new Set(refs)).toEqual(new Set(['post', 'topic']));
	});
});

describe('siteSettings', () => {
	test('a lead-story pin whose end has passed is flagged for the editor', async () => {
		const settings = dataset.find((d) => d._id === 'siteSettings')!;
		const doc = {
			...settings,
			leadStory: {
				post: { _type: 'reference', _ref: 'post-debattheft-2021', _weak: true },
				until: '2021-01-01T00:00:00Z',
			},
		};
		expect(faults(await validateInDataset(doc, dataset))).toEqual([
			{
				level: 'warning',
				path: 'leadStory.until',
				message: 'Tidspunktet er passert: saken er ikke lenger hovedsak.',
			},
		]);
	});

	test('a logo without alt text is an error', async () => {
		const settings = dataset.find((d) => d._id === 'siteSettings')!;
		const doc = { ...settings, logo: { ...(settings.logo as object), alt: '' } };
		expect(faults(await validateInDataset(doc, dataset))).toEqual([
			{
				level: 'error',
				path: 'logo.alt',
				message: 'Skriv hva logoen sier, f.eks. «KS Trøndelag».',
			},
		]);
	});
});
