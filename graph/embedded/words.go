package embedded

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// wordIndex maps folded words to the ids of the entities or stories that
// hold them, and finds ids holding every word of a query as a word or word
// prefix, the way graph's search matches.
type wordIndex struct {
	// posts holds, for each word, the ids holding it, each once, in no
	// order: a slice costs a fraction of a set for the millions of
	// (word, story) pairs of a large corpus.
	posts map[string][]string

	// vocab is the sorted list of words, for prefix lookups; nil when a
	// word came or went since it was built. Readers build it lazily, so mu
	// guards it.
	mu    sync.Mutex
	vocab []string
}

func newWordIndex() *wordIndex {
	return &wordIndex{posts: map[string][]string{}}
}

// add records that id holds words, which must be distinct; it must not be
// recorded already.
func (x *wordIndex) add(id string, words []string) {
	for _, w := range words {
		ids, ok := x.posts[w]
		if !ok {
			// Words are slices of a folded text; a copy keeps the index
			// from holding whole texts alive.
			w = strings.Clone(w)
			x.vocab = nil
		}
		x.posts[w] = append(ids, id)
	}
}

// remove forgets that id holds words, which must be distinct.
func (x *wordIndex) remove(id string, words []string) {
	for _, w := range words {
		ids := x.posts[w]
		for i := range ids {
			if ids[i] == id {
				ids[i] = ids[len(ids)-1]
				ids = ids[:len(ids)-1]
				break
			}
		}
		if len(ids) == 0 {
			delete(x.posts, w)
			x.vocab = nil
		} else {
			x.posts[w] = ids
		}
	}
}

// distinct returns words without repeats, sorted.
func distinct(words []string) []string {
	words = slices.Clone(words)
	slices.Sort(words)
	return slices.Compact(words)
}

func (x *wordIndex) sortedVocab() []string {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.vocab == nil {
		x.vocab = make([]string, 0, len(x.posts))
		for w := range x.posts {
			x.vocab = append(x.vocab, w)
		}
		sort.Strings(x.vocab)
	}
	return x.vocab
}

// match returns the ids holding every one of words as a word or a word
// prefix; none when words is empty. It starts from the word held by the
// fewest ids, so that common words only filter a short list.
func (x *wordIndex) match(words []string) map[string]struct{} {
	spans := x.spans(words)
	if spans == nil {
		return nil
	}
	var found map[string]struct{}
	for i, sp := range spans {
		next := make(map[string]struct{}, min(sp.ids, len(found)+1))
		for _, w := range sp.words {
			for _, id := range x.posts[w] {
				if _, ok := found[id]; i == 0 || ok {
					next[id] = struct{}{}
				}
			}
		}
		found = next
		if len(found) == 0 {
			break
		}
	}
	return found
}

// candidates returns the ids holding the rarest of words, each once: a
// superset of match for callers that check every word on each candidate
// anyway. The slice may be the index's own: callers must not change it.
func (x *wordIndex) candidates(words []string) []string {
	spans := x.spans(words)
	if spans == nil {
		return nil
	}
	if len(spans[0].words) == 1 {
		// One posting list holds each id once: no set needed.
		return x.posts[spans[0].words[0]]
	}
	seen := make(map[string]struct{}, spans[0].ids)
	out := make([]string, 0, spans[0].ids)
	for _, w := range spans[0].words {
		for _, id := range x.posts[w] {
			if _, dup := seen[id]; !dup {
				seen[id] = struct{}{}
				out = append(out, id)
			}
		}
	}
	return out
}

// span is the words of the index a query word is a prefix of, and how many
// ids they hold in all.
type span struct {
	words []string
	ids   int
}

// spans returns the span of each query word, rarest first, or nil when
// words is empty.
func (x *wordIndex) spans(words []string) []span {
	if len(words) == 0 {
		return nil
	}
	vocab := x.sortedVocab()
	out := make([]span, len(words))
	for i, w := range words {
		lo := sort.SearchStrings(vocab, w)
		hi := lo
		for hi < len(vocab) && strings.HasPrefix(vocab[hi], w) {
			out[i].ids += len(x.posts[vocab[hi]])
			hi++
		}
		out[i].words = vocab[lo:hi]
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ids < out[j].ids })
	return out
}
