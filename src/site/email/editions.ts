/**
 * The e-mail editions of one build: the context every e-mail shares (settings, build clock,
 * unsubscribe placeholder) and each post's edition built once, shared by its `.html` and `.txt`
 * endpoints. Used by the pages and by `npm run email` / `npm run digest` (scripts/).
 */
import { buildConfig } from '../../build-state.ts';
import { getBuiltAt, getEvents, getPosts, getSettings, type Post } from '../../content/store.ts';
import { buildDigestEmail, type Period } from './digest-email.ts';
import { buildPostEmail, type EmailContext, type EmailEdition } from './post-email.ts';

const editions = new WeakMap<Post, Promise<EmailEdition>>();

/** The shared context of this build's e-mails. */
export async function emailContext(): Promise<EmailContext> {
	const [settings, now] = await Promise.all([getSettings(), getBuiltAt()]);
	return { settings, now, unsubscribe: buildConfig().emailUnsubscribe };
}

/** The e-mail edition of `post` (built on first use, then shared). */
export function postEdition(post: Post): Promise<EmailEdition> {
	let edition = editions.get(post);
	if (!edition) {
		edition = emailContext().then((ctx) => buildPostEmail(post, ctx));
		editions.set(post, edition);
	}
	return edition;
}

/** The digest of `period` from this build's posts and events. */
export async function digestEdition(period: Period): Promise<EmailEdition> {
	const [posts, events, settings, ctx] = await Promise.all([
		getPosts(),
		getEvents(),
		getSettings(),
		emailContext(),
	]);
	return buildDigestEmail(period, { posts, events, pin: settings.leadStory }, ctx);
}
