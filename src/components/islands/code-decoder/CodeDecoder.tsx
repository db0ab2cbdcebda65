import { useId } from 'preact/hooks';
import type { CodeIndexEntry } from '../../../schemas/codes.ts';
import type { DecodeResult, Match } from '../../../lib/codes/lookup.ts';
import type { Reading } from '../../../lib/codes/parse.ts';
import { familyInfo } from '../../../lib/codes/families.ts';
import { codeUrl, splitCodeId, toHex } from '../../../lib/codes/spellings.ts';
import { codeTitle, firstSentence } from '../../../lib/codes/titles.ts';
import { assertNever } from '../../../lib/assert-never.ts';
import { useDecoder } from './model.ts';
import './code-decoder.css';

interface Props {
	/** URL of decoder-index.json. */
	indexUrl: string;
	/** The site's base path, ending in `/`. */
	base: string;
}

function readingNote(reading: Reading | undefined): string | undefined {
	if (!reading) return undefined;
	switch (reading.base) {
		case 'hex':
			return /^0x/i.test(reading.text)
				? undefined
				: `${reading.text} read as hex ${toHex(reading.value)}`;
		case 'decimal':
			return `${reading.text} read as decimal ${reading.value} = ${toHex(reading.value)}`;
		case 'hex-and-decimal':
			return undefined;
		default:
			return assertNever(reading.base);
	}
}

function Entry({
	entry,
	reading,
	base,
}: {
	entry: CodeIndexEntry;
	reading?: Reading | undefined;
	base: string;
}) {
	const note = readingNote(reading);
	const { hex } = splitCodeId(entry.id);
	return (
		<li class="decoder-match">
			<a href={codeUrl(entry.id, base)}>{codeTitle({ family: entry.family, hex })}</a>{' '}
			<span class="decoder-meta">
				(decimal {entry.decimal}; {familyInfo(entry.family).label}
				{note ? `; ${note}` : ''})
			</span>
			{entry.names[0] && (
				<>
					{' '}
					<code>{entry.names[0]}</code>
				</>
			)}
			<p>
				{entry.evidence !== 'official' && (
					<strong>
						{entry.evidence === 'unverified' ? 'Unverified. ' : 'Not confirmed by Microsoft. '}
					</strong>
				)}
				{firstSentence(entry.meaning)}
			</p>
		</li>
	);
}

function Matches({ matches, base }: { matches: Match[]; base: string }) {
	return (
		<ul class="decoder-list">
			{matches.map((m) => (
				<Entry
					key={m.entry.id + (m.reading?.base ?? '')}
					entry={m.entry}
					reading={m.reading}
					base={base}
				/>
			))}
		</ul>
	);
}

function summary(result: DecodeResult): string {
	switch (result.type) {
		case 'empty':
			return '';
		case 'found':
			return result.matches.length === 1
				? 'One code matches.'
				: `${result.matches.length} codes match${result.partial ? ' part of that name' : ''}.`;
		case 'pair':
			return `Error code: ${result.main.length} match${result.main.length === 1 ? '' : 'es'}. Extended error code: ${result.extended.length} match${result.extended.length === 1 ? '' : 'es'}.`;
		case 'not-found':
			return result.number
				? `${result.text} is not in our code tables.`
				: 'No RDP code or code name matches that.';
		default:
			return assertNever(result);
	}
}

function NotFound({
	result,
	base,
}: {
	result: Extract<DecodeResult, { type: 'not-found' }>;
	base: string;
}) {
	return (
		<>
			{result.number ? (
				<p>
					<q class="decoder-echo">{result.text}</q> is not in our code tables. Check the digits
					against the dialog or log, then see{' '}
					<a href={`${base}codes/not-in-tables/`}>what to do with a code we do not list</a>.
				</p>
			) : (
				<p>
					No RDP code or code name matches <q class="decoder-echo">{result.text}</q>. Type the
					number as the dialog or log shows it, such as 0x904 or 2308.
				</p>
			)}
			{result.suggestions.length > 0 && (
				<>
					<p>Codes whose meaning mentions that word:</p>
					<ul class="decoder-list">
						{result.suggestions.map((entry) => (
							<Entry key={entry.id} entry={entry} base={base} />
						))}
					</ul>
				</>
			)}
		</>
	);
}

