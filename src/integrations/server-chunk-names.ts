/**
 * Names the build's server chunks without a content hash.
 *
 * Astro bundles every page into server chunks, runs them once to write the HTML, then deletes
 * them; no browser ever loads one, so a hash in their names buys nothing. It does cost: to hash
 * a chunk, Rollup walks every chunk it can reach, and every page can reach the chunk that lists
 * all pages, so the work grows with the square of the page count (6 s of a 2,000-page build, a
 * quarter of a second at 500). Rollup still keeps the names unique. Client files, which
 * browsers cache, keep their hashes: this touches only the server build's chunk names.
 */
import type { AstroIntegration } from 'astro';
import type { Rollup } from 'vite';

type ChunkNamer = string | ((chunk: Rollup.PreRenderedChunk) => string);

/** The server build's chunk-name rule, with its `_[hash]` part taken out. */
export function withoutHash(naming: ChunkNamer): ChunkNamer {
	if (typeof naming === 'string') return naming.replace('_[hash]', '');
	return (chunk) => naming(chunk).replace('_[hash]', '');
}

export function serverChunkNames(): AstroIntegration {
	return {
		name: 'needle:server-chunk-names',
		hooks: {
			'astro:build:setup': ({ vite, target }) => {
				if (target !== 'server') return;
				const output = vite.build?.rollupOptions?.output;
				if (!output || Array.isArray(output) || !output.chunkFileNames) return;
				output.chunkFileNames = withoutHash(output.chunkFileNames);
			},
		},
	};
}
