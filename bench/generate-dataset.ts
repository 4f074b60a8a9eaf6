/**
 * Writes a synthetic Sanity export with N posts (same shape as the seed: figures, lists, links,
 * topics) for the benchmark. Images come from the seed's small fixed pool, copied alongside.
 */
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const SEED = resolve(import.meta.dirname, '..', 'sanity-studio', 'seed', 'production');
const TOPICS = [
	'arhuskompasset',
	'samskaping',
	'fellesloft',
	'torn',
	'ia-arbeid',
	'valglofte2023',
	'frikommuneforsok',
	'folkevalgtprogrammet',
	'debattheftet',
	'arena-trondelag',
];
const WORDS =
	'kommune samskaping utenforskap arbeidsgiver fylke ordfører kommunedirektør helse omsorg oppvekst partssamarbeid nærvær demokrati valg innbygger tjenester omstilling handlingsrom'.split(
		' ',
	);

const span = (text: string, i: number, marks: string[] = []) => ({
	_type: 'span',
	_key: `s${i}`,
	text,
	marks,
});
function paragraph(seed: number, key: string) {
	const words = Array.from({ length: 40 }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length]).join(
		' ',
	);
	return {
		_type: 'block',
		_key: key,
		style: 'normal',
		markDefs: [{ _type: 'link', _key: 'l1', href: 'https://www.ks.no/' }],
		children: [
			span(`${words[0]!.toUpperCase()}${words.slice(1)}. `, 1),
			span('Les mer', 2, ['l1']),
			span(' om saken.', 3),
		],
	};
}

/** Writes the export folder and returns its path. */
export async function generateDataset(dir: string, count: number): Promise<string> {
	await mkdir(dir, { recursive: true });
	await cp(join(SEED, 'images'), join(dir, 'images'), { recursive: true });
	const images = (await readdir(join(dir, 'images'))).filter((f) => f.endsWith('-1600x1067.jpg'));
	const lines: object[] = [
		{
			_id: 'siteSettings',
			_type: 'siteSettings',
			title: 'Benchmark',
			description: 'Syntetiske data.',
			organisation: 'KS',
			url: 'https://bench.example.no',
			defaultCredit: 'KS',
		},
		...TOPICS.map((slug, i) => ({
			_id: `topic-${slug}`,
			_type: 'topic',
			title: `Tema ${slug}`,
			slug: { _type: 'slug', current: slug },
			order: i,
		})),
	];
	const start = Date.parse('2015-01-01T08:00:00Z');
	const step = Math.floor((Date.parse('2026-06-01T08:00:00Z') - start) / Math.max(count, 1));
	for (let i = 0; i < count; i++) {
		const image = images[i % images.length]!;
		lines.push({
			_id: `post-${i}`,
			_type: 'post',
			title: `Nyhet nummer ${i} om ${WORDS[i % WORDS.length]}`,
			slug: { _type: 'slug', current: `nyhet-${i}` },
			kind: i % 25 === 0 ? 'summerGreeting' : 'news',
			publishedAt: new Date(start + i * step).toISOString(),
			excerpt: `Kort ingress for nyhet ${i}.`,
			mainImage: {
				_type: 'figure',
				_sanityAsset: `image@file://./images/${image}`,
				alt: `Illustrasjon ${i}`,
				caption: `Bildetekst ${i}`,
				credit: 'KS',
			},
			body: [
				paragraph(i, 'p1'),
				{
					_type: 'block',
					_key: 'h',
					style: 'h2',
					markDefs: [],
					children: [span('Mellomtittel', 1)],
				},
				paragraph(i + 1, 'p2'),
				paragraph(i + 2, 'p3'),
			],
			topics: [{ _type: 'reference', _key: 't1', _ref: `topic-${TOPICS[i % TOPICS.length]}` }],
		});
	}
	await writeFile(join(dir, 'data.ndjson'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
	return dir;
}
