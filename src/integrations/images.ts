/**
 * Writes the image variants the pages refer to into dist/bilder/ at the end of `astro build` (from
 * the disk cache, or encoded once), and serves them on demand in `astro dev`. Prints one line of
 * counts: a build with unchanged images says "0 kodet". A variant that cannot be made (encoder
 * error, failed download) becomes a warning in the one content report, naming the asset and every
 * document and field that shows it; the report is printed after this hook (integration order).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { produceVariant, writeVariants, type WriteResult } from '../images/produce.ts';
import { mimeType } from '../lib/mime.ts';
import { imageMessages as m } from '../report/messages.ts';
import type { ImageContext, ImageRegistry } from '../images/registry.ts';
import { buildConfig } from '../build-state.ts';
import { buildReport } from '../content/source.ts';
import { loadContent } from '../content/store.ts';
import type { ContentReport } from '../report/report.ts';

/** Adds the failed variants to the content report: one warning per asset and use (not per file). */
export function reportFailures(
	failed: WriteResult['failed'],
	report: ContentReport,
	registry: ImageRegistry,
): void {
	const byAsset = new Map<string, WriteResult['failed']>();
	for (const f of failed) byAsset.set(f.job.assetId, [...(byAsset.get(f.job.assetId) ?? []), f]);
	for (const [assetId, list] of byAsset) {
		const reason = m.about({ _id: assetId }, m.notWritten(list.length, list[0]!.reason));
		const uses = registry.uses.get(assetId) ?? [];
		for (const use of uses) report.warn(use.type, use.id, use.path, reason);
		if (uses.length === 0) report.note(`[bilder] ${reason}`);
	}
}

/** The build-log line with the image counts. */
export const formatImageStats = (r: WriteResult): string =>
	m.stats(r.files, r.encoded, r.cached, r.downloaded);

/** The images of this build's store, with the configuration the pipeline reads. */
const storeImages = async (): Promise<ImageContext> => ({
	config: buildConfig(),
	registry: (await loadContent()).images,
});

export default function images(): AstroIntegration {
	return {
		name: 'ks-images',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use('/bilder/', (req, res, next) => {
					const name = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
					storeImages()
						.then(async (ctx) => {
							const job = ctx.registry.jobs.get(name);
							if (!job) return next();
							const data = await produceVariant(job, ctx);
							res.setHeader('Content-Type', mimeType(job.format));
							res.end(data);
						})
						.catch((e: unknown) => next(e));
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const ctx = await storeImages();
				const result = await writeVariants(fileURLToPath(new URL('bilder/', dir)), ctx);
				logger.info(formatImageStats(result));
				reportFailures(result.failed, buildReport(), ctx.registry);
			},
		},
	};
}
