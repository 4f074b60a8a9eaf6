/**
 * Draws `bench/results/chart.svg` by hand (no chart dependency): two panels, build time and peak
 * RSS against the number of posts, one line per generator's full build (log-scaled post axis).
 */
import type { Results, Row } from './results.ts';

type Series = { name: string; color: string; dash: string; points: Array<[number, number]> };
type Panel = { title: string; unit: string; value: (row: Row) => number };

const W = 360;
const H = 260;
/** Height of one legend row (px). */
const LEGEND_ROW = 18;
const PAD = { left: 56, right: 28, top: 36, bottom: 44 };
// Colour and dash both tell the lines apart (readable without colour vision).
const STYLES: Record<Row['generator'], { name: string; color: string; dash: string }> = {
	ours: { name: 'this site, same pages', color: '#0b5394', dash: '' },
	baseline: { name: 'Astro blog starter', color: '#b45f06', dash: '6 4' },
	hugo: { name: 'Hugo', color: '#38761d', dash: '2 3' },
};
const PANELS: Panel[] = [
	{ title: 'Build time', unit: 's', value: (r) => r.medianWallMs / 1000 },
	{ title: 'Peak RSS', unit: 'MiB', value: (r) => r.peakRssBytes / 1024 / 1024 },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** A "nice" tick step (1, 2 or 5 × 10^k) giving about four ticks up to `max`. */
function tickStep(max: number): number {
	const raw = max / 4 || 1;
	const power = 10 ** Math.floor(Math.log10(raw));
	return [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw)!;
}

/** This site's whole-site builds, drawn beside its compared page set. */
const FULL_SITE = { name: 'this site, every output', color: '#0b5394', dash: '1 3' };

function series(results: Results, panel: Panel): Series[] {
	const ids = [...new Set(results.sizes.flatMap((s) => s.rows.map((r) => r.generator)))];
	const line = (style: Omit<Series, 'points'>, keep: (r: Row) => boolean): Series => ({
		...style,
		points: results.sizes.flatMap((s) =>
			s.rows.filter(keep).map((r) => [s.posts, panel.value(r)] as [number, number]),
		),
	});
	const lines = ids.map((id) =>
		line(STYLES[id], (r) => r.generator === id && r.kind === 'full-build'),
	);
	const full = line(FULL_SITE, (r) => r.generator === 'ours' && r.kind === 'full-site-total');
	return full.points.length ? [...lines, full] : lines;
}

function drawPanel(results: Results, panel: Panel, x0: number): string {
	const lines = series(results, panel);
	const sizes = results.sizes.map((s) => s.posts);
	const [lo, hi] = [Math.log10(Math.min(...sizes)), Math.log10(Math.max(...sizes))];
	const innerW = W - PAD.left - PAD.right;
	const innerH = H - PAD.top - PAD.bottom;
	const sx = (n: number) =>
		x0 + PAD.left + (hi === lo ? innerW / 2 : ((Math.log10(n) - lo) / (hi - lo)) * innerW);
	const maxY = Math.max(1e-9, ...lines.flatMap((l) => l.points.map(([, y]) => y)));
	const step = tickStep(maxY);
	const top = Math.ceil(maxY / step) * step;
	const sy = (v: number) => PAD.top + innerH - (v / top) * innerH;
	const out = [
		`<g><text x="${x0 + PAD.left}" y="20" font-weight="bold">${panel.title} (${panel.unit})</text>`,
	];
	const decimals = Math.max(0, -Math.floor(Math.log10(step)));
	for (let i = 0; i * step <= top + step / 2; i++) {
		const v = i * step;
		out.push(
			`<line x1="${x0 + PAD.left}" x2="${x0 + W - PAD.right}" y1="${sy(v)}" y2="${sy(v)}" stroke="#ddd"/>`,
			`<text x="${x0 + PAD.left - 6}" y="${sy(v) + 4}" text-anchor="end">${v.toFixed(decimals)}</text>`,
		);
	}
	for (const n of sizes)
		out.push(`<text x="${sx(n)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${n}</text>`);
	out.push(
		`<text x="${x0 + PAD.left + innerW / 2}" y="${H - 8}" text-anchor="middle">posts (log scale)</text>`,
		`<text transform="translate(${x0 + 14} ${PAD.top + innerH / 2}) rotate(-90)" text-anchor="middle">${panel.unit}</text>`,
	);
	for (const l of lines) {
		const pts = l.points.map(([n, v]) => `${sx(n).toFixed(1)},${sy(v).toFixed(1)}`);
		if (pts.length > 1)
			out.push(
				`<polyline points="${pts.join(' ')}" fill="none" stroke="${l.color}" stroke-width="2" stroke-dasharray="${l.dash}"/>`,
			);
		for (const p of pts)
			out.push(
				`<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3.5" fill="${l.color}"/>`,
			);
	}
	return `${out.join('\n')}</g>`;
}

/** The text alternative: every plotted value, in words. */
function describe(results: Results): string {
	return results.sizes
		.map(
			(s) =>
				`${s.posts} posts: ` +
				s.rows
					.filter((r) => r.kind === 'full-build' || r.kind === 'full-site-total')
					.map(
						(r) =>
							`${r.kind === 'full-build' ? STYLES[r.generator].name : FULL_SITE.name} ${fmt(r.medianWallMs / 1000)} s, ${Math.round(r.peakRssBytes / 1024 / 1024)} MiB`,
					)
					.join('; '),
		)
		.join('. ');
}

/** The SVG document for a run's results. */
export function drawChart(results: Results): string {
	const height = H + 24 + Math.floor((series(results, PANELS[0]!).length - 1) / 2) * LEGEND_ROW;
	// Two legend entries per row, so long names stay inside the picture.
	const legend = series(results, PANELS[0]!).map(
		(l, i) =>
			`<g transform="translate(${PAD.left + (i % 2) * 260} ${H + 10 + Math.floor(i / 2) * LEGEND_ROW})"><line x1="0" x2="24" y1="0" y2="0" stroke="${l.color}" stroke-width="2" stroke-dasharray="${l.dash}"/>` +
			`<text x="30" y="4">${esc(l.name)}</text></g>`,
	);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${2 * W} ${height}" width="${2 * W}" height="${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="sans-serif" font-size="12">`,
		`<title id="chart-title">Build time and peak memory against posts (${results.date})</title>`,
		`<desc id="chart-desc">${esc(describe(results))}.</desc>`,
		`<rect width="100%" height="100%" fill="#fff"/>`,
		...PANELS.map((p, i) => drawPanel(results, p, i * W)),
		...legend,
		'</svg>',
		'',
	].join('\n');
}
