/** A NewsletterContext over a temporary database and publish root, logging into an array. */
import { join } from 'node:path';
import { readNewsletterConfig } from '../../../../server/newsletter/config.ts';
import { openDb } from '../../../../server/newsletter/db.ts';
import type { NewsletterContext } from '../../../../server/newsletter/send-post.ts';
import { memoryStatusWriter } from '../../../../server/status/writer.ts';

export const TEST_SECRET = 'test-nyhetsbrev-hemmelighet';

/** The context for `root` with `env` added to a working sending setup. */
export function testContext(root: string, env: Record<string, string | undefined> = {}) {
	const config = readNewsletterConfig({
		PUBLISH_ROOT: root,
		NEWSLETTER_DB: join(root, 'data', 'newsletter.sqlite'),
		NEWSLETTER_FROM: 'nyhetsbrev@example.no',
		NEWSLETTER_SECRET: TEST_SECRET,
		NEWSLETTER_PUBLIC_URL: 'https://trondelag.example.no',
		NEWSLETTER_RATE: '0',
		NEWSLETTER_RETRY_MS: '50',
		...env,
	});
	const lines: string[] = [];
	const status = memoryStatusWriter();
	const ctx: NewsletterContext = {
		db: openDb(config.dbPath),
		config,
		now: () => new Date(),
		log: (line) => lines.push(line),
		status,
	};
	return { ctx, lines, status };
}
