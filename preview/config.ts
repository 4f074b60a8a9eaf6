/**
 * The live preview server's configuration, read from the environment in this one place (like
 * server/config.ts for the publish server). The site's own settings come from src/config.ts with
 * two fixed: the drafts perspective unless releases are named, and Sanity CDN images (the server
 * has no build step that writes /bilder/).
 */
import { createHash } from 'node:crypto';
import { readConfig, type ApiSourceConfig, type Config } from '../src/config.ts';
import { ConfigError } from '../src/report/report.ts';

export type PreviewConfig = {
	/** The site's configuration (source in the API, drafts perspective, CDN images). */
	site: Config & { source: ApiSourceConfig & { token: string } };
	/** SANITY_STUDIO_URL: where stega's edit links point (the deployed Studio). */
	studioUrl: string;
	/** The key that signs preview sessions, derived from the read token (nothing else to set). */
	sessionKey: string;
};

/** The Studio the editors use when SANITY_STUDIO_URL is unset (`npm run studio`). */
export const DEFAULT_STUDIO_URL = 'http://localhost:3333';

type Env = Record<string, string | undefined>;

/** Reads the preview server's settings; throws ConfigError with a Norwegian message. */
export function readPreviewConfig(env: Env): PreviewConfig {
	const perspective = env.SANITY_PERSPECTIVE?.trim();
	const site = readConfig({
		...env,
		SANITY_PERSPECTIVE: perspective && perspective !== 'published' ? perspective : 'drafts',
		IMAGE_CDN: '1',
	});
	if (site.source.mode !== 'api' || !site.source.token)
		throw new ConfigError(
			'Direkte forhåndsvisning leser utkast fra Sanity: sett SANITY_PROJECT_ID og SANITY_TOKEN (et token med lesetilgang, «Viewer»).',
		);
	const studioUrl = (env.SANITY_STUDIO_URL?.trim() || DEFAULT_STUDIO_URL).replace(/\/+$/, '');
	if (!/^https?:\/\/[^\s/]+/.test(studioUrl) || !URL.canParse(studioUrl))
		throw new ConfigError(`SANITY_STUDIO_URL må være en http(s)-adresse, ikke "${studioUrl}".`);
	const sessionKey = createHash('sha256')
		.update(`ks-preview-session:${site.source.token}`)
		.digest('hex');
	return {
		site: site as PreviewConfig['site'],
		studioUrl,
		sessionKey,
	};
}
