import type { APIRoute } from 'astro';
import { COLLECTOR_BYTES } from '../../components/collect/script.ts';

/** The collector script, byte for byte the file the /collect/ page shows and hashes. */
export const GET: APIRoute = () =>
	new Response(COLLECTOR_BYTES, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
