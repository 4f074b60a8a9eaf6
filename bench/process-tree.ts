/**
 * Resident memory of a whole process tree, read from /proc (Linux). A build runs node, esbuild
 * and worker processes at once; `/usr/bin/time -f %M` reports only the largest single process,
 * so the bench sums the RSS of the root and every descendant at each sample instead.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const PAGE_SIZE = (() => {
	try {
		return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' })) || 4096;
	} catch {
		return 4096;
	}
})();

type Stat = { pid: number; ppid: number; pgrp: number; rssBytes: number; name: string };

/** Parses /proc/<pid>/stat; the command name may hold spaces and parentheses, so split after ")". */
function readStat(pid: number): Stat | undefined {
	try {
		const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
		// fields[0] is field 3 (state): ppid is field 4, pgrp field 5, rss (pages) field 24.
		const [ppid, pgrp, rss] = [fields[1], fields[2], fields[21]].map(Number) as [
			number,
			number,
			number,
		];
		const name = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
		return { pid, ppid, pgrp, rssBytes: rss * PAGE_SIZE, name };
	} catch {
		return undefined; // the process ended between readdir and read
	}
}

/** The tree's RSS in bytes, summed, and summed per process name (`comm`, e.g. `pagefind_extend`). */
export type TreeRss = { total: number; byName: Map<string, number> };

/**
 * Sum of RSS in bytes of `root`, all its live descendants and any other member of its process
 * group (a child orphaned by its parent still counts); 0 once the tree is gone.
 */
export function treeRssBytes(root: number): number {
	return treeRss(root).total;
}

/** The RSS of `root`'s tree (see treeRssBytes), also per process name. */
export function treeRss(root: number): TreeRss {
	const stats = readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.map((name) => readStat(Number(name)))
		.filter((s): s is Stat => s !== undefined);
	const children = new Map<number, Stat[]>();
	for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
	const members = new Set(stats.filter((s) => s.pid === root || s.pgrp === root));
	const queue = [root];
	while (queue.length) {
		for (const child of children.get(queue.pop()!) ?? []) {
			members.add(child);
			queue.push(child.pid);
		}
	}
	const byName = new Map<string, number>();
	for (const s of members) byName.set(s.name, (byName.get(s.name) ?? 0) + s.rssBytes);
	return { total: [...members].reduce((sum, s) => sum + s.rssBytes, 0), byName };
}
