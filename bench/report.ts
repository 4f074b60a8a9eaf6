/** Writes a run's results: the JSON file, the markdown table, and the table section of a README. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { Results, Row } from './results.ts';

const MIB = 1024 * 1024;
const KIND_LABEL: Record<Row['kind'], string> = {
	'full-build': '',
	'cold-cache': ', cold image cache',
	'one-post-rebuild': ', one-post rebuild',
	pagefind: ', Pagefind index',
	'full-site-total': ', full site total',
};
export const TABLE_START = '<!-- bench:table:start -->';
export const TABLE_END = '<!-- bench:table:end -->';

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const factor = (x: number | null) => (x === null ? '–' : `${x.toFixed(2)}×`);

function tableRow(posts: number, row: Row): string {
	return [
		posts,
		`${row.label}${KIND_LABEL[row.kind]}`,
		row.images,
		row.runs.length,
		seconds(row.medianWallMs),
		Math.round(row.peakRssBytes / MIB),
		row.counts.htmlPages,
		Math.round(row.pagesPerSecond),
		factor(row.ratioToBaseline),
	].join(' | ');
}

/** The results as markdown: machine line, one table row per size and build, scaling lines. */
export function formatTable(results: Results): string {
	const m = results.machine;
	const lines = [
		`${results.date}: ${m.cores} cores, ${Math.round(m.memoryBytes / 1024 ** 3)} GiB, ${m.cpu}; ` +
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
			`- ${labels.get(s.generator)}: ${s.from} → ${s.to} posts (×${(s.to / s.from).toFixed(1)}) ` +
				`costs ×${s.wallFactor.toFixed(2)} wall time`,
		);
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
