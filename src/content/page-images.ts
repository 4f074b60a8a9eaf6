/**
 * Registers the image variants a post's page shows outside its body (the main image, the contact
 * portrait) while the store loads. Astro's incremental build may restore a page from the previous
 * build instead of rendering it (src/content/page-keys.ts); the images integration writes only
 * registered variants, so everything a restored page refers to must be registered without it. The
 * body's figures are registered when the store renders the body; the e-mail edition uses the
 * page's variants (src/images/responsive.ts `emailImage`).
 */
import { CONTACT_PORTRAIT_SIZE } from '../consts.ts';
import { portraitImage } from '../images/portrait.ts';
import { responsiveImage } from '../images/responsive.ts';
import type { Figure, Person } from '../sanity/schemas.ts';

/** Registers the main image's responsive variants and the contact's portrait (as Article and ContactCard show them). */
export function registerPageImages(post: {
	mainImage: Figure | null;
	contact?: Person | null | undefined;
}): void {
	if (post.mainImage) responsiveImage(post.mainImage);
	if (post.contact?.image) portraitImage(post.contact.image, CONTACT_PORTRAIT_SIZE);
}
