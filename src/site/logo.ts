/**
 * The raster logo that machine outputs name: the RSS channel image (144 px square, the widest RSS
 * 2.0 allows), the JSON Feed icon (512 px) and the JSON-LD publisher logo (within 600×60). The image
 * pipeline renders them once from `siteSettings.logo` (src/images/logo.ts); without a logo, outputs
 * leave it out rather than point at an SVG that feed readers and search engines do not accept.
 */
import type { Settings } from '../content/store.ts';
import type { ImageFile } from '../images/responsive.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** Which rendition an output uses. */
export type LogoUse = 'feed' | 'icon' | 'publisher';

/** The site's raster logo for `use`, with an absolute URL; null when the settings have no logo. */
export function siteLogo(
	settings: Pick<Settings, 'logoImages' | 'url'>,
	use: LogoUse,
): ImageFile | null {
	const images = settings.logoImages;
	if (!images) return null;
	const image = use === 'icon' ? images.icons.at(-1) : images[use];
	return image ? { ...image, url: absoluteUrl(image.url, settings.url) } : null;
}
