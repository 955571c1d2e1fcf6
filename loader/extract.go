package loader

import (
	"sort"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// extractor holds the state of extracting one story.
type extractor struct {
	story *graph.Story
	text  string
	sents []sentence
	// ments are the entity mentions of each sentence, in token order.
	ments    [][]*mention
	ents     map[string]*entity
	order    []*entity
	acronyms map[string]*entity
	// ambiguousName stands for a surname several people of the story
	// share: it resolves to none of them.
	ambiguousName *entity
	// credited holds the folded names of the story's credits.
	credited map[string]bool
	rels     map[string]*graph.Relation
	relOrder []string
	// home is the country the story is about, for titles that do not say
	// whose they are.
	home       *entity
	datelineCC string
	published  dateRef
	proposals  []*proposal
	// lastTrigger is the last proposal verb, for nouns in its content.
	lastTrigger trigger
	attack      *attackInfo
	// fresh makes the next proposal a new one, never merged with one
	// before ("pressed instead for").
	fresh bool
	// also marks a proposal made with "also": the actor asks for
	// something besides what it asked before.
	also bool
	// judging is set while stances are read, once every proposal of the
	// story is known.
	judging bool
	// officials holds whom an unnamed official stood for ("Romania's
	// digital minister": Romania), by the official's noun, so that "The
	// minister also said" later is the same actor.
	officials map[string][]*entity
	// curTok is the token proposals are being read at, for the token a
	// new proposal is introduced at.
	curTok int
}

// Extract parses the structure of a story (headline, caption, dateline,
// body, credits), fills in Story fields it finds (title, dateline, agency,
// credits) and returns the extraction: entities, relations and evidence. The
// result passes graph.Extraction.Validate.
//
// It is pure and deterministic: the same story gives the same extraction.
func Extract(s graph.Story) (*graph.Extraction, error) {
	if err := graph.ValidateStory(&s); err != nil {
		return nil, err
	}
	x := &extractor{
		story:    &s,
		text:     s.Text,
		ents:     map[string]*entity{},
		acronyms: map[string]*entity{},
		rels:     map[string]*graph.Relation{},
	}
	x.ambiguousName = &entity{}
	x.published = parseDateRef(s.Published)
	paras := parseWire(&s)
	for _, p := range paras {
		from := p.start
		if p.zone == zoneBody {
			if d := datelineEnd(x.text, p); d > p.start {
				x.sents = append(x.sents, sentence{start: p.start, end: d, zone: zoneDateline,
					toks: tokenize(x.text, p.start, d)})
				from = d
			}
		}
		x.sents = append(x.sents, splitSentences(x.text, from, p.end, p.zone)...)
	}
	x.ments = make([][]*mention, len(x.sents))
	x.datelinePlace()
	x.findEntities()
	x.pickHome()
	x.findRoles()
	x.findRelations()
	out := &graph.Extraction{Story: s, Entities: []graph.Entity{}, Relations: []graph.Relation{}}
	used := map[string]bool{}
	for _, e := range x.order {
		if len(e.ments) == 0 {
			continue
		}
		used[e.id] = true
	}
	for _, id := range x.relOrder {
		r := x.rels[id]
		if !used[r.Subject] || (r.Type != graph.Said && !used[r.Object]) {
			continue
		}
		if r.Place != "" && !used[r.Place] {
			r.Place = ""
		}
		out.Relations = append(out.Relations, *r)
	}
	for _, e := range x.order {
		if !used[e.id] {
			continue
		}
		ge := e.export()
		for i := range ge.Roles {
			if !used[ge.Roles[i].Of] {
				ge.Roles[i].Of = ""
			}
		}
		out.Entities = append(out.Entities, ge)
	}
	if err := out.Validate(); err != nil {
		return nil, err
	}
	return out, nil
}

func (e *entity) export() graph.Entity {
	g := graph.Entity{ID: e.id, Kind: e.kind, Name: e.name, Roles: e.roles, Date: e.date,
		Place: e.place, Summary: e.summary, Topics: e.topics, Mentions: e.ments}
	seen := map[string]bool{e.name: true}
	for _, f := range e.forms {
		if !seen[f] {
			seen[f] = true
			g.Aliases = append(g.Aliases, f)
		}
	}
	sort.Strings(g.Aliases)
	return g
}

// datelinePlace adds the place of the dateline ("PARIS (Reuters) - ").
func (x *extractor) datelinePlace() {
	for si := range x.sents {
		s := &x.sents[si]
		if s.zone != zoneDateline {
			continue
		}
		d := x.story.Dateline
		if d == "" {
			return
		}
		n := 0
		for n < len(s.toks) && s.toks[n].start < s.start+len(d) {
			n++
		}
		if n == 0 {
			return
		}
		g := lexicon()
		if p, ok := g.place(d); ok {
			x.addMention(si, 0, n, x.entity(graph.Place, p.name, ""), d)
			x.datelineCC = p.country
		} else if c, ok := g.country(titleCase(d)); ok {
			x.addMention(si, 0, n, x.entity(graph.Country, c, ""), d)
		} else {
			x.addMention(si, 0, n, x.entity(graph.Place, titleCase(d), ""), d)
		}
		return
	}
}

// pickHome chooses the country the story is mainly about: the most
// mentioned one, ties going to the dateline's country.
func (x *extractor) pickHome() {
	count := map[*entity]int{}
	var best *entity
	for _, e := range x.order {
		if e.kind != graph.Country {
			continue
		}
		// The dateline's country counts like a few mentions: a story
		// filed from Washington is about the United States unless it
		// keeps naming another country.
		count[e] = 2 * len(e.ments)
		if x.datelineCC != "" && lexicon().countryCC[x.datelineCC] == e.name {
			count[e] += 3
		}
		if best == nil || count[e] > count[best] {
			best = e
		}
	}
	if x.datelineCC != "" {
		if c := lexicon().countryCC[x.datelineCC]; c != "" && (best == nil || count[best] < 3) {
			best = x.entity(graph.Country, c, "")
			// The dateline ("WASHINGTON (Reuters)") is where the story
			// names the country.
			if len(best.ments) == 0 {
				for si := range x.sents {
					if x.sents[si].zone == zoneDateline && len(x.ments[si]) > 0 {
						// The place's mention keeps the tokens; the
						// country shares its evidence.
						s, m := &x.sents[si], x.ments[si][0]
						start, end := s.toks[m.t0].start, s.toks[m.t1-1].end
						best.ments = append(best.ments, graph.Mention{StoryID: x.story.ID, Sentence: x.text[s.start:s.end],
							Start: start, End: end, Text: x.text[start:end]})
						break
					}
				}
			}
		}
	}
	if best == nil && x.datelineCC != "" {
		if c := lexicon().countryCC[x.datelineCC]; c != "" {
			best = x.entity(graph.Country, c, "")
		}
	}
	x.home = best
}

// evidence returns the evidence of sentence si.
func (x *extractor) evidence(si int, rule string, conf float64) graph.Evidence {
	s := &x.sents[si]
	return graph.Evidence{StoryID: x.story.ID, Sentence: x.text[s.start:s.end], Start: s.start, End: s.end,
		Rule: rule, Confidence: conf}
}

// relate records a relation stated by sentence si. A fact stated twice
// keeps its first evidence and gains the second.
func (x *extractor) relate(t graph.RelationType, subj, obj *entity, qualifier string, si int, rule string, conf float64) *graph.Relation {
	if subj == nil || obj == nil || subj == obj {
		return nil
	}
	s, o := subj.id, obj.id
	if t.Symmetric() && o < s {
		s, o = o, s
	}
	id := graph.RelationID(t, s, o, qualifier)
	ev := x.evidence(si, rule, conf)
	if r, ok := x.rels[id]; ok {
		for _, e := range r.Evidence {
			if e.Start == ev.Start {
				return r
			}
		}
		r.Evidence = append(r.Evidence, ev)
		return r
	}
	r := &graph.Relation{ID: id, Type: t, Subject: s, Object: o, Qualifier: qualifier, Evidence: []graph.Evidence{ev}}
	x.rels[id] = r
	x.relOrder = append(x.relOrder, id)
	return r
}

// said records a SAID relation: speaker -> quote.
func (x *extractor) said(speaker *entity, quote string, si int) {
	quote = strings.TrimSpace(quote)
	if speaker == nil || quote == "" {
		return
	}
	id := graph.SaidID(speaker.id, quote)
	if _, ok := x.rels[id]; ok {
		return
	}
	x.rels[id] = &graph.Relation{ID: id, Type: graph.Said, Subject: speaker.id, Quote: quote,
		Evidence: []graph.Evidence{x.evidence(si, "said/quote", 0.8)}}
	x.relOrder = append(x.relOrder, id)
}
