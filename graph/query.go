package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"
)

// The composite reads the API offers beyond single Store calls: proposals
// with who made them to whom, neighbourhoods, timelines and dashboard
// aggregates. They are built only from Store methods, so every backend gives
// the same answers, and they keep the number of store calls bounded: a list
// of ids is looked up id by id or by walking the whole list of candidate
// relations, whichever takes fewer calls (see relationsAt).

// Bounds of the composite queries. Requests beyond them are refused with
// EINVALID rather than cut, as page sizes are.
const (
	MaxNeighborhoodHops  = 3
	MaxNeighborhoodNodes = 500
	MaxPathHops          = 6
)

// ProposalFacts is who proposed a proposal, to whom, who backs and who
// opposes it and what it concerns, with the relations that say so. Entity
// lists hold ids in id order.
type ProposalFacts struct {
	ID         string
	Proposers  []string
	Recipients []string
	Supporters []string
	Opponents  []string
	// Topics are the proposal's own topics and the objects of its CONCERNS
	// relations.
	Topics []string
	// Proposed and AddressedTo are the relations behind Proposers and
	// Recipients, in id order: their evidence is the proposal's.
	Proposed    []*Relation
	AddressedTo []*Relation
}

// Evidence returns the sentences stating who proposed the proposal and to
// whom.
func (f *ProposalFacts) Evidence() []Evidence {
	var out []Evidence
	for _, r := range f.Proposed {
		out = append(out, r.Evidence...)
	}
	for _, r := range f.AddressedTo {
		out = append(out, r.Evidence...)
	}
	return out
}

// proposalTypes are the relation types ProposalFacts reads.
var proposalTypes = []RelationType{Proposed, AddressedTo, Supports, Opposes, Concerns}

// ProposalFactsOf returns the facts of each proposal, in the order given.
func ProposalFactsOf(ctx context.Context, s Store, proposals []*Entity) ([]*ProposalFacts, error) {
	ids := make([]string, len(proposals))
	for i, p := range proposals {
		ids[i] = p.ID
	}
	rels, err := relationsAt(ctx, s, proposalTypes, ids, atEither)
	if err != nil {
		return nil, fmt.Errorf("graph: proposal facts: %w", err)
	}
	facts := make(map[string]*ProposalFacts, len(proposals))
	sets := make(map[string]map[RelationType]map[string]bool, len(proposals))
	for _, p := range proposals {
		facts[p.ID] = &ProposalFacts{ID: p.ID}
		sets[p.ID] = map[RelationType]map[string]bool{Concerns: setOf(p.Topics)}
	}
	add := func(pid string, t RelationType, id string) {
		m := sets[pid]
		if m[t] == nil {
			m[t] = map[string]bool{}
		}
		m[t][id] = true
	}
	for _, r := range rels {
		switch {
		case facts[r.Object] != nil && (r.Type == Proposed || r.Type == Supports || r.Type == Opposes):
			add(r.Object, r.Type, r.Subject)
			if r.Type == Proposed {
				facts[r.Object].Proposed = append(facts[r.Object].Proposed, r)
			}
		case facts[r.Subject] != nil && (r.Type == AddressedTo || r.Type == Concerns):
			add(r.Subject, r.Type, r.Object)
			if r.Type == AddressedTo {
				facts[r.Subject].AddressedTo = append(facts[r.Subject].AddressedTo, r)
			}
		}
	}
	out := make([]*ProposalFacts, len(proposals))
	for i, p := range proposals {
		f, m := facts[p.ID], sets[p.ID]
		f.Proposers = sortedKeys(m[Proposed])
		f.Recipients = sortedKeys(m[AddressedTo])
		f.Supporters = sortedKeys(m[Supports])
		f.Opponents = sortedKeys(m[Opposes])
		f.Topics = sortedKeys(m[Concerns])
		out[i] = f
	}
	return out, nil
}

