/**
 * `npm run digest -- --from 2026-11-01 --to 2026-11-30 [--out <folder>]`: one e-mail with every post
 * published in the period (Oslo days, both included), upcoming events and open deadlines, written
 * as `digest-<from>-<to>.html` and `.txt` into reports/email/ (or --out).
 */
import { monthRange } from '../src/lib/dates.ts';
import { digestEdition } from '../src/site/email/editions.ts';
import { fail, loadStore, outDir, readArgs, showPath, writeEdition } from './lib/email-output.ts';

const USAGE = 'Bruk: npm run digest -- --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD [--out <mappe>]';
const { values } = readArgs({ from: { type: 'string' }, to: { type: 'string' } });
const isDate = (v: string | undefined): v is string =>
	!!v &&
	/^\d{4}-\d{2}-\d{2}$/.test(v) &&
	monthRange(v.slice(0, 7)).to >= v &&
	!Number.isNaN(Date.parse(v));
if (!isDate(values.from) || !isDate(values.to)) fail(USAGE);
if (values.to < values.from) fail(`--to (${values.to}) er før --from (${values.from}).`);
const dir = outDir(values.out);
await loadStore();
const edition = await digestEdition({ from: values.from, to: values.to });
const files = await writeEdition(dir, `digest-${values.from}-${values.to}`, edition);
console.log(
	`Samlebrevet ${values.from} – ${values.to}:\n  ${showPath(files.html)}\n  ${showPath(files.text)}`,
);
