/**
 * The shape of `bench/results/<date>.json` and how rows are summarised from runs. Rows carry a
 * `kind`, so later steps add rows (one-post rebuild, Pagefind, full site total) without a new schema.
 */
import type { Counts } from './count.ts';
import type { GeneratorId } from './generators.ts';
import { median } from './measure.ts';

/**
 * `full-build`: cold build, image cache warm (the ratio row). `cold-cache`: the same with an empty
 * image cache, reported on its own. The other kinds are reserved for later steps.
 */
export type RowKind =
	'full-build' | 'cold-cache' | 'one-post-rebuild' | 'pagefind' | 'full-site-total';

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
};

export type SizeResult = { posts: number; rows: Row[] };

/** How a generator's full build grows from one size to the next (e.g. 1k → 10k). */
export type Scaling = {
	generator: GeneratorId;
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
};

export type Results = {
	schemaVersion: 1;
	/** YYYY-MM-DD (UTC) of the run; also the file name. */
	date: string;
	startedAt: string;
	machine: Machine;
	settings: { sizes: number[]; runs: number; sampleMs: number; postsPerPage: number };
	sizes: SizeResult[];
	scaling: Scaling[];
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

/** Sets `ratioToBaseline` on the full-build rows of one size (left null without a baseline row). */
export function addRatios(rows: Row[]): Row[] {
	const baseline = rows.find((r) => r.generator === 'baseline' && r.kind === 'full-build');
	return rows.map((r) =>
		baseline && r.kind === 'full-build'
			? { ...r, ratioToBaseline: r.medianWallMs / baseline.medianWallMs }
			: r,
	);
}

/** Wall-time growth of each generator's full build between consecutive sizes. */
export function scalingOf(sizes: SizeResult[]): Scaling[] {
	const out: Scaling[] = [];
	for (let i = 1; i < sizes.length; i++) {
		const [from, to] = [sizes[i - 1]!, sizes[i]!];
		for (const row of to.rows.filter((r) => r.kind === 'full-build')) {
			const before = from.rows.find(
				(r) => r.generator === row.generator && r.kind === 'full-build',
			);
			if (before)
				out.push({
					generator: row.generator,
					from: from.posts,
					to: to.posts,
					wallFactor: row.medianWallMs / before.medianWallMs,
				});
		}
	}
	return out;
}
