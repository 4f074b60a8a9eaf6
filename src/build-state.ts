/**
 * The state of one build, shared by every copy of the modules in the process: Astro loads the
 * integrations and the prerender bundle as separate module graphs, so module-level variables would
 * exist twice. This is the one place that keeps anything on globalThis (docs/architecture.md). It
 * knows the configuration and nothing else: each room keeps its own slot (a key and a factory),
 * e.g. the content source and the store in src/content/.
 */
import { readConfig, type Config } from './config.ts';

type BuildState = { config: Config; slots: Map<string, unknown> };

const KEY = Symbol.for('ks.buildState');
type Holder = { [KEY]?: BuildState };

/** The state of the current build, created from the environment on first use. */
function buildState(): BuildState {
	return ((globalThis as Holder)[KEY] ??= { config: readConfig(), slots: new Map() });
}

/** Starts over with a new configuration and empty slots (tests, or a second build in one process). */
export function resetBuildState(config: Config = readConfig()): void {
	(globalThis as Holder)[KEY] = { config, slots: new Map() };
}

/** The configuration of the current build. */
export const buildConfig = (): Config => buildState().config;

/**
 * This build's value under `key` (name it after its room: `content.store`), made by `create` on
 * first use and kept until the next resetBuildState.
 */
export function buildSlot<T>(key: string, create: () => T): T {
	const { slots } = buildState();
	if (!slots.has(key)) slots.set(key, create());
	return slots.get(key) as T;
}
