import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { ThemeProvider } from '@sanity/ui';
import { buildTheme } from '@sanity/ui/theme';
import { describe, expect, test } from 'vitest';
import {
	PART_LANGUAGES as SITE_PART_LANGUAGES,
	WRITTEN_STANDARDS as SITE_WRITTEN_STANDARDS,
} from '../../src/lib/languages.ts';
import { analyzeText } from '../../src/lib/plain-language/index.ts';
import { PART_LANGUAGES, WRITTEN_STANDARDS } from '../../sanity-studio/lib/languages.ts';
import { PlainLanguagePanel } from '../../sanity-studio/components/PlainLanguagePanel.tsx';
import { byId, dataset, summer } from './helpers/rule-cases.ts';
import type { StudioDocument } from './helpers/seed.ts';
import { isAdvice, summarize, validateInDataset } from './helpers/validate.ts';

const block = (text: string, key: string) => ({
	_type: 'block',
	_key: key,
	style: 'normal',
	markDefs: [],
	children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
});

const PLAIN = 'Vi ses på møtet i mai. Ta med en venn. Det blir kaffe og kake.';
/** LIX 103: six long words in two sentences of three. */
const HEAVY_LIX =
	'Kommunedirektørutvalget behandlet innstillingen. Fylkesstyret godkjente uttalelsen.';
/** 27 short words in one sentence (LIX 27). */
const LONG_SENTENCE =
	'Vi var der og vi så at de kom og de gikk og vi sa hei og de sa hei og så gikk vi hjem i dag.';
/** LIX 25, two heavy words. */
const HEAVY_WORDS = 'Vi gir bistand til kommunene. Ring oss dersom du lurer.';
/** LIX 42: over the ingress target (40), under the body target (45). */
const LIX_42 = 'Kommunene får bedre tid til arbeidet med planene sine.';

/** A made-up post: plain title, ingress and body unless a test replaces them. */
function post(fields: { body?: string; excerpt?: string; title?: string; language?: string }) {
	return {
		...summer(),
		title: fields.title ?? 'Møte i mai',
		excerpt: fields.excerpt ?? PLAIN,
		body: [block(fields.body ?? PLAIN, 'b1')],
		...(fields.language ? { language: fields.language } : {}),
	} as StudioDocument;
}

async function advice(document: StudioDocument, documents: StudioDocument[] = dataset) {
	const markers = summarize(await validateInDataset(document, documents));
	// The assistant never blocks publishing: every piece of advice is a warning.
	expect(markers.filter((m) => m.message.startsWith('Klarspråk')).every(isAdvice)).toBe(true);
	return markers.filter(isAdvice);
}

const LIX_103 =
	'Klarspråk: LIX 103 (svært vanskelig). Målet er under 45: kortere setninger og kortere ord gjør teksten lettere å lese.';

