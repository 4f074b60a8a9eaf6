/** The assets a build's pages refer to (local ones are copied into dist/ at the end of the build). */
import type { Asset } from '../sanity/schemas.ts';
import type { Settings } from './settings.ts';
import type { Post } from './store.ts';

type WithAssets = Partial<Pick<Post, 'mainImage' | 'seo'>> & {
	body?: readonly unknown[];
	descriptionBlocks?: readonly unknown[];
};

/** Every asset of the settings and `docs` (main, SEO and body images, attachments), once each. */
export function collectAssets(settings: Settings, docs: readonly WithAssets[]): Asset[] {
	const byId = new Map<string, Asset>();
	const add = (a: Asset | undefined | null) => a && byId.set(a._id, a);
	add(settings.defaultImage?.asset);
	for (const p of docs) {
		add(p.mainImage?.asset);
		add(p.seo?.image?.asset);
		for (const b of p.body ?? p.descriptionBlocks ?? []) {
			const block = b as { asset?: Asset; file?: Asset };
			add(block.asset ?? block.file);
		}
	}
	return [...byId.values()];
}
