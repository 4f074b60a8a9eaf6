import { describe, expect, test } from 'vitest';
import { siteLogo } from '../../../src/site/logo.ts';
import { settings, SITE } from '../../helpers/posts.ts';

describe('siteLogo', () => {
	test('is the raster logo of the settings when they carry one with an absolute URL and size', () => {
		const logo = { url: `${SITE}/bilder/logo-144x144.png`, width: 144, height: 144 };
		expect(siteLogo({ ...settings, logo } as typeof settings)).toEqual(logo);
	});

	test.each([
		{ name: 'no logo', logo: undefined },
		{ name: 'a relative URL', logo: { url: '/logo.png', width: 1, height: 1 } },
		{ name: 'no size', logo: { url: `${SITE}/logo.png` } },
	])('is null for $name', ({ logo }) => {
		expect(siteLogo({ ...settings, logo } as typeof settings)).toBeNull();
	});
});
