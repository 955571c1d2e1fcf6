package httpapi_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/neo4jstore"
	"github.com/policygraph/policygraph/httpapi"
	"github.com/policygraph/policygraph/loader"
)

// parityNeo4jEnv names the Neo4j the parity test runs against, as for the
// store's own tests; scripts/neo4j-dev start prints a URI for it.
const parityNeo4jEnv = "POLICYGRAPH_TEST_NEO4J_URI"

// TestParity loads the dev corpus into the embedded store and into Neo4j
// through the API, the same stories in the same order, and requires the
// two to answer every query with the same JSON, ids and cursors included:
// the operations of the contract file as outside tools send them, walked
// page by page, then the queries of the rest of the schema, then the
// contract and every entity and relation again after a story is deleted
// and after it is sent back.
func TestParity(t *testing.T) {
	uri := os.Getenv(parityNeo4jEnv)
	if uri == "" {
		t.Skipf("%s is not set: no Neo4j to compare the embedded store with (scripts/neo4j-dev start prints one)", parityNeo4jEnv)
	}
	ops := MustContractOps(t)
	stories := MustDevStories(t)
	opts := func() *httpapi.Options { return &httpapi.Options{Extract: loader.Extract} }
	p := &parity{
		emb: MustServer(t, MustStore(t), opts()),
		neo: MustServer(t, MustNeo4jStore(t, uri), opts()),
	}

	t.Run("ingest", func(t *testing.T) {
		for _, st := range stories {
			p.same(t, "IngestStory "+st.ID, request{Query: ops["IngestStory"], OperationName: "IngestStory",
				Variables: map[string]any{"input": st.input()}})
		}
		// Sent again, every story is a no-op on both, with the same counts.
		for _, st := range stories {
			p.same(t, "ingest again "+st.ID, request{Query: ingestMutation, Variables: map[string]any{"input": st.input()}})
		}
	})
	if t.Failed() {
		t.FailNow()
	}

	t.Run("contract", func(t *testing.T) { p.contract(t, ops) })
	idx := p.index(t)
	t.Run("lists", func(t *testing.T) { p.lists(t, idx) })
	t.Run("proposals", func(t *testing.T) { p.proposals(t, idx) })
	t.Run("lookups", func(t *testing.T) { p.lookups(t, idx) })
	t.Run("path", func(t *testing.T) { p.paths(t, idx) })
	t.Run("neighborhood", func(t *testing.T) { p.neighborhoods(t, idx) })
	t.Run("timeline", func(t *testing.T) { p.timelines(t, idx) })
	t.Run("aggregations", func(t *testing.T) { p.aggregations(t) })
	t.Run("search", func(t *testing.T) { p.search(t) })
	t.Run("errors", func(t *testing.T) { p.errors(t, idx) })

	// Most people, countries and services of this story recur in others,
	// so deleting it shrinks merged entities rather than only removing its
	// own; and its id sorts before several of those others.
	i := slices.IndexFunc(stories, func(s parityStory) bool { return s.ID == "fr-cazeneuve-encryption-2016" })
	if i < 0 {
		t.Fatalf("the dev corpus has no story fr-cazeneuve-encryption-2016 to delete")
	}
	victim := stories[i]
	t.Run("after deleteStory", func(t *testing.T) {
		del := `mutation($id: ID!) { deleteStory(id: $id) { id deleted } }`
		p.same(t, "deleteStory", request{Query: del, Variables: map[string]any{"id": victim.ID}})
		p.sameError(t, "deleteStory again", request{Query: del, Variables: map[string]any{"id": victim.ID}}, "NOT_FOUND")
		p.same(t, "stats", request{Query: statsQuery})
		p.contract(t, ops)
		p.details(t)
	})

	// Sent back, the story sorts before others naming the same entities,
	// so the stores merge those again from every story rather than
	// appending to what they hold.
	t.Run("after the story is ingested again", func(t *testing.T) {
		p.same(t, "ingest "+victim.ID, request{Query: ingestMutation, Variables: map[string]any{"input": victim.input()}})
		p.same(t, "stats", request{Query: statsQuery})
		p.contract(t, ops)
		p.details(t)
	})
	t.Logf("%d requests sent to both backends", p.sent)
}

// parityStory is a story of the dev corpus as it is ingested.
type parityStory struct {
	ID, Text, Published string
}

func (s parityStory) input() map[string]any {
	title, _, _ := strings.Cut(s.Text, "\n")
	in := map[string]any{"id": s.ID, "text": s.Text, "title": title, "source": "dev",
		"url": "https://example.org/dev/" + s.ID}
	if s.Published != "" {
		in["published"] = s.Published
	}
	return in
}

