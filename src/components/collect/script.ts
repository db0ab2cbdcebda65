/**
 * The collector script as the site ships it: one source file (src/collector/rdp-collect.ps1)
 * for the page that shows it, the download endpoint and the SHA-256 the page prints, so the three
 * can never differ. The hash is taken at build time over the exact bytes the endpoint serves.
 */
import { createHash } from 'node:crypto';
import script from '../../collector/rdp-collect.ps1?raw';

/** The script's text (ASCII only, so Windows PowerShell 5.1 reads it the same without a BOM). */
export const COLLECTOR_SCRIPT: string = script;
/** The bytes served at /collect/rdp-collect.ps1. */
export const COLLECTOR_BYTES: Uint8Array<ArrayBuffer> = new TextEncoder().encode(script);
/** SHA-256 of those bytes in upper-case hex, as Get-FileHash prints it. */
export const COLLECTOR_SHA256: string = createHash('sha256')
	.update(COLLECTOR_BYTES)
	.digest('hex')
	.toUpperCase();
/** The file name the download saves as. */
export const COLLECTOR_FILE = 'rdp-collect.ps1';
