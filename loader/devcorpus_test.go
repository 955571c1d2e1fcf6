package loader_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader"
)

// The floors TestDevCorpus holds the extractor to on the dev corpus. They
// are raised as quality improves, never lowered to make a change pass.
const (
	entityF1Floor   = 0.99
	relationF1Floor = 0.912
)

// devCorpus finds the dev corpus: $POLICYGRAPH_DEV_CORPUS or the shared
// folder beside the repository.
func devCorpus(tb testing.TB) string {
	tb.Helper()
	if d := os.Getenv("POLICYGRAPH_DEV_CORPUS"); d != "" {
		return d
	}
	d := filepath.Join("..", "..", "shared", "corpus", "dev")
	if _, err := os.Stat(d); err != nil {
		tb.Skipf("dev corpus not found at %s (set POLICYGRAPH_DEV_CORPUS)", d)
	}
	return d
}

type goldFile struct {
	Story     string   `json:"story"`
	Published string   `json:"published"`
	Credits   []string `json:"credits"`
	Ignore    []string `json:"ignore"`
	Entities  []struct {
		Kind     string   `json:"kind"`
		Name     string   `json:"name"`
		Aliases  []string `json:"aliases"`
		Keywords []string `json:"keywords"`
	} `json:"entities"`
	Relations []struct {
		Type         string   `json:"type"`
		Subject      string   `json:"subject"`
		Object       string   `json:"object"`
		Alternatives []string `json:"alternatives"`
	} `json:"relations"`
}

type goldEntity struct {
	key      string
	kind     string
	name     string
	names    map[string]bool
	keywords []string
	stories  map[string]bool
}

type goldRel struct {
	typ, subj string
	objs      []string
	story     string
}

var (
	possRE  = regexp.MustCompile(`'s\b`)
	punctRE = regexp.MustCompile(`[^\p{L}\p{N}_\s-]`)
	spaceRE = regexp.MustCompile(`\s+`)
)

// norm is score.py's normalisation: accents, case, possessive 's,
// punctuation, hyphens and a leading "the" do not count.
func norm(s string) string {
	s = strings.ReplaceAll(s, "\u2019", "'")
	s = possRE.ReplaceAllString(strings.ToLower(s), "")
	s = punctRE.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, "-", " ")
	s = graph.Fold(s)
	s = strings.TrimSpace(spaceRE.ReplaceAllString(s, " "))
	return strings.TrimPrefix(s, "the ")
}

func loadGold(tb testing.TB, dir string) (map[string]*goldEntity, []goldRel, map[string]bool, map[string]bool, []graph.Story) {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	sort.Strings(files)
	if len(files) == 0 {
		tb.Fatalf("no gold files in %s", dir)
	}
	ents := map[string]*goldEntity{}
	var keys []string
	var rels []goldRel
	credits, ignore := map[string]bool{}, map[string]bool{}
	var stories []graph.Story
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var g goldFile
		if err := json.Unmarshal(b, &g); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		sid := strings.TrimSuffix(g.Story, ".txt")
		text, err := os.ReadFile(filepath.Join(dir, g.Story))
		if err != nil {
			tb.Fatal(err)
		}
		stories = append(stories, graph.Story{ID: sid, Published: g.Published, Text: string(text), Source: "dev"})
		for _, c := range g.Credits {
			credits[norm(c)] = true
		}
		for _, c := range g.Ignore {
			ignore[norm(c)] = true
		}
		local := map[string]string{}
		for _, e := range g.Entities {
			var key string
			if e.Kind == "ATTACK" || e.Kind == "PROPOSAL" {
				key = e.Kind + "|" + sid + "#" + norm(e.Name)
				ge := &goldEntity{key: key, kind: e.Kind, name: e.Name, stories: map[string]bool{sid: true}}
				for _, k := range e.Keywords {
					ge.keywords = append(ge.keywords, norm(k))
				}
				ents[key] = ge
				keys = append(keys, key)
			} else {
				names := map[string]bool{norm(e.Name): true}
				for _, a := range e.Aliases {
					names[norm(a)] = true
				}
				for _, k := range keys {
					ge := ents[k]
					if ge.kind != e.Kind {
						continue
					}
					for n := range names {
						if ge.names[n] {
							key = k
						}
					}
					if key != "" {
						break
					}
				}
				if key == "" {
					key = e.Kind + "|" + norm(e.Name)
					ents[key] = &goldEntity{key: key, kind: e.Kind, name: e.Name, names: map[string]bool{}, stories: map[string]bool{}}
					keys = append(keys, key)
				}
				for n := range names {
					ents[key].names[n] = true
				}
				ents[key].stories[sid] = true
			}
			local[e.Name] = key
		}
		for _, r := range g.Relations {
			gr := goldRel{typ: r.Type, subj: local[r.Subject], story: sid}
			for _, o := range append([]string{r.Object}, r.Alternatives...) {
				if local[o] == "" {
					tb.Fatalf("%s: relation names unknown entity %q", f, o)
				}
				gr.objs = append(gr.objs, local[o])
			}
			rels = append(rels, gr)
		}
	}
	return ents, rels, credits, ignore, stories
}

