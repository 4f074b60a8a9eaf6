/**
 * One timed cold build of one generator, checked: it must exit 0 and write exactly the expected
 * post pages, list pages, topic pages and feed items, or the whole bench run fails.
 */
import { countMismatches, countOutput, type Counts } from './count.ts';
import { makeCold, type BuildInput, type Expected, type Generator } from './generators.ts';
import { logTail, measure } from './measure.ts';
import type { Run } from './results.ts';

export class BenchError extends Error {}

/** Builds cold, measures wall time and peak tree RSS, counts the output and checks the counts. */
export async function timedBuild(
	generator: Generator,
	input: BuildInput,
	expected: Expected,
	what: { posts: number; label: string; logFile: string; sampleMs: number },
): Promise<{ run: Run; counts: Counts; logFile: string; peakRssByName: Record<string, number> }> {
	await makeCold(generator, input);
	const m = await measure(generator.command(input), what.logFile, what.sampleMs);
	const name = `${generator.id}, ${what.posts} posts, ${what.label}`;
	if (m.exitCode !== 0)
		throw new BenchError(
			`[bench] ${name}: build failed (exit ${m.exitCode}); log ${m.logFile}:\n${logTail(m.logFile)}`,
		);
	const counts = countOutput(input.outDir, generator.layout);
	const wrong = countMismatches(counts, expected);
	if (wrong.length)
		throw new BenchError(
			`[bench] ${name}: wrong output in ${input.outDir}:\n  ${wrong.join('\n  ')}`,
		);
	return {
		run: { wallMs: m.wallMs, peakRssBytes: m.peakRssBytes },
		counts,
		logFile: m.logFile,
		peakRssByName: m.peakRssByName,
	};
}
