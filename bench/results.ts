/**
 * The shape of `bench/results/<date>.json` and how rows are summarised from runs. Rows carry a
 * `kind`, so later steps add rows (one-post rebuild, Pagefind, full site total) without a new schema.
 */
import type { SendResult } from './send.ts';
import type { Counts } from './count.ts';
import type { GeneratorId } from './generators.ts';
import { median } from './measure.ts';

/**
 * `full-build`: cold build of the compared page set, image cache warm (the ratio row; for this
 * site BUILD_OUTPUTS=core). `cold-cache`: the whole site with an empty image cache.
 * `extra-outputs`: the core build plus one output family (`family`); `incrementMs` is what the
 * family adds. `pagefind`: Pagefind's own timing inside the full-site builds. `full-site-total`:
 * the whole site, cold. `one-post-rebuild`: the atomic build after one post changed.
 * `publish-live`: «Publiser → live», a signed webhook to the publish server until the changed
 * post's page is served with the new text (wall: that span; RSS: the server's whole tree).
 */
export type RowKind =
	| 'full-build'
	| 'cold-cache'
	| 'extra-outputs'
	| 'pagefind'
	| 'full-site-total'
	| 'one-post-rebuild'
	| 'publish-live';

export type Run = { wallMs: number; peakRssBytes: number };

export type Row = {
	generator: GeneratorId;
	kind: RowKind;
	label: string;
	images: string;
	runs: Run[];
	medianWallMs: number;
	/** The highest peak of the runs (summed RSS of the process tree), bytes. */
	peakRssBytes: number;
	counts: Counts;
	/** HTML pages per second of median wall time. */
	pagesPerSecond: number;
	/** Median wall time over the baseline's at the same N; full builds only, else null. */
	ratioToBaseline: number | null;
	/** `extra-outputs` rows: the output family added to the core build. */
	family?: string;
	/** `extra-outputs`: median wall over the core build's; `pagefind`: the indexing time itself. */
	incrementMs?: number;
	/** `one-post-rebuild`: median wall over the full-site total's at the same N. */
	ratioToFull?: number;
};

export type SizeResult = { posts: number; rows: Row[] };

/** How a generator's full build grows from one size to the next (e.g. 1k → 10k). */
export type Scaling = {
	generator: GeneratorId;
	/** `full-build` (the compared page set) or `full-site-total` (this site, every output). */
	kind: RowKind;
	from: number;
	to: number;
	/** Median wall at `to` over median wall at `from`. */
	wallFactor: number;
};

export type Machine = {
	cores: number;
	memoryBytes: number;
	cpu: string;
	os: string;
	node: string;
	astro: string;
	hugo: string | null;
	/** BUILD_WORKERS of this site's builds: threads that render pages (src/prerender/). */
	buildWorkers?: number;
};

export type Results = {
	/** 2: rows of kinds extra-outputs, pagefind, full-site-total and one-post-rebuild. */
	schemaVersion: 2;
	/** YYYY-MM-DD (UTC) of the run; also the file name. */
	date: string;
	startedAt: string;
	machine: Machine;
	settings: { sizes: number[]; runs: number; sampleMs: number; postsPerPage: number };
	sizes: SizeResult[];
	scaling: Scaling[];
	/** The newsletter send line (bench/send.ts), unless skipped. */
	send?: SendResult;
};

/** A row from its runs; the ratio is filled in by `addRatios`. */
export function summarise(
	base: Pick<Row, 'generator' | 'kind' | 'label' | 'images'>,
	runs: Run[],
	counts: Counts,
): Row {
	const medianWallMs = median(runs.map((r) => r.wallMs));
	return {
		...base,
		runs,
		medianWallMs,
		peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)),
		counts,
		pagesPerSecond: counts.htmlPages / (medianWallMs / 1000),
		ratioToBaseline: null,
	};
}

/**
 * Sets `ratioToBaseline` on the full-build and full-site rows of one size (null without a baseline
 * row), `incrementMs` on the extra-outputs rows and `ratioToFull` on the one-post rebuild.
 */
export function addRatios(rows: Row[]): Row[] {
	const find = (generator: Row['generator'], kind: RowKind) =>
		rows.find((r) => r.generator === generator && r.kind === kind);
	const baseline = find('baseline', 'full-build');
	const core = find('ours', 'full-build');
	const full = find('ours', 'full-site-total');
	return rows.map((r) => {
		if (baseline && (r.kind === 'full-build' || r.kind === 'full-site-total'))
			return { ...r, ratioToBaseline: r.medianWallMs / baseline.medianWallMs };
		if (core && r.kind === 'extra-outputs')
			return { ...r, incrementMs: r.medianWallMs - core.medianWallMs };
		if (full && r.kind === 'one-post-rebuild')
			return { ...r, ratioToFull: r.medianWallMs / full.medianWallMs };
		return r;
	});
}

const SCALED: RowKind[] = ['full-build', 'full-site-total'];

/** Wall-time growth of each generator's full build (and the full site) between consecutive sizes. */
export function scalingOf(sizes: SizeResult[]): Scaling[] {
	const out: Scaling[] = [];
	for (let i = 1; i < sizes.length; i++) {
		const [from, to] = [sizes[i - 1]!, sizes[i]!];
		for (const row of to.rows.filter((r) => SCALED.includes(r.kind))) {
			const before = from.rows.find((r) => r.generator === row.generator && r.kind === row.kind);
			if (before)
				out.push({
					generator: row.generator,
					kind: row.kind,
					from: from.posts,
					to: to.posts,
					wallFactor: row.medianWallMs / before.medianWallMs,
				});
		}
	}
	return out;
}
