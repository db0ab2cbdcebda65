import type { APIRoute } from 'astro';
import { allCodes } from '../../data/codes.ts';
import { buildExactCodeMap } from '../../lib/search/exact-code-map.ts';

/** Every code spelling's pages, for the search dialog's exact-code line (exact-code-map.ts). */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(buildExactCodeMap(await allCodes())), {
		headers: { 'Content-Type': 'application/json' },
	});