// ProposalFilter selects proposals. Zero fields do not filter; entity
// fields are ids.
type ProposalFilter struct {
	Proposer  string
	Recipient string
	// Country keeps proposals proposed by the country or by a person who
	// holds a role (HOLDS_ROLE) for it.
	Country string
	// Topic keeps proposals with a CONCERNS relation to the entity or the
	// entity among their own topics.
	Topic string
	// Text keeps proposals whose name, an alias or summary holds every word.
	Text string
	// From and To bound the proposal's date (inclusive); undated proposals
	// are dropped when either is set.
	From, To string
}

// ProposalOrder orders proposal lists; ties are broken by id.
type ProposalOrder string

// Proposal orders.
const (
	ProposalsByDate ProposalOrder = "DATE" // oldest first, undated last
	ProposalsByID   ProposalOrder = "ID"
)

// ProposalPage is a page of proposals with their facts.
type ProposalPage struct {
	Proposals  []*Entity
	Facts      []*ProposalFacts
	Cursors    []string
	TotalCount int
	PageInfo   PageInfo
}

// Proposals lists the proposals matching f, each with its facts, paged like
// every other list.
func Proposals(ctx context.Context, s Store, f ProposalFilter, order ProposalOrder, p Page) (*ProposalPage, error) {
	if _, err := p.Limit(); err != nil {
		return nil, err
	}
	if !ValidDate(f.From) || !ValidDate(f.To) {
		return nil, Errorf(EINVALID, "proposals: from and to must be ISO dates (2006-01-02)")
	}
	cands, err := proposalCandidates(ctx, s, f)
	if err != nil {
		return nil, fmt.Errorf("graph: proposals: %w", err)
	}
	words := Words(f.Text)
	var list []*Entity
	for _, e := range cands {
		if e.Kind != Proposal || !inRange(e.Date, f.From, f.To) {
			continue
		}
		if len(words) > 0 && !entityHasWords(e, words) {
			continue
		}
		list = append(list, e)
	}
	key := func(e *Entity) string {
		if order == ProposalsByID {
			return e.ID
		}
		d := e.Date
		if d == "" {
			d = "~"
		}
		return d + "\x00" + e.ID
	}
	sort.Slice(list, func(i, j int) bool { return key(list[i]) < key(list[j]) })
	keys := make([]string, len(list))
	for i, e := range list {
		keys[i] = key(e)
	}
	start, end, info, err := Window(keys, p)
	if err != nil {
		return nil, err
	}
	page := &ProposalPage{Proposals: list[start:end], TotalCount: len(list), PageInfo: info}
	for _, k := range keys[start:end] {
		page.Cursors = append(page.Cursors, EncodeCursor(k))
	}
	if page.Facts, err = ProposalFactsOf(ctx, s, page.Proposals); err != nil {
		return nil, fmt.Errorf("graph: proposals: %w", err)
	}
	return page, nil
}

// proposalCandidates returns the proposals the entity fields of f allow,
// or every proposal when none is set.
func proposalCandidates(ctx context.Context, s Store, f ProposalFilter) ([]*Entity, error) {
	var sets []map[string]bool
	restrict := func(ids map[string]bool) { sets = append(sets, ids) }
	if f.Proposer != "" {
		rels, err := relationsAt(ctx, s, []RelationType{Proposed}, []string{f.Proposer}, atSubject)
		if err != nil {
			return nil, err
		}
		restrict(ends(rels, false))
	}
	if f.Recipient != "" {
		rels, err := relationsAt(ctx, s, []RelationType{AddressedTo}, []string{f.Recipient}, atObject)
		if err != nil {
			return nil, err
		}
		restrict(ends(rels, true))
	}
	if f.Country != "" {
		holders, err := relationsAt(ctx, s, []RelationType{HoldsRole}, []string{f.Country}, atObject)
		if err != nil {
			return nil, err
		}
		actors := ends(holders, true)
		actors[f.Country] = true
		rels, err := relationsAt(ctx, s, []RelationType{Proposed}, sortedKeys(actors), atSubject)
		if err != nil {
			return nil, err
		}
		restrict(ends(rels, false))
	}
	var topicIDs map[string]bool
	if f.Topic != "" {
		rels, err := relationsAt(ctx, s, []RelationType{Concerns}, []string{f.Topic}, atObject)
		if err != nil {
			return nil, err
		}
		topicIDs = ends(rels, true)
	}
	if len(sets) == 0 {
		// No relation narrows the list: walk every proposal, which also
		// finds those whose own topics name f.Topic.
		all, err := allEntities(ctx, s, EntityFilter{Kind: Proposal, OrderBy: OrderByID})
		if err != nil {
			return nil, err
		}
		if f.Topic == "" {
			return all, nil
		}
		var out []*Entity
		for _, e := range all {
			if topicIDs[e.ID] || hasTopic(e, f.Topic) {
				out = append(out, e)
			}
		}
		return out, nil
	}
	ids := sets[0]
	for _, set := range sets[1:] {
		for id := range ids {
			if !set[id] {
				delete(ids, id)
			}
		}
	}
	ents, err := entitiesByID(ctx, s, sortedKeys(ids))
	if err != nil {
		return nil, err
	}
	var out []*Entity
	for _, e := range ents {
		if f.Topic == "" || topicIDs[e.ID] || hasTopic(e, f.Topic) {
			out = append(out, e)
		}
	}
	return out, nil
}

