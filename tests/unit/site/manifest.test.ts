import { describe, expect, test } from 'vitest';
import { webManifest } from '../../../src/site/manifest.ts';

const icon = (size: number) => ({
	url: `/bilder/logo-${size}.png`,
	width: size,
	height: size,
	type: 'image/png',
});
const settings = {
	title: 'KS Trøndelag – nyheter',
	shortName: 'KS Trøndelag',
	description: 'Nyheter.',
	logoImages: {
		header: { src: '', srcset: '', width: 1, height: 1 },
		touchIcon: icon(180),
		icons: [icon(192), icon(512)],
		feed: icon(144),
		publisher: icon(60),
		email: icon(80),
	},
};

describe('webManifest', () => {
	test('names the site, starts at the front page and lists the 192 and 512 px icons', () => {
		expect(webManifest(settings)).toEqual({
			name: 'KS Trøndelag – nyheter',
			short_name: 'KS Trøndelag',
			description: 'Nyheter.',
			lang: 'nb',
			dir: 'ltr',
			start_url: '/',
			scope: '/',
			display: 'browser',
			theme_color: '#0c4459',
			background_color: '#ffffff',
			icons: [
				{ src: '/bilder/logo-192.png', sizes: '192x192', type: 'image/png' },
				{ src: '/bilder/logo-512.png', sizes: '512x512', type: 'image/png' },
			],
		});
	});

	test('falls back to the full title and no icons without a short name or logo', () => {
		const manifest = webManifest({
			title: 'KS',
			shortName: null,
			description: null,
			logoImages: null,
		});
		expect(manifest).toMatchObject({ name: 'KS', short_name: 'KS', icons: [] });
		expect(manifest).not.toHaveProperty('description');
	});
});
