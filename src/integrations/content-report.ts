/**
 * Two build-time jobs around the content store:
 * - before the build, read the configured source once, decide the public site URL and hand it to
 *   Astro as `site`, and load the content store (so an API that cannot answer stops the build here,
 *   before any page is written); stop with one clear message (no stack trace) when the
 *   configuration, the dataset or the API cannot be used;
 * - after the build (and after the images integration wrote its files and its warnings), print the
 *   content report as one block and write it as JSON to `<reportDir>/content.json`, beside dist/
 *   (with each post's plain-language counts: `readability`, src/content/readability.ts);
 *   a production build also writes `<reportDir>/schedule.json` for the publish server
 *   (server/schedule/schedule-file.ts reads it): `{ "nextChangeAt": ISO | null, "nextKind",
 *   "nextLabel", "nextPublishAt": ISO | null, "builtAt": ISO, "changes": [{ "at", "kind", "id"? }] }`,
 *   and `<reportDir>/newsletter.json`, the e-mail editions the newsletter sender may send
 *   (src/site/email/newsletter-list.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildConfig } from '../build-state.ts';
import { readabilityReport } from '../content/readability.ts';
import { siteChanges, type SiteChange } from '../content/schedule.ts';
import { buildReport, contentSource, siteUrl } from '../content/source.ts';
import { loadContent } from '../content/store.ts';
import { changeKinds, reportMessages } from '../report/messages.ts';
import { FatalBuildError, reportJson } from '../report/report.ts';
import { writeNewsletterList } from '../site/email/newsletter-list.ts';

/** Reads the source, decides the site URL and loads the content; returns the URL, or the message of a fatal fault. */
export async function preflight(): Promise<{ site: string } | { problem: string }> {
	try {
		await contentSource();
		const site = await siteUrl();
		await loadContent();
		return { site };
	} catch (e) {
		if (e instanceof FatalBuildError) return { problem: e.message };
		throw e;
	}
}

/**
 * Writes `<dir>/schedule.json`: every coming change of the site by the clock (src/content/schedule.ts),
 * the earliest as `nextChangeAt` (ISO 8601, or null) with its kind, the next scheduled post as
 * `nextPublishAt`, and the build clock. Returns its path and the next change.
 */
export async function writeScheduleJson(
	dir: string,
): Promise<{ file: string; next: SiteChange | null }> {
	const store = await loadContent();
	const changes = siteChanges({
		now: store.builtAt,
		nextPublishAt: store.nextPublishAt,
		pin: store.settings.leadStory,
		posts: store.posts,
		events: store.events,
	});
	const next = changes[0] ?? null;
	const file = join(dir, 'schedule.json');
	await mkdir(dir, { recursive: true });
	const schedule = {
		nextChangeAt: next?.at ?? null,
		nextKind: next?.kind ?? null,
		nextLabel: next ? changeKinds[next.kind] : null,
		nextPublishAt: store.nextPublishAt,
		builtAt: store.builtAt.toISOString(),
		changes,
	};
	await writeFile(file, `${JSON.stringify(schedule, null, '\t')}\n`);
	return { file, next };
}

/** Writes the machine-readable report to `<dir>/content.json`; returns its path. */
export async function writeReportJson(dir: string): Promise<string> {
	const { posts, settings } = await loadContent();
	const file = join(dir, 'content.json');
	await mkdir(dir, { recursive: true });
	const json = {
		...reportJson(buildReport(), buildConfig().now),
		readability: readabilityReport(posts, settings.plainLanguage),
	};
	await writeFile(file, `${JSON.stringify(json, null, '\t')}\n`);
	return file;
}

export default function contentReport(): AstroIntegration {
	return {
		name: 'ks-content-report',
		hooks: {
			'astro:config:setup': async ({ command, logger, updateConfig }) => {
				if (command !== 'build') return;
				const result = await preflight();
				if ('site' in result) return void updateConfig({ site: result.site });
				logger.error(`[sanity] ${result.problem}`);
				process.exit(1);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const config = buildConfig();
				const text = buildReport().format();
				if (text) logger.warn(`\n${text}`);
				else logger.info(reportMessages.clean);
				const file = await writeReportJson(config.reportDir);
				logger.info(reportMessages.written(file));
				// A preview publishes nothing, so it schedules no rebuild of the site.
				if (config.preview) return;
				const schedule = await writeScheduleJson(config.reportDir);
				logger.info(reportMessages.schedule(schedule.file, schedule.next));
				// The publish server's sender reads the editions of this build (issue 28).
				if (config.outputs.has('email'))
					await writeNewsletterList(config.reportDir, fileURLToPath(dir));
			},
		},
	};
}
