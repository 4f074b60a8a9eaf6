/** Small hand-made store values for unit tests of outputs (feeds, JSON-LD, sitemap, search). */
import type { ShareImage } from '../../src/content/share.ts';
import type { MunicipalityEntry, Post, Settings, TopicEntry } from '../../src/content/store.ts';

export const SITE = 'https://trondelag.example.no';

/** Raster renditions of a logo as the image pipeline names them (root-relative). */
export const logoImages: NonNullable<Settings['logoImages']> = {
	header: {
		src: '/bilder/logo-120x40.png',
		srcset: '/bilder/logo-120x40.png 1x',
		width: 120,
		height: 40,
	},
	touchIcon: { url: '/bilder/logo-180x180.png', width: 180, height: 180, type: 'image/png' },
	icons: [
		{ url: '/bilder/logo-192x192.png', width: 192, height: 192, type: 'image/png' },
		{ url: '/bilder/logo-512x512.png', width: 512, height: 512, type: 'image/png' },
	],
	feed: { url: '/bilder/logo-144x144.png', width: 144, height: 144, type: 'image/png' },
	publisher: { url: '/bilder/logo-300x60.png', width: 300, height: 60, type: 'image/png' },
};

export const settings: Settings = {
	title: 'KS Trøndelag – nyheter',
	description: 'Nyheter fra KS Trøndelag.',
	organisation: 'KS',
	url: SITE,
	defaultCredit: 'KS',
	language: 'nb',
	share: null,
	logoImages: null,
};

/** A share image with a caption and credit. */
export const share = (name: string, fields: Partial<ShareImage> = {}): ShareImage => ({
	url: `${SITE}/bilder/${name}-1200x630-0123456789.jpg`,
	width: 1200,
	height: 630,
	alt: 'Kommunedirektørene. Foto: KS',
	caption: 'Kommunedirektørene i Trøndelag.',
	credit: 'KS',
	type: 'image/jpeg',
	bytes: 20_000,
	...fields,
});

export const skaun = { _id: 'municipality-5029', name: 'Skaun', slug: 'skaun', number: '5029' };
export const melhus = { _id: 'municipality-5028', name: 'Melhus', slug: 'melhus', number: '5028' };
export const county = {
	_id: 'municipality-50',
	name: 'Trøndelag fylkeskommune',
	slug: 'trondelag-fylkeskommune',
	number: '50',
};

/** One portable-text paragraph; a `{text, href}` part is a link to a site path (a topic link). */
export function paragraph(...parts: Array<string | { text: string; href: string }>): unknown[] {
	const markDefs = parts.flatMap((part, i) =>
		typeof part === 'string' ? [] : [{ _key: `m${i}`, _type: 'topicLink', href: part.href }],
	);
	const children = parts.map((part, i) =>
		typeof part === 'string'
			? { _type: 'span', _key: `s${i}`, text: part, marks: [] }
			: { _type: 'span', _key: `s${i}`, text: part.text, marks: [`m${i}`] },
	);
	return [{ _type: 'block', _key: 'p1', style: 'normal', markDefs, children }];
}

/** A published post; `slug` decides its path and URL. */
export function makePost(slug: string, fields: Partial<Post> = {}): Post {
	const publishedAt = fields.publishedAt ?? '2023-06-23T08:00:00Z';
	return {
		_id: `post-${slug}`,
		_type: 'post',
		_updatedAt: null,
		title: `Sak ${slug}`,
		slug,
		kind: 'news',
		language: 'nb',
		publishedAt,
		excerpt: `Ingress for ${slug}.`,
		shareOnFacebook: false,
		facebookText: `Ingress for ${slug}.`,
		scheduled: false,
		mainImage: null,
		body: [],
		bodyBlocks: paragraph('Brødtekst med ', { text: 'lenke', href: '/tema/samskaping/' }, '.'),
		bodyHtml: `<p>Brødtekst med <a class="hashtag" href="/tema/samskaping/">lenke</a>.</p>`,
		topics: [{ _id: 'topic-samskaping', title: 'Samskaping', slug: 'samskaping' }],
		municipalities: [],
		allMunicipalities: false,
		contact: null,
		deadline: null,
		seo: null,
		publishedTime: Date.parse(publishedAt),
		year: Number(publishedAt.slice(0, 4)),
		path: `/nyheter/${slug}/`,
		url: `${SITE}/nyheter/${slug}/`,
		share: null,
		updatedAt: publishedAt,
		deadlineStatus: null,
		...fields,
	};
}

/** A topic entry with its posts. */
export const makeTopic = (slug: string, title: string, posts: Post[] = []): TopicEntry => ({
	_id: `topic-${slug}`,
	title,
	slug,
	description: null,
	posts,
});

/** A municipality entry with its posts. */
export const makeMunicipality = (
	m: { _id: string; name: string; slug: string; number: string },
	posts: Post[] = [],
): MunicipalityEntry => ({
	...m,
	kind: m.number.length === 2 ? 'county' : 'municipality',
	posts,
});
