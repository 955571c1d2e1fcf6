//go:build !race

package httpapi_test

// raceEnabled says the tests run under the race detector, which makes
// CPU-bound code several times slower: wall-clock bounds are loosened by
// raceSlowdown there.
const raceEnabled = false

const raceSlowdown = 1