type prf struct{ tp, fp, fn, dup int }

func (c prf) scores() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// TestDevCorpus extracts every dev story, merges the extractions as a
// store would, and scores them against the gold files with score.py's
// matching rules. Run with -v for the per-kind and per-type table.
func TestDevCorpus(t *testing.T) {
	dir := devCorpus(t)
	gold, grels, credits, ignore, stories := loadGold(t, dir)

	parts := map[string][]graph.Entity{}
	relParts := map[string][]graph.Relation{}
	var entIDs, relIDs []string
	for _, s := range stories {
		x, err := loader.Extract(s)
		if err != nil {
			t.Fatalf("Extract(%s): %v", s.ID, err)
		}
		if os.Getenv("POLICYGRAPH_DUMP") != "" {
			t.Logf("== %s", s.ID)
			for _, e := range x.Entities {
				t.Logf("  E %s %q %q roles=%v date=%s", e.ID, e.Name, e.Aliases, e.Roles, e.Date)
			}
			for _, r := range x.Relations {
				t.Logf("  R %s %s -> %s %q date=%s quote=%.60q [%s]", r.Type, r.Subject, r.Object, r.Qualifier, r.Date, r.Quote, r.Evidence[0].Rule)
			}
		}
		for _, e := range x.Entities {
			if _, ok := parts[e.ID]; !ok {
				entIDs = append(entIDs, e.ID)
			}
			parts[e.ID] = append(parts[e.ID], e)
		}
		for _, r := range x.Relations {
			if len(r.Evidence) == 0 {
				t.Errorf("%s: relation %s has no evidence", s.ID, r.ID)
			}
			if _, ok := relParts[r.ID]; !ok {
				relIDs = append(relIDs, r.ID)
			}
			relParts[r.ID] = append(relParts[r.ID], r)
		}
	}
	merged := map[string]graph.Entity{}
	for _, id := range entIDs {
		merged[id] = graph.MergeEntities(parts[id])
	}

	var report strings.Builder
	var misses, fps []string
	mapping := map[string]string{}
	var etot prf
	fmt.Fprintf(&report, "%-14s %4s %4s %4s %4s %6s %6s %6s\n", "entity kind", "tp", "fp", "fn", "dup", "P", "R", "F1")
	for _, kind := range []string{"PERSON", "COUNTRY", "ORGANIZATION", "SERVICE", "PLACE", "ATTACK", "PROPOSAL"} {
		var sys []graph.Entity
		for _, id := range entIDs {
			if string(merged[id].Kind) == kind {
				sys = append(sys, merged[id])
			}
		}
		var keys []string
		if kind == "ATTACK" || kind == "PROPOSAL" {
			keys = assignKeywords(sys, gold)
		} else {
			for _, e := range sys {
				keys = append(keys, matchNamed(e, gold))
			}
		}
		var c prf
		seen := map[string]bool{}
		for i, e := range sys {
			key := keys[i]
			if key == "" {
				n := norm(e.Name)
				if ignore[n] || (kind != "PERSON" && credits[n]) {
					continue
				}
				c.fp++
				fps = append(fps, kind+" "+e.Name)
				continue
			}
			mapping[e.ID] = key
			if seen[key] {
				c.dup++
				c.fp++
				fps = append(fps, kind+" "+e.Name+" (duplicate)")
				continue
			}
			seen[key] = true
			c.tp++
		}
		for _, ge := range sortedGold(gold) {
			if ge.kind == kind && !seen[ge.key] {
				c.fn++
				misses = append(misses, kind+" "+ge.name)
			}
		}
		if kind == "PERSON" {
			for _, e := range sys {
				if credits[norm(e.Name)] {
					t.Errorf("credited person %q extracted as an actor", e.Name)
				}
			}
		}
		p, r, f := c.scores()
		fmt.Fprintf(&report, "%-14s %4d %4d %4d %4d %6.3f %6.3f %6.3f\n", kind, c.tp, c.fp, c.fn, c.dup, p, r, f)
		etot.tp += c.tp
		etot.fp += c.fp
		etot.fn += c.fn
		etot.dup += c.dup
	}
	fmt.Fprintf(&report, "\n%-14s %4s %4s %4s %6s %6s %6s\n", "relation type", "tp", "fp", "fn", "P", "R", "F1")
	var matchedSys, unmatchedSys, found, total int
	for _, rt := range []string{"HOLDS_ROLE", "PROPOSED", "ADDRESSED_TO", "MET", "USES", "OWNS", "PERPETRATED", "OCCURRED_IN", "SUPPORTS", "OPPOSES"} {
		tuples := map[[2]string]bool{}
		for _, id := range relIDs {
			r := graph.MergeRelations(relParts[id])
			if string(r.Type) != rt {
				continue
			}
			s, o := mapOr(mapping, r.Subject), mapOr(mapping, r.Object)
			if rt == "MET" && o < s {
				s, o = o, s
			}
			tuples[[2]string{s, o}] = true
		}
		matched := map[[2]string]bool{}
		n, hit := 0, 0
		for _, g := range grels {
			if g.typ != rt {
				continue
			}
			n++
			ok := false
			for _, o := range g.objs {
				pair := [2]string{g.subj, o}
				if rt == "MET" && o < g.subj {
					pair = [2]string{o, g.subj}
				}
				if tuples[pair] {
					matched[pair] = true
					ok = true
				}
			}
			if ok {
				hit++
			} else {
				misses = append(misses, fmt.Sprintf("%s %s -> %s (%s)", rt, gold[g.subj].name, gold[g.objs[0]].name, g.story))
			}
		}
		fp := 0
		var fpl []string
		for tu := range tuples {
			if !matched[tu] {
				fp++
				fpl = append(fpl, fmt.Sprintf("%s %s -> %s", rt, goldName(gold, tu[0]), goldName(gold, tu[1])))
			}
		}
		sort.Strings(fpl)
		fps = append(fps, fpl...)
		c := prf{tp: hit, fn: n - hit}
		var p, r, f float64
		if len(tuples) > 0 {
			p = float64(len(matched)) / float64(len(tuples))
		}
		if n > 0 {
			r = float64(hit) / float64(n)
		}
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		fmt.Fprintf(&report, "%-14s %4d %4d %4d %6.3f %6.3f %6.3f\n", rt, c.tp, fp, c.fn, p, r, f)
		matchedSys += len(matched)
		unmatchedSys += fp
		found += hit
		total += n
	}
	ep, er, ef := etot.scores()
	var rp, rr, rf float64
	if matchedSys+unmatchedSys > 0 {
		rp = float64(matchedSys) / float64(matchedSys+unmatchedSys)
	}
	if total > 0 {
		rr = float64(found) / float64(total)
	}
	if rp+rr > 0 {
		rf = 2 * rp * rr / (rp + rr)
	}
	fmt.Fprintf(&report, "\nmisses: %d\n", len(misses))
	for _, m := range misses {
		fmt.Fprintf(&report, "  - %s\n", m)
	}
	fmt.Fprintf(&report, "false positives: %d\n", len(fps))
	for _, m := range fps {
		fmt.Fprintf(&report, "  + %s\n", m)
	}
	fmt.Fprintf(&report, "entities:  P=%.3f R=%.3f F1=%.3f duplicates=%d\n", ep, er, ef, etot.dup)
	fmt.Fprintf(&report, "relations: P=%.3f R=%.3f F1=%.3f\n", rp, rr, rf)
	t.Log("\n" + report.String())
	if ef < entityF1Floor {
		t.Errorf("entity F1 = %.3f, want >= %.3f", ef, entityF1Floor)
	}
	if rf < relationF1Floor {
		t.Errorf("relation F1 = %.3f, want >= %.3f", rf, relationF1Floor)
	}
}

