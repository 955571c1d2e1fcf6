package graphtest

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// The size of graph the benchmarks measure reads on: 100,000 entities and
// 500,000 relations in 5,000 stories, the size a researcher's graph must be
// served quickly at. Pass them to Synthetic with seed 1 so that every
// benchmark reads the same graph.
const (
	LargeStories   = 5000
	LargeEntities  = 100_000
	LargeRelations = 500_000
)

// Synthetic generates a graph for benchmarks: stories extractions naming
// about the given number of distinct entities and holding the given number
// of relations in all, the same for the same arguments.
//
// Its shape follows the corpus: people hold roles for countries and
// organizations, propose, back or oppose proposals addressed to others,
// meet each other, use services that organizations own, perpetrate attacks
// that occur in places, and are quoted. Proposals and attacks are dated
// over 2010-2024 and meetings and support carry dates, so date filters have
// something to select. Ends are drawn uniformly, which keeps the graph in
// one component with short paths: with a few relations per entity, most
// pairs are four hops apart or less. Entities recur across stories (people
// hold the same role, proposals are backed later) so merging has work to
// do. Each relation has its own sentence in its story's text, and the
// evidence and mentions point into it.
func Synthetic(seed int64, stories, entities, relations int) []*graph.Extraction {
	if stories < 1 {
		stories = 1
	}
	g := &synth{rng: rand.New(rand.NewSource(seed)), stories: stories}
	g.makeEntities(entities)
	out := make([]*graph.Extraction, stories)
	for i := range out {
		n := relations / stories
		if i < relations%stories {
			n++
		}
		out[i] = g.story(i, n)
	}
	return out
}

type synthEntity struct {
	id, name, alias string
	kind            graph.Kind
	date, place     string
	topics          []string
	home            int // the story a proposal or attack is scoped by
	// roleTitle and roleOf are the one role a person holds.
	roleTitle string
	roleOf    *synthEntity
	// where is the place of an attack.
	where *synthEntity
}

type synth struct {
	rng     *rand.Rand
	stories int
	byKind  map[graph.Kind][]*synthEntity
}

var (
	syllables = []string{"ka", "lo", "mi", "ren", "sa", "tor", "vi", "del", "an", "bru", "co", "dan",
		"el", "fa", "gri", "han", "is", "jo", "ke", "lu", "mar", "ne", "os", "pe", "qui", "ro", "su", "ta",
		"ul", "ve", "wi", "zo"}
	titles   = []string{"Interior Minister", "Prime Minister", "Justice Minister", "Home Secretary", "President", "Chancellor", "spokesman", "chief executive"}
	sources  = []string{"Reuters", "AFP", "AP", "BBC", "DPA"}
	subjects = []string{"encryption", "data retention", "surveillance", "terrorism", "privacy", "messaging", "extremism", "backdoors"}
)

