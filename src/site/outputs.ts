/**
 * Which output families this build writes (BUILD_OUTPUTS, src/config.ts). A normal build writes
 * all of them; the benchmark builds the core page set alone (post pages, news and topic lists, the
 * main RSS) to compare it with the Astro blog pattern, and adds one family at a time to time it.
 */
import { buildConfig } from '../build-state.ts';
import type { OutputFamily } from '../config.ts';

/** True when this build writes the pages and files of `family`. */
export const buildsOutput = (family: OutputFamily): boolean => buildConfig().outputs.has(family);

/** A route's static paths when its family is built, else none (getStaticPaths of that family). */
export async function outputPaths<T>(
	family: OutputFamily,
	paths: () => Promise<T[]>,
): Promise<T[]> {
	return buildsOutput(family) ? paths() : [];
}
