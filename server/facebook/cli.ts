/**
 * `npm run facebook:publish [-- --publish]`: posts newly published posts marked «Del på
 * Facebook» to the organisation's Facebook Page. Dry-run by default (prints what it would post);
 * `--publish` posts, with FACEBOOK_PAGE_ID and FACEBOOK_PAGE_TOKEN set. Exit code 0 on success
 * or dry-run, 1 with one Norwegian line on failure or when items wait on a temporary error
 * (a refused item is reported and does not change the exit code). The token is never printed.
 */
import { redact } from './graph-errors.ts';
import { readFacebookConfig } from './config.ts';
import { publishFromSite } from './publish-from-site.ts';

const USAGE = 'Bruk: npm run facebook:publish [-- --publish]';
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--publish');

if (args.includes('--help') || args.includes('-h')) {
	console.log(USAGE);
} else if (unknown.length > 0) {
	console.error(`Ukjent valg: ${unknown.join(' ')}. ${USAGE}`);
	process.exitCode = 1;
} else {
	try {
		const config = readFacebookConfig(process.env);
		const summary = await publishFromSite(config, {
			publish: args.includes('--publish'),
			now: new Date(),
			print: (line) => console.log(line),
		});
		if (summary.deferred > 0) {
			console.error(
				`Facebook-publisering ufullstendig: ${summary.deferred} innlegg venter på en midlertidig feil (se over); kjør på nytt senere.`,
			);
			process.exitCode = 1;
		}
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		console.error(
			`Facebook-publisering feilet: ${redact(message, process.env.FACEBOOK_PAGE_TOKEN?.trim())}`,
		);
		process.exitCode = 1;
	}
}
