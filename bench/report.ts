/** Writes a run's results: the JSON file, the markdown table, and the table section of a README. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sendLine } from './send.ts';
import { format, resolveConfig } from 'prettier';
import type { Results, Row } from './results.ts';
import { FAMILY_LABELS, type Family } from './site-counts.ts';

const MIB = 1024 * 1024;
const KIND_LABEL: Record<Row['kind'], string> = {
	'full-build': '',
	'cold-cache': ': whole site, cold image cache',
	'extra-outputs': '',
	'one-post-rebuild': ': one-post rebuild (atomic build, caches warm)',
	pagefind: ': Pagefind index (inside the full-site builds)',
	'full-site-total': ': full site total (every output)',
	'publish-live': ': «Publiser → live» (signed webhook → changed page served, one post)',
};
export const TABLE_START = '<!-- bench:table:start -->';
export const TABLE_END = '<!-- bench:table:end -->';

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const factor = (x: number | null) => (x === null ? '–' : `${x.toFixed(2)}×`);

function label(row: Row): string {
	if (row.kind === 'extra-outputs')
		return `this site: + ${FAMILY_LABELS[row.family as Family] ?? row.family} (added to the same page set)`;
	return `${row.label}${KIND_LABEL[row.kind]}`;
}

/** The wall column: the median, or what an output family adds to the core build ("+1.2"). */
function wall(row: Row): string {
	if (row.kind === 'extra-outputs' && row.incrementMs !== undefined)
		return `${row.incrementMs >= 0 ? '+' : '−'}${seconds(Math.abs(row.incrementMs))}`;
	return seconds(row.medianWallMs);
}

function tableRow(posts: number, row: Row): string {
	return [
		posts,
		label(row),
		row.images,
		row.runs.length,
		wall(row),
		Math.round(row.peakRssBytes / MIB),
		row.counts.htmlPages,
		Math.round(row.pagesPerSecond),
		factor(row.ratioToBaseline),
	].join(' | ');
}

const ratio = (x: number) => `${x.toFixed(2)}×`;

/** One line per target of issue 31 that this run measured, with the value and whether it is met. */
export function targetLines(results: Results): string[] {
	const lines: string[] = [];
	const at = (n: number) => results.sizes.find((s) => s.posts === n)?.rows ?? [];
	const row = (n: number, kind: Row['kind'], generator = 'ours') =>
		at(n).find((r) => r.generator === generator && r.kind === kind);
	const met = (ok: boolean) => (ok ? 'met' : '**missed**');
	for (const [n, limit] of [
		[1000, 0.5],
		[10000, 0.4],
	] as const) {
		const core = row(n, 'full-build');
		if (core?.ratioToBaseline != null)
			lines.push(
				`- ${n} posts, same page set: ${ratio(core.ratioToBaseline)} the blog pattern's wall time (target ≤ ${limit}×): ${met(core.ratioToBaseline <= limit)}`,
			);
	}
	const core10k = row(10000, 'full-build');
	const blog10k = row(10000, 'full-build', 'baseline');
	const hugo10k = row(10000, 'full-build', 'hugo');
	if (core10k && blog10k)
		lines.push(
			`- 10000 posts, same page set: ${Math.round(core10k.peakRssBytes / MIB)} MiB peak RSS, the blog pattern ${Math.round(blog10k.peakRssBytes / MIB)} MiB (target: no higher): ${met(core10k.peakRssBytes <= blog10k.peakRssBytes)}`,
		);
	if (core10k && hugo10k) {
		const x = core10k.medianWallMs / hugo10k.medianWallMs;
		lines.push(
			`- 10000 posts, same page set: ${ratio(x)} Hugo's wall time (target ≤ 3×): ${met(x <= 3)}`,
		);
	}
	const full10k = row(10000, 'full-site-total');
	if (full10k?.ratioToBaseline != null)
		lines.push(
			`- 10000 posts, whole site: ${ratio(full10k.ratioToBaseline)} the blog pattern's same-page-set time (target ≤ 1.0×): ${met(full10k.ratioToBaseline <= 1)}`,
		);
	const rebuild10k = row(10000, 'one-post-rebuild');
	if (rebuild10k?.ratioToFull !== undefined)
		lines.push(
			`- 10000 posts, one-post rebuild: ${ratio(rebuild10k.ratioToFull)} the whole-site build (target ≤ 0.4×): ${met(rebuild10k.ratioToFull <= 0.4)}`,
		);
	for (const size of results.sizes) {
		const live = row(size.posts, 'publish-live');
		if (!live) continue;
		const target = size.posts === 1000 ? ' (target ≤ 8 s)' : '';
		lines.push(
			`- ${size.posts} posts, «Publiser → live»: ${seconds(live.medianWallMs)} s${target}${target ? `: ${met(live.medianWallMs <= 8000)}` : ''}`,
		);
	}
	for (const s of results.scaling.filter((s) => s.generator === 'ours'))
		lines.push(
			`- ${s.kind === 'full-build' ? 'same page set' : 'full site'}, ${s.from} → ${s.to} posts (×${(s.to / s.from).toFixed(1)}): ×${s.wallFactor.toFixed(2)} wall time (linear or better: ${met(s.wallFactor <= (s.to / s.from) * 1.1)})`,
		);
	return lines;
}

