import { createElement } from 'react';
import { describe, expect, test } from 'vitest';
import { guidePane } from '../../sanity-studio/components/GuidePane.ts';
import { guideLink } from '../../sanity-studio/lib/guide.ts';
import { readTree } from './helpers/react-tree.ts';

/** The pane's output for a SANITY_STUDIO_GUIDE_URL value. */
const render = (url: string | undefined) => readTree(guidePane(url)());

describe('the editor’s guide in the Studio', () => {
	test('links an http(s) address from SANITY_STUDIO_GUIDE_URL, in a new tab', () => {
		const url = 'https://github.com/ks-trondelag/nyheter/blob/main/docs/redaktor.md';
		expect(guideLink(url)).toEqual({ href: url, text: 'Åpne veiledningen «Slik publiserer du»' });
		const pane = render(url);
		expect(pane.tags).toEqual(['section', 'h2', 'p', 'p', 'a']);
		expect(pane.links).toEqual([
			{
				href: url,
				target: '_blank',
				rel: 'noopener noreferrer',
				children: 'Åpne veiledningen «Slik publiserer du»',
			},
		]);
		expect(pane.text).toMatch(/^Slik publiserer du Veiledningen forklarer hvordan du skriver/);
	});

	test.each([undefined, '', 'docs/redaktor.md', 'javascript:alert(1)', 'https://'])(
		'names the file in the repository as text when the address is %j',
		(url) => {
			expect(guideLink(url)).toEqual({
				text: 'Veiledningen ligger i prosjektets kodelager: docs/redaktor.md',
			});
			const pane = render(url);
			expect(pane.links).toEqual([]);
			expect(pane.text).toContain('Veiledningen ligger i prosjektets kodelager: docs/redaktor.md');
		},
	);

	test('the pane is a component the Studio can mount', () => {
		expect(createElement(guidePane(undefined)).type).toBeTypeOf('function');
	});
});
