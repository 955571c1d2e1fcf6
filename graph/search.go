package graph

import (
	"sort"
	"strings"
)

// The scores Search gives, shared by every backend so that results come in
// the same order everywhere. A backend may find candidates any way it likes
// (an index, a full-text engine) but ranks them with these functions.

// EntityScore scores an entity against the folded words of a query: 3 when
// the name is the query, 2 when the name holds every word, 1 when an alias
// does, 0 when the entity does not match.
func EntityScore(e *Entity, words []string) float64 {
	if len(words) == 0 {
		return 0
	}
	name := Fold(e.Name)
	if name == strings.Join(words, " ") {
		return 3
	}
	if containsAll(name, words) {
		return 2
	}
	for _, a := range e.Aliases {
		if containsAll(Fold(a), words) {
			return 1
		}
	}
	return 0
}

// StoryScore scores a story: 1.5 when its title holds every word, 0.5 when
// its text does, 0 otherwise. The snippet is the first sentence of the text
// holding the first word, or the title.
func StoryScore(s *Story, words []string) (score float64, snippet string) {
	if len(words) == 0 {
		return 0, ""
	}
	if containsAll(Fold(s.Title), words) {
		return 1.5, s.Title
	}
	if !containsAll(Fold(s.Text), words) {
		return 0, ""
	}
	for _, sent := range strings.FieldsFunc(s.Text, func(r rune) bool { return r == '\n' || r == '.' }) {
		if strings.Contains(Fold(sent), words[0]) {
			return 0.5, strings.TrimSpace(sent)
		}
	}
	return 0.5, ""
}

// containsAll reports whether the folded text holds every word as a whole
// word or word prefix ("encrypt" finds "encryption").
func containsAll(folded string, words []string) bool {
	padded := " " + folded
	for _, w := range words {
		if !strings.Contains(padded, " "+w) {
			return false
		}
	}
	return true
}

// SortHits orders search hits as Store.Search promises: by score, then
// entities before stories, then id.
func SortHits(hits []SearchHit) {
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if (a.Entity != nil) != (b.Entity != nil) {
			return a.Entity != nil
		}
		return hitID(a) < hitID(b)
	})
}

func hitID(h SearchHit) string {
	if h.Entity != nil {
		return h.Entity.ID
	}
	if h.Story != nil {
		return h.Story.ID
	}
	return ""
}

// EntitySnippet is the text an entity hit shows: the name when the name
// matched (score above 1, see EntityScore), else the first alias, in merged
// order, that holds every word.
func EntitySnippet(e *Entity, score float64, words []string) string {
	if score > 1 {
		return e.Name
	}
	for _, a := range e.Aliases {
		if EntityScore(&Entity{Name: a}, words) > 0 {
			return a
		}
	}
	return ""
}
