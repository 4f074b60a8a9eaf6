/**
 * The design system's promises, measured in Chromium: line length on article pages, the post
 * grid per screen width, the header at 320 px without JavaScript, both colour schemes, reduced
 * motion and images that keep their aspect ratio.
 */
import { expect, test } from 'vitest';
import { useBrowser, visit } from './helpers/browser.ts';

const browser = useBrowser();

test('article body text runs 60–75 characters a line at desktop width', async () => {
	const v = await visit(browser(), '/nyheter/god-sommer-2023/', {
		viewport: { width: 1280, height: 900 },
	});
	try {
		// Characters of every full line (not a paragraph's last) of the body's paragraphs.
		const lines = await v.page.evaluate(() => {
			const counts: number[] = [];
			for (const p of document.querySelectorAll('.article__body p')) {
				const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
				const tops: number[] = [];
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const range = document.createRange();
					for (let i = 0; i < (node.textContent ?? '').length; i++) {
						range.setStart(node, i);
						range.setEnd(node, i + 1);
						const rect = range.getClientRects()[0];
						if (rect) tops.push(Math.round(rect.top));
					}
				}
				const perLine = new Map<number, number>();
				for (const top of tops) perLine.set(top, (perLine.get(top) ?? 0) + 1);
				counts.push(...[...perLine.values()].slice(0, -1));
			}
			return counts.sort((a, b) => a - b);
		});
		expect(lines.length).toBeGreaterThan(5);
		const median = lines[Math.floor(lines.length / 2)]!;
		expect(median).toBeGreaterThanOrEqual(60);
		expect(median).toBeLessThanOrEqual(75);
	} finally {
		await v.close();
	}
});

test.each([
	[390, 1],
	[768, 2],
	[1280, 3],
])(
	'the front page shows its latest posts in a grid: %i px → %i column(s)',
	async (width, columns) => {
		const v = await visit(browser(), '/', { viewport: { width, height: 900 } });
		try {
			const lefts = await v.page.$$eval('.post-list > li', (items) =>
				items.map((li) => Math.round(li.getBoundingClientRect().left)),
			);
			expect(new Set(lefts).size).toBe(columns);
		} finally {
			await v.close();
		}
	},
);

test('at 320 px without JavaScript the header is one row and «Meny» shows every link in full', async () => {
	const v = await visit(browser(), '/', {
		viewport: { width: 320, height: 640 },
		javaScriptEnabled: false,
	});
	try {
		expect(
			await v.page.locator('.site-header').evaluate((h) => (h as HTMLElement).offsetHeight),
		).toBeLessThan(80);
		await v.page.locator('.site-nav__menu summary').click();
		const targets = await v.page.$$eval('.site-header a, .site-header summary', (els) =>
			els
				.filter((el) => el.getClientRects().length > 0)
				.map((el) => {
					const r = el.getBoundingClientRect();
					return {
						text: el.textContent?.trim(),
						fits: r.left >= 0 && r.right <= innerWidth && r.width > 0,
						tall: r.height >= 44,
					};
				}),
		);
		expect(targets.length).toBeGreaterThanOrEqual(6);
		for (const target of targets) expect(target).toMatchObject({ fits: true, tall: true });
	} finally {
		await v.close();
	}
});

test.each([
	['light', (l: number) => l > 0.9],
	['dark', (l: number) => l < 0.05],
] as const)('the %s colour scheme sets the page background', async (colorScheme, ok) => {
	const v = await visit(browser(), '/', { colorScheme });
	try {
		const bg = await v.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const [r = 0, g = 0, b = 0] = (bg.match(/\d+/g) ?? []).map(Number);
		const lin = (c: number) =>
			c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
		expect(ok(0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b))).toBe(true);
	} finally {
		await v.close();
	}
});

test('prefers-reduced-motion turns transitions off', async () => {
	const v = await visit(browser(), '/', { reducedMotion: 'reduce' });
	try {
		const durations = await v.page.$$eval('.post-card, .topic-list a', (els) =>
			els.map((el) => getComputedStyle(el).transitionDuration),
		);
		expect(durations.length).toBeGreaterThan(0);
		expect(new Set(durations)).toEqual(new Set(['0s']));
	} finally {
		await v.close();
	}
});

test('images render at their intrinsic aspect ratio (no layout shift, no distortion)', async () => {
	const v = await visit(browser(), '/nyheter/god-sommer-2023/', {
		viewport: { width: 390, height: 800 },
	});
	try {
		const ratios = await v.page.$$eval('img', (imgs) =>
			imgs.map((img) => {
				const r = img.getBoundingClientRect();
				return Math.abs(
					r.width / r.height -
						Number(img.getAttribute('width')) / Number(img.getAttribute('height')),
				);
			}),
		);
		expect(ratios.length).toBeGreaterThanOrEqual(2);
		for (const diff of ratios) expect(diff).toBeLessThan(0.02);
	} finally {
		await v.close();
	}
});
