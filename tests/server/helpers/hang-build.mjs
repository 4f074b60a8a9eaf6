// A build that never ends, as a hung `astro build` with a worker: starts a child process (same
// process group), writes "<own pid> <child pid>" to --pids, writes a page into --outDir, then waits.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
const worker = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
mkdirSync(arg('--outDir'), { recursive: true });
writeFileSync(join(arg('--outDir'), 'index.html'), 'halvferdig');
writeFileSync(arg('--pids'), `${process.pid} ${worker.pid}`);
console.log('12:00:00 [build] venter for alltid');
setInterval(() => {}, 1000);
