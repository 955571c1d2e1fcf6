package embedded

import (
	"math/rand"
	"strings"
	"testing"
)

// TestContainsAllMatchesGraph checks containsAll against the form graph's
// search uses, strings.Contains(" "+text, " "+word), on random texts.
func TestContainsAllMatchesGraph(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	word := func() string {
		var b strings.Builder
		for n := 1 + rng.Intn(3); n > 0; n-- {
			b.WriteByte("aab"[rng.Intn(3)])
		}
		return b.String()
	}
	for i := 0; i < 20000; i++ {
		var ws []string
		for n := rng.Intn(5); n > 0; n-- {
			ws = append(ws, word())
		}
		text := strings.Join(ws, " ")
		words := []string{word()}
		if rng.Intn(2) == 0 {
			words = append(words, word())
		}
		want := true
		for _, w := range words {
			want = want && strings.Contains(" "+text, " "+w)
		}
		if got := containsAll(text, words); got != want {
			t.Fatalf("containsAll(%q, %q) = %v, want %v", text, words, got, want)
		}
	}
}
