import { describe, expect, test } from 'vitest';
import { resolveInternalLinks } from '../../../src/content/internal-links.ts';
import { renderBody } from '../../../src/render/portable-text.ts';
import { ContentReport } from '../../../src/report/report.ts';

const now = new Date('2026-11-30T09:00:00Z');
const targets = new Map([
	['post-a', '/nyheter/a/'],
	['topic-torn', '/tema/torn/'],
]);
const linkBlock = (key: string, target: unknown) => ({
	_type: 'block',
	_key: key,
	style: 'normal',
	markDefs: [{ _type: 'internalLink', _key: 'l1', target }],
	children: [
		{ _type: 'span', text: 'Les ', marks: [] },
		{ _type: 'span', text: 'denne saken', marks: ['l1'] },
	],
});
const body = [
	{ _type: 'block', _key: 'b0', style: 'normal', markDefs: [], children: [] },
	linkBlock('b1', { _id: 'post-a', _type: 'post', slug: 'a', publishedAt: '2026-01-01T00:00:00Z' }),
	linkBlock('b2', { _id: 'topic-torn', _type: 'topic', slug: 'torn' }),
	linkBlock('b3', null),
	linkBlock('b4', {
		_id: 'post-later',
		_type: 'post',
		slug: 'later',
		publishedAt: '2099-06-20T08:00:00Z',
	}),
	linkBlock('b5', {
		_id: 'post-broken',
		_type: 'post',
		slug: 'x',
		publishedAt: '2026-01-01T00:00:00Z',
	}),
];

function resolve() {
	const report = new ContentReport();
	const resolved = resolveInternalLinks(body, targets, { type: 'post', id: 'p1', report, now });
	const html = renderBody(resolved, { type: 'post', id: 'p1', report });
	const lines = report.warnings.map((w) => `${w.path}: ${w.reason}`);
	return { resolved, html, lines };
}

describe('resolveInternalLinks', () => {
	test('links a published post and a topic through their site paths', () => {
		const { html } = resolve();
		expect(html).toContain('<p>Les <a href="/nyheter/a/">denne saken</a></p>');
		expect(html).toContain('<p>Les <a href="/tema/torn/">denne saken</a></p>');
	});

	test('renders a link to anything not published in this build as plain text', () => {
		const { html } = resolve();
		expect(html.match(/<a /g)).toHaveLength(2);
		expect(html.match(/<p>Les denne saken<\/p>/g)).toHaveLength(3);
	});

	test('reports each unpublished target with its path and the reason', () => {
		expect(resolve().lines).toEqual([
			'body[3].markDefs[0]: lenken går til en sak eller et tema som ikke er publisert (bare utkast, eller slettet); vist som tekst',
			'body[4].markDefs[0]: lenken går til en sak som er planlagt publisert 20. juni 2099; vist som tekst til da',
			'body[5].markDefs[0]: lenken går til en sak som ikke kan vises (se over); vist som tekst',
		]);
	});

	test('keeps blocks without internal links as they are, and drops the dereferenced target', () => {
		const { resolved } = resolve();
		expect(resolved[0]).toBe(body[0]);
		expect((resolved[1] as { markDefs: unknown[] }).markDefs).toEqual([
			{ _type: 'internalLink', _key: 'l1', href: '/nyheter/a/' },
		]);
	});
});
