/**
 * The suite's own probes, run on small broken pages, must report the faults they look for;
 * otherwise a green run would prove nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { useBrowser } from './helpers/browser.ts';
import { emailClientErrors, emailProblems, linksMissingFromText } from '../helpers/email.ts';
import { styleDependentLayout } from './helpers/email-layout.ts';
import { focusIndicatorProblem } from './helpers/focus.ts';
import { horizontalOverflow, overflowingText } from './helpers/overflow.ts';
import { brokenWords } from './helpers/word-breaks.ts';

const browser = useBrowser();
let context: BrowserContext;
let page: Page;
beforeEach(async () => {
	context = await browser().newContext({ viewport: { width: 320, height: 640 } });
	page = await context.newPage();
});
afterEach(async () => {
	await context.close();
});

const html = (body: string, css = '') =>
	`<!doctype html><html lang="nb"><head><title>Prøve</title><style>${css}</style></head><body><main>${body}</main></body></html>`;

describe('focusIndicatorProblem', () => {
	test.each([
		['no outline', 'a:focus-visible { outline: none; }', /no focus outline/],
		[
			'a ring that is too faint',
			'a:focus-visible { outline: 3px solid #eeeeee; }',
			/contrast 1\.\d/,
		],
	])('reports %s', async (_name, css, expected) => {
		await page.setContent(html('<a href="#x">Lenke</a>', css));
		await page.keyboard.press('Tab');
		expect(await focusIndicatorProblem(page)).toMatch(expected);
	});

	test('accepts a 3 px ring with enough contrast', async () => {
		await page.setContent(
			html('<a href="#x">Lenke</a>', 'a:focus-visible { outline: 3px solid #c3410c; }'),
		);
		await page.keyboard.press('Tab');
		expect(await focusIndicatorProblem(page)).toBeNull();
	});
});

describe('overflow probes', () => {
	test('horizontalOverflow reports a box wider than the viewport', async () => {
		await page.setContent(html('<div style="width: 500px">Bred</div>'));
		expect(await horizontalOverflow(page)).toBeGreaterThan(0);
	});

	test('overflowingText reports text cut off inside its box', async () => {
		await page.setContent(
			html(
				'<p style="width: 100px; white-space: nowrap; overflow: hidden">Kommunedirektørene i Trøndelag</p>',
			),
		);
		expect(await overflowingText(page)).toHaveLength(1);
	});
});

test('axe reports an image without alternative text', async () => {
	await page.setContent(
		html('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1">'),
	);
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(violations.map((v) => v.id)).toContain('image-alt');
});

test('axe reports empty headings, skipped heading levels and a page without an h1', async () => {
	await page.setContent(html('<h2>Del</h2><h4>Hopper over h3</h4><h3></h3>'));
	const { violations } = await new AxeBuilder({ page })
		.withRules(['empty-heading', 'heading-order', 'page-has-heading-one'])
		.analyze();
	expect(violations.map((v) => v.id).sort()).toEqual([
		'empty-heading',
		'heading-order',
		'page-has-heading-one',
	]);
});

describe('e-mail probes', () => {
	const email = (body: string, head = '') =>
		`<!doctype html><html lang="nb"><head><title>E</title><meta name="x-edition" content="email"><meta name="robots" content="noindex">${head}</head><body><div role="article"><h1>E</h1>${body}</div></body></html>`;

	test('emailProblems reports a script, a relative image and a web font', () => {
		const problems = emailProblems(
			email(
				'<script>x()</script><img src="/bilder/a.jpg">',
				'<link rel="stylesheet" href="https://fonts.googleapis.com/css">',
			),
			'https://trondelag.example.no',
		);
		expect(problems).toEqual(
			expect.arrayContaining([
				'has <script>',
				'has <link> (external CSS or fonts)',
				'img src not absolute on https://trondelag.example.no: /bilder/a.jpg',
				'img without alt: /bilder/a.jpg',
			]),
		);
	});

	test('emailClientErrors reports inline CSS that Outlook does not support', () => {
		expect(emailClientErrors(email('<div style="display:flex;position:absolute">x</div>'))).toEqual(
			expect.arrayContaining([expect.stringContaining('outlook.windows')]),
		);
	});

	test('linksMissingFromText reports a link the text part lacks', () => {
		expect(linksMissingFromText(email('<a href="https://a.no/x">x</a>'), 'x')).toEqual([
			'https://a.no/x',
		]);
	});

	test('styleDependentLayout reports content sized only by a <style> element', async () => {
		await page.setViewportSize({ width: 700, height: 600 });
		await page.setContent(
			email(
				'<p class="n">Smal tekst som brytes over flere linjer i en smal kolonne.</p>',
				'<style>.n { width: 120px }</style>',
			),
		);
		expect((await styleDependentLayout(page)).length).toBeGreaterThan(0);
	});
});

describe('brokenWords', () => {
	const css = 'p { width: 6em; overflow-wrap: break-word; font-size: 20px; }';
	test('reports a word cut at an arbitrary letter', async () => {
		await page.setContent(html('<p>Folkevalgtprogrammet</p>', css));
		expect(await brokenWords(page, 'p')).toEqual(['Folkevalgtprogrammet in <p class="">']);
	});

	test('reports a name broken at its hyphen, unless hyphen breaks are allowed', async () => {
		await page.setContent(html('<p>Om IA-arbeidsavtalen</p>', css));
		expect(await brokenWords(page, 'p')).toEqual(['IA-arbeidsavtalen in <p class="">']);
		expect(await brokenWords(page, 'p', 'parts')).toEqual([]);
	});

	test('reports nothing when every word fits its line', async () => {
		await page.setContent(html('<p>Fire korte ord her</p>', css));
		expect(await brokenWords(page, 'p')).toEqual([]);
	});
});
