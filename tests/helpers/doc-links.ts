/**
 * Relative links in Markdown files: every link and image target is read with markdown-it (so code
 * spans and fenced blocks are not links) and checked against the file system; a `#fragment` into a
 * Markdown file must name one of its headings, slugged as GitHub does (github-slugger).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const markdown = new MarkdownIt({ html: true });

/** A link that does not resolve: the file, its 1-based line, the target and why. */
export interface BrokenLink {
	file: string;
	line: number;
	target: string;
	reason: string;
}

/** A target with a scheme (`https:`, `mailto:`) or protocol-relative: not checked here. */
const isExternal = (target: string) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(target);

/** Every heading anchor of a Markdown text, GitHub style, plus explicit `id`/`name` attributes. */
export function anchorsOf(text: string): Set<string> {
	const slugger = new GithubSlugger();
	const anchors = new Set<string>();
	const tokens = markdown.parse(text, {});
	tokens.forEach((token, index) => {
		if (token.type === 'heading_open') {
			const words = (tokens[index + 1]?.children ?? [])
				.filter((child) => child.type === 'text' || child.type === 'code_inline')
				.map((child) => child.content)
				.join('');
			anchors.add(slugger.slug(words));
		}
	});
	for (const match of text.matchAll(/<a\s[^>]*(?:id|name)="([^"]+)"/g)) anchors.add(match[1]!);
	return anchors;
}

/** Link and image targets of a Markdown text with their 1-based lines. */
export function linksOf(text: string): { target: string; line: number }[] {
	const links: { target: string; line: number }[] = [];
	const visit = (tokens: Token[], line: number) => {
		for (const token of tokens) {
			const at = token.map ? token.map[0] + 1 : line;
			const target = token.attrGet(token.type === 'image' ? 'src' : 'href');
			if (target !== null && (token.type === 'link_open' || token.type === 'image')) {
				links.push({ target, line: at });
			}
			if (token.children) visit(token.children, at);
		}
	};
	visit(markdown.parse(text, {}), 1);
	return links;
}

/** The links of one Markdown file that do not resolve (relative to the file; `/x` from `root`). */
export function brokenLinks(file: string, root: string): BrokenLink[] {
	const text = readFileSync(file, 'utf8');
	const broken: BrokenLink[] = [];
	for (const { target, line } of linksOf(text)) {
		if (isExternal(target)) continue;
		const [pathPart = '', fragment] = target.split('#', 2);
		const path = decodeURIComponent(pathPart);
		const base = path.startsWith('/') ? root : dirname(file);
		const resolved = path === '' ? file : resolve(base, path.replace(/^\/+/, ''));
		if (!existsSync(resolved)) {
			broken.push({ file, line, target, reason: 'no such file' });
			continue;
		}
		if (fragment === undefined || !resolved.endsWith('.md') || statSync(resolved).isDirectory())
			continue;
		const anchors = resolved === file ? anchorsOf(text) : anchorsOf(readFileSync(resolved, 'utf8'));
		if (!anchors.has(decodeURIComponent(fragment))) {
			broken.push({ file, line, target, reason: 'no such heading' });
		}
	}
	return broken;
}