func hasTopic(e *Entity, topic string) bool {
	for _, t := range e.Topics {
		if t == topic {
			return true
		}
	}
	return false
}

// entityHasWords reports whether the name, an alias or the summary of e
// holds every word.
func entityHasWords(e *Entity, words []string) bool {
	for _, s := range append([]string{e.Name, e.Summary}, e.Aliases...) {
		if containsAll(Fold(s), words) {
			return true
		}
	}
	return false
}

// inRange reports whether date lies in [from, to]; an empty bound is open,
// and an empty date is out of range once a bound is set.
func inRange(date, from, to string) bool {
	if from == "" && to == "" {
		return true
	}
	return date != "" && (from == "" || date >= from) && (to == "" || date <= to)
}

// Neighborhood is the part of the graph within some hops of an entity.
type Neighborhood struct {
	Center *Entity
	// Nodes are ordered by distance, then id; the center comes first.
	Nodes    []*Entity
	Distance map[string]int
	// Edges are the relations among Nodes, in id order.
	Edges []*Relation
	// Truncated is set when the node limit left out reachable entities.
	Truncated bool
}

// NeighborhoodOf returns the entities within hops relations of id
// (following relations both ways, only of the given types when types is not
// empty), at most limit of them, and the relations among them. ENOTFOUND
// when id is not an entity.
func NeighborhoodOf(ctx context.Context, s Store, id string, hops int, types []RelationType, limit int) (*Neighborhood, error) {
	switch {
	case hops < 0 || hops > MaxNeighborhoodHops:
		return nil, Errorf(EINVALID, "neighborhood: hops must be between 0 and %d, got %d", MaxNeighborhoodHops, hops)
	case limit < 1 || limit > MaxNeighborhoodNodes:
		return nil, Errorf(EINVALID, "neighborhood: limit must be between 1 and %d, got %d", MaxNeighborhoodNodes, limit)
	}
	center, err := s.Entity(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("graph: neighborhood of %q: %w", id, err)
	}
	n := &Neighborhood{Center: center, Distance: map[string]int{id: 0}}
	seen := map[string]*Relation{}
	frontier := []string{id}
	for h := 1; h <= hops && len(frontier) > 0; h++ {
		rels, err := relationsAt(ctx, s, types, frontier, atEither)
		if err != nil {
			return nil, fmt.Errorf("graph: neighborhood of %q: %w", id, err)
		}
		var next []string
		for _, r := range rels {
			seen[r.ID] = r
			for _, end := range []string{r.Subject, r.Object} {
				if end == "" {
					continue
				}
				if _, ok := n.Distance[end]; ok {
					continue
				}
				if len(n.Distance) >= limit {
					n.Truncated = true
					continue
				}
				n.Distance[end] = h
				next = append(next, end)
			}
		}
		frontier = next
	}
	if hops > 0 && len(frontier) > 0 {
		// Relations between two entities of the outermost ring join nodes
		// already shown; fetch them without adding nodes.
		rels, err := relationsAt(ctx, s, types, frontier, atEither)
		if err != nil {
			return nil, fmt.Errorf("graph: neighborhood of %q: %w", id, err)
		}
		for _, r := range rels {
			seen[r.ID] = r
		}
	}
	for _, r := range seen {
		_, okS := n.Distance[r.Subject]
		_, okO := n.Distance[r.Object]
		if okS && (okO || r.Object == "") {
			n.Edges = append(n.Edges, r)
		}
	}
	sort.Slice(n.Edges, func(i, j int) bool { return n.Edges[i].ID < n.Edges[j].ID })
	ids := sortedKeys(boolSet(n.Distance))
	sort.SliceStable(ids, func(i, j int) bool { return n.Distance[ids[i]] < n.Distance[ids[j]] })
	ents, err := entitiesByID(ctx, s, ids)
	if err != nil {
		return nil, fmt.Errorf("graph: neighborhood of %q: %w", id, err)
	}
	n.Nodes = ents
	return n, nil
}