// MustDevStories returns the dev corpus in file-name order, as the scorer
// ingests it: the shared corpus with the dates of its gold files when
// shared/ is here, else examples/stories.jsonl, which carries the same
// stories with their dates.
func MustDevStories(tb testing.TB) []parityStory {
	tb.Helper()
	dir := filepath.Join(filepath.Dir(filepath.Dir(contractPath())), "corpus", "dev")
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(golds)
	var out []parityStory
	for _, g := range golds {
		var gold struct{ Story, Published string }
		raw, err := os.ReadFile(g)
		if err == nil {
			err = json.Unmarshal(raw, &gold)
		}
		if err != nil {
			tb.Fatalf("gold file %s: %v", g, err)
		}
		text, err := os.ReadFile(filepath.Join(dir, gold.Story))
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, parityStory{ID: strings.TrimSuffix(gold.Story, ".txt"), Text: string(text), Published: gold.Published})
	}
	if len(out) > 0 {
		return out
	}
	f, err := os.Open(filepath.Join("..", "examples", "stories.jsonl"))
	if err != nil {
		tb.Fatalf("no dev corpus in %s and no examples: %v", dir, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, graph.MaxStoryBytes*2)
	for sc.Scan() {
		var st struct{ ID, Text, Published string }
		if err := json.Unmarshal(sc.Bytes(), &st); err != nil {
			tb.Fatalf("examples/stories.jsonl: %v", err)
		}
		out = append(out, parityStory(st))
	}
	if err := sc.Err(); err != nil || len(out) == 0 {
		tb.Fatalf("examples/stories.jsonl: %d stories, %v", len(out), err)
	}
	slices.SortFunc(out, func(a, b parityStory) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// MustContractOps returns each operation of the contract file by name,
// cut out of the file as the scorer does: from its keyword to the brace
// that closes it.
func MustContractOps(tb testing.TB) map[string]string {
	tb.Helper()
	doc, err := os.ReadFile(contractPath())
	if err != nil {
		tb.Fatalf("contract file (set POLICYGRAPH_SHARED to the folder holding contract/): %v", err)
	}
	text := string(doc)
	ops := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)^(query|mutation)\s+(\w+)`).FindAllStringSubmatchIndex(text, -1) {
		depth, i := 0, strings.IndexByte(text[m[0]:], '{')+m[0]
		for ; i < len(text); i++ {
			if text[i] == '{' {
				depth++
			} else if text[i] == '}' {
				if depth--; depth == 0 {
					break
				}
			}
		}
		ops[text[m[4]:m[5]]] = text[m[0] : i+1]
	}
	for _, want := range []string{"IngestStory", "Entities", "Relations"} {
		if ops[want] == "" {
			tb.Fatalf("contract has no operation %s", want)
		}
	}
	if len(ops) != 3 {
		tb.Fatalf("contract has operations %v; the parity test sends IngestStory, Entities and Relations only: extend it", slices.Sorted(maps.Keys(ops)))
	}
	return ops
}

// MustNeo4jStore opens the Neo4j at uri after deleting everything in it,
// and closes it when the test ends.
func MustNeo4jStore(tb testing.TB, uri string) graph.Store {
	tb.Helper()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(uri, neo4j.NoAuth())
	if err != nil {
		tb.Fatalf("driver: %v", err)
	}
	sess := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: "neo4j"})
	// CALL IN TRANSACTIONS needs an auto-commit transaction: session.Run.
	res, err := sess.Run(ctx, `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	sess.Close(ctx)
	d.Close(ctx)
	if err != nil {
		tb.Fatalf("clear Neo4j at %s: %v", uri, err)
	}
	s, err := neo4jstore.Open(ctx, uri, nil)
	if err != nil {
		tb.Fatalf("open Neo4j store at %s: %v", uri, err)
	}
	tb.Cleanup(func() { _ = s.Close() })
	return s
}

// parity sends each request to the API over both backends.
type parity struct {
	emb, neo *httptest.Server
	sent     int // requests compared
}

// same sends req to both servers and fails unless both answer 200 with
// the same data and no error. It returns the data.
func (p *parity) same(t *testing.T, name string, req request) map[string]any {
	t.Helper()
	out := p.compare(t, name, req)
	if out == nil {
		return nil
	}
	if errs, ok := out["errors"]; ok {
		t.Errorf("%s: both answer with errors: %s\nquery: %s\nvariables: %s", name, compact(errs), req.Query, compact(req.Variables))
		return nil
	}
	data, _ := out["data"].(map[string]any)
	return data
}

// sameError is same for a request both must refuse with code.
func (p *parity) sameError(t *testing.T, name string, req request, code string) {
	t.Helper()
	out := p.compare(t, name, req)
	if out == nil {
		return
	}
	errs, _ := out["errors"].([]any)
	var codes []string
	for _, e := range errs {
		c, _ := dig(e, "extensions", "code").(string)
		codes = append(codes, c)
	}
	if !slices.Equal(codes, []string{code}) {
		t.Errorf("%s: both answer with codes %v, want %s: %s", name, codes, code, compact(out))
	}
}

// compare returns the answer both servers gave, or nil after reporting
// the first difference.
func (p *parity) compare(t *testing.T, name string, req request) map[string]any {
	t.Helper()
	p.sent++
	a, b := post(t, p.emb, req), post(t, p.neo, req)
	ca, va := canonical(t, a)
	cb, vb := canonical(t, b)
	if a.Status != b.Status || !bytes.Equal(ca, cb) {
		d := firstDiff("$", va, vb, nil)
		t.Errorf("%s: the backends answer differently (HTTP %d embedded, %d Neo4j)\nquery: %s\nvariables: %s\nfirst difference at %s:\n  embedded: %s\n  Neo4j:    %s\nin the list at %s:\n  embedded: %s\n  Neo4j:    %s",
			name, a.Status, b.Status, req.Query, compact(req.Variables), d.path, d.a, d.b, d.list, d.listA, d.listB)
		return nil
	}
	out, _ := va.(map[string]any)
	if a.Status != 200 || out == nil {
		t.Errorf("%s: both answer HTTP %d: %.500s", name, a.Status, a.Body)
		return nil
	}
	return out
}

// canonical returns the body as indented JSON with sorted keys and
// numbers as written, and its decoded value.
func canonical(tb testing.TB, r *response) ([]byte, any) {
	tb.Helper()
	dec := json.NewDecoder(strings.NewReader(r.Body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return []byte(r.Body), r.Body
	}
	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	return out, v
}

// diff is where two JSON values first differ: the path and both values
// there, and the innermost list around it with both its values, which
// shows an item missing on one side or listed in another order.
type diff struct {
	path, a, b         string
	list, listA, listB string
}

// firstDiff returns the first place where a and b differ; list is the
// innermost pair of lists already entered.
func firstDiff(path string, a, b any, list *diff) diff {
	if list == nil {
		list = &diff{list: "(none)"}
	}
	out := func(p, va, vb string) diff {
		return diff{path: p, a: va, b: vb, list: list.list, listA: list.listA, listB: list.listB}
	}
	switch a := a.(type) {
	case map[string]any:
		b, ok := b.(map[string]any)
		if !ok {
			break
		}
		keys := map[string]bool{}
		for k := range a {
			keys[k] = true
		}
		for k := range b {
			keys[k] = true
		}
		for _, k := range slices.Sorted(maps.Keys(keys)) {
			va, oka := a[k]
			vb, okb := b[k]
			if !oka || !okb {
				return out(path+"."+k, present(va, oka), present(vb, okb))
			}
			if !reflect.DeepEqual(va, vb) {
				return firstDiff(path+"."+k, va, vb, list)
			}
		}
	case []any:
		b, ok := b.([]any)
		if !ok {
			break
		}
		list = &diff{list: path, listA: compact(a), listB: compact(b)}
		for i := range min(len(a), len(b)) {
			if !reflect.DeepEqual(a[i], b[i]) {
				return firstDiff(fmt.Sprintf("%s[%d]", path, i), a[i], b[i], list)
			}
		}
		n := min(len(a), len(b))
		return out(path+" (length)", fmt.Sprintf("%d items, from [%d]: %s", len(a), n, compact(a[n:])),
			fmt.Sprintf("%d items, from [%d]: %s", len(b), n, compact(b[n:])))
	}
	return out(path, compact(a), compact(b))
}

func present(v any, ok bool) string {
	if !ok {
		return "(absent)"
	}
	return compact(v)
}

// compact is v as one line of JSON, cut to a readable length.
func compact(v any) string {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	if len(raw) > 600 {
		return string(raw[:600]) + "..."
	}
	return string(raw)
}

// dig follows keys through nested JSON objects; nil when one is missing.
func dig(v any, keys ...string) any {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// idsOf returns the "id" of each object of a JSON list.
func idsOf(v any) []string {
	var out []string
	list, _ := v.([]any)
	for _, it := range list {
		if id, ok := dig(it, "id").(string); ok {
			out = append(out, id)
		}
	}
	return out
}

// walk sends a paged query with first set to each of sizes, following
// endCursor until the last page, and returns the nodes of the pages of
// the first size (edges when selected, else nodes). field is the path of
// the connection in the data.
func (p *parity) walk(t *testing.T, name string, req request, field []string, sizes ...int) []any {
	t.Helper()
	var first []any
	for n, size := range sizes {
		var nodes []any
		var after any
		for pages := 1; ; pages++ {
			vars := map[string]any{}
			for k, v := range req.Variables {
				vars[k] = v
			}
			vars["first"], vars["after"] = size, after
			data := p.same(t, fmt.Sprintf("%s (first %d, page %d)", name, size, pages), request{Query: req.Query, OperationName: req.OperationName, Variables: vars})
			if data == nil {
				return first
			}
			conn := dig(data, field...)
			// Edges carry the cursors too; lists that select only nodes
			// are compared by their nodes.
			list, ok := dig(conn, "edges").([]any)
			if !ok {
				list, _ = dig(conn, "nodes").([]any)
			}
			nodes = append(nodes, list...)
			more, _ := dig(conn, "pageInfo", "hasNextPage").(bool)
			if !more {
				break
			}
			if pages > 2000 {
				t.Fatalf("%s: more than 2000 pages of %d", name, size)
			}
			after = dig(conn, "pageInfo", "endCursor")
		}
		if n == 0 {
			first = nodes
		} else if !reflect.DeepEqual(nodes, first) {
			t.Errorf("%s: pages of %d list other items than pages of %d", name, size, sizes[0])
		}
	}
	return first
}

// contract walks the contract's Entities and Relations for every kind and
// type, by pages of 2 and of 100, as the scorer does.
func (p *parity) contract(t *testing.T, ops map[string]string) {
	t.Helper()
	total := 0
	for _, kind := range graph.Kinds {
		req := request{Query: ops["Entities"], OperationName: "Entities", Variables: map[string]any{"kind": kind}}
		total += len(p.walk(t, "Entities "+string(kind), req, []string{"entities"}, 2, 100))
	}
	rels := 0
	for _, typ := range graph.RelationTypes {
		req := request{Query: ops["Relations"], OperationName: "Relations", Variables: map[string]any{"type": typ}}
		rels += len(p.walk(t, "Relations "+string(typ), req, []string{"relations"}, 2, 100))
	}
	if total == 0 || rels == 0 {
		t.Errorf("the contract lists %d entities and %d relations: nothing was compared", total, rels)
	}
}

// details lists every entity with the fields that merging stories sets
// (name, aliases, roles, topics, dates) and every relation with its
// evidence.
func (p *parity) details(t *testing.T) {
	t.Helper()
	entities := `query($first: Int, $after: String) { list: entities(first: $first, after: $after) { ` + pageFields + ` edges { cursor node {
		__typename id kind name aliases mentions(first: 1) { totalCount }
		... on Person { roles { title of { id } } }
		... on Attack { summary date place { id } perpetrators { id } }
		... on Proposal { summary date topics { id } proposers { id } recipients { id } supporters { id } opponents { id } } } } } }`
	relations := `query($first: Int, $after: String) { list: relations(orderBy: DATE, first: $first, after: $after) { ` + pageFields + ` edges { cursor node {
		id type qualifier subject { id } object { id } quote date place { id } evidence { story { id } sentence start end rule confidence } } } } }`
	p.walk(t, "entities in detail", request{Query: entities}, []string{"list"}, 100)
	p.walk(t, "relations in detail", request{Query: relations}, []string{"list"}, 100)
}

// shortPages returns the page sizes to walk the lists of the i-th sample
// entity by: pages of 2 as well as of 100 for the first few only, which
// keeps the test short while every kind of list is still walked by 2.
func shortPages(i int) []int {
	if i < 6 {
		return []int{2, 100}
	}
	return []int{100}
}

// parityIndex holds ids taken from the answers, to ask about.
type parityIndex struct {
	entities  map[graph.Kind][]string // by kind, most mentioned first
	active    []string                // most active actors
	proposals []any                   // every proposal with proposalFields
	stories   []string
}

const pageFields = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`

// index lists what the graph holds (the same on both, or the test has
// failed already).
func (p *parity) index(t *testing.T) parityIndex {
	t.Helper()
	idx := parityIndex{entities: map[graph.Kind][]string{}}
	for _, kind := range graph.Kinds {
		data := p.same(t, "entities by mentions "+string(kind), request{
			Query:     `query($kind: EntityKind) { entities(kind: $kind, orderBy: MENTIONS, first: 100) { nodes { id } } }`,
			Variables: map[string]any{"kind": kind}})
		idx.entities[kind] = idsOf(dig(data, "entities", "nodes"))
	}
	data := p.same(t, "most active", request{Query: `{ mostActive(first: 12) { entity { id } } }`})
	list, _ := dig(data, "mostActive").([]any)
	for _, a := range list {
		if id, ok := dig(a, "entity", "id").(string); ok {
			idx.active = append(idx.active, id)
		}
	}
	idx.proposals = p.walk(t, "proposals by id", request{
		Query: `query($first: Int, $after: String) { proposals(orderBy: ID, first: $first, after: $after) { ` + pageFields +
			` nodes { ` + proposalFields + ` } } }`}, []string{"proposals"}, 100)
	data = p.same(t, "stories", request{Query: `{ stories(first: 100) { nodes { id } } }`})
	idx.stories = idsOf(dig(data, "stories", "nodes"))
	if len(idx.active) < 4 || len(idx.proposals) == 0 || len(idx.stories) == 0 {
		t.Fatalf("the graph is too small to compare: %d active actors, %d proposals, %d stories", len(idx.active), len(idx.proposals), len(idx.stories))
	}
	return idx
}

// samples returns the n most mentioned entities of each kind and the most
// active actors, each once.
func (idx parityIndex) samples(n int) []string {
	var out []string
	for _, kind := range graph.Kinds {
		l := idx.entities[kind]
		out = append(out, l[:min(n, len(l))]...)
	}
	for _, id := range idx.active {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// lists walks the lists of the schema in each of their orders and filters.
func (p *parity) lists(t *testing.T, idx parityIndex) {
	conn := func(field, args, node string) request {
		return request{Query: `query($first: Int, $after: String) { list: ` + field + `(first: $first, after: $after` + args + `) { ` +
			pageFields + ` edges { cursor node { ` + node + ` } } nodes { id } } }`}
	}
	const entity = `id kind name aliases`
	const relation = `id type qualifier subject { id } object { id } quote date place { id } evidence { story { id } sentence start end rule confidence }`
	tests := []struct {
		name string
		req  request
	}{
		{"entities by id", conn("entities", "", entity)},
		{"entities by name", conn("entities", ", orderBy: NAME", entity)},
		{"entities by mentions", conn("entities", ", orderBy: MENTIONS", entity)},
		{"people by name", conn("entities", ", kind: PERSON, orderBy: NAME", entity)},
		{"entities searched", conn("entities", `, search: "minister"`, entity)},
		{"entities searched by name", conn("entities", `, search: "fac", orderBy: NAME`, entity)},
		{"entities by exact name", conn("entities", `, name: "WhatsApp"`, entity)},
		{"relations by id", conn("relations", "", relation)},
		{"relations by date", conn("relations", ", orderBy: DATE", relation)},
		{"relations of several types", conn("relations", ", types: [PROPOSED, SUPPORTS, OPPOSES], orderBy: DATE", relation)},
		{"relations in a period", conn("relations", `, from: "2016-01-01", to: "2018-12-31"`, relation)},
		{"stories", conn("stories", "", `id title published source url dateline agency credits { name role }`)},
		{"stories of a source in a period", conn("stories", `, source: "dev", from: "2016-01-01", to: "2019-12-31"`, `id published`)},
		{"proposals by date", conn("proposals", "", proposalFields)},
		{"proposals by id", conn("proposals", ", orderBy: ID", proposalFields)},
	}
	for _, tt := range tests {
		p.walk(t, tt.name, tt.req, []string{"list"}, 2, 100)
	}
	byEntity := `query($id: ID, $first: Int, $after: String) { list: relations(entity: $id, orderBy: DATE, first: $first, after: $after) { ` +
		pageFields + ` edges { cursor node { ` + relation + ` } } nodes { id } } }`
	bySubject := `query($id: ID, $first: Int, $after: String) { list: relations(subject: $id, first: $first, after: $after) { ` +
		pageFields + ` edges { cursor node { id } } nodes { id } } }`
	byObject := `query($id: ID, $first: Int, $after: String) { list: relations(object: $id, orderBy: DATE, first: $first, after: $after) { ` +
		pageFields + ` edges { cursor node { id } } nodes { id } } }`
	for i, id := range idx.samples(2) {
		for name, q := range map[string]string{"relations of ": byEntity, "relations from ": bySubject, "relations to ": byObject} {
			p.walk(t, name+id, request{Query: q, Variables: map[string]any{"id": id}}, []string{"list"}, shortPages(i)...)
		}
	}
	byStory := `query($id: ID, $first: Int, $after: String) { list: relations(story: $id, first: $first, after: $after) { ` +
		pageFields + ` edges { cursor node { id type } } nodes { id } } }`
	for _, id := range idx.stories {
		p.walk(t, "relations of story "+id, request{Query: byStory, Variables: map[string]any{"id": id}}, []string{"list"}, 100)
	}
}

// proposals asks for proposals with each filter, taking its values from
// the proposals themselves.
func (p *parity) proposals(t *testing.T, idx parityIndex) {
	values := map[string][]string{}
	add := func(key string, ids ...string) {
		for _, id := range ids {
			if !slices.Contains(values[key], id) {
				values[key] = append(values[key], id)
			}
		}
	}
	var words, dates []string
	for _, pr := range idx.proposals {
		add("proposer", idsOf(dig(pr, "proposers"))...)
		add("recipient", idsOf(dig(pr, "recipients"))...)
		add("topic", idsOf(dig(pr, "topics"))...)
		if name, _ := dig(pr, "name").(string); len(words) < 8 {
			if f := strings.Fields(name); len(f) > 0 {
				words = append(words, f[len(f)-1])
			}
		}
		if d, ok := dig(pr, "date").(string); ok && !slices.Contains(dates, d) {
			dates = append(dates, d)
		}
	}
	add("country", idx.entities[graph.Country]...)
	add("proposer", "person/nobody")
	add("text", words...)
	add("text", "encryption law", "no such words")
	sort.Strings(dates)
	var wheres []map[string]any
	for _, key := range []string{"proposer", "recipient", "country", "topic", "text"} {
		for _, v := range values[key] {
			wheres = append(wheres, map[string]any{key: v})
		}
	}
	for _, d := range dates {
		wheres = append(wheres, map[string]any{"from": d}, map[string]any{"to": d}, map[string]any{"from": d, "to": d})
	}
	if len(dates) > 1 {
		wheres = append(wheres, map[string]any{"from": dates[0], "to": dates[len(dates)/2]})
	}
	if len(values["country"]) > 0 && len(values["topic"]) > 0 {
		wheres = append(wheres, map[string]any{"country": values["country"][0], "topic": values["topic"][0], "from": "2015-01-01", "to": "2020-12-31"})
	}
	q := `query($where: ProposalFilter, $order: ProposalOrder, $first: Int, $after: String) {
		proposals(where: $where, orderBy: $order, first: $first, after: $after) { ` + pageFields + ` edges { cursor node { ` + proposalFields + ` } } } }`
	found := 0
	for _, w := range wheres {
		for _, order := range []string{"DATE", "ID"} {
			nodes := p.walk(t, fmt.Sprintf("proposals where %s by %s", compact(w), order),
				request{Query: q, Variables: map[string]any{"where": w, "order": order}}, []string{"proposals"}, 100)
			found += len(nodes)
		}
	}
	if found == 0 {
		t.Errorf("no filter of %d found a proposal: nothing was compared", len(wheres))
	}
}

// entityFields is everything an entity shows, whatever its kind.
const entityFields = `__typename id kind name aliases
	mentions(first: 20) { ` + pageFields + ` edges { cursor node { story { id } sentence start end text } } }
	relations(first: 30) { ` + pageFields + ` edges { cursor node { id type qualifier subject { id } object { id } quote date place { id } evidence { story { id } sentence start end rule confidence } } } }
	... on Person { roles { title of { id } } }
	... on Attack { summary date place { id } perpetrators { id } }
	... on Proposal { summary date topics { id } proposers { id } recipients { id } supporters { id } opponents { id }
		evidence { story { id } sentence start end rule confidence } }`

// lookups asks for entities, relations and stories by id.
func (p *parity) lookups(t *testing.T, idx parityIndex) {
	var relIDs []string
	for i, id := range idx.samples(3) {
		data := p.same(t, "entity "+id, request{Query: `query($id: ID!) { entity(id: $id) { ` + entityFields + ` } node(id: $id) { __typename id } }`,
			Variables: map[string]any{"id": id}})
		edges, _ := dig(data, "entity", "relations", "edges").([]any)
		for _, e := range edges {
			if rid, ok := dig(e, "node", "id").(string); ok && len(relIDs) < 30 && !slices.Contains(relIDs, rid) {
				relIDs = append(relIDs, rid)
			}
		}
		directed := `query($id: ID!, $dir: Direction, $types: [RelationType!], $first: Int, $after: String) { entity(id: $id) { list: relations(direction: $dir, types: $types, first: $first, after: $after) {
			` + pageFields + ` edges { cursor node { id type } } } } }`
		for _, dir := range []string{"OUT", "IN", "BOTH"} {
			for _, types := range [][]string{nil, {"HOLDS_ROLE", "PROPOSED", "SUPPORTS", "OPPOSES", "MET"}} {
				p.walk(t, fmt.Sprintf("relations %s %s %v", dir, id, types), request{
					Query:     directed,
					Variables: map[string]any{"id": id, "dir": dir, "types": types}}, []string{"entity", "list"}, shortPages(i)...)
			}
		}
		mentions := `query($id: ID!, $first: Int, $after: String) { entity(id: $id) { list: mentions(first: $first, after: $after) { ` +
			pageFields + ` edges { cursor node { story { id } sentence start end } } } } }`
		p.walk(t, "mentions of "+id, request{Query: mentions, Variables: map[string]any{"id": id}}, []string{"entity", "list"}, shortPages(i)...)
	}
	for _, id := range relIDs {
		p.same(t, "relation "+id, request{Query: `query($id: ID!) {
			relation(id: $id) { id type qualifier subject { id name } object { id name } quote date place { id } evidence { story { id } sentence start end rule confidence } }
			node(id: $id) { __typename id } }`, Variables: map[string]any{"id": id}})
	}
	story := `query($id: ID!) {
		story(id: $id) { id title published source url dateline agency credits { name role } text
			entities(first: 100) { ` + pageFields + ` edges { cursor node { id kind name } } }
			relations(first: 100) { ` + pageFields + ` edges { cursor node { id type subject { id } object { id } } } }
			people: entities(kind: PERSON, first: 100) { totalCount nodes { id } }
			roles: relations(type: HOLDS_ROLE, first: 100) { totalCount nodes { id qualifier } } }
		node(id: $id) { __typename id } }`
	for _, id := range idx.stories {
		p.same(t, "story "+id, request{Query: story, Variables: map[string]any{"id": id}})
		walked := `query($id: ID!, $first: Int, $after: String) { story(id: $id) { list: entities(first: $first, after: $after) { ` +
			pageFields + ` edges { cursor node { id } } nodes { id } } } }`
		p.walk(t, "entities of story "+id, request{Query: walked, Variables: map[string]any{"id": id}}, []string{"story", "list"}, 2)
	}
}

// paths asks for the paths between the most active actors, pairwise, at
// every length up to 4.
func (p *parity) paths(t *testing.T, idx parityIndex) {
	q := `query($from: ID!, $to: ID!, $hops: Int, $types: [RelationType!], $first: Int) { path(from: $from, to: $to, maxHops: $hops, types: $types, first: $first) {
		length nodes { id } steps { from { id } to { id } reversed relation { id type evidence { story { id } sentence } } } } }`
	ends := idx.active[:min(6, len(idx.active))]
	if props := idx.entities[graph.Proposal]; len(props) > 0 {
		ends = append(ends, props[0])
	}
	found := 0
	for i, from := range ends {
		for _, to := range ends[i+1:] {
			for hops := 1; hops <= 4; hops++ {
				data := p.same(t, fmt.Sprintf("path %s %s %d", from, to, hops), request{Query: q,
					Variables: map[string]any{"from": from, "to": to, "hops": hops, "first": 10}})
				list, _ := dig(data, "path").([]any)
				found += len(list)
			}
		}
	}
	for _, types := range [][]string{{"PROPOSED", "SUPPORTS", "OPPOSES", "ADDRESSED_TO"}, {"HOLDS_ROLE", "MET"}} {
		p.same(t, fmt.Sprintf("path %v", types), request{Query: q,
			Variables: map[string]any{"from": ends[0], "to": ends[len(ends)-1], "hops": 4, "types": types, "first": 10}})
	}
	p.same(t, "path to itself", request{Query: q, Variables: map[string]any{"from": ends[0], "to": ends[0], "hops": 2}})
	if found == 0 {
		t.Errorf("no path between %v: nothing was compared", ends)
	}
}

func (p *parity) neighborhoods(t *testing.T, idx parityIndex) {
	q := `query($id: ID!, $hops: Int, $types: [RelationType!], $limit: Int) { neighborhood(id: $id, hops: $hops, types: $types, limit: $limit) {
		center { id } nodes { entity { id kind name } distance } edges { relation { id type } source target } truncated } }`
	centers := idx.active[:min(5, len(idx.active))]
	if props := idx.entities[graph.Proposal]; len(props) > 0 {
		centers = append(centers, props[0])
	}
	for _, id := range centers {
		for _, v := range []map[string]any{
			{"hops": 1}, {"hops": 2}, {"hops": 3}, {"hops": 0},
			{"hops": 2, "types": []string{"PROPOSED", "SUPPORTS", "OPPOSES", "CONCERNS"}},
			{"hops": 2, "limit": 5}, {"hops": 3, "limit": 12},
		} {
			v["id"] = id
			p.same(t, "neighborhood "+compact(v), request{Query: q, Variables: v})
		}
	}
}

func (p *parity) timelines(t *testing.T, idx parityIndex) {
	q := `query($id: ID!, $from: Date, $to: Date, $first: Int) { timeline(entity: $id, from: $from, to: $to, first: $first) {
		date relation { id type subject { id } object { id } } entity { id } } }`
	ids := idx.samples(2)
	for _, kind := range []graph.Kind{graph.Proposal, graph.Attack} {
		l := idx.entities[kind]
		ids = append(ids, l[:min(5, len(l))]...)
	}
	events := 0
	for _, id := range ids {
		for _, v := range []map[string]any{{}, {"from": "2016-01-01", "to": "2018-12-31"}, {"from": "2019-01-01"}, {"first": 3}} {
			v["id"] = id
			data := p.same(t, "timeline "+compact(v), request{Query: q, Variables: v})
			list, _ := dig(data, "timeline").([]any)
			events += len(list)
		}
	}
	if events == 0 {
		t.Errorf("no timeline of %v has an event: nothing was compared", ids)
	}
}

const statsQuery = `{ stats { stories entities relations entitiesByKind { kind count } relationsByType { type count } } }`

func (p *parity) aggregations(t *testing.T) {
	p.same(t, "stats", request{Query: statsQuery})
	p.same(t, "aggregations", request{Query: `{
		stats { stories entities relations entitiesByKind { kind count } relationsByType { type count } }
		proposalsPerCountry { country { id } month count }
		mostActive(first: 3) { entity { id } relations stories }
		people: mostActive(kind: COUNTRY, first: 5) { entity { id } }
	}`})
	q := `query($from: Date, $to: Date, $kind: EntityKind, $types: [RelationType!], $first: Int) {
		proposalsPerCountry(from: $from, to: $to) { country { id name } month count }
		mostActive(kind: $kind, types: $types, from: $from, to: $to, first: $first) { entity { id kind name } relations stories } }`
	for _, v := range []map[string]any{
		{"first": 50},
		{"from": "2016-01-01", "to": "2018-12-31", "first": 50},
		{"from": "2019-01-01"},
		{"to": "2016-12-31"},
		{"kind": "PERSON", "first": 20},
		{"kind": "ORGANIZATION", "types": []string{"PROPOSED", "SUPPORTS", "OPPOSES"}, "first": 20},
		{"types": []string{"HOLDS_ROLE"}, "first": 20},
		{"types": []string{"MET", "USES", "OWNS"}, "from": "2015-01-01", "to": "2023-12-31", "first": 20},
	} {
		p.same(t, "aggregations "+compact(v), request{Query: q, Variables: v})
	}
}

func (p *parity) search(t *testing.T) {
	q := `query($text: String!, $first: Int) { search(text: $text, first: $first) { score snippet entity { id kind name } story { id title } } }`
	hits := 0
	for _, text := range []string{"encryption", "WhatsApp", "minister", "terror", "law", "Telegram block", "Apple FBI",
		"government", "messages", "end-to-end", "Rudd", "security services", "zzzz nothing matches"} {
		for _, first := range []int{5, 50} {
			data := p.same(t, fmt.Sprintf("search %q first %d", text, first), request{Query: q, Variables: map[string]any{"text": text, "first": first}})
			list, _ := dig(data, "search").([]any)
			hits += len(list)
		}
	}
	if hits == 0 {
		t.Errorf("search found nothing: nothing was compared")
	}
}

// errors checks that both refuse the same requests the same way.
func (p *parity) errors(t *testing.T, idx parityIndex) {
	id := idx.active[0]
	tests := []struct {
		name  string
		query string
		code  string
	}{
		{"unknown entity", `{ entity(id: "person/nobody") { id } }`, "NOT_FOUND"},
		{"unknown story", `{ story(id: "no-such-story") { id } }`, "NOT_FOUND"},
		{"unknown relation", `{ relation(id: "no-such-relation") { id } }`, "NOT_FOUND"},
		{"path to nobody", `{ path(from: "` + id + `", to: "person/nobody") { length } }`, "NOT_FOUND"},
		{"path too long", `{ path(from: "` + id + `", to: "` + id + `", maxHops: 7) { length } }`, "BAD_USER_INPUT"},
		{"neighborhood too deep", `{ neighborhood(id: "` + id + `", hops: 4) { truncated } }`, "BAD_USER_INPUT"},
		{"timeline of nobody", `{ timeline(entity: "person/nobody") { date } }`, "NOT_FOUND"},
		{"unknown node", `{ node(id: "no-such-node") { id } }`, "NOT_FOUND"},
		{"bad cursor", `{ entities(first: 2, after: "not a cursor") { nodes { id } } }`, "BAD_USER_INPUT"},
	}
	for _, tt := range tests {
		p.sameError(t, tt.name, request{Query: tt.query}, tt.code)
	}
}
