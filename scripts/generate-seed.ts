/**
 * Writes the embedded dataset to sanity-studio/seed/production/ in Sanity's export format
 * (data.ndjson + assets.json + images/ + files/). Run with `npm run seed:generate`; the result is
 * committed, so builds never run this.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDocx, makePdf, writeFileAsset, writeImage, type SeedAsset } from './seed/assets.ts';
import { greetings } from './seed/greetings.ts';
import { COUNTY, MUNICIPALITIES, slugify } from './seed/municipalities.ts';
import { news } from './seed/news.ts';
import { key, p, resetKeys } from './seed/portable-text.ts';
import { TOPICS } from './seed/topics.ts';
import type { FigureSpec, PostSpec } from './seed/types.ts';

const OUT = join(import.meta.dirname, '..', 'sanity-studio', 'seed', 'production');
const NOW_STAMP = '2026-11-25T12:00:00Z';

const IMAGES: Record<string, { hue: number; people?: number; width?: number; height?: number }> = {
	kommunedirektorene: { hue: 205, people: 9 },
	'bentzen-brix': { hue: 30, people: 2 },
	'sommer-2021': { hue: 190 },
	'sommer-2022': { hue: 150, people: 4 },
	'sommer-2024': { hue: 220 },
	'sommer-2026': { hue: 45 },
	'jul-2023': { hue: 210, width: 1600, height: 900 },
	standardbilde: { hue: 200, width: 1200, height: 630 },
};

async function main() {
	resetKeys();
	await rm(OUT, { recursive: true, force: true });
	await mkdir(OUT, { recursive: true });

	const images = new Map<string, SeedAsset>();
	for (const [name, o] of Object.entries(IMAGES)) {
		images.set(
			name,
			await writeImage(OUT, `${name}.jpg`, {
				width: o.width ?? 1600,
				height: o.height ?? 1067,
				hue: o.hue,
				people: o.people ?? 0,
			}),
		);
	}
	const files = new Map<string, SeedAsset>([
		[
			'debattheft-2021',
			await writeFileAsset(
				OUT,
				'Debattheft 2021.pdf',
				'pdf',
				'application/pdf',
				makePdf([
					'Debattheft 2021 - KS spør',
					'Omstilling i koronaens tid',
					'',
					'Har kommunesektoren tilstrekkelig handlingsrom for omstilling?',
					'Hvordan kan vi sammen forhindre og bekjempe ungt utenforskap?',
					'',
					'Eksempelfil generert for dette prosjektet.',
				]),
			),
		],
		[
			'mal-debattheft-2021',
			await writeFileAsset(
				OUT,
				'Mal til sektoren om debattheft 2021.docx',
				'docx',
				'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
				makeDocx([
					'Mal til sektoren om debattheft 2021',
					'Forslag til saksframlegg for behandling av debattheftet 2021 – KS spør.',
					'Eksempelfil generert for dette prosjektet.',
				]),
			),
		],
	]);

	const figure = (f: FigureSpec, withKey: boolean) => {
		const asset = images.get(f.image);
		if (!asset) throw new Error(`unknown seed image ${f.image}`);
		return {
			_type: 'figure',
			...(withKey ? { _key: key('f') } : {}),
			_sanityAsset: asset.ref,
			...(f.crop ? { crop: { _type: 'sanity.imageCrop', ...f.crop } } : {}),
			...(f.hotspot ? { hotspot: { _type: 'sanity.imageHotspot', ...f.hotspot } } : {}),
			alt: f.alt,
			...(f.caption ? { caption: f.caption } : {}),
			credit: f.credit ?? 'KS',
		};
	};
	const ref = (id: string) => ({ _type: 'reference', _ref: id, _key: key('r') });
	const muniId = (name: string) => {
		if (name === COUNTY[1]) return `municipality-${COUNTY[0]}`;
		const m = MUNICIPALITIES.find(([, n]) => n === name);
		if (!m) throw new Error(`unknown municipality ${name}`);
		return `municipality-${m[0]}`;
	};

	const postDoc = (s: PostSpec, id = s.id) => ({
		_id: id,
		_type: 'post',
		_createdAt: s.publishedAt,
		_updatedAt: s.publishedAt,
		_rev: key('rev'),
		title: s.title,
		slug: { _type: 'slug', current: s.slug },
		kind: s.kind,
		publishedAt: s.publishedAt,
		excerpt: s.excerpt,
		...(s.mainImage ? { mainImage: figure(s.mainImage, false) } : {}),
		body: s.body.flatMap((item): object[] => {
			if (Array.isArray(item)) return item;
			if ('figure' in item) return [figure(item.figure, true)];
			if ('attachment' in item) {
				const f = files.get(item.attachment.file);
				if (!f) throw new Error(`unknown seed file ${item.attachment.file}`);
				return [
					{
						_type: 'attachment',
						_key: key('a'),
						file: { _type: 'file', _sanityAsset: f.ref },
						title: item.attachment.title,
						...(item.attachment.description ? { description: item.attachment.description } : {}),
					},
				];
			}
			return [item];
		}),
		topics: s.topics.map((t) => ref(`topic-${t}`)),
		...(s.municipalities ? { municipalities: s.municipalities.map((m) => ref(muniId(m))) } : {}),
		...(s.contact ? { contact: { _type: 'reference', _ref: s.contact } } : {}),
		...(s.deadline ? { deadline: s.deadline } : {}),
	});

	const docs: object[] = [
		{
			_id: 'siteSettings',
			_type: 'siteSettings',
			title: 'KS Trøndelag – nyheter',
			description:
				'Nyheter, sommerhilsener og nyhetsbrev fra KS Trøndelag til kommunene og fylkeskommunen i Trøndelag.',
			organisation: 'KS',
			url: 'https://trondelag.example.no',
			facebookUrl: 'https://www.facebook.com/',
			defaultImage: figure(
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
		},
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
		...[...greetings, ...news]
			.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
			.map((s) => postDoc(s)),
		// Never in a build: an unpublished draft, and a post scheduled far in the future.
		postDoc(
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
		postDoc({
			id: 'post-planlagt-2099',
			title: 'PLANLAGT: Sommerhilsen 2099',
			slug: 'sommerhilsen-2099',
			kind: 'summerGreeting',
			publishedAt: '2099-06-20T08:00:00Z',
			excerpt: 'Planlagt innlegg langt fram i tid.',
			body: [p('Denne hilsenen er planlagt.')],
			topics: ['samskaping'],
		}),
	];

	await writeFile(join(OUT, 'data.ndjson'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
	const assets: Record<string, object> = {};
	for (const a of [...images.values(), ...files.values()]) {
		const [kind, rest] = a.path.split('/');
		const hash = (rest ?? '').split(/[-.]/)[0];
		assets[`${kind === 'images' ? 'image' : 'file'}-${hash}`] = {
			originalFilename: a.originalFilename,
			mimeType: a.mimeType,
			_updatedAt: NOW_STAMP,
		};
	}
	await writeFile(join(OUT, 'assets.json'), JSON.stringify(assets, null, 2) + '\n');
	console.log(
		`seed: ${docs.length} documents, ${images.size} images, ${files.size} files → ${OUT}`,
	);
}

await main();
