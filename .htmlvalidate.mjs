// html-validate over the built site (npm test runs it on every page in dist/).
// `standard` checks HTML validity; the stylistic rules of `recommended` would only flag markup
// that Starlight and Astro generate and we do not control.
export default {
	extends: ['html-validate:standard'],
	elements: [
		'html5',
		{
			// Expressive Code renders each line of a code block as a <div> inside <code>, and its
			// copy button wraps a <div> feedback bubble. Browsers handle both; we allow exactly these.
			code: { permittedContent: ['@phrasing', 'div'] },
			button: { permittedContent: ['@phrasing', 'div'] },
		},
	],
};
