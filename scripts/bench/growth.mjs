// Decides from benchmark rows whether build time and output grow linearly with the page count.

/** How much dearer the last added pages may be than the first before growth is not linear. */
export const LINEAR_TOLERANCE = 1.5;

/**
 * The cost of each page added between consecutive rows (sorted by page count): seconds and bytes
 * per added page. A linear build costs the same per added page at every size; a quadratic one
 * costs more the bigger the runbook already is.
 * @param {{ pages: number, seconds: number, output: number }[]} rows
 */
export function marginalCosts(rows) {
	const sorted = [...rows].sort((a, b) => a.pages - b.pages);
	return sorted.slice(1).map((row, i) => {
		const previous = sorted[i];
		const added = row.pages - previous.pages;
		return {
			from: previous.pages,
			to: row.pages,
			secondsPerPage: (row.seconds - previous.seconds) / added,
			bytesPerPage: (row.output - previous.output) / added,
		};
	});
}

/**
 * One sentence per measure (time, output) saying whether it grows linearly: the cost of the
 * last pages added is compared with the cost of the first pages added.
 * @param {{ pages: number, seconds: number, output: number }[]} rows  at least three sizes
 */
export function growthVerdict(rows) {
	if (rows.length < 3) return 'Growth: needs at least three synthetic sizes to judge.';
	const costs = marginalCosts(rows);
	const first = costs[0];
	const last = costs[costs.length - 1];
	const judge = (name, key, unit, scale) => {
		const ratio = last[key] / first[key];
		const linear = ratio <= LINEAR_TOLERANCE;
		return (
			`${name} ${linear ? 'grows linearly' : 'grows faster than linearly'}: each page added ` +
			`from ${first.from} to ${first.to} pages cost ${(first[key] * scale).toFixed(1)} ${unit}, ` +
			`from ${last.from} to ${last.to} pages ${(last[key] * scale).toFixed(1)} ${unit} ` +
			`(${ratio.toFixed(2)} times; linear means at most ${LINEAR_TOLERANCE}).`
		);
	};
	return [judge('Build time', 'secondsPerPage', 'ms', 1000), judge('Output', 'bytesPerPage', 'KB', 1 / 1024)].join(
		'\n',
	);
}
