/** What the numbers were measured on: cores, memory, CPU, and the versions of node, astro and hugo. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { arch, availableParallelism, cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../src/config.ts';
import { ROOT, SITE_ROOT } from './generators.ts';
import type { Machine } from './results.ts';

const run = (command: string, args: string[]) => {
	try {
		return execFileSync(command, args, { encoding: 'utf8' }).trim();
	} catch {
		return null;
	}
};

function packageVersion(root: string, name: string): string | null {
	try {
		const pkg = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
		return String(pkg.version);
	} catch {
		return null;
	}
}

/** The machine and tool versions; `hugo` is null when it is not installed. */
export function describeMachine(hugo: boolean): Machine {
	const astro = packageVersion(SITE_ROOT, 'astro') ?? packageVersion(ROOT, 'astro') ?? 'unknown';
	return {
		cores: availableParallelism(),
		memoryBytes: totalmem(),
		cpu: cpus()[0]?.model ?? 'unknown',
		os: `${type()} ${release()} ${arch()}`,
		// The node that runs the builds: the root's node_modules/.bin/node (the `node` devDependency).
		node: run(join(ROOT, 'node_modules', '.bin', 'node'), ['--version']) ?? process.version,
		astro,
		hugo: hugo ? (run('hugo', ['version'])?.match(/v\d+\.\d+\.\d+/)?.[0] ?? 'unknown') : null,
		buildWorkers: readConfig().buildWorkers,
	};
}