/** The results as markdown: machine line, one table row per size and build, scaling lines. */
export function formatTable(results: Results): string {
	const m = results.machine;
	const lines = [
		`${results.date}: ${m.cores} cores, ${Math.round(m.memoryBytes / 1024 ** 3)} GiB, ${m.cpu}; ` +
			`${m.buildWorkers ? `BUILD_WORKERS=${m.buildWorkers} (page-rendering threads, main included); ` : ''}` +
			`node ${m.node}, astro ${m.astro}${m.hugo ? `, hugo ${m.hugo}` : ', no hugo'}. ` +
			`Wall: median of ${results.settings.runs} cold build(s); peak RSS: whole process tree, highest run.`,
		'',
		'| posts | build | images | runs | wall (s) | peak RSS (MiB) | HTML pages | pages/s | × baseline |',
		'| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
		...results.sizes.flatMap((size) => size.rows.map((row) => `| ${tableRow(size.posts, row)} |`)),
	];
	const labels = new Map(
		results.sizes.flatMap((size) => size.rows.map((r) => [r.generator, r.label])),
	);
	if (results.scaling.length) lines.push('');
	for (const s of results.scaling)
		lines.push(
			`- ${labels.get(s.generator)}${s.kind === 'full-site-total' ? ', full site' : ''}: ${s.from} → ${s.to} posts (×${(s.to / s.from).toFixed(1)}) ` +
				`costs ×${s.wallFactor.toFixed(2)} wall time`,
		);
	const targets = targetLines(results);
	if (targets.length) lines.push('', 'Targets (issue 31):', '', ...targets);
	if (results.send) lines.push('', 'Target (issue 28):', '', sendLine(results.send));
	return lines.join('\n');
}

/** Writes `<dir>/<date>.json` and returns its path. */
export async function writeResults(dir: string, results: Results): Promise<string> {
	const file = join(dir, `${results.date}.json`);
	await writeFile(file, `${JSON.stringify(results, null, '\t')}\n`);
	return file;
}

/**
 * Replaces the text between the table markers in `readme` and formats the file with the repo's
 * Prettier config, so `prettier --check` stays clean (a no-op when the markers are absent).
 */
export async function updateReadme(readme: string, table: string, note: string): Promise<boolean> {
	const text = await readFile(readme, 'utf8');
	const start = text.indexOf(TABLE_START);
	const end = text.indexOf(TABLE_END);
	if (start < 0 || end < start) return false;
	const section = `${TABLE_START}\n\n${note}\n\n${table}\n\n${TABLE_END}`;
	const updated = text.slice(0, start) + section + text.slice(end + TABLE_END.length);
	const config = (await resolveConfig(readme)) ?? {};
	await writeFile(readme, await format(updated, { ...config, filepath: readme }));
	return true;
}
