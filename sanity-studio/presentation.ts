/**
 * The Presentation tool («Presentasjon»): the live preview server (preview/ in the site project)
 * in a frame beside the document, with overlays that open the field under the pointer. The
 * Studio first stores a secret and opens `previewMode.enable` on the preview server, which checks
 * it and starts a preview session. Locations and main documents follow the site's URL map.
 */
import { defineDocuments, defineLocations, presentationTool } from 'sanity/presentation';
import { eventLocations, postLocations, topicLocations } from './lib/locations';

/** The preview server's route that checks the secret (preview/pages/api/preview-mode/enable.ts). */
export const PREVIEW_MODE_ENABLE = '/api/preview-mode/enable';

const select = { title: 'title', slug: 'slug.current' };

/** Each routed type to the pages that show it. */
export const locations = {
	post: defineLocations({ select, resolve: postLocations }),
	topic: defineLocations({ select, resolve: topicLocations }),
	event: defineLocations({ select, resolve: eventLocations }),
};

/** The document a page of the preview is about, so the Studio opens it next to the page. */
export const mainDocuments = defineDocuments([
	{ route: '/nyheter/:slug/', filter: '_type == "post" && slug.current == $slug' },
	{ route: '/tema/:slug/', filter: '_type == "topic" && slug.current == $slug' },
	{ route: '/arrangementer/:slug/', filter: '_type == "event" && slug.current == $slug' },
	{ route: '/', filter: '_type == "siteSettings" && _id == "siteSettings"' },
]);

/** The tool for a preview server at `origin` (SANITY_STUDIO_PREVIEW_URL, see env.ts). */
export function presentation(origin: string) {
	return presentationTool({
		title: 'Presentasjon',
		previewUrl: { initial: origin, previewMode: { enable: PREVIEW_MODE_ENABLE } },
		resolve: { locations, mainDocuments },
	});
}