// word spells n in syllables, so that every n gives a different word.
func word(n int) string {
	var b strings.Builder
	for {
		b.WriteString(syllables[n%len(syllables)])
		n /= len(syllables)
		if n == 0 {
			break
		}
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func (g *synth) makeEntities(n int) {
	if n < 16 {
		n = 16
	}
	share := func(part, min int) int {
		if k := n / part; k > min {
			return k
		}
		return min
	}
	counts := []struct {
		kind graph.Kind
		n    int
	}{
		{graph.Country, min(share(50, 2), 195)},
		{graph.Topic, min(share(200, 1), 40)},
		{graph.Service, share(100, 1)},
		{graph.Organization, share(10, 1)},
		{graph.Place, share(20, 1)},
		{graph.Attack, share(20, 1)},
		{graph.Proposal, share(5, 1)},
	}
	rest := n
	for _, c := range counts {
		rest -= c.n
	}
	counts = append(counts, struct {
		kind graph.Kind
		n    int
	}{graph.Person, max(rest, 2)})
	g.byKind = map[graph.Kind][]*synthEntity{}
	serial := 0
	for _, c := range counts {
		for i := 0; i < c.n; i++ {
			serial++
			e := &synthEntity{kind: c.kind}
			switch c.kind {
			case graph.Person:
				e.alias = word(serial)
				e.name = word(serial*7+3) + " " + e.alias
			case graph.Country:
				e.name = word(serial) + "ia"
				e.alias = word(serial) + "ian"
			case graph.Topic:
				e.name = fmt.Sprintf("%s %s", subjects[i%len(subjects)], strings.ToLower(word(serial)))
			case graph.Service:
				e.name = word(serial) + "Chat"
			case graph.Organization:
				e.name = word(serial) + " Council"
				e.alias = word(serial)
			case graph.Place:
				e.name = word(serial) + "ville"
			case graph.Attack:
				e.name = "attack on " + word(serial)
				e.date = g.date()
				e.home = g.rng.Intn(g.stories)
			case graph.Proposal:
				e.name = fmt.Sprintf("plan on %s %s", subjects[g.rng.Intn(len(subjects))], strings.ToLower(word(serial)))
				e.date = g.date()
				e.home = g.rng.Intn(g.stories)
			}
			g.byKind[c.kind] = append(g.byKind[c.kind], e)
		}
	}
	// Ids before links: scoped kinds need their home story's id.
	for _, es := range g.byKind {
		for _, e := range es {
			scope := ""
			if e.kind == graph.Attack || e.kind == graph.Proposal {
				scope = storyName(e.home)
			}
			e.id = graph.EntityID(e.kind, e.name, scope)
		}
	}
	for _, e := range g.byKind[graph.Attack] {
		e.where = g.pick(graph.Place)
		e.place = e.where.id
	}
	for _, e := range g.byKind[graph.Person] {
		e.roleTitle = titles[g.rng.Intn(len(titles))]
		if g.rng.Intn(3) == 0 {
			e.roleOf = g.pick(graph.Organization)
		} else {
			e.roleOf = g.pick(graph.Country)
		}
	}
	for _, e := range g.byKind[graph.Proposal] {
		e.topics = []string{g.pick(graph.Topic).id}
	}
}

func (g *synth) pick(k graph.Kind) *synthEntity {
	es := g.byKind[k]
	return es[g.rng.Intn(len(es))]
}

func (g *synth) pickOf(kinds ...graph.Kind) *synthEntity {
	return g.pick(kinds[g.rng.Intn(len(kinds))])
}

func (g *synth) date() string {
	return fmt.Sprintf("%04d-%02d-%02d", 2010+g.rng.Intn(15), 1+g.rng.Intn(12), 1+g.rng.Intn(28))
}

func storyName(i int) string { return fmt.Sprintf("synthetic-%07d", i) }

// fact is one relation of a story before the text exists.
type fact struct {
	t                         graph.RelationType
	subject, object, place    *synthEntity
	qualifier, date, sentence string
}

func (g *synth) fact() fact {
	switch x := g.rng.Intn(100); {
	case x < 10:
		p := g.pick(graph.Person)
		return fact{t: graph.HoldsRole, subject: p, object: p.roleOf, qualifier: p.roleTitle}
	case x < 20:
		p := g.pick(graph.Proposal)
		return fact{t: graph.Proposed, subject: g.pickOf(graph.Person, graph.Person, graph.Country, graph.Organization), object: p, date: p.date}
	case x < 28:
		return fact{t: graph.AddressedTo, subject: g.pick(graph.Proposal), object: g.pickOf(graph.Person, graph.Country, graph.Organization)}
	case x < 43:
		return fact{t: graph.Supports, subject: g.pickOf(graph.Person, graph.Country, graph.Organization), object: g.pick(graph.Proposal), date: g.maybeDate()}
	case x < 50:
		return fact{t: graph.Opposes, subject: g.pickOf(graph.Person, graph.Organization), object: g.pick(graph.Proposal), date: g.maybeDate()}
	case x < 63:
		f := fact{t: graph.Met, subject: g.pick(graph.Person), object: g.pick(graph.Person), date: g.date()}
		if g.rng.Intn(2) == 0 {
			f.place = g.pick(graph.Place)
		}
		return f
	case x < 73:
		return fact{t: graph.Uses, subject: g.pickOf(graph.Person, graph.Organization), object: g.pick(graph.Service)}
	case x < 76:
		return fact{t: graph.Owns, subject: g.pick(graph.Organization), object: g.pick(graph.Service)}
	case x < 80:
		a := g.pick(graph.Attack)
		return fact{t: graph.Perpetrated, subject: g.pickOf(graph.Person, graph.Organization), object: a, date: a.date}
	case x < 84:
		a := g.pick(graph.Attack)
		return fact{t: graph.OccurredIn, subject: a, object: a.where}
	case x < 94:
		return fact{t: graph.Concerns, subject: g.pick(graph.Proposal), object: g.pickOf(graph.Topic, graph.Service)}
	}
	return fact{t: graph.Said, subject: g.pickOf(graph.Person, graph.Organization),
		qualifier: fmt.Sprintf("We will not accept %s without %s", subjects[g.rng.Intn(len(subjects))], strings.ToLower(word(g.rng.Intn(1<<20))))}
}

func (g *synth) maybeDate() string {
	if g.rng.Intn(2) == 0 {
		return ""
	}
	return g.date()
}

var verbs = map[graph.RelationType]string{
	graph.HoldsRole: "serves as %s of", graph.Proposed: "proposed the", graph.AddressedTo: "was addressed to",
	graph.Supports: "backed the", graph.Opposes: "criticised the", graph.Met: "met",
	graph.Uses: "uses", graph.Owns: "owns", graph.Perpetrated: "carried out the",
	graph.OccurredIn: "took place in", graph.Concerns: "concerns",
}

func (g *synth) story(i, nrel int) *graph.Extraction {
	sid := storyName(i)
	// Published spreads stories over the same years as the facts.
	pub := fmt.Sprintf("%04d-%02d-%02d", 2010+i*15/g.stories, 1+i%12, 1+i%28)
	var facts []fact
	seen := map[string]bool{}
	for tries := 0; len(facts) < nrel && tries < 4*nrel+10; tries++ {
		f := g.fact()
		if f.object == f.subject {
			continue
		}
		id := f.id()
		if seen[id] {
			continue
		}
		seen[id] = true
		facts = append(facts, f)
	}

	// The text: one sentence per fact, offsets kept for evidence and
	// mentions.
	type span struct{ start, end int }
	var b strings.Builder
	sentences := make([]span, len(facts))
	type mention struct {
		e          *synthEntity
		start, end int
		form       string
		sentence   int
	}
	var mentions []mention
	write := func(e *synthEntity, k int, alias bool) {
		form := e.name
		if alias && e.alias != "" {
			form = e.alias
		}
		start := b.Len()
		b.WriteString(form)
		mentions = append(mentions, mention{e, start, b.Len(), form, k})
	}
	for k, f := range facts {
		if k > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		switch f.t {
		case graph.Said:
			b.WriteString("\"" + f.qualifier + ",\" said ")
			write(f.subject, k, false)
		case graph.Met:
			write(f.subject, k, k%3 == 0)
			b.WriteString(" met ")
			write(f.object, k, false)
			if f.place != nil {
				b.WriteString(" in ")
				write(f.place, k, false)
			}
		default:
			write(f.subject, k, k%3 == 0)
			verb := verbs[f.t]
			if f.t == graph.HoldsRole {
				verb = fmt.Sprintf(verb, f.qualifier)
			}
			b.WriteString(" " + verb + " ")
			write(f.object, k, k%4 == 0)
		}
		if f.date != "" {
			b.WriteString(" on " + f.date)
		}
		b.WriteByte('.')
		sentences[k] = span{start, b.Len()}
	}
	text := b.String()

	x := &graph.Extraction{Story: graph.Story{
		ID: sid, Published: pub, Source: sources[i%len(sources)], Text: text,
	}}
	if len(facts) > 0 {
		x.Story.Title = facts[0].subject.name + " and " + subjects[i%len(subjects)]
	} else {
		x.Story.Title = "Briefing on " + subjects[i%len(subjects)]
		x.Story.Text = x.Story.Title + "."
	}
	index := map[*synthEntity]int{}
	for _, m := range mentions {
		k, ok := index[m.e]
		if !ok {
			k = len(x.Entities)
			index[m.e] = k
			x.Entities = append(x.Entities, m.e.entity())
		}
		e := &x.Entities[k]
		if m.form != e.Name && len(e.Aliases) == 0 {
			e.Aliases = []string{m.form}
		}
		s := sentences[m.sentence]
		e.Mentions = append(e.Mentions, graph.Mention{StoryID: sid, Sentence: text[s.start:s.end], Start: m.start, End: m.end, Text: m.form})
	}
	for k, f := range facts {
		s := sentences[k]
		r := graph.Relation{
			ID: f.id(), Type: f.t, Subject: f.subject.id, Date: f.date,
			Evidence: []graph.Evidence{{StoryID: sid, Sentence: text[s.start:s.end], Start: s.start, End: s.end,
				Rule: "synthetic", Confidence: 0.5 + float64(k%5)/10}},
		}
		if f.t == graph.Said {
			r.Quote = f.qualifier
		} else {
			r.Object, r.Qualifier = f.object.id, f.qualifier
		}
		if f.t.Symmetric() && r.Object < r.Subject {
			r.Subject, r.Object = r.Object, r.Subject
		}
		if f.place != nil {
			r.Place = f.place.id
		}
		x.Relations = append(x.Relations, r)
	}
	return x
}

// entity is the contribution of a story to e, without mentions.
func (e *synthEntity) entity() graph.Entity {
	out := graph.Entity{ID: e.id, Kind: e.kind, Name: e.name, Date: e.date, Place: e.place}
	switch e.kind {
	case graph.Person:
		out.Roles = []graph.Role{{Title: e.roleTitle, Of: e.roleOf.id}}
	case graph.Proposal:
		out.Topics = e.topics
		out.Summary = "A " + e.name + "."
	}
	return out
}

func (f fact) id() string {
	if f.t == graph.Said {
		return graph.SaidID(f.subject.id, f.qualifier)
	}
	return graph.RelationID(f.t, f.subject.id, f.object.id, f.qualifier)
}
