/**
 * A contact person's portrait on the contact card: a small square cut around the hotspot (shown
 * round by CSS), as JPEG at 1× and 2× of its CSS size.
 */
import { usesImageCdn, variantJob } from './responsive.ts';
import { registerJob, type ImageContext } from './registry.ts';
import { buildTransform, type ImageSource } from './spec.ts';

export type Portrait = { src: string; srcset: string; size: number };

/** The portrait of `image`, `size` CSS pixels square. */
export function portraitImage(ctx: ImageContext, image: ImageSource, size: number): Portrait {
	const urls = [1, 2].map((density) => {
		const t = buildTransform(image, { width: size * density, height: size * density });
		const url = usesImageCdn(ctx, image.asset)
			? `${t.url}&fm=jpg`
			: registerJob(ctx.registry, variantJob(image.asset, t, 'jpg'));
		return `${url} ${density}x`;
	});
	return { src: urls[0]!.split(' ')[0]!, srcset: urls.join(', '), size };
}
