#!/usr/bin/env node
// Serves the built site (dist/) the way a static host does. sirv does the serving: it lists the
// folder once at start-up and answers only paths in that list, so no request can reach a file
// outside it. This wrapper wires the options: port, folder, BASE_PATH, 404.html with status 404,
// a folder without its trailing slash redirected to it (trailingSlash 'always'), and the
// response headers of the build's _headers file, applied as Netlify and Cloudflare Pages do.
// Not `astro preview`: it refuses to start while another preview of the project runs, and tests
// and `npm start` need to coexist.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from '@polka/url';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../src/lib/headers/headers-file.ts';
import { resolveBasePath } from '../src/lib/site-config.ts';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4321' },
		host: { type: 'string', default: '127.0.0.1' },
		dir: { type: 'string', default: 'dist' },
		quiet: { type: 'boolean', default: false },
	},
});
const root = resolve(values.dir);
const base = resolveBasePath(process.env.BASE_PATH);

if (!existsSync(join(root, 'index.html')) || !existsSync(join(root, '_headers'))) {
	console.error(
		`No complete build in ${root} (index.html and _headers). Run "npm run build" first (npm start does it for you).`,
	);
	process.exit(1);
}
const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
const notFoundPage = readFileSync(join(root, '404.html'));
// Folders with an index page, as URL paths without the trailing slash ("/docs/guides"): the only
// paths this server redirects, so a Location header never carries text from the request.
const folders = new Set(
	readdirSync(root, { recursive: true })
		.filter((file) => basename(file) === 'index.html')
		.map((file) => {
			const folder = dirname(file) === '.' ? '' : dirname(file).split(sep).join('/');
			return (base + folder).replace(/\/$/, '');
		}),
);
// Static hosts read _headers and never serve it.
const hidden = new Set([`${base}_headers`]);

const files = sirv(root, { etag: true, extensions: ['html'], onNoMatch: notFound });

function notFound(req, res) {
	res.writeHead(404, {
		'Content-Type': 'text/html; charset=utf-8',
		'Content-Length': notFoundPage.length,
	});
	res.end(notFoundPage);
}

function handle(req, res) {
	// sirv pipes a file it listed at start-up; if a new build has removed it since, the read
	// stream fails, and an unhandled stream error would end the process.
	res.on('pipe', (source) =>
		source.on('error', (error) => {
			console.error(`${error.message}: the build changed since start-up; restart the server.`);
			res.destroy();
		}),
	);
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	const { pathname, search } = parse(req);
	// HTML revalidates on every visit, as on static hosts; _headers overrides it for /_astro/.
	res.setHeader('Cache-Control', 'no-cache');
	for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
	if (folders.has(pathname)) {
		res
			.writeHead(301, { Location: `${pathname}/${/^\?[\x21-\x7e]*$/.test(search) ? search : ''}` })
			.end();
	} else if (!pathname.startsWith(base) || hidden.has(pathname)) {
		notFound(req, res);
	} else {
		// sirv serves from the folder's root: hand it the path below BASE_PATH.
		req.url = req.url.slice(base.length - 1);
		files(req, res);
	}
}

const server = createServer((req, res) => {
	try {
		handle(req, res);
	} catch (error) {
		// Whatever a request holds, it costs that request only, never the server.
		console.error(error);
		if (!res.headersSent) res.writeHead(500).end();
		else res.destroy();
	}
});

server.listen(Number(values.port), values.host, () => {
	const { port } = server.address();
	if (!values.quiet) console.log(`RDP Troubleshooter is served at http://localhost:${port}${base}`);
});
