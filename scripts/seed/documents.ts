/**
 * The seed dataset's documents in data.ndjson order: site settings, topics, people,
 * municipalities, then the posts by publication date and two that never reach a build.
 */
import { figure, postDoc, type SeedAssets } from './builders.ts';
import { audienceDocuments } from './audiences.ts';
import { eventDocuments } from './events.ts';
import { greetings } from './greetings.ts';
import { logoHotspot } from './logo.ts';
import { COUNTY, MUNICIPALITIES, slugify } from './municipalities.ts';
import { news } from './news.ts';
import { nynorsk } from './nynorsk.ts';
import { p } from './portable-text.ts';
import { TOPICS } from './topics.ts';

/** The placeholder logo (an SVG), its hotspot on the emblem that becomes the square icons. */
function logo({ images }: SeedAssets) {
	const asset = images.get('logo');
	if (!asset) throw new Error('the seed logo is missing');
	const width = Number(/-(\d+)x\d+\.svg$/.exec(asset.path)?.[1]);
	return {
		_type: 'image',
		_sanityAsset: asset.ref,
		hotspot: { _type: 'sanity.imageHotspot', ...logoHotspot(width) },
		alt: 'KS Trøndelag',
	};
}

/** The siteSettings singleton. */
function siteSettings(assets: SeedAssets) {
	return {
		_id: 'siteSettings',
		_type: 'siteSettings',
		title: 'KS Trøndelag – nyheter',
		shortName: 'KS Trøndelag',
		description:
			'Nyheter, sommerhilsener og nyhetsbrev fra KS Trøndelag til kommunene og fylkeskommunen i Trøndelag.',
		organisation: 'KS',
		url: 'https://trondelag.example.no',
		mainSiteUrl: 'https://www.ks.no/',
		facebookUrl: 'https://www.facebook.com/kstrondelag',
		// Fictional office details: an invented address, an @example.no address and number.
		contact: {
			address: 'KS Trøndelag\nEksempelgata 1\n7010 Trondheim',
			email: 'trondelag@example.no',
			phone: '+4740000002',
		},
		responsibleEditor: 'Ingrid Fjellheim',
		logo: logo(assets),
		defaultImage: figure(
			assets,
			{
				image: 'standardbilde',
				alt: 'Landskap i Trøndelag i blått lys.',
				caption: 'KS Trøndelag',
				credit: 'KS',
			},
			false,
		),
		defaultCredit: 'KS',
		accessibility: {
			_type: 'accessibilitySettings',
			conformance: 'WCAG 2.1 AA',
			knownLimitations:
				'Vedlegg i PDF- og Word-format er ikke alltid universelt utformet. Ta kontakt hvis du trenger et vedlegg i et annet format.',
			feedbackEmail: 'tilgjengelighet@example.no',
		},
		newsletter: {
			_type: 'newsletterSettings',
			senderName: 'KS Trøndelag',
			smtpProvider: 'Microsoft (Microsoft 365, datasenter i EU)',
		},
	};
}

/** Every document of the seed dataset; call once per run, after `resetKeys()`. */
export function seedDocuments(assets: SeedAssets): object[] {
	return [
		siteSettings(assets),
		...TOPICS.map(([slug, title, description], i) => ({
			_id: `topic-${slug}`,
			_type: 'topic',
			title,
			slug: { _type: 'slug', current: slug },
			description,
			order: i + 1,
		})),
		{
			_id: 'person-kari-nordvik',
			_type: 'person',
			name: 'Kari Nordvik',
			role: 'Seniorrådgiver',
			email: 'kari.nordvik@example.no',
			phone: '+4740000000',
			image: figure(
				assets,
				{
					image: 'portrett-kari-nordvik',
					alt: 'Portrett av Kari Nordvik.',
					caption: 'Kari Nordvik, seniorrådgiver i KS Trøndelag.',
					hotspot: { x: 0.5, y: 0.45, width: 0.6, height: 0.6 },
				},
				false,
			),
		},
		{
			_id: 'person-ola-brekken',
			_type: 'person',
			name: 'Ola Brekken',
			role: 'Kommunikasjonsrådgiver',
			email: 'ola.brekken@example.no',
			phone: '+4740000001',
		},
		{
			_id: `municipality-${COUNTY[0]}`,
			_type: 'municipality',
			name: COUNTY[1],
			slug: { _type: 'slug', current: slugify(COUNTY[1]) },
			number: COUNTY[0],
			kind: 'county',
		},
		...MUNICIPALITIES.map(([number, name]) => ({
			_id: `municipality-${number}`,
			_type: 'municipality',
			name,
			slug: { _type: 'slug', current: slugify(name) },
			number,
			kind: 'municipality',
		})),
		...audienceDocuments(),
		...[...greetings, ...news, ...nynorsk]
			.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
			.map((s) => postDoc(assets, s)),
		// Never in a build: an unpublished draft, and a post scheduled far in the future.
		postDoc(
			assets,
			{
				id: 'post-hostmote-2026',
				title: 'UTKAST: Høstmøtet 2026',
				slug: 'hostmote-2026-utkast',
				kind: 'news',
				publishedAt: '2026-09-01T08:00:00Z',
				excerpt: 'Utkast som ikke skal publiseres.',
				body: [p('Dette er et utkast.')],
				topics: ['samskaping'],
			},
			'drafts.post-hostmote-2026',
		),
		postDoc(assets, {
			id: 'post-planlagt-2099',
			title: 'PLANLAGT: Sommerhilsen 2099',
			slug: 'sommerhilsen-2099',
			kind: 'summerGreeting',
			publishedAt: '2099-06-20T08:00:00Z',
			excerpt: 'Planlagt innlegg langt fram i tid.',
			body: [p('Denne hilsenen er planlagt.')],
			topics: ['samskaping'],
			// Marked for Facebook, and still never in /facebook.xml before its time.
			facebook: { share: true },
		}),
		...eventDocuments(),
	];
}
