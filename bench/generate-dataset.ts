/**
 * Writes a synthetic Sanity export (untarred `sanity dataset export` layout: data.ndjson,
 * assets.json, images/) of N posts for the benchmark. Settings, topics, municipalities, people and
 * the JPEG pool come from the embedded seed; the posts from synthetic-posts.ts.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SEED_DIR, type SeedPool } from './seed-pool.ts';
import { syntheticEvents } from './synthetic-events.ts';
import type { BodyBlock, Figure, Span, SyntheticPost } from './synthetic-posts.ts';

/** A Sanity figure field (mainImage without `_key`, body figures with one). */
function toFigure(figure: Figure, key?: string) {
	return {
		_type: 'figure',
		...(key ? { _key: key } : {}),
		_sanityAsset: `image@file://./images/${figure.image}`,
		alt: figure.alt,
		caption: figure.caption,
		credit: 'KS',
	};
}

function toSpans(spans: Span[]) {
	const markDefs: Array<{ _type: 'link'; _key: string; href: string }> = [];
	const children = spans.map((span, i) => {
		const marks = span.strong ? ['strong'] : [];
		if (span.href) {
			const _key = `l${markDefs.length}`;
			markDefs.push({ _type: 'link', _key, href: span.href });
			marks.push(_key);
		}
		return { _type: 'span', _key: `s${i}`, text: span.text, marks };
	});
	return { markDefs, children };
}

/** One portable-text block for a model block. */
function toPortableText(block: BodyBlock, index: number) {
	const _key = `b${index}`;
	switch (block.type) {
		case 'figure':
			return toFigure(block, _key);
		case 'heading':
			return { _type: 'block', _key, style: 'h2', ...toSpans([{ text: block.text }]) };
		case 'bullet':
			return {
				_type: 'block',
				_key,
				style: 'normal',
				listItem: 'bullet',
				level: 1,
				...toSpans([{ text: block.text }]),
			};
		case 'paragraph':
			return { _type: 'block', _key, style: 'normal', ...toSpans(block.spans) };
	}
}

const ref = (id: string, i: number) => ({ _type: 'reference', _key: `r${i}`, _ref: id });

/** A post as a line of data.ndjson (`_rev` as an export has it; the one-post rebuild changes it). */
export function toSanityPost(post: SyntheticPost) {
	return {
		_id: post.id,
		_type: 'post',
		_createdAt: post.publishedAt,
		_updatedAt: post.publishedAt,
		_rev: `rev${post.id.replace(/\D/g, '')}`,
		title: post.title,
		slug: { _type: 'slug', current: post.slug },
		kind: post.kind,
		publishedAt: post.publishedAt,
		excerpt: post.excerpt,
		...(post.mainImage ? { mainImage: toFigure(post.mainImage) } : {}),
		body: post.body.map(toPortableText),
		topics: post.topics.map((topic, i) => ref(topic.id, i)),
		municipalities: post.municipalities.map(ref),
		...(post.contact ? { contact: { _type: 'reference', _ref: post.contact } } : {}),
	};
}

/** Writes the export folder for `posts` (and their events, dated against `now`) into `dir`; returns `dir`. */
export async function generateDataset(
	dir: string,
	posts: readonly SyntheticPost[],
	pool: SeedPool,
	now: Date,
): Promise<string> {
	await mkdir(dir, { recursive: true });
	await cp(join(SEED_DIR, 'images'), join(dir, 'images'), { recursive: true });
	await writeFile(join(dir, 'assets.json'), JSON.stringify(pool.imageAssets, null, 2));
	const documents = [...pool.documents, ...posts.map(toSanityPost), ...syntheticEvents(posts, now)];
	const lines = documents.map((doc) => JSON.stringify(doc));
	await writeFile(join(dir, 'data.ndjson'), `${lines.join('\n')}\n`);
	return dir;
}
