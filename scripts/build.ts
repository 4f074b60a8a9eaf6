/**
 * `npm run build`: runs `astro build` into a fresh folder and swaps it into dist/ only when the
 * build succeeded, so dist/ is never left half-written. Extra arguments go to astro.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const next = join(root, '.dist-next');
const previous = join(root, '.dist-previous');

rmSync(next, { recursive: true, force: true });
const astro = join(root, 'node_modules', '.bin', 'astro');
const result = spawnSync(astro, ['build', '--outDir', next, ...process.argv.slice(2)], {
	cwd: root,
	stdio: 'inherit',
});
if (result.status !== 0) {
	rmSync(next, { recursive: true, force: true });
	console.error(`\nBygget feilet; dist/ er ikke endret.`);
	process.exit(result.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
rmSync(previous, { recursive: true, force: true });
console.log('dist/ er oppdatert.');
