// Builds cmake/precompiled.h for the small targets (tests, benchmarks, fuzz targets and the
// executables that share it); it has no code of its own.