// TimelineEvent is a dated fact about an entity: a relation, or the
// entity's own date (an attack or a proposal), or the date of an attack or
// proposal the entity is related to.
type TimelineEvent struct {
	Date string
	// Relation is the fact, nil for the entity's own date.
	Relation *Relation
	// Entity is the dated attack or proposal when the date is its own and
	// not the relation's.
	Entity *Entity
}

// Timeline returns the dated facts about an entity between from and to
// (inclusive, open when empty), oldest first, at most limit of them.
// ENOTFOUND when id is not an entity.
func Timeline(ctx context.Context, s Store, id, from, to string, limit int) ([]TimelineEvent, error) {
	if !ValidDate(from) || !ValidDate(to) {
		return nil, Errorf(EINVALID, "timeline: from and to must be ISO dates (2006-01-02)")
	}
	if limit < 1 || limit > MaxPageSize {
		return nil, Errorf(EINVALID, "timeline: first must be between 1 and %d, got %d", MaxPageSize, limit)
	}
	e, err := s.Entity(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("graph: timeline of %q: %w", id, err)
	}
	rels, err := allRelations(ctx, s, RelationFilter{Any: id})
	if err != nil {
		return nil, fmt.Errorf("graph: timeline of %q: %w", id, err)
	}
	others := map[string]bool{}
	for _, r := range rels {
		if r.Date == "" {
			others[otherEnd(r, id)] = true
		}
	}
	delete(others, "")
	ents, err := entitiesByID(ctx, s, sortedKeys(others))
	if err != nil {
		return nil, fmt.Errorf("graph: timeline of %q: %w", id, err)
	}
	byID := map[string]*Entity{}
	for _, o := range ents {
		byID[o.ID] = o
	}
	var events []TimelineEvent
	if e.Date != "" {
		events = append(events, TimelineEvent{Date: e.Date, Entity: e})
	}
	for _, r := range rels {
		switch o := byID[otherEnd(r, id)]; {
		case r.Date != "":
			events = append(events, TimelineEvent{Date: r.Date, Relation: r})
		case o != nil && o.Date != "" && (o.Kind == Attack || o.Kind == Proposal):
			events = append(events, TimelineEvent{Date: o.Date, Relation: r, Entity: o})
		}
	}
	kept := events[:0]
	for _, ev := range events {
		if inRange(ev.Date, from, to) {
			kept = append(kept, ev)
		}
	}
	events = kept
	key := func(ev TimelineEvent) string {
		if ev.Relation == nil {
			return ev.Date + "\x00"
		}
		return ev.Date + "\x00" + ev.Relation.ID
	}
	sort.Slice(events, func(i, j int) bool { return key(events[i]) < key(events[j]) })
	if len(events) > limit {
		events = events[:limit]
	}
	return events, nil
}

func otherEnd(r *Relation, id string) string {
	if r.Subject == id {
		return r.Object
	}
	return r.Subject
}

// CountryMonth counts the proposals of a country in a month (YYYY-MM).
type CountryMonth struct {
	Country string
	Month   string
	Count   int
}

