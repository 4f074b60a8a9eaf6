/**
 * The CLI's commands over a NewsletterContext (cli.ts reads the arguments and environment):
 * import, list, stats, export (GDPR art. 15), forget (art. 17), send and test. Returns false
 * when the command refused or failed (its line is already printed).
 */
import { normaliseAddress } from './address.ts';
import { refreshAudienceCounts } from './audience-status.ts';
import { importCsv } from './import.ts';
import { nl } from './messages.ts';
import { sendPost, type NewsletterContext } from './send-post.ts';
import { sendTest } from './send-test.ts';
import { allSubscribers, findByEmail, forgetAddress, subscriberStats } from './subscribers.ts';

export type CommandOptions = {
	dryRun: boolean;
	resendUncertain: boolean;
	audiences: string[];
	to: string[];
	readFile: (path: string) => Promise<{ bytes: Uint8Array; name: string }>;
};

function address(ctx: NewsletterContext, raw: string | undefined): string | null {
	const result = normaliseAddress(raw ?? '');
	if (!result.ok) ctx.log(nl.badAddress(result.reason));
	return result.ok ? result.address : null;
}

/** Runs `command` with its positional `args`; resolves false on a refusal or failure. */
export async function runCommand(
	ctx: NewsletterContext,
	command: string,
	args: string[],
	opts: CommandOptions,
): Promise<boolean> {
	const { db, log, now } = ctx;
	switch (command) {
		case 'import': {
			if (!args[0]) return (log(nl.usage), false);
			const file = await opts.readFile(args[0]).catch(() => null);
			if (!file) return (log(nl.noFile(args[0])), false);
			const summary = importCsv(db, file.bytes, {
				file: file.name,
				dryRun: opts.dryRun,
				now: now(),
			});
			for (const line of summary.lines) log(line);
			log(nl.importSummary(summary, opts.dryRun));
			if (!opts.dryRun) await refreshAudienceCounts(ctx);
			return true;
		}
		case 'list':
			for (const s of allSubscribers(db))
				log(
					[s.email, s.status, s.basis, s.roles.join('|'), s.orgName ?? '', s.name ?? ''].join('\t'),
				);
			return true;
		case 'stats':
			for (const [key, n] of Object.entries(subscriberStats(db))) log(`${key}\t${n}`);
			return true;
		case 'export': {
			const email = address(ctx, args[0]);
			if (!email) return false;
			const s = findByEmail(db, email);
			if (!s) return (log(nl.notFound), false);
			const sent = db
				.prepare(
					'SELECT post_id, state, attempts, updated_at FROM outbox WHERE subscriber_id = ? ORDER BY id',
				)
				.all(s.id);
			const { nonce: _secret, ...held } = s;
			log(JSON.stringify({ subscriber: held, messages: sent }, null, 2));
			return true;
		}
		case 'forget': {
			const email = address(ctx, args[0]);
			if (!email) return false;
			forgetAddress(db, email, now());
			log(nl.forgotten);
			await refreshAudienceCounts(ctx);
			return true;
		}
		case 'send': {
			if (!args[0]) return (log(nl.usage), false);
			const result = await sendPost(ctx, {
				slug: args[0],
				audiences: opts.audiences,
				dryRun: opts.dryRun,
				resendUncertain: opts.resendUncertain,
				trigger: 'cli',
			});
			return result.ok;
		}
		case 'test': {
			if (!args[0] || !opts.to.length) return (log(nl.usage), false);
			const to = opts.to.map((raw) => address(ctx, raw));
			if (to.some((a) => a === null)) return false;
			return sendTest(ctx, args[0], to as string[]);
		}
		default:
			log(nl.usage);
			return false;
	}
}
