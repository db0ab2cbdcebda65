import { type ChildProcess, spawn } from 'node:child_process';
import { type AddressInfo, connect, createServer } from 'node:net';
import { DIST } from './built-site';

/** A running scripts/serve.mjs on a free port, and its exit code once it has stopped. */
export interface Served {
	port: number;
	child: ChildProcess;
	stop: () => void;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

/** Starts the real `npm start` server over a build (the one under test unless `dir` says); resolves once it accepts connections. */
export async function startServer(dir = DIST): Promise<Served> {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		['scripts/serve.mjs', '--port', String(port), '--dir', dir, '--quiet'],
		{
			env: process.env,
			stdio: ['ignore', 'inherit', 'inherit'],
		},
	);
	const served = { port, child, stop: () => child.kill() };
	for (let tries = 0; tries < 100; tries++) {
		if (child.exitCode !== null)
			throw new Error(`scripts/serve.mjs exited with ${child.exitCode} before listening.`);
		const up = await new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1', () => resolve(!!socket.end()));
			socket.on('error', () => resolve(false));
		});
		if (up) return served;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	served.stop();
	throw new Error(`scripts/serve.mjs did not listen on port ${port} within 10 s.`);
}

/** One parsed HTTP/1.1 response; status 0 when the connection closed without one. */
export interface RawResponse {
	status: number;
	headers: Map<string, string>;
	body: string;
}

/**
 * Sends `METHOD target HTTP/1.1` over a plain socket, exactly as written (no client normalises
 * the target), and reads the whole response.
 */
export function rawRequest(port: number, target: string, method = 'GET'): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1');
		const chunks: Buffer[] = [];
		socket.setTimeout(5000, () =>
			socket.destroy(new Error(`No answer to ${method} ${target.slice(0, 80)}`)),
		);
		socket.on('data', (chunk) => chunks.push(chunk));
		socket.on('error', reject);
		socket.on('close', () => {
			const text = Buffer.concat(chunks).toString('latin1');
			const end = text.indexOf('\r\n\r\n');
			const [statusLine = '', ...lines] = (end < 0 ? text : text.slice(0, end)).split('\r\n');
			const headers = new Map<string, string>();
			for (const line of lines) {
				const colon = line.indexOf(':');
				if (colon > 0)
					headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
			}
			const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0);
			resolve({ status, headers, body: end < 0 ? '' : text.slice(end + 4) });
		});
		// write, not end: a half-closed socket may lose the answer; "Connection: close" ends it.
		socket.write(
			`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
			'latin1',
		);
	});
}
