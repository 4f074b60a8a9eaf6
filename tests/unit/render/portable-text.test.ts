import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { invalidFieldMessage } from '../../../src/report/messages.ts';
import { ContentReport } from '../../../src/report/report.ts';
import { renderAttachment, renderBody } from '../../../src/render/portable-text.ts';
import type { Attachment } from '../../../src/sanity/schemas.ts';
import { shownBlocks } from '../../helpers/images.ts';

type Fixture = { input: unknown[]; output: string; warnings?: string[] };

const fixtures = Object.entries(
	import.meta.glob<Fixture>('../../fixtures/[0-9][0-9][0-9]-*.ts', { eager: true }),
).map(([path, fixture]) => ({ name: path.replace(/^.*\/|\.ts$/g, ''), ...fixture }));

/**
 * Reduces each <figure> to what the body guarantees (image alt and size, figcaption text), so the
 * image markup itself (src, srcset, <picture>), which images.ts owns, may change.
 */
function describeFigures(html: string): string {
	return html.replace(/<figure\b[\s\S]*?<\/figure>/g, (figure) => {
		const root = parse(figure);
		const imgs = root.querySelectorAll('img');
		const img = imgs[0];
		const caption = root.querySelector('figcaption')?.textContent ?? null;
		return `<figure imgs=${imgs.length} alt=${JSON.stringify(img?.getAttribute('alt'))} size=${img?.getAttribute('width')}x${img?.getAttribute('height')} caption=${JSON.stringify(caption)}>`;
	});
}

const warningsOf = (report: ContentReport) =>
	report.warnings.map((i) => invalidFieldMessage(i.type, i.id, i.path, i.reason));

describe('renderBody', () => {
	test('has fixtures to run', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(12);
	});

	test.each(fixtures)('renders $name', ({ input, output, warnings }) => {
		const report = new ContentReport();
		const html = renderBody(shownBlocks(input), { type: 'post', id: 'pt-fixture', report });
		expect(describeFigures(html)).toBe(describeFigures(output));
		if (warnings) expect(warningsOf(report)).toEqual(warnings);
	});

	test('renders a figure with its caption and the credit as "Foto: KS"', () => {
		const fixture = fixtures.find((f) => f.name.startsWith('008-'))!;
		const html = renderBody(shownBlocks(fixture.input), {
			type: 'post',
			id: 'x',
			report: new ContentReport(),
		});
		const figure = parse(html).querySelector('figure');
		expect(figure?.querySelector('figcaption')?.textContent).toBe(
			'Tina Øllgaard Bentzen og Jacob Brix om ledelse av samskapelse. Foto: KS',
		);
		expect(figure?.querySelector('img')?.getAttribute('alt')).toBe(
			'Tina Øllgaard Bentzen og Jacob Brix står foran en forsamling.',
		);
	});

	test('names the document in every warning', () => {
		const fixture = fixtures.find((f) => f.name.startsWith('007-'))!;
		const report = new ContentReport();
		renderBody(shownBlocks(fixture.input), { type: 'post', id: 'post-abc', report });
		expect(report.warnings.length).toBeGreaterThan(0);
		expect(report.warnings.every((w) => w.id === 'post-abc' && w.type === 'post')).toBe(true);
	});

	test('renders an empty body as an empty string without warnings', () => {
		const report = new ContentReport();
		expect(renderBody([], { type: 'post', id: 'x', report })).toBe('');
		expect(report.issues).toEqual([]);
	});
});

describe('renderAttachment', () => {
	const attachment = (
		file: Partial<Attachment['file']>,
		extra: Partial<Attachment> = {},
	): Attachment => ({
		_key: 'a',
		_type: 'attachment',
		title: 'Debattheft 2021',
		file: {
			_id: 'file-3f67acfe66a26f3b345e47c7d5b34d56975615c0-pdf',
			url: 'file:///x/files/3f67acfe66a26f3b345e47c7d5b34d56975615c0.pdf',
			...file,
		},
		...extra,
	});

	test.each([
		{ extension: 'pdf', size: 240_000, meta: '(PDF, 240 kB)' },
		{ extension: 'docx', size: 1_500, meta: '(Word, 2 kB)' },
		{ extension: 'xlsx', size: 1_200_000, meta: '(Excel, 1,2 MB)' },
		{ extension: 'odt', size: 500, meta: '(ODT, 500 B)' },
		{ extension: 'pdf', size: 0, meta: '(PDF)' },
	])('shows the type and size of a $extension as "$meta"', ({ extension, size, meta }) => {
		const link = parse(renderAttachment(attachment({ extension, size })));
		expect(link.querySelector('.attachment__meta')?.textContent).toBe(meta);
	});

	test('opens the file under its title (a PDF in the browser) and offers a separate download', () => {
		const root = parse(
			renderAttachment(
				attachment({ extension: 'pdf', size: 1011, originalFilename: 'Debattheft 2021.pdf' }),
			),
		);
		const href = '/vedlegg/3f67acfe66a26f3b345e47c7d5b34d56975615c0/debattheft-2021.pdf';
		const open = root.querySelector('a.attachment__link');
		expect(open?.textContent).toBe('Debattheft 2021');
		expect(open?.hasAttribute('download')).toBe(false);
		expect(open?.getAttribute('href')).toBe(href);
		const download = root.querySelector('a.attachment__download');
		expect(download?.hasAttribute('download')).toBe(true);
		expect(download?.getAttribute('href')).toBe(href);
		// "Last ned" is what is seen; the title makes the link's name unique on the page.
		expect(download?.textContent).toBe('Last ned Debattheft 2021');
	});

	test('links an API file to its CDN URL', () => {
		const url =
			'https://cdn.sanity.io/files/abc/production/3f67acfe66a26f3b345e47c7d5b34d56975615c0.pdf';
		const root = parse(renderAttachment(attachment({ url, extension: 'pdf', size: 1011 })));
		expect(root.querySelector('a')?.getAttribute('href')).toBe(url);
	});

	test('adds the description when there is one', () => {
		const html = renderAttachment(
			attachment({ extension: 'pdf', size: 1011 }, { description: 'KS spør' }),
		);
		expect(parse(html).querySelector('.attachment__description')?.textContent).toBe('KS spør');
		expect(renderAttachment(attachment({ extension: 'pdf', size: 1011 }))).not.toContain(
			'attachment__description',
		);
	});
});
