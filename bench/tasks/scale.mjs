// Scale: synthetic sites with 10, 100 and 1,000 guides (and a graph of matching size) built in a
// temporary folder (bench/out/, not committed); build time, dist size and Pagefind index size, with the ratio per guide.
// One build per size (a 1,000-guide build is the expensive figure); SCALE_SIZES overrides.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticSite } from '../lib/synthetic-site.mjs';

const SIZES = (process.env.SCALE_SIZES ?? '10,100,1000').split(',').map(Number);

function bytesIn(dir) {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		total += entry.isDirectory() ? bytesIn(path) : statSync(path).size;
	}
	return total;
}

export async function run({ root }) {
	const figures = [];
	const builds = [];
	for (const guides of SIZES) {
		const dir = writeSyntheticSite({
			root,
			dir: join(root, 'bench/out', `scale-${guides}`),
			guides,
		});
		const started = performance.now();
		execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			stdio: 'pipe',
			maxBuffer: 256 * 1024 * 1024,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		const seconds = (performance.now() - started) / 1000;
		const dist = bytesIn(join(dir, 'dist'));
		const index = bytesIn(join(dir, 'dist/pagefind'));
		figures.push(
			{
				name: `${guides} guides: build time`,
				value: Number(seconds.toFixed(1)),
				unit: 's',
				target: guides === 1000 ? '< 60 s' : undefined,
				note: `${((seconds * 1000) / guides).toFixed(0)} ms per guide`,
			},
			{
				name: `${guides} guides: dist size`,
				value: Math.round(dist / 1024),
				unit: 'KiB',
				note: `${(dist / 1024 / guides).toFixed(1)} KiB per guide`,
			},
			{
				name: `${guides} guides: Pagefind index`,
				value: Math.round(index / 1024),
				unit: 'KiB',
				note: `${(index / 1024 / guides).toFixed(1)} KiB per guide`,
			},
		);
		builds.push({ guides, seconds });
		rmSync(dir, { recursive: true, force: true });
	}
	// Fixed costs (Vite, Starlight, the search UI) dominate small sites; the marginal cost per added
	// guide between sizes is what shows whether the build grows linearly.
	for (let i = 1; i < builds.length; i++) {
		const [a, b] = [builds[i - 1], builds[i]];
		figures.push({
			name: `marginal build cost ${a.guides} -> ${b.guides} guides`,
			value: Math.round(((b.seconds - a.seconds) * 1000) / (b.guides - a.guides)),
			unit: 'ms per added guide',
		});
	}
	return { title: 'Scale: synthetic sites', figures };
}