// ProposalsPerCountry counts dated proposals by proposing country and
// month: a proposal counts for a country that PROPOSED it and for the
// countries its proposers hold a role for (HOLDS_ROLE relations or roles of
// the person), once per country and month. Ordered by month, then country.
func ProposalsPerCountry(ctx context.Context, s Store, from, to string) ([]CountryMonth, error) {
	if !ValidDate(from) || !ValidDate(to) {
		return nil, Errorf(EINVALID, "proposals per country: from and to must be ISO dates (2006-01-02)")
	}
	props, err := allEntities(ctx, s, EntityFilter{Kind: Proposal, OrderBy: OrderByID})
	if err != nil {
		return nil, fmt.Errorf("graph: proposals per country: %w", err)
	}
	month := map[string]string{}
	for _, p := range props {
		if p.Date != "" && inRange(p.Date, from, to) {
			month[p.ID] = p.Date[:7]
		}
	}
	proposed, err := allRelations(ctx, s, RelationFilter{Types: []RelationType{Proposed}})
	if err != nil {
		return nil, fmt.Errorf("graph: proposals per country: %w", err)
	}
	actors := map[string]bool{}
	for _, r := range proposed {
		if month[r.Object] != "" {
			actors[r.Subject] = true
		}
	}
	actorEnts, err := entitiesByID(ctx, s, sortedKeys(actors))
	if err != nil {
		return nil, fmt.Errorf("graph: proposals per country: %w", err)
	}
	countriesOf := map[string]map[string]bool{}
	var persons []string
	candidates := map[string]bool{}
	for _, a := range actorEnts {
		countriesOf[a.ID] = map[string]bool{}
		switch a.Kind {
		case Country:
			countriesOf[a.ID][a.ID] = true
		case Person:
			persons = append(persons, a.ID)
			for _, r := range a.Roles {
				if r.Of != "" {
					countriesOf[a.ID][r.Of] = true
					candidates[r.Of] = true
				}
			}
		}
	}
	roles, err := relationsAt(ctx, s, []RelationType{HoldsRole}, persons, atSubject)
	if err != nil {
		return nil, fmt.Errorf("graph: proposals per country: %w", err)
	}
	for _, r := range roles {
		countriesOf[r.Subject][r.Object] = true
		candidates[r.Object] = true
	}
	// Roles may be held for organizations: keep countries only.
	cands, err := entitiesByID(ctx, s, sortedKeys(candidates))
	if err != nil {
		return nil, fmt.Errorf("graph: proposals per country: %w", err)
	}
	isCountry := map[string]bool{}
	for _, c := range cands {
		isCountry[c.ID] = c.Kind == Country
	}
	for _, a := range actorEnts {
		if a.Kind == Country {
			isCountry[a.ID] = true
		}
	}
	type cm struct{ country, month string }
	counted := map[cm]map[string]bool{}
	for _, r := range proposed {
		m := month[r.Object]
		if m == "" {
			continue
		}
		for c := range countriesOf[r.Subject] {
			if !isCountry[c] {
				continue
			}
			k := cm{c, m}
			if counted[k] == nil {
				counted[k] = map[string]bool{}
			}
			counted[k][r.Object] = true
		}
	}
	out := make([]CountryMonth, 0, len(counted))
	for k, ps := range counted {
		out = append(out, CountryMonth{Country: k.country, Month: k.month, Count: len(ps)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Month != out[j].Month {
			return out[i].Month < out[j].Month
		}
		return out[i].Country < out[j].Country
	})
	return out, nil
}

// Activity is how active an entity is as the subject of relations.
type Activity struct {
	Entity    *Entity
	Relations int
	// Stories counts the distinct stories giving evidence of them.
	Stories int
}

// MostActive ranks entities (of kind k when set) by the relations (of the
// given types, dated between from and to when set) they are the subject
// of, both ends counting for symmetric types; ties go to more stories, then
// the smaller id. At most limit are returned.
func MostActive(ctx context.Context, s Store, k Kind, types []RelationType, from, to string, limit int) ([]Activity, error) {
	if !ValidDate(from) || !ValidDate(to) {
		return nil, Errorf(EINVALID, "most active: from and to must be ISO dates (2006-01-02)")
	}
	if limit < 1 || limit > MaxPageSize {
		return nil, Errorf(EINVALID, "most active: first must be between 1 and %d, got %d", MaxPageSize, limit)
	}
	rels, err := allRelations(ctx, s, RelationFilter{Types: types, From: from, To: to})
	if err != nil {
		return nil, fmt.Errorf("graph: most active: %w", err)
	}
	count := map[string]int{}
	stories := map[string]map[string]bool{}
	credit := func(id string, r *Relation) {
		count[id]++
		if stories[id] == nil {
			stories[id] = map[string]bool{}
		}
		for _, ev := range r.Evidence {
			stories[id][ev.StoryID] = true
		}
	}
	for _, r := range rels {
		credit(r.Subject, r)
		if r.Type.Symmetric() && r.Object != "" {
			credit(r.Object, r)
		}
	}
	ids := sortedKeys(boolSet(count))
	if k != "" {
		ents, err := entitiesByID(ctx, s, ids)
		if err != nil {
			return nil, fmt.Errorf("graph: most active: %w", err)
		}
		ids = ids[:0]
		for _, e := range ents {
			if e.Kind == k {
				ids = append(ids, e.ID)
			}
		}
	}
	sort.SliceStable(ids, func(i, j int) bool {
		a, b := ids[i], ids[j]
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		return len(stories[a]) > len(stories[b])
	})
	if len(ids) > limit {
		ids = ids[:limit]
	}
	ents, err := entitiesByID(ctx, s, ids)
	if err != nil {
		return nil, fmt.Errorf("graph: most active: %w", err)
	}
	out := make([]Activity, len(ents))
	for i, e := range ents {
		out[i] = Activity{Entity: e, Relations: count[e.ID], Stories: len(stories[e.ID])}
	}
	return out, nil
}

// end says which end of a relation relationsAt matches.
type end int

const (
	atSubject end = iota
	atObject
	atEither
)

// relationsAt returns the relations of the given types (any type when
// empty) with an end in ids, in id order. It either asks id by id, an
// indexed lookup each, or walks the whole lists of those types, whichever
// costs less: a call is counted as callCost relations moved, and Stats says
// how long the lists are. So a page of a hundred proposals costs one call
// when the graph is small, and a hundred small lookups, not a scan of
// hundreds of thousands of relations, when it is large; the number of calls
// never depends on the page size alone.
func relationsAt(ctx context.Context, s Store, types []RelationType, ids []string, side end) ([]*Relation, error) {
	want := setOf(ids)
	match := func(r *Relation) bool {
		switch side {
		case atSubject:
			return want[r.Subject]
		case atObject:
			return want[r.Object]
		}
		return want[r.Subject] || want[r.Object]
	}
	var out []*Relation
	if len(want) > 1 {
		total, err := relationCount(ctx, s, types)
		if err != nil {
			return nil, err
		}
		pages := (total + MaxPageSize - 1) / MaxPageSize
		if pages*callCost+total <= len(want)*callCost {
			err := eachRelationOf(ctx, s, RelationFilter{Types: types}, total, func(r *Relation) {
				if match(r) {
					out = append(out, r)
				}
			})
			if err != nil {
				return nil, err
			}
			return sortRelations(out), nil
		}
	}
	filters := make([]RelationFilter, 0, len(want))
	for _, id := range sortedKeys(want) {
		f := RelationFilter{Types: types}
		switch side {
		case atSubject:
			f.Subject = id
		case atObject:
			f.Object = id
		default:
			f.Any = id
		}
		filters = append(filters, f)
	}
	found, err := eachConcurrently(ctx, s, filters)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, r := range found {
		if !seen[r.ID] {
			seen[r.ID] = true
			out = append(out, r)
		}
	}
	return sortRelations(out), nil
}

// callCost is what relationsAt counts a store call as, in relations moved:
// the round trip of a networked store, the lock and setup of an embedded one.
const callCost = 100

// lookupWorkers bounds the lookups relationsAt runs at once, so that a
// networked store's round trips overlap without one request taking the
// whole connection pool.
const lookupWorkers = 4

// eachConcurrently returns the relations matching each filter, a few
// filters at a time.
func eachConcurrently(ctx context.Context, s Store, filters []RelationFilter) ([]*Relation, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu       sync.Mutex
		out      []*Relation
		firstErr error
		wg       sync.WaitGroup
	)
	next := make(chan RelationFilter)
	for range min(lookupWorkers, len(filters)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range next {
				var got []*Relation
				err := eachRelation(ctx, s, f, "", func(r *Relation) { got = append(got, r) })
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
					cancel()
				}
				out = append(out, got...)
				mu.Unlock()
			}
		}()
	}
	for _, f := range filters {
		if ctx.Err() != nil {
			break
		}
		next <- f
	}
	close(next)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// relationCount returns how many relations of the types (any when empty)
