/**
 * What /nyhetsbrev/ shows: where the sign-up form posts (the publish server's `/abonner`, from
 * NEWSLETTER_PUBLIC_URL or the site's own origin), the choices it offers (municipalities and the
 * county by kommunenummer, the one roles list, the topics) and the past editions: posts sent or
 * written as newsletters that have an e-mail edition in this build, newest first.
 */
import { buildConfig } from '../build-state.ts';
import { getEmailEditionPosts } from '../content/slices.ts';
import { getMunicipalities, getTopics } from '../content/store.ts';
import { ROLES } from '../lib/roles.ts';
import { subscribeUrl } from '../lib/urls.ts';

/** The page's data, decided once. */
export async function newsletterPage() {
	const [municipalities, topics, posts] = await Promise.all([
		getMunicipalities(),
		getTopics(),
		getEmailEditionPosts(),
	]);
	return {
		action: subscribeUrl(buildConfig().newsletterServerUrl),
		municipalities: municipalities.flatMap((m) =>
			m.number ? [{ number: m.number, name: m.name }] : [],
		),
		roles: ROLES.map(({ value, title }) => ({ value, title })),
		topics: topics.map(({ slug, title }) => ({ slug, title })),
		editions: posts.filter((p) => p.kind === 'newsletter' || p.newsletter?.send === true),
	};
}