describe('the plain-language assistant in the Studio', () => {
	test('has nothing to say about a plain text', async () => {
		expect(await advice(post({}))).toEqual([]);
	});

	test('warns when the body’s LIX reaches the target', async () => {
		expect(await advice(post({ body: HEAVY_LIX }))).toEqual([
			{ level: 'warning', path: 'body', message: LIX_103 },
		]);
	});

	test('holds the ingress to its own, lower target (40)', async () => {
		expect(await advice(post({ body: LIX_42, excerpt: LIX_42 }))).toEqual([
			{
				level: 'warning',
				path: 'excerpt',
				message:
					'Klarspråk: LIX 42 (vanskelig). Målet er under 40: kortere setninger og kortere ord gjør teksten lettere å lese.',
			},
		]);
	});

	test('names a sentence over 25 words by its first words', async () => {
		expect(await advice(post({ excerpt: LONG_SENTENCE }))).toEqual([
			{
				level: 'warning',
				path: 'excerpt',
				message:
					'Klarspråk: Én setning har over 25 ord: «Vi var der og vi så …». Del dem gjerne opp.',
			},
		]);
	});

	test('lists heavy words with plainer ones', async () => {
		expect(await advice(post({ body: HEAVY_WORDS }))).toEqual([
			{
				level: 'warning',
				path: 'body',
				message:
					'Klarspråk: Tunge ord – «bistand» (skriv heller «hjelp»), «dersom» (skriv heller «hvis»).',
			},
		]);
	});

	test('warns about a title over 70 characters', async () => {
		const [marker] = await advice(post({ title: 'Dette er en tittel som '.repeat(4) }));
		expect(marker).toMatchObject({ level: 'warning', path: 'title' });
		expect(marker?.message).toMatch(/^Klarspråk: Titler over 70 tegn/);
	});

	test('reads a nynorsk post with the nynorsk list', async () => {
		const text = 'Vi skriv i høve til saka. Dei tek kontakt.';
		expect(await advice(post({ body: text }))).toEqual([]);
		expect(await advice(post({ body: text, language: 'nn' }))).toEqual([
			{
				level: 'warning',
				path: 'body',
				message: 'Klarspråk: Tunge ord – «i høve til» (skriv heller «om, for, mot»).',
			},
		]);
	});

	test('takes the office’s targets and own words from the settings', async () => {
		const settings = {
			...byId('siteSettings'),
			plainLanguage: {
				_type: 'plainLanguageSettings',
				bodyLix: 110,
				extraWords: [
					{ _key: 'w1', _type: 'heavyWord', word: 'kake*', alternative: 'bolle', language: 'nb' },
					{ _key: 'w2', _type: 'heavyWord', word: 'kaffe', alternative: 'te', language: 'nn' },
				],
			},
		};
		const documents = dataset.map((doc) => (doc._id === 'siteSettings' ? settings : doc));
		// LIX 103 is under the office's target 110; «kake» (in the ingress and the body) is its word.
		const kake = 'Klarspråk: Tunge ord – «kake» (skriv heller «bolle»).';
		expect(await advice(post({ body: `${HEAVY_LIX} ${PLAIN}` }), documents)).toEqual([
			{ level: 'warning', path: 'excerpt', message: kake },
			{ level: 'warning', path: 'body', message: kake },
		]);
	});

	test('reads an event’s description too', async () => {
		const event = {
			...byId('event-framtidsfredag-steinkjer-2023'),
			description: [block(HEAVY_WORDS, 'e1')],
		};
		expect((await advice(event)).map((m) => m.path)).toEqual(['description']);
	});
});

describe('PlainLanguagePanel', () => {
	test('shows LIX, band, target and the findings', () => {
		const html = renderToStaticMarkup(
			createElement(
				ThemeProvider,
				{ theme: buildTheme() },
				createElement(PlainLanguagePanel, { report: analyzeText([HEAVY_WORDS]) }),
			),
		);
		expect(html).toContain('Klarspråk: LIX 25 – lett (mål: under 45) · 10 ord · 2 setninger');
		expect(html).toContain('Tunge ord – «bistand» (skriv heller «hjelp»)');
	});
});

describe('the «Språk» annotation', () => {
	const withLang = (lang: string | undefined) => {
		const doc = post({});
		const [first] = doc.body as ReturnType<typeof block>[];
		(first!.markDefs as object[]).push({ _type: 'lang', _key: 'l1', ...(lang ? { lang } : {}) });
		first!.children[0]!.marks.push('l1' as never);
		return doc;
	};

	test.each(['nn', 'se', 'sma', 'smj', 'en'])('accepts «%s»', async (lang) => {
		expect(summarize(await validateInDataset(withLang(lang), dataset))).toEqual([]);
	});

	test('asks for the language', async () => {
		expect(summarize(await validateInDataset(withLang(undefined), dataset))).toContainEqual({
			level: 'error',
			path: 'body.[_key=b1].markDefs.[_key=l1].lang',
			message: 'Velg språket i den merkede teksten.',
		});
	});
});

describe('the settings’ texts', () => {
	test('the description is read by the list of the settings’ own standard', async () => {
		const settings = (language: string) => ({
			...byId('siteSettings'),
			language,
			description: 'Nytt frå KS i høve til kommunane.',
		});
		expect(await advice(settings('nb'))).toEqual([]);
		expect(await advice(settings('nn'))).toEqual([
			{
				level: 'warning',
				path: 'description',
				message: 'Klarspråk: Tunge ord – «i høve til» (skriv heller «om, for, mot»).',
			},
		]);
	});
});

describe('the Studio’s language choices', () => {
	test('offer exactly the codes the site renders', () => {
		expect(PART_LANGUAGES.map((l) => l.value)).toEqual([...SITE_PART_LANGUAGES]);
		expect(WRITTEN_STANDARDS.map((l) => l.value)).toEqual([...SITE_WRITTEN_STANDARDS]);
	});
});
