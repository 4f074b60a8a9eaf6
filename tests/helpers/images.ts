/** An image context (settings and a fresh registry) for tests of the image pipeline and its users. */
import { readConfig } from '../../src/config.ts';
import { showBlocks, showFigure } from '../../src/content/images.ts';
import { lqipPlaceholder } from '../../src/images/probe.ts';
import { createRegistry, type ImageContext } from '../../src/images/registry.ts';
import type { ShownFigure } from '../../src/images/responsive.ts';
import type { Figure } from '../../src/sanity/schemas.ts';

/** The image settings read from `env` (e.g. IMAGE_CDN, IMAGE_CACHE_DIR) and an empty registry. */
export const imageContext = (env: Record<string, string> = {}): ImageContext => ({
	config: readConfig(env),
	registry: createRegistry(),
});

/** `figure` with its picture decided as the store decides it (src/content/images.ts). */
export const shown = (figure: Figure, ctx: ImageContext = imageContext()): ShownFigure =>
	showFigure(ctx, figure);

/** The placeholder the build gives a local export's images (the LQIP from the probe, default cache). */
export const placeholder = lqipPlaceholder(readConfig({}).imageCacheDir);

/** Portable text with its figures' pictures decided, as the store passes it to renderBody. */
export const shownBlocks = (blocks: readonly unknown[]): unknown[] =>
	showBlocks(imageContext(), blocks);
