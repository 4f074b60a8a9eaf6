/**
 * Every image a post or event shows, decided once while the store loads: the main image's and the
 * body figures' pictures and the contact's portrait, each recorded in the store's image registry.
 * Pages, feeds and e-mails read the decided URLs (src/render/figure.ts), so a page Astro's
 * incremental build restores instead of rendering still has its files written.
 */
import { CONTACT_PORTRAIT_SIZE } from '../consts.ts';
import { portraitImage, type Portrait } from '../images/portrait.ts';
import type { ImageContext } from '../images/registry.ts';
import { responsiveImage, type ShownFigure } from '../images/responsive.ts';
import type { Figure, Person } from '../sanity/schemas.ts';

/** A contact with the portrait it is shown with (null without a usable image). */
export type ShownPerson = Person & { portrait: Portrait | null };

type Shown<T> = Omit<T, 'mainImage' | 'contact'> & {
	mainImage: ShownFigure | null;
	contact?: ShownPerson | null;
};

/** `figure` with its picture decided. */
export const showFigure = (ctx: ImageContext, figure: Figure): ShownFigure => ({
	...figure,
	picture: responsiveImage(ctx, figure),
});

/** Portable text with each figure's picture decided (other blocks, and holes, as they are). */
export const showBlocks = <B>(ctx: ImageContext, blocks: readonly B[]): B[] =>
	blocks.map((block) => {
		const node = block as { _type?: unknown; asset?: unknown } | null;
		return node?._type === 'figure' && node.asset ? (showFigure(ctx, node as Figure) as B) : block;
	});

/** The post with its main image, body figures and contact portrait decided. */
export function showPostImages<
	T extends {
		mainImage?: Figure | null | undefined;
		body: readonly unknown[];
		contact?: Person | null | undefined;
	},
>(ctx: ImageContext, post: T): Shown<T> {
	const { contact } = post;
	return {
		...post,
		mainImage: post.mainImage ? showFigure(ctx, post.mainImage) : null,
		body: showBlocks(ctx, post.body) as T['body'],
		...(contact !== undefined && {
			contact: contact && {
				...contact,
				portrait: contact.image ? portraitImage(ctx, contact.image, CONTACT_PORTRAIT_SIZE) : null,
			},
		}),
	};
}
