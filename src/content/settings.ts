/**
 * The site settings, validated once with every fallback reported: the public URL, the default
 * credit and share image, and the logo, checked and rendered once into the rasters that pages,
 * feeds and the web manifest use (src/images/logo.ts).
 */
import { DEFAULT_SITE_URL } from '../consts.ts';
import { checkImages, checkLogo } from '../images/check.ts';
import { logoRenditions, type LogoRenditions } from '../images/logo.ts';
import type { ImageContext } from '../images/registry.ts';
import { contentMessages as m } from '../report/messages.ts';
import type { ContentReport } from '../report/report.ts';
import {
	DEFAULT_CREDIT,
	SITE_SETTINGS_FALLBACKS,
	siteSettingsSchema,
	type SiteSettings,
} from '../sanity/schemas.ts';
import { validateDocument } from '../sanity/validate.ts';
import { normalizeFigure } from './normalize.ts';
import { decideShareImage, type ShareImage } from './share.ts';
import { normalizeSiteUrl } from './source.ts';

export type Settings = SiteSettings & {
	url: string;
	defaultCredit: string;
	/** The share image of pages without their own (from `defaultImage`). */
	share: ShareImage | null;
	/** Raster versions of the logo (root-relative URLs); null without a usable logo. */
	logoImages: LogoRenditions | null;
};

const WHO = { type: 'siteSettings', id: 'siteSettings' };

/** Validates the raw siteSettings document (or its absence) and decides every derived value and image. */
export async function loadSettings(
	raw: unknown,
	report: ContentReport,
	images: ImageContext,
	siteUrl?: string,
): Promise<Settings> {
	if (!raw) report.note(m.noSettings);
	const parsed = validateDocument(
		{ _id: 'siteSettings', title: SITE_SETTINGS_FALLBACKS.title, ...(raw ?? {}) },
		siteSettingsSchema,
		report,
		{ type: 'siteSettings', required: [], fallbacks: SITE_SETTINGS_FALLBACKS },
	)!;
	// The logo is checked on its own: SVG is what a logo should be, not a warning.
	const { logo: rawLogo, ...rest } = parsed;
	const checked = await checkImages(rest, WHO, report, images);
	const logo = rawLogo ? await checkLogo(rawLogo, 'logo', WHO, report, images) : null;
	if (logo && !logo.alt?.trim()) report.warn(WHO.type, WHO.id, 'logo.alt', m.logoMissingAlt);
	const defaultCredit =
		parsed.defaultCredit?.trim() || parsed.organisation?.trim() || DEFAULT_CREDIT;
	const url = normalizeSiteUrl(siteUrl?.trim() || parsed.url || DEFAULT_SITE_URL);
	const defaultImage = checked.defaultImage
		? normalizeFigure(checked.defaultImage, 'defaultImage', WHO.id, WHO.type, {
				report,
				defaultCredit,
			})
		: null;
	const share = defaultImage ? await decideShareImage(images, defaultImage, url) : null;
	return {
		...checked,
		logo,
		defaultCredit,
		url,
		defaultImage,
		share,
		logoImages: logo ? logoRenditions(images, logo) : null,
	};
}

/** The short name that follows page titles ("Sakstittel – KS Trøndelag"): shortName, else the title. */
export const siteShortName = (settings: Pick<SiteSettings, 'title' | 'shortName'>): string =>
	settings.shortName?.trim() || settings.title;
