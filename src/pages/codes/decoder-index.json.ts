import type { APIRoute } from 'astro';
import { decoderIndex } from '../../data/codes.ts';

/** The slim code list the decoder island fetches once, when it is first used. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await decoderIndex()), {
		headers: { 'Content-Type': 'application/json' },
	});
