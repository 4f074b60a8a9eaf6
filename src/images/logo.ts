/**
 * The raster versions of the organisation's logo (siteSettings.logo, SVG or any image): the
 * header image at 1×–3×, and on the brand colour the square icons cut around the logo's hotspot
 * (apple-touch-icon, web-manifest icons, the RSS channel image) and the whole logo for JSON-LD.
 * Rasterising also means an uploaded SVG is never served from the site's origin, where a script
 * inside it could run if opened directly.
 */
import { BRAND_COLOR, LOGO_HEADER_HEIGHT } from '../consts.ts';
import { mimeType } from '../lib/mime.ts';
import { registerJob, type ImageContext } from './registry.ts';
import { usesImageCdn, variantJob, type ImageFile } from './responsive.ts';
import { buildTransform, cropRect, type ImageSource, type Transform } from './spec.ts';

/** One raster file: root-relative URL (or CDN URL), pixel size and MIME type. */

export type LogoRenditions = {
	/** The header's `<img>`: transparent PNG, LOGO_HEADER_HEIGHT CSS px tall, 1×–3× in srcset. */
	header: { src: string; srcset: string; width: number; height: number };
	/** 180×180, for `<link rel="apple-touch-icon">` (Apple: square PNG, no transparency). */
	touchIcon: ImageFile;
	/** 192×192 and 512×512, the sizes a web manifest needs for install prompts and splash screens. */
	icons: ImageFile[];
	/** 144×144, the widest image RSS 2.0 allows in a channel's `<image>`. */
	feed: ImageFile;
	/** The whole logo within 600×60, for schema.org's `publisher.logo`. */
	publisher: ImageFile;
};

/** Square icon sizes, in pixels. */
const TOUCH_ICON = 180;
const MANIFEST_ICONS = [192, 512] as const;
const FEED_IMAGE = 144;
const PUBLISHER_BOX = { width: 600, height: 60 };

const PNG = mimeType('png');

function render(
	ctx: ImageContext,
	logo: ImageSource,
	t: Transform,
	background?: string,
): ImageFile {
	const size = { width: t.width, height: t.height, type: PNG };
	if (usesImageCdn(ctx, logo.asset)) {
		const bg = background ? `&bg=${background.replace('#', '')}` : '';
		return { url: `${t.url}&fm=png${bg}`, ...size };
	}
	const job = variantJob(logo.asset, t, 'png', { background });
	return { url: registerJob(ctx.registry, job), ...size };
}

/** A square icon of `size` px, cut around the hotspot, on the brand colour. */
const square = (ctx: ImageContext, logo: ImageSource, size: number) =>
	render(ctx, logo, buildTransform(logo, { width: size, height: size }), BRAND_COLOR);

/** Every raster version of the logo (registered with the image pipeline, written at build end). */
export function logoRenditions(ctx: ImageContext, logo: ImageSource): LogoRenditions {
	const rect = cropRect(logo);
	const aspect = rect.width / rect.height;
	const headerWidth = Math.round(LOGO_HEADER_HEIGHT * aspect);
	const header = [1, 2, 3].map((density) => ({
		density,
		image: render(ctx, logo, buildTransform(logo, { width: headerWidth * density })),
	}));
	const publisherWidth = Math.min(PUBLISHER_BOX.width, Math.round(PUBLISHER_BOX.height * aspect));
	return {
		header: {
			src: header[0]!.image.url,
			srcset: header.map(({ density, image }) => `${image.url} ${density}x`).join(', '),
			width: headerWidth,
			height: header[0]!.image.height,
		},
		touchIcon: square(ctx, logo, TOUCH_ICON),
		icons: MANIFEST_ICONS.map((size) => square(ctx, logo, size)),
		feed: square(ctx, logo, FEED_IMAGE),
		publisher: render(ctx, logo, buildTransform(logo, { width: publisherWidth }), BRAND_COLOR),
	};
}
