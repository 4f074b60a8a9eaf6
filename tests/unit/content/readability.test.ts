import { describe, expect, test } from 'vitest';
import { readabilityReport } from '../../../src/content/readability.ts';
import { makePost, paragraph } from '../../helpers/posts.ts';

describe('readabilityReport', () => {
	test('gives each post its LIX and counts for ingress and body', () => {
		const post = makePost('a', {
			title: 'Kort tittel',
			excerpt: 'Vi gir bistand til kommunene.',
			bodyBlocks: paragraph(
				'Kommunedirektørutvalget behandlet innstillingen. Fylkesstyret godkjente uttalelsen.',
			),
		});
		const [entry] = readabilityReport([post], null);
		expect(entry).toEqual({
			id: 'post-a',
			slug: 'a',
			language: 'nb',
			titleLength: 11,
			titleTooLong: false,
			// 5 words, 1 sentence, 2 long («bistand», «kommunene»): 5 + 40 = 45.
			excerpt: {
				lix: 45,
				band: 'vanskelig',
				lixTarget: 40,
				overTarget: true,
				words: 5,
				sentences: 1,
				longWords: 2,
				longSentences: 0,
				heavyWords: 1,
			},
			// 6 words, 2 sentences, all 6 long: 3 + 100 = 103.
			body: {
				lix: 103,
				band: 'svært vanskelig',
				lixTarget: 45,
				overTarget: true,
				words: 6,
				sentences: 2,
				longWords: 6,
				longSentences: 0,
				heavyWords: 0,
			},
		});
	});

	test('reads a nynorsk post with the nynorsk list and the office’s own targets and words', () => {
		const post = makePost('b', {
			language: 'nn',
			excerpt: 'Vi skriv i høve til saka og gjev bistand.',
			bodyBlocks: paragraph('Ein kort tekst.'),
		});
		const [entry] = readabilityReport([post], {
			bodyLix: 30,
			excerptLix: 60,
			extraWords: [
				{ word: 'saka', alternative: 'saken', language: 'nn' },
				{ word: 'tekst', alternative: 'skrift', language: 'nb' },
			],
		});
		expect(entry?.excerpt).toMatchObject({ lixTarget: 60, heavyWords: 3 });
		expect(entry?.body).toMatchObject({ lixTarget: 30, heavyWords: 0 });
	});

	test('flags a title over 70 characters', () => {
		const [entry] = readabilityReport([makePost('c', { title: 'x'.repeat(71) })], null);
		expect(entry).toMatchObject({ titleLength: 71, titleTooLong: true });
	});
});
