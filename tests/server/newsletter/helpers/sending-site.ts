/** The start of the tests that really send: a prepared site, the role list imported, an SMTP sink. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openDb } from '../../../../server/newsletter/db.ts';
import { importCsv } from '../../../../server/newsletter/import.ts';
import { makeNewsletterRoot, ROLE_LIST, type NewsletterRoot } from './newsletter-root.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';

/** A site with its subscriber database (`db`) holding the role list, and a listening SMTP sink. */
export async function startSendingSite(): Promise<{
	site: NewsletterRoot;
	sink: SmtpSink;
	db: string;
}> {
	const site = await makeNewsletterRoot();
	const sink = await startSmtpSink();
	const db = join(site.root, 'data', 'newsletter.sqlite');
	const open = openDb(db);
	importCsv(open, await readFile(ROLE_LIST), { file: 'liste.csv', now: new Date() });
	open.close();
	return { site, sink, db };
}
