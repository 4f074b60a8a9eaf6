/** The web app manifest's content (W3C Web Application Manifest §3), from the settings. */
import { BRAND_COLOR, SITE_LANG } from '../consts.ts';
import { siteShortName, type Settings } from '../content/settings.ts';
import { homeUrl } from '../lib/urls.ts';

/** Names, start URL, colours and the 192/512 px icons (when the settings have a logo). */
export function webManifest(
	settings: Pick<Settings, 'title' | 'shortName' | 'description' | 'logoImages'>,
) {
	return {
		name: settings.title,
		short_name: siteShortName(settings),
		...(settings.description ? { description: settings.description } : {}),
		lang: SITE_LANG,
		dir: 'ltr',
		start_url: homeUrl(),
		scope: homeUrl(),
		display: 'browser',
		theme_color: BRAND_COLOR,
		background_color: '#ffffff',
		icons: (settings.logoImages?.icons ?? []).map((icon) => ({
			src: icon.url,
			sizes: `${icon.width}x${icon.height}`,
			type: icon.type,
		})),
	};
}