function Result({ result, base }: { result: DecodeResult; base: string }) {
	switch (result.type) {
		case 'empty':
			return null;
		case 'found':
			return (
				<>
					{result.ambiguous && (
						<p class="decoder-warning">
							More than one code fits. The same number means different things in different tables:
							pick the one that matches where you saw it (dialog "Error code", "Extended error
							code", or an event log).
						</p>
					)}
					<Matches matches={result.matches} base={base} />
				</>
			);
		case 'pair':
			return (
				<>
					{result.isKnownPair && (
						<p class="decoder-pair">
							This is the well-known pair:{' '}
							<a href={`${base}codes/0x904-0x7/`}>what error code 0x904 with extended 0x7 means</a>.
						</p>
					)}
					<h3>Error code</h3>
					{result.main.length > 0 ? (
						<Matches matches={result.main} base={base} />
					) : (
						<p>No error code with that value.</p>
					)}
					{result.unknown.length > 0 && (
						<p>
							{result.unknown.join(' and ')} {result.unknown.length === 1 ? 'is' : 'are'} not in our
							code tables.
						</p>
					)}
					<h3>Extended error code</h3>
					{result.extended.length > 0 ? (
						<Matches matches={result.extended} base={base} />
					) : (
						<p>No extended error code with that value.</p>
					)}
				</>
			);
		case 'not-found':
			return <NotFound result={result} base={base} />;
		default:
			return assertNever(result);
	}
}

/** Decodes an RDP code typed in any spelling; results update as the person types. */
export default function CodeDecoder({ indexUrl, base }: Props) {
	const id = useId();
	const decoder = useDecoder(indexUrl);
	const { state, result } = decoder;
	const first =
		result?.type === 'found'
			? result.matches[0]?.entry
			: result?.type === 'pair'
				? (result.main[0] ?? result.extended[0])?.entry
				: undefined;
	return (
		<form
			class="code-decoder not-content"
			data-pagefind-ignore
			role="search"
			aria-label="RDP code decoder"
			onSubmit={(event) => {
				event.preventDefault();
				if (first) window.location.assign(codeUrl(first.id, base));
			}}
		>
			<label for={`${id}-input`}>Decode an RDP error code</label>
			<input
				id={`${id}-input`}
				type="text"
				name="code"
				value={decoder.text}
				autocomplete="off"
				autocapitalize="off"
				spellcheck={false}
				aria-describedby={`${id}-hint`}
				onFocus={decoder.prepare}
				onInput={(event) => decoder.update(event.currentTarget.value)}
			/>
			<p id={`${id}-hint`} class="decoder-hint">
				Any spelling: 0x904, 904, 2308, 0x00000904, a name such as
				disconnectReasonAtClientWinsockFDCLOSE, a pair such as 0x904 / 0x7, or a line pasted from a
				dialog or log such as ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]. Bare digits are read as
				hex first (the dialog shows hex) and as decimal second (event logs write decimals); both
				readings are shown when both exist.
			</p>
			<p class="decoder-status" role="status">
				{state.type === 'loading' && 'Loading the code table…'}
				{state.type === 'failed' &&
					'The code table could not be loaded. Browse the tables instead.'}
				{result && summary(result)}
			</p>
			{decoder.notice && <p class="decoder-warning">{decoder.notice}</p>}
			{state.type === 'failed' && <a href={`${base}codes/`}>All RDP code tables</a>}
			{result && (
				<div class="decoder-results">
					<Result result={result} base={base} />
				</div>
			)}
		</form>
	);
}
