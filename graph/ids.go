package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
)

// Fold returns s in the form names are compared in: accents removed, lower
// case, punctuation turned into single spaces, a leading "the" dropped.
// "Thomas de Maizière" and "thomas de maiziere" fold alike.
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if base, ok := latinFold[r]; ok {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(strings.ToLower(base))
			continue
		}
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '\u2019':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// Slug returns the folded form of s with words joined by hyphens, for ids.
func Slug(s string) string {
	return strings.ReplaceAll(Fold(s), " ", "-")
}

// EntityID returns the readable id of an entity of kind k named name, such
// as "person/bernard-cazeneuve". scope separates entities that share a name
// but are different things (a proposal is scoped by its story); it is empty
// for named entities.
func EntityID(k Kind, name, scope string) string {
	id := strings.ToLower(string(k)) + "/"
	if scope != "" {
		id += Slug(scope) + "/"
	}
	slug := Slug(name)
	if slug == "" {
		slug = shortHash(name)
	}
	return id + slug
}

// RelationID returns the id of a relation. It is derived from what makes a
// fact the same fact (type, ends, qualifier) so that two stories stating it
// add evidence to one relation. Symmetric types order their ends first.
func RelationID(t RelationType, subject, object, qualifier string) string {
	if t.Symmetric() && object < subject {
		subject, object = object, subject
	}
	return strings.ToLower(string(t)) + "/" + shortHash(subject+"\x00"+object+"\x00"+Fold(qualifier))
}

// SaidID returns the id of a SAID relation, which has a quote, not an object.
func SaidID(subject, quote string) string {
	return RelationID(Said, subject, "", quote)
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}
