/** Command-line flags of `npm run bench` (see bench/README.md), read once into one object. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, type GeneratorId } from './generators.ts';

export type Options = {
	/** Post counts, ascending. */
	sizes: number[];
	/** Timed cold builds per generator and size (the median is reported). */
	runs: number;
	generators: GeneratorId[];
	/** Where `<date>.json` and chart.svg go. */
	outDir: string;
	/** README whose table section is replaced, or null. */
	readme: string | null;
	/** Keep the scratch folder (datasets, builds, logs) for inspection. */
	keep: boolean;
	/** RSS sampling interval, milliseconds. */
	sampleMs: number;
	/** Row groups of this site left out of the run (quick looks, the one-off 50,000-post run). */
	skip: ReadonlySet<SkipGroup>;
	/** Recipients of the send line (bench/send.ts). */
	sendRecipients: number;
	/** Run only the send line (no builds, no results file). */
	sendOnly: boolean;
};

/** `cold-cache`: the empty-image-cache build; `families`: the per-family lines; `full-site`: the
 * whole-site builds (and with them the Pagefind line); `rebuild`: the one-post rebuild; `send`:
 * the newsletter send line. */
export const SKIP_GROUPS = ['cold-cache', 'families', 'full-site', 'rebuild', 'send'] as const;
export type SkipGroup = (typeof SKIP_GROUPS)[number];

export const DEFAULT_OUT_DIR = resolve(ROOT, 'bench', 'results');
const DEFAULT_README = resolve(ROOT, 'bench', 'README.md');
const ALL: GeneratorId[] = ['ours', 'baseline', 'hugo'];

const positiveInts = (text: string, flag: string) =>
	text.split(',').map((part) => {
		const n = Number(part.trim());
		if (!Number.isInteger(n) || n < 1)
			throw new Error(`${flag}: "${part}" is not a positive whole number`);
		return n;
	});

/** Options from argv (without node and script) and the environment (BENCH_OUT_DIR). */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): Options {
	const { values } = parseArgs({
		args: argv,
		options: {
			posts: { type: 'string', default: '1000' },
			runs: { type: 'string', default: '3' },
			smoke: { type: 'boolean', default: false },
			generators: { type: 'string', default: ALL.join(',') },
			out: { type: 'string' },
			readme: { type: 'string' },
			'no-readme': { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false },
			'sample-ms': { type: 'string', default: '50' },
			skip: { type: 'string', default: '' },
			send: { type: 'string', default: '10000' },
			'send-only': { type: 'boolean', default: false },
		},
	});
	const skip = values.skip
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean) as SkipGroup[];
	const unknownSkip = skip.filter((s) => !SKIP_GROUPS.includes(s));
	if (unknownSkip.length)
		throw new Error(`--skip: unknown ${unknownSkip.join(', ')} (known: ${SKIP_GROUPS.join(', ')})`);
	const generators = values.generators.split(',').map((g) => g.trim()) as GeneratorId[];
	const unknown = generators.filter((g) => !ALL.includes(g));
	if (unknown.length)
		throw new Error(`--generators: unknown ${unknown.join(', ')} (known: ${ALL.join(', ')})`);
	const outDir = resolve(values.out ?? env['BENCH_OUT_DIR'] ?? DEFAULT_OUT_DIR);
	// The README table follows the committed results only: a run into another folder leaves it alone.
	const readme = values['no-readme']
		? null
		: values.readme
			? resolve(values.readme)
			: outDir === DEFAULT_OUT_DIR
				? DEFAULT_README
				: null;
	return {
		sizes: [...new Set(positiveInts(values.smoke ? '200' : values.posts, '--posts'))].sort(
			(a, b) => a - b,
		),
		runs: values.smoke ? 1 : positiveInts(values.runs, '--runs')[0]!,
		generators,
		outDir,
		readme,
		keep: values.keep,
		sampleMs: positiveInts(values['sample-ms'], '--sample-ms')[0]!,
		skip: new Set(skip),
		sendRecipients: values.smoke ? 200 : positiveInts(values.send, '--send')[0]!,
		sendOnly: values['send-only'],
	};
}
