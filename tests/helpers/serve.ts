/**
 * A static file server for a built `dist/` on a loopback port, like a plain web host: folders
 * serve their index.html, unknown paths the site's 404.html with status 404. Used by the
 * browser suite and the screenshot and audit scripts; it never reaches outside the folder.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
	'.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	'.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	'.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	'.odt': 'application/vnd.oasis.opendocument.text',
};

export type StaticServer = { origin: string; close: () => Promise<void> };

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
	const path = normalize(join(root, decodeURIComponent(urlPath)));
	if (path !== root && !path.startsWith(root + sep)) return undefined;
	const info = await stat(path).catch(() => undefined);
	if (info?.isFile()) return path;
	if (info?.isDirectory() && urlPath.endsWith('/')) {
		const index = join(path, 'index.html');
		if ((await stat(index).catch(() => undefined))?.isFile()) return index;
	}
	return undefined;
}

/** Serves `root` on 127.0.0.1 (a free port unless `port` is given). */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
	const base = normalize(root);
	const server = createServer(async (req, res) => {
		const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
		const file = await resolveFile(base, urlPath).catch(() => undefined);
		const target = file ?? join(base, '404.html');
		const found = file ? true : Boolean(await stat(target).catch(() => undefined));
		res.statusCode = file ? 200 : 404;
		res.setHeader(
			'Content-Type',
			TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
		);
		if (!found || req.method === 'HEAD') return void res.end();
		createReadStream(target).pipe(res);
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const { port: actual } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${actual}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
