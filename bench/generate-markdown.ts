/**
 * Writes the synthetic posts as markdown for the baselines (Astro blog starter, Hugo): one
 * `<dir>/posts/<slug>.md` per post with the starter's frontmatter (title, description, pubDate)
 * plus `topics` (slugs). Same text as the Sanity export; figures become plain `![alt](/images/…)`
 * references with their caption, which neither baseline processes (no image work in the baselines).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BodyBlock, Span, SyntheticPost } from './synthetic-posts.ts';

/** The folder, under the markdown root, that holds the post files (Hugo's section name). */
export const MARKDOWN_SECTION = 'posts';

function inline(spans: Span[]): string {
	return spans
		.map(({ text, strong, href }) => {
			const marked = strong ? `**${text}**` : text;
			return href ? `[${marked}](${href})` : marked;
		})
		.join('');
}

function block(b: BodyBlock): string {
	switch (b.type) {
		case 'paragraph':
			return inline(b.spans);
		case 'heading':
			return `## ${b.text}`;
		case 'bullet':
			return `- ${b.text}`;
		case 'figure':
			return `![${b.alt}](/images/${b.image})\n\n_${b.caption} Foto: KS_`;
	}
}

/** The markdown body: blocks separated by blank lines, list items kept together. */
export function toMarkdownBody(body: readonly BodyBlock[]): string {
	return body
		.map(
			(b, i) =>
				(i > 0 && b.type === 'bullet' && body[i - 1]!.type === 'bullet' ? '\n' : '\n\n') + block(b),
		)
		.join('')
		.trimStart();
}

/** The whole file: YAML frontmatter (JSON-quoted strings are valid YAML) and the body. */
export function toMarkdown(post: SyntheticPost): string {
	const q = (s: string) => JSON.stringify(s);
	return [
		'---',
		`title: ${q(post.title)}`,
		`description: ${q(post.excerpt)}`,
		`pubDate: ${q(post.publishedAt)}`,
		`topics: [${post.topics.map((t) => q(t.slug)).join(', ')}]`,
		'---',
		'',
		toMarkdownBody(post.body),
		'',
	].join('\n');
}

/** Writes every post under `<dir>/posts/` and returns `dir`. */
export async function generateMarkdown(
	dir: string,
	posts: readonly SyntheticPost[],
): Promise<string> {
	const section = join(dir, MARKDOWN_SECTION);
	await mkdir(section, { recursive: true });
	for (const post of posts) await writeFile(join(section, `${post.slug}.md`), toMarkdown(post));
	return dir;
}
