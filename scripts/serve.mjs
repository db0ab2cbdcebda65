#!/usr/bin/env node
// Serves the built site in dist/ the way a static host would: files by path, directories by
// index.html, unknown paths with 404.html and status 404, everything under BASE_PATH.
// Our own tiny server rather than `astro preview`, which refuses to start while another
// preview of the project runs (tests and `npm start` need to coexist).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4321' },
		host: { type: 'string', default: '127.0.0.1' },
		dir: { type: 'string', default: 'dist' },
		quiet: { type: 'boolean', default: false },
	},
});
const root = resolve(values.dir);
const base = `/${(process.env.BASE_PATH ?? '').split('/').filter(Boolean).join('/')}/`.replace('//', '/');

const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
};

try {
	await stat(join(root, 'index.html'));
} catch {
	console.error(`No built site in ${root}. Run "npm run build" first (npm start does it for you).`);
	process.exit(1);
}

/** Maps a URL path to a file inside root, or null when it falls outside base or root. */
function fileFor(pathname) {
	if (!pathname.startsWith(base)) return null;
	let rel;
	try {
		rel = decodeURIComponent(pathname.slice(base.length));
	} catch {
		return null;
	}
	const file = normalize(join(root, rel));
	if (file !== root && !file.startsWith(root + '/')) return null;
	return pathname.endsWith('/') ? join(file, 'index.html') : file;
}

async function send(res, status, file, method) {
	const body = await readFile(file);
	res.writeHead(status, {
		'Content-Type': types[extname(file)] ?? 'application/octet-stream',
		'Content-Length': body.length,
		'Cache-Control': 'no-cache',
	});
	res.end(method === 'HEAD' ? undefined : body);
}

const server = createServer(async (req, res) => {
	const method = req.method ?? 'GET';
	if (method !== 'GET' && method !== 'HEAD') {
		res.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	const url = new URL(req.url ?? '/', 'http://localhost');
	const file = fileFor(url.pathname);
	try {
		if (file) {
			const info = await stat(file);
			if (info.isDirectory()) {
				res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			await send(res, 200, file, method);
			return;
		}
	} catch {
		// fall through to the 404 page
	}
	await send(res, 404, join(root, '404.html'), method);
});

server.listen(Number(values.port), values.host, () => {
	if (!values.quiet) console.log(`RDP Troubleshooter is served at http://localhost:${values.port}${base}`);
});
