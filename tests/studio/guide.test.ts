import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { guidePane } from '../../sanity-studio/components/GuidePane.ts';
import { guideLink } from '../../sanity-studio/lib/guide.ts';

const render = (url: string | undefined) => renderToStaticMarkup(createElement(guidePane(url)));

describe('the editor’s guide in the Studio', () => {
	test('links an http(s) address from SANITY_STUDIO_GUIDE_URL', () => {
		const url = 'https://github.com/ks-trondelag/nyheter/blob/main/docs/redaktor.md';
		expect(guideLink(url)).toEqual({ href: url, text: 'Åpne veiledningen «Slik publiserer du»' });
		const html = render(url);
		expect(html).toContain(`<a href="${url}" target="_blank" rel="noopener noreferrer">`);
		expect(html).toContain('<h2 style="margin-top:0">Slik publiserer du</h2>');
	});

	test.each([undefined, '', 'docs/redaktor.md', 'javascript:alert(1)', 'https://'])(
		'names the file in the repository as text when the address is %j',
		(url) => {
			expect(guideLink(url)).toEqual({
				text: 'Veiledningen ligger i prosjektets kodelager: docs/redaktor.md',
			});
			const html = render(url);
			expect(html).not.toContain('<a ');
			expect(html).toContain('docs/redaktor.md');
		},
	);
});
