// Node.js options for building the site, shared by `npm run build` (package.json repeats them;
// tests/unit/perf-figures.test.ts checks the two agree) and the benchmark.
//
// A build allocates about a gigabyte a second, most of it short-lived, and V8's default young
// generation (16 MB on Node.js 20) sent it through hundreds of collections: a 2000-page build
// spent about 13 s in them. With room for 128 MB the same build ran about 9 s faster; 256 MB
// gained nothing more. Measured on 3 December 2026 (see the README's benchmark).
export const BUILD_NODE_FLAGS = ['--max-semi-space-size=128'];
