/**
 * Writes the image variants the pages refer to into dist/bilder/ at the end of `astro build` (from
 * the disk cache, or encoded once), and serves them on demand in `astro dev`. Prints one line of
 * counts: a build with unchanged images says "0 kodet".
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { produceVariant, writeVariants, type WriteResult } from '../images/produce.ts';
import { mimeType } from '../lib/mime.ts';
import { imageMessages as m } from '../sanity/messages.ts';
import { imageRegistry } from '../images/registry.ts';

/** The build-log line with the image counts. */
export const formatImageStats = (r: WriteResult): string =>
	m.stats(r.files, r.encoded, r.cached, r.downloaded);

export default function images(): AstroIntegration {
	return {
		name: 'ks-images',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use('/bilder/', (req, res, next) => {
					const name = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
					const job = imageRegistry().jobs.get(name);
					if (!job) return next();
					produceVariant(job).then(
						(data) => {
							res.setHeader('Content-Type', mimeType(job.format));
							res.end(data);
						},
						(e: unknown) => next(e),
					);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const result = await writeVariants(fileURLToPath(new URL('bilder/', dir)));
				logger.info(formatImageStats(result));
				for (const { job, reason } of result.failed)
					logger.warn(m.variantFailed(job.assetId, job.file, reason));
			},
		},
	};
}
