/**
 * Writes the embedded dataset to sanity-studio/seed/production/ in Sanity's export format
 * (data.ndjson + assets.json + images/ + files/). Run with `npm run seed:generate`; the result is
 * committed, so builds never run this.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
	makeDocx,
	makePdf,
	writeFileAsset,
	writeImage,
	writeSvg,
	type SeedAsset,
} from './seed/assets.ts';
import { logoSvg } from './seed/logo.ts';
import { seedDocuments } from './seed/documents.ts';
import { resetKeys } from './seed/portable-text.ts';

const OUT = join(import.meta.dirname, '..', 'sanity-studio', 'seed', 'production');
const NOW_STAMP = '2026-11-25T12:00:00Z';

const IMAGES: Record<
	string,
	{ hue: number; people?: number; width?: number; height?: number; portrait?: boolean }
> = {
	kommunedirektorene: { hue: 205, people: 9 },
	'bentzen-brix': { hue: 30, people: 2 },
	'sommer-2021': { hue: 190 },
	'sommer-2022': { hue: 150, people: 4 },
	'sommer-2024': { hue: 220 },
	'sommer-2026': { hue: 45 },
	'jul-2023': { hue: 210, width: 1600, height: 900 },
	standardbilde: { hue: 200, width: 1200, height: 630 },
	'portrett-kari-nordvik': { hue: 25, width: 800, height: 800, portrait: true },
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
				...(o.portrait ? { portrait: true } : {}),
			}),
		);
	}
	images.set('logo', await writeSvg(OUT, 'ks-trondelag-logo.svg', logoSvg()));
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

	const docs = seedDocuments({ images, files });

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
