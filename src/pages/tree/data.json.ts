import type { APIRoute } from 'astro';
import { treeBundle } from '../../data/tree.ts';

/** The tree and paste signatures both home-page islands fetch once, on first use. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(treeBundle), {
		headers: { 'Content-Type': 'application/json' },
	});
