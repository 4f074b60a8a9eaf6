/**
 * Where the Presentation tool finds a document on the site ("Brukt på N sider"): the same paths
 * the site builds (src/lib/urls.ts), so a post opens at /nyheter/<slug>/, a topic at
 * /tema/<slug>/ and an event at /arrangementer/<slug>/. A document without a slug has no page
 * yet; the editor is told so. Pure functions, used by presentation.ts.
 */
import type { DocumentLocation, DocumentLocationsState } from 'sanity/presentation';
import { eventUrl, eventsUrl, homeUrl, postUrl, topicUrl } from '../../src/lib/urls';

/** The fields the resolvers read (Presentation's `select`). */
export type LocatedDocument = { title?: string | null; slug?: string | null } | null;

const HOME: DocumentLocation = { title: 'Forsiden', href: homeUrl() };
const EVENTS: DocumentLocation = { title: 'Arrangementer', href: eventsUrl() };

/** What to say when a document has no address yet. */
export const NO_SLUG_MESSAGE =
	'Dokumentet har ingen adresse ennå. Lag en slug for å se det på nettstedet.';

function locate(
	doc: LocatedDocument,
	path: (slug: string) => string,
	also: readonly DocumentLocation[],
): DocumentLocationsState | null {
	if (!doc) return null;
	if (!doc.slug) return { message: NO_SLUG_MESSAGE, tone: 'caution' };
	const own = { title: doc.title?.trim() || 'Uten tittel', href: path(doc.slug) };
	return { locations: [own, ...also] };
}

/** A post: its own page, and the front page that lists the newest posts. */
export const postLocations = (doc: LocatedDocument) => locate(doc, postUrl, [HOME]);
/** A topic: its page (topicUrl gives page 1). */
export const topicLocations = (doc: LocatedDocument) => locate(doc, (slug) => topicUrl(slug), []);
/** An event: its page, and the list of events. */
export const eventLocations = (doc: LocatedDocument) => locate(doc, eventUrl, [EVENTS]);
