/**
 * The live preview keeps each request's store to that request (Astro.locals): two editors whose
 * requests overlap, each with other drafts, are each shown their own. Rendered with Astro's
 * container API, the shared post page of the preview server (preview/pages/nyheter/[slug].astro).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import { buildStore, type Store } from '../../../src/content/store.ts';
import { postsQuery, siteSettingsQuery } from '../../../src/sanity/queries.ts';
import PreviewPost from '../../../preview/pages/nyheter/[slug].astro';
import { fakeSource, NOW } from '../../helpers/content.ts';

/** A drafts store whose one post, `utkast`, has the title `title`. */
const draftStore = (title: string): Promise<Store> =>
	buildStore(
		fakeSource({
			[siteSettingsQuery]: { title: 'KS Trøndelag' },
			[postsQuery]: [
				{
					_id: 'drafts.utkast',
					_type: 'post',
					title,
					slug: 'utkast',
					kind: 'news',
					publishedAt: '2026-11-01T08:00:00Z',
					excerpt: 'Ingress.',
					body: [],
				},
			],
		}),
		{ now: NOW, preview: true },
	);

/** A promise and the function that settles it. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	const promise = new Promise<T>((done) => (resolve = done));
	return { promise, resolve };
}

describe('the live preview, two requests at once', () => {
	test('each request renders from its own store, whichever loads last', async () => {
		const container = await AstroContainer.create();
		const [kari, ola] = await Promise.all([
			draftStore('Kari sitt utkast'),
			draftStore('Ola sitt utkast'),
		]);
		// Kari's request starts first, but her store arrives only after Ola's request has started.
		const late = deferred<Store>();
		const render = (store: Promise<Store>) =>
			container.renderToString(PreviewPost, {
				params: { slug: 'utkast' },
				locals: { store },
			});
		const first = render(late.promise);
		const second = render(Promise.resolve(ola));
		await new Promise((done) => setTimeout(done, 0));
		late.resolve(kari);
		const [karis, olas] = await Promise.all([first, second]);
		expect(karis).toContain('Kari sitt utkast');
		expect(karis).not.toContain('Ola sitt utkast');
		expect(olas).toContain('Ola sitt utkast');
		expect(olas).not.toContain('Kari sitt utkast');
	});
});
