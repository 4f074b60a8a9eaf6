/** The Nu Html Checker (vnu.jar, needs Java) over every site HTML file in dist/. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { emailFiles, htmlFiles } from './helpers/pages.ts';

type VnuMessage = {
	type: string;
	subType?: string;
	url: string;
	lastLine?: number;
	message: string;
};

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** Runs vnu over the files; it writes its JSON report to stderr. */
function runVnu(files: string[]): Promise<VnuMessage[]> {
	return new Promise((done, fail) => {
		const child = spawn('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files]);
		let report = '';
		child.stderr.on('data', (d) => (report += d));
		child.on('error', fail);
		child.on('close', () => {
			try {
				done((JSON.parse(report) as { messages: VnuMessage[] }).messages);
			} catch {
				fail(new Error(`vnu did not report JSON:\n${report}`));
			}
		});
	});
}

test('every site HTML page passes the Nu Html Checker with 0 errors', async () => {
	const outDir = inject('outDir');
	const emails = await emailFiles(outDir);
	expect(emails.size).toBeGreaterThan(0);
	const files = (await htmlFiles(outDir)).filter((f) => !emails.has(f));
	expect(files.length).toBeGreaterThan(10);
	const messages = await runVnu(files.map((f) => join(outDir, f)));
	const errors = messages
		.filter((m) => m.type === 'error' || m.subType === 'fatal')
		.map((m) => `${m.url.replace(`file:${outDir}`, '')}:${m.lastLine ?? '?'} ${m.message}`);
	expect(errors).toEqual([]);
});
