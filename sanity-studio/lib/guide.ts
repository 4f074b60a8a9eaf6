import { GUIDE_PATH } from '../env';

/** The Studio's pointer to the editor's guide: a link when `href` is set, else text only. */
export interface GuideLink {
	href?: string;
	text: string;
}

/**
 * The guide's link from SANITY_STUDIO_GUIDE_URL: an absolute http(s) address becomes a link;
 * anything else (unset, a bare path, `javascript:`) names the guide's file in the repository as
 * text, so the Studio never shows a link that cannot open.
 */
export function guideLink(url: string | undefined): GuideLink {
	if (url && /^https?:\/\/[^\s/]/i.test(url.trim())) {
		return { href: url.trim(), text: 'Åpne veiledningen «Slik publiserer du»' };
	}
	return { text: `Veiledningen ligger i prosjektets kodelager: ${GUIDE_PATH}` };
}
