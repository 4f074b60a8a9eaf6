/**
 * `node scripts/restore-addresses.ts <site URL> [record file]`: before a build that keeps nothing
 * between runs (.github/workflows/deploy.yml), fetches the live site's record of published
 * addresses into `reports/urls.json` (src/site/addresses/restore.ts). Exits 1 with one Norwegian
 * line when the site answers but the record cannot be read, so the live site stays as it is.
 */
import { addressMessages as m } from '../src/report/messages.ts';
import { restoreRecord } from '../src/site/addresses/restore.ts';

const [siteUrl, file = 'reports/urls.json'] = process.argv.slice(2);
if (!siteUrl) {
	console.error(
		m.restoreFailed('nettstedets adresse mangler (node scripts/restore-addresses.ts <url>)'),
	);
	process.exit(1);
}
try {
	const result = await restoreRecord(siteUrl, file);
	console.log(result.restored ? m.restored(result.entries, file) : m.noRecordYet);
} catch (e) {
	console.error(m.restoreFailed(e instanceof Error ? e.message : String(e)));
	process.exit(1);
}
