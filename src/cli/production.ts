// Imported first by the command line (and the benchmarks) so that it runs before React is loaded:
// React picks its development or production build when first evaluated, from NODE_ENV. The development
// build checks every element and records owner stacks, which made rendering the largest share of a
// page view (measured: about a quarter of My work's CPU time). Tests import the app directly and keep
// the development build and its warnings; an operator can still set NODE_ENV=development.
process.env.NODE_ENV ??= 'production';