func mapOr(m map[string]string, id string) string {
	if k, ok := m[id]; ok {
		return k
	}
	return "?" + id
}

func goldName(gold map[string]*goldEntity, key string) string {
	if g, ok := gold[key]; ok {
		return g.name
	}
	return "unmatched:" + key
}

func sortedGold(gold map[string]*goldEntity) []*goldEntity {
	out := make([]*goldEntity, 0, len(gold))
	for _, g := range gold {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

func matchNamed(e graph.Entity, gold map[string]*goldEntity) string {
	forms := append([]string{e.Name}, e.Aliases...)
	for _, f := range forms {
		n := norm(f)
		for _, g := range sortedGold(gold) {
			if g.kind == string(e.Kind) && g.names[n] {
				return g.key
			}
		}
	}
	return ""
}

func keywordHits(e graph.Entity, gold map[string]*goldEntity) map[string]int {
	var forms []string
	seen := map[string]bool{}
	for _, f := range append([]string{e.Name}, e.Aliases...) {
		n := norm(f)
		if !seen[n] {
			seen[n] = true
			forms = append(forms, n)
		}
	}
	sort.Strings(forms)
	text := strings.Join(forms, " ")
	stories := map[string]bool{}
	for _, m := range e.Mentions {
		stories[m.StoryID] = true
	}
	out := map[string]int{}
	for _, g := range gold {
		if g.kind != string(e.Kind) {
			continue
		}
		shared := len(stories) == 0
		for s := range stories {
			if g.stories[s] {
				shared = true
			}
		}
		if !shared {
			continue
		}
		n := 0
		for _, k := range g.keywords {
			if k != "" && strings.Contains(text, k) {
				n++
			}
		}
		if n > 0 {
			out[g.key] = n
		}
	}
	return out
}

// assignKeywords is score.py's assignment of ATTACK and PROPOSAL entities:
// best keyword overlap first, each gold entity taken once while an untaken
// candidate remains.
func assignKeywords(sys []graph.Entity, gold map[string]*goldEntity) []string {
	type pair struct {
		n   int
		i   int
		key string
	}
	hits := make([]map[string]int, len(sys))
	var pairs []pair
	for i, e := range sys {
		hits[i] = keywordHits(e, gold)
		for k, n := range hits[i] {
			pairs = append(pairs, pair{n, i, k})
		}
	}
	sort.Slice(pairs, func(a, b int) bool {
		if pairs[a].n != pairs[b].n {
			return pairs[a].n > pairs[b].n
		}
		if pairs[a].i != pairs[b].i {
			return pairs[a].i < pairs[b].i
		}
		return pairs[a].key < pairs[b].key
	})
	out := make([]string, len(sys))
	taken := map[string]bool{}
	for _, p := range pairs {
		if out[p.i] == "" && !taken[p.key] {
			out[p.i] = p.key
			taken[p.key] = true
		}
	}
	for i, h := range hits {
		if out[i] == "" && len(h) > 0 {
			best, bn := "", -1
			for k, n := range h {
				if n > bn || n == bn && k > best {
					best, bn = k, n
				}
			}
			out[i] = best
		}
	}
	return out
}
