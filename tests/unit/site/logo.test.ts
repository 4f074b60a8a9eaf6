import { describe, expect, test } from 'vitest';
import { siteLogo } from '../../../src/site/logo.ts';
import { logoImages, settings, SITE } from '../../helpers/posts.ts';

describe('siteLogo', () => {
	test.each([
		{ use: 'feed', expected: { url: `${SITE}/bilder/logo-144x144.png`, width: 144, height: 144 } },
		{ use: 'icon', expected: { url: `${SITE}/bilder/logo-512x512.png`, width: 512, height: 512 } },
		{
			use: 'publisher',
			expected: { url: `${SITE}/bilder/logo-300x60.png`, width: 300, height: 60 },
		},
	] as const)('is the $use rendition with an absolute URL', ({ use, expected }) => {
		expect(siteLogo({ ...settings, logoImages }, use)).toEqual({ ...expected, type: 'image/png' });
	});

	test('is null without a logo', () => {
		expect(siteLogo({ ...settings, logoImages: null }, 'feed')).toBeNull();
	});
});
