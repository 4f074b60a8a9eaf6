/**
 * Audience counts for staff, through the one status channel: `status.audience.<audienceId>`
 * documents holding how many active subscribers each audience reaches (counts only). The Studio
 * reads them under Sanity's own login, like the posts' send status: no second login, no endpoint
 * to protect, and the counts are there even when the publish server is down. Refreshed after an
 * import, a forget, a sign-up confirmation, an unsubscribe, a bounce run and every new build.
 */
import { audienceCounts } from './audiences.ts';
import { loadManifest } from './manifest.ts';
import type { NewsletterContext } from './send-post.ts';

/** Writes every audience's count; quiet when the build's list is missing (nothing to count). */
export async function refreshAudienceCounts(ctx: NewsletterContext): Promise<void> {
	const loaded = await loadManifest(ctx.config.root);
	if (!loaded.ok) return;
	const at = ctx.now().toISOString();
	const counts = audienceCounts(ctx.db, loaded.manifest.audiences);
	for (const [id, count] of Object.entries(counts))
		await ctx.status.setAudience(id, { count, at }).catch(() => {});
}
