/**
 * Turn seed specs into Sanity export documents: figures with a `_sanityAsset`, references and
 * posts. Each builder draws its `_key`s from the shared counter, so the call order decides the
 * keys in the generated dataset.
 */
import type { SeedAsset } from './assets.ts';
import { COUNTY, MUNICIPALITIES } from './municipalities.ts';
import { key } from './portable-text.ts';
import type { FigureSpec, PostSpec } from './types.ts';

/** The generated images and files, by their seed name. */
export type SeedAssets = { images: Map<string, SeedAsset>; files: Map<string, SeedAsset> };

/** A figure object; `withKey` when it sits in an array (a post body). */
export function figure({ images }: SeedAssets, f: FigureSpec, withKey: boolean) {
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
}

/** A keyed reference, as an item of a reference array. */
export const ref = (id: string) => ({ _type: 'reference', _ref: id, _key: key('r') });

/** The document id of a municipality (or the county) by its name. */
export function muniId(name: string): string {
	if (name === COUNTY[1]) return `municipality-${COUNTY[0]}`;
	const m = MUNICIPALITIES.find(([, n]) => n === name);
	if (!m) throw new Error(`unknown municipality ${name}`);
	return `municipality-${m[0]}`;
}

/** A post document; `id` differs from the spec's for a draft (`drafts.<id>`). */
export function postDoc(assets: SeedAssets, s: PostSpec, id = s.id) {
	return {
		_id: id,
		_type: 'post',
		_createdAt: s.publishedAt,
		_updatedAt: s.publishedAt,
		_rev: key('rev'),
		title: s.title,
		slug: { _type: 'slug', current: s.slug },
		kind: s.kind,
		...(s.language ? { language: s.language } : {}),
		publishedAt: s.publishedAt,
		excerpt: s.excerpt,
		...(s.mainImage ? { mainImage: figure(assets, s.mainImage, false) } : {}),
		body: s.body.flatMap((item): object[] => {
			if (Array.isArray(item)) return item;
			if ('figure' in item) return [figure(assets, item.figure, true)];
			if ('attachment' in item) {
				const f = assets.files.get(item.attachment.file);
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
		...(s.allMunicipalities ? { allMunicipalities: true } : {}),
		...(s.municipalities ? { municipalities: s.municipalities.map((m) => ref(muniId(m))) } : {}),
		...(s.contact ? { contact: { _type: 'reference', _ref: s.contact } } : {}),
		...(s.deadline ? { deadline: s.deadline } : {}),
		...(s.signature ? { signature: s.signature } : {}),
		...(s.facebook ? { facebook: { _type: 'facebookShare', ...s.facebook } } : {}),
		...(s.newsletter
			? {
					newsletter: {
						_type: 'newsletterSend',
						...s.newsletter,
						// Keys from the ids, so adding a newsletter does not shift every later generated key.
						audiences: s.newsletter.audiences.map((id) => ({
							_type: 'reference',
							_ref: id,
							_key: id.slice(-12),
						})),
					},
				}
			: {}),
	};
}