// the store holds.
func relationCount(ctx context.Context, s Store, types []RelationType) (int, error) {
	st, err := s.Stats(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for t, c := range st.Relations {
		if len(types) == 0 || slices.Contains(types, t) {
			n += c
		}
	}
	return n, nil
}

// eachRelationOf calls fn for every relation matching f, in no particular
// order. total is how many there are about: a list of several types that
// fits one page is read in one call; a longer one is read type by type, as
// a list of one type is one a store keeps ordered and pages cheaply.
func eachRelationOf(ctx context.Context, s Store, f RelationFilter, total int, fn func(*Relation)) error {
	if len(f.Types) <= 1 || total <= MaxPageSize {
		return eachRelation(ctx, s, f, "", fn)
	}
	for _, t := range f.Types {
		ft := f
		ft.Types = []RelationType{t}
		if err := eachRelation(ctx, s, ft, "", fn); err != nil {
			return err
		}
	}
	return nil
}

func sortRelations(rs []*Relation) []*Relation {
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	return rs
}

// eachRelation calls fn for every relation matching f after the cursor.
func eachRelation(ctx context.Context, s Store, f RelationFilter, after string, fn func(*Relation)) error {
	p := Page{First: MaxPageSize, After: after}
	for {
		page, err := s.Relations(ctx, f, p)
		if err != nil {
			return err
		}
		for _, r := range page.Relations {
			fn(r)
		}
		if !page.PageInfo.HasNextPage || page.PageInfo.EndCursor == "" {
			return nil
		}
		p.After = page.PageInfo.EndCursor
	}
}

// allRelations returns every relation matching f, in no particular order.
func allRelations(ctx context.Context, s Store, f RelationFilter) ([]*Relation, error) {
	var out []*Relation
	err := eachRelationOf(ctx, s, f, MaxPageSize+1, func(r *Relation) { out = append(out, r) })
	return out, err
}

func allEntities(ctx context.Context, s Store, f EntityFilter) ([]*Entity, error) {
	var out []*Entity
	p := Page{First: MaxPageSize}
	for {
		page, err := s.Entities(ctx, f, p)
		if err != nil {
			return nil, err
		}
		out = append(out, page.Entities...)
		if !page.PageInfo.HasNextPage || page.PageInfo.EndCursor == "" {
			return out, nil
		}
		p.After = page.PageInfo.EndCursor
	}
}

// entitiesByID returns the known entities among ids, in the order of ids,
// asking MaxPageSize at a time.
func entitiesByID(ctx context.Context, s Store, ids []string) ([]*Entity, error) {
	var out []*Entity
	for len(ids) > 0 {
		n := min(len(ids), MaxPageSize)
		ents, err := s.EntitiesByID(ctx, ids[:n])
		if err != nil {
			return nil, err
		}
		for _, e := range ents {
			if e != nil {
				out = append(out, e)
			}
		}
		ids = ids[n:]
	}
	return out, nil
}

// ends returns the objects of rels, or their subjects when subjects is set.
func ends(rels []*Relation, subjects bool) map[string]bool {
	out := map[string]bool{}
	for _, r := range rels {
		if subjects {
			out[r.Subject] = true
		} else if r.Object != "" {
			out[r.Object] = true
		}
	}
	return out
}

func setOf(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		if id != "" {
			m[id] = true
		}
	}
	return m
}

func boolSet[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
