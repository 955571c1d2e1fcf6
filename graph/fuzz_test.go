package graph_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
)

// foldSeeds are names as stories write them: accents, case, apostrophes,
// hyphens, leading "The", scripts other than Latin, marks, odd spaces.
var foldSeeds = []string{
	"Thomas de Maizière",
	"The European Commission",
	"Facebook Inc’s",
	"Saint-Etienne-du-Rouvray,  near",
	"Straße",
	"",
	"   ",
	"THE WHITE HOUSE",
	"the the",
	"Ǆemal Bijedić",
	"Łódź",
	"Владимир Путин",
	"習近平",
	"e\u0301cole",
	"O'Neill\u00a0Jr.",
	"İstanbul",
	"\xff\xfe broken",
	"R2-D2 v3.0",
}

// FuzzFold checks what makes folded names comparable: Fold gives valid
// UTF-8 of letters in lower case and digits in words split by single spaces,
// a second fold changes nothing but a further leading "the", and an ASCII
// name folds the same in upper and lower case.
func FuzzFold(f *testing.F) {
	for _, s := range foldSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := graph.Fold(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q, not UTF-8", s, got)
		}
		if got != strings.TrimSpace(got) || strings.Contains(got, "  ") {
			t.Fatalf("Fold(%q) = %q: stray spaces", s, got)
		}
		for _, r := range got {
			if r != ' ' && !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
				t.Fatalf("Fold(%q) = %q holds %q", s, got, r)
			}
			// Some capitals, such as U+210D, have no lower case.
			if unicode.ToLower(r) != r {
				t.Fatalf("Fold(%q) = %q holds upper-case %q", s, got, r)
			}
		}
		// Fold drops one leading "the", so "the the x" folds to "the x",
		// and that to "x".
		if again := graph.Fold(got); again != strings.TrimPrefix(got, "the ") {
			t.Fatalf("Fold(Fold(%q)) = %q, Fold = %q", s, again, got)
		}
		if isASCII(s) {
			if up, low := graph.Fold(strings.ToUpper(s)), graph.Fold(strings.ToLower(s)); up != got || low != got {
				t.Fatalf("Fold(%q) = %q, of upper case %q, of lower case %q", s, got, up, low)
			}
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hashSlug is the slug of a name with no letters or digits.
var hashSlug = regexp.MustCompile(`^[0-9a-f]{16}$`)

// validSlug reports whether s is folded words joined by single hyphens,
// or a hash.
func validSlug(s string) bool {
	if hashSlug.MatchString(s) {
		return true
	}
	for _, w := range strings.Split(s, "-") {
		if w == "" {
			return false
		}
		for _, r := range w {
			if !(unicode.IsLetter(r) || unicode.IsDigit(r)) || unicode.ToLower(r) != r {
				return false
			}
		}
	}
	return true
}

// FuzzEntityID checks entity ids: "kind/slug" or "kind/scope/slug" with
// each part well formed, the slug the name's, and names that fold alike
// (upper and lower case, accents) given one id.
func FuzzEntityID(f *testing.F) {
	for i, s := range foldSeeds {
		f.Add(uint8(i), s, "")
		f.Add(uint8(i), s, "fr-story-2016")
	}
	f.Add(uint8(6), "global initiative", "…")
	f.Fuzz(func(t *testing.T, k uint8, name, scope string) {
		kind := graph.Kinds[int(k)%len(graph.Kinds)]
		id := graph.EntityID(kind, name, scope)
		parts := strings.Split(id, "/")
		want := 2
		if scope != "" {
			want = 3
		}
		if len(parts) != want || parts[0] != strings.ToLower(string(kind)) {
			t.Fatalf("EntityID(%s, %q, %q) = %q, want %d parts under %q", kind, name, scope, id, want, strings.ToLower(string(kind)))
		}
		slug := parts[len(parts)-1]
		if !validSlug(slug) {
			t.Fatalf("EntityID(%s, %q, %q) = %q: slug %q is malformed", kind, name, scope, id, slug)
		}
		if s := graph.Slug(name); s != "" && s != slug {
			t.Fatalf("EntityID(%s, %q, %q) = %q, want slug %q", kind, name, scope, id, s)
		}
		if want == 3 && parts[1] != "" && !validSlug(parts[1]) {
			t.Fatalf("EntityID(%s, %q, %q) = %q: scope %q is malformed", kind, name, scope, id, parts[1])
		}
		if graph.Slug(name) != "" && isASCII(name) {
			if up := graph.EntityID(kind, strings.ToUpper(name), scope); up != id {
				t.Fatalf("EntityID of %q = %q, of its upper case %q", name, id, up)
			}
		}
	})
}

// relationID is the shape of every relation id.
var relationID = regexp.MustCompile(`^[a-z_]+/[0-9a-f]{16}$`)

// FuzzRelationID checks relation ids between entity ids: well formed,
// the same for MET in both directions, different for other types turned
// round and for different ends, the same for qualifiers that fold alike.
func FuzzRelationID(f *testing.F) {
	f.Add(uint8(3), "Bernard Cazeneuve", "Thomas de Maizière", "")
	f.Add(uint8(1), "Bernard Cazeneuve", "global initiative", "in Paris")
	f.Add(uint8(0), "Bernard Cazeneuve", "France", "Interior Minister")
	f.Add(uint8(8), "a", "a", "")
	f.Add(uint8(11), "Apple", "", "We will not build a back door.")
	f.Fuzz(func(t *testing.T, ti uint8, subject, object, qualifier string) {
		typ := graph.RelationTypes[int(ti)%len(graph.RelationTypes)]
		s := graph.EntityID(graph.Person, subject, "")
		o := graph.EntityID(graph.Organization, object, "")
		id := graph.RelationID(typ, s, o, qualifier)
		if !relationID.MatchString(id) || !strings.HasPrefix(id, strings.ToLower(string(typ))+"/") {
			t.Fatalf("RelationID(%s, %q, %q, %q) = %q: malformed", typ, s, o, qualifier, id)
		}
		back := graph.RelationID(typ, o, s, qualifier)
		if typ.Symmetric() != (back == id) {
			t.Fatalf("RelationID(%s) = %q one way, %q the other", typ, id, back)
		}
		other := graph.EntityID(graph.Organization, object+" X", "")
		if graph.RelationID(typ, s, other, qualifier) == id {
			t.Fatalf("RelationID(%s) is %q for objects %q and %q", typ, id, o, other)
		}
		if isASCII(qualifier) {
			if up := graph.RelationID(typ, s, o, strings.ToUpper(qualifier)); up != id {
				t.Fatalf("RelationID(%s) with qualifier %q = %q, upper case %q", typ, qualifier, id, up)
			}
		}
	})
}

// FuzzCursor checks paging on untrusted cursors: a key survives a round
// trip through its cursor, a cursor the package did not make is refused
// with EINVALID, and Window on any cursor and page size gives a page of
// the keys after the cursor's, no more than asked for.
func FuzzCursor(f *testing.F) {
	f.Add("person/a\x00b", graph.EncodeCursor("person/b"), 2)
	f.Add("", "", 0)
	f.Add("x", "k1:x", 1)
	f.Add("~\x00relation/1", "azE6", -1)
	f.Add("é", graph.EncodeCursor("0000000001\x00person/z"), graph.MaxPageSize+1)
	f.Add("y", "a===", 3)
	f.Fuzz(func(t *testing.T, key, cursor string, first int) {
		if got, err := graph.DecodeCursor(graph.EncodeCursor(key)); err != nil || got != key {
			t.Fatalf("DecodeCursor(EncodeCursor(%q)) = %q, %v", key, got, err)
		}
		after, err := graph.DecodeCursor(cursor)
		if err != nil {
			if code := graph.ErrorCode(err); code != graph.EINVALID {
				t.Fatalf("DecodeCursor(%q): code %s, want %s", cursor, code, graph.EINVALID)
			}
		} else if got, err := graph.DecodeCursor(graph.EncodeCursor(after)); err != nil || got != after {
			t.Fatalf("cursor %q gives key %q, which gives %q, %v", cursor, after, got, err)
		}

		keys := []string{"", "a", "k1:", "person/b", key, key + "\x00", "~", "\xff"}
		slices.Sort(keys)
		keys = slices.Compact(keys)
		page := graph.Page{First: first, After: cursor}
		start, end, info, werr := graph.Window(keys, page)
		if werr != nil {
			if code := graph.ErrorCode(werr); code != graph.EINVALID {
				t.Fatalf("Window(first %d, after %q): code %s, want %s", first, cursor, code, graph.EINVALID)
			}
			return
		}
		limit, _ := page.Limit()
		if start < 0 || start > end || end > len(keys) || end-start > limit {
			t.Fatalf("Window(first %d, after %q) over %d keys = [%d, %d)", first, cursor, len(keys), start, end)
		}
		switch {
		case cursor == "" && start != 0:
			t.Fatalf("Window(first %d) with no cursor starts at %d", first, start)
		case cursor != "" && start < end && keys[start] <= after:
			t.Fatalf("Window(after %q) returned key %q, not after %q", cursor, keys[start], after)
		case cursor != "" && start > 0 && keys[start-1] > after:
			t.Fatalf("Window(after %q) skipped key %q", cursor, keys[start-1])
		}
		if info.HasNextPage != (end < len(keys)) {
			t.Fatalf("Window(first %d, after %q) = [%d, %d) of %d with HasNextPage %v", first, cursor, start, end, len(keys), info.HasNextPage)
		}
		if end > start {
			if k, err := graph.DecodeCursor(info.EndCursor); err != nil || k != keys[end-1] {
				t.Fatalf("EndCursor %q gives %q, %v, want %q", info.EndCursor, k, err, keys[end-1])
			}
		}
	})
}
