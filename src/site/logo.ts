/**
 * The raster logo that machine outputs name (RSS channel image, JSON-LD publisher logo). The image
 * pipeline renders it from `siteSettings.logo` (DESIGN.md "Logo"); without one, outputs leave the
 * logo out rather than point at an SVG that RSS readers and search engines do not accept.
 */
import type { Settings } from '../content/store.ts';

/** A raster logo: absolute URL, pixel size and MIME type. */
export type SiteLogo = { url: string; width: number; height: number; type?: string | undefined };

const isSiteLogo = (value: unknown): value is SiteLogo => {
	const v = value as Partial<SiteLogo> | null | undefined;
	return (
		typeof v?.url === 'string' &&
		/^https?:\/\//.test(v.url) &&
		typeof v.width === 'number' &&
		typeof v.height === 'number'
	);
};

/** The site's raster logo when the settings carry one, else null (outputs then omit it). */
export function siteLogo(settings: Settings): SiteLogo | null {
	// TODO(lead): the identity branch adds the logo's raster renditions to the store's settings;
	// read that field here (one place) once it is merged. Until then no logo is named.
	const logo = (settings as Settings & { logo?: unknown }).logo;
	return isSiteLogo(logo) ? logo : null;
}
