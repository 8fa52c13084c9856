// Builds cmake/precompiled.h for the tests and benchmarks; it has no code of its own.
