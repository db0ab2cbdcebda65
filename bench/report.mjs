// Renders the benchmark report as Markdown: one table per task.

const format = (value) =>
	typeof value === 'number'
		? Number.isInteger(value)
			? value.toLocaleString('en-US')
			: value.toLocaleString('en-US', { maximumFractionDigits: 2 })
		: String(value);
const cell = (text) => String(text ?? '').replaceAll('|', '\\|');

/** @param {{ date: string, machine: Record<string, unknown>, results: any[] }} report */
export function renderMarkdown(report) {
	const lines = [
		'# Benchmark report',
		'',
		`Run ${report.date} on ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}. Figures are medians of several runs unless noted. Regenerate with \`npm run bench\`.`,
		'',
	];
	for (const r of report.results) {
		lines.push(`## ${r.title}`, '');
		if (r.error) {
			lines.push('**Failed:**', '', '```', r.error, '```', '');
			continue;
		}
		lines.push('| figure | value | unit | target | note |', '| --- | ---: | --- | --- | --- |');
		for (const f of r.figures)
			lines.push(
				`| ${cell(f.name)} | ${format(f.value)} | ${cell(f.unit)} | ${cell(f.target ?? '')} | ${cell(f.note ?? '')} |`,
			);
		lines.push(
			'',
			`_Task ${r.task}, ${r.seconds.toFixed(1)} s${r.date ? `, run ${r.date}` : ''}._`,
			'',
		);
	}
	return lines.join('\n');
}
