/**
 * The body of a post with absolute URLs, for outputs read away from the site (feeds, e-mail). It is
 * rendered with a base URL where the markup is made (never by rewriting HTML), once per post and
 * only when an output asks for it: a build with 10,000 posts does not render every body twice.
 */
import { renderBody } from '../render/portable-text.ts';
import { ContentReport } from '../report/report.ts';
import type { NormalizedPost } from './normalize.ts';

type Renderable = Pick<NormalizedPost, '_id' | 'bodyBlocks'>;
const memo = new WeakMap<Renderable, { baseUrl: string; html: string }>();

/** The post's body HTML with absolute URLs against `baseUrl` (memoised per post and base). */
export function absoluteBodyHtml(post: Renderable, baseUrl: string): string {
	const hit = memo.get(post);
	if (hit?.baseUrl === baseUrl) return hit.html;
	// The site-relative render already reported every fault of this body; this one stays quiet.
	const ctx = { type: 'post', id: post._id, report: new ContentReport() };
	// Figures as plain <img>: feed readers and mail clients drop <picture> but keep stray <source>s.
	const html = renderBody([...post.bodyBlocks], ctx, { baseUrl, plainImages: true });
	memo.set(post, { baseUrl, html });
	return html;
}
