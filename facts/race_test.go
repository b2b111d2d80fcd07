//go:build race

package facts

// raceEnabled skips the fitting tests under the race detector: they are
// single-threaded arithmetic, and ten times slower there.
const raceEnabled = true
