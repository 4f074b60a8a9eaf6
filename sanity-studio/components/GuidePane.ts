import { createElement as h } from 'react';
import { guideLink } from '../lib/guide';

const TOPICS =
	'Veiledningen forklarer hvordan du skriver en sak, legger ved bilder og filer, fester en ' +
	'hovedsak, planlegger publisering, forhåndsviser, sender nyhetsbrev og deler på Facebook, ' +
	'hva du ser etter publisering og hva du gjør når et bygg feiler.';

/**
 * The structure pane «Slik publiserer du»: what the editor's guide covers and a link to it
 * (`url` is SANITY_STUDIO_GUIDE_URL; see lib/guide.ts for when it is shown as text only).
 * Written without JSX so the Studio's tests load it as plain TypeScript.
 */
export function guidePane(url: string | undefined) {
	const link = guideLink(url);
	return function GuidePane() {
		return h(
			'section',
			{ style: { padding: '1.25rem', maxWidth: '40rem', lineHeight: 1.5 } },
			h('h2', { style: { marginTop: 0 } }, 'Slik publiserer du'),
			h('p', null, TOPICS),
			h(
				'p',
				null,
				link.href
					? h('a', { href: link.href, target: '_blank', rel: 'noopener noreferrer' }, link.text)
					: link.text,
			),
		);
	};
}
