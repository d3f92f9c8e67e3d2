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
 * One sentence per measure (time, output) saying whether it grows linearly. With three sizes or
 * more, the cost of the last pages added is compared with the cost of the first pages added;
 * with two, the cost per page of the larger runbook with that of the smaller one (a linear
 * build with a fixed start-up cost gets cheaper per page as it grows).
 * @param {{ pages: number, seconds: number, output: number }[]} rows  at least two sizes
 */
export function growthVerdict(rows) {
	if (rows.length < 2) return 'Growth: needs at least two synthetic sizes to judge.';
	const costs =
		rows.length === 2
			? [...rows]
					.sort((a, b) => a.pages - b.pages)
					.map((row) => ({
						from: 0,
						to: row.pages,
						secondsPerPage: row.seconds / row.pages,
						bytesPerPage: row.output / row.pages,
					}))
			: marginalCosts(rows);
	const first = costs[0];
	const last = costs[costs.length - 1];
	const span = (cost) => (cost.from === 0 ? `at ${cost.to} pages` : `from ${cost.from} to ${cost.to} pages`);
	const judge = (name, key, unit, scale) => {
		const ratio = last[key] / first[key];
		const linear = ratio <= LINEAR_TOLERANCE;
		return (
			`${name} ${linear ? 'grows linearly' : 'grows faster than linearly'}: each page ` +
			`${span(first)} cost ${(first[key] * scale).toFixed(1)} ${unit}, ` +
			`${span(last)} ${(last[key] * scale).toFixed(1)} ${unit} ` +
			`(${ratio.toFixed(2)} times; linear means at most ${LINEAR_TOLERANCE}).`
		);
	};
	return [judge('Build time', 'secondsPerPage', 'ms', 1000), judge('Output', 'bytesPerPage', 'KB', 1 / 1024)].join(
		'\n',
	);
}
