package graphtest

import (
	"fmt"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// Story ids of the fixture, in id order.
const (
	StoryCazeneuve = "2016-08-11-cazeneuve-encryption"
	StoryMeeting   = "2016-08-23-paris-meeting"
	StoryRudd      = "2017-03-26-rudd-whatsapp"
)

// Fixture returns three hand-written extractions about the debate on
// messaging encryption, fresh on every call so callers may change them:
//
//	2016-08-11 (1), 2016-08-23 (2), 2017-03-26 (3); [n] = stories stating a fact
//
//	  France <-HOLDS_ROLE[1]- Bernard Cazeneuve -MET[2]- Thomas de Maizière -HOLDS_ROLE[1]-> Germany
//	                               |                 ^    |                                   |
//	                         PROPOSED[1]  ADDRESSED_TO[1]  SUPPORTS[2]                   SUPPORTS[2]
//	                               v                 |    v                                   |
//	                  global initiative against messaging encryption  <-----------------------+
//	                               |
//	                         CONCERNS[1,2]
//	                               v
//	                          encryption <-CONCERNS[3]- access to encrypted messages <-PROPOSED[3]- Amber Rudd
//	                                                              |                                 |   |
//	                                                         CONCERNS[3]                HOLDS_ROLE[3]   SAID[3] "We need..."
//	                                                              v                                 v
//	   Facebook -OWNS[3]-> WhatsApp <-USES[3]- Khalid Masood -PERPETRATED[3]-> Westminster attack    United Kingdom
//	                                                                                  |
//	                                                                            OCCURRED_IN[3] -> London
//
//	  Islamic State -PERPETRATED[1]-> murder of Father Jacques Hamel -OCCURRED_IN[1]-> Saint-Etienne-du-Rouvray
//	        |
//	     USES[1] -> Telegram
//
//	  not connected to anything: Paris (only the place of the meeting), Father Jacques Hamel
//
// The meeting story's extraction holds France without a mention of it, so
// France is not among the entities mentioned in that story.
//
// Cazeneuve and de Maizière, the first proposal, Germany and encryption are
// named by two stories each under different forms, so their merged values
// have aliases and mentions from both; the CONCERNS relation of the first
// proposal has evidence from stories 1 and 2.
func Fixture() []*graph.Extraction {
	return []*graph.Extraction{fixtureCazeneuve(), fixtureMeeting(), fixtureRudd()}
}

// Entity ids of the fixture.
var (
	Cazeneuve    = graph.EntityID(graph.Person, "Bernard Cazeneuve", "")
	DeMaiziere   = graph.EntityID(graph.Person, "Thomas de Maizière", "")
	France       = graph.EntityID(graph.Country, "France", "")
	Germany      = graph.EntityID(graph.Country, "Germany", "")
	Initiative   = graph.EntityID(graph.Proposal, "global initiative against messaging encryption", StoryCazeneuve)
	Encryption   = graph.EntityID(graph.Topic, "encryption", "")
	IslamicState = graph.EntityID(graph.Organization, "Islamic State", "")
	HamelMurder  = graph.EntityID(graph.Attack, "murder of Father Jacques Hamel", StoryCazeneuve)
	Hamel        = graph.EntityID(graph.Person, "Father Jacques Hamel", "")
	SaintEtienne = graph.EntityID(graph.Place, "Saint-Etienne-du-Rouvray", "")
	Telegram     = graph.EntityID(graph.Service, "Telegram", "")
	Paris        = graph.EntityID(graph.Place, "Paris", "")
	Rudd         = graph.EntityID(graph.Person, "Amber Rudd", "")
	UK           = graph.EntityID(graph.Country, "United Kingdom", "")
	WhatsApp     = graph.EntityID(graph.Service, "WhatsApp", "")
	Access       = graph.EntityID(graph.Proposal, "access to encrypted messages", StoryRudd)
	Masood       = graph.EntityID(graph.Person, "Khalid Masood", "")
	Westminster  = graph.EntityID(graph.Attack, "Westminster attack", StoryRudd)
	London       = graph.EntityID(graph.Place, "London", "")
	Facebook     = graph.EntityID(graph.Organization, "Facebook", "")
)

func fixtureCazeneuve() *graph.Extraction {
	b := newBuilder(graph.Story{
		ID:        StoryCazeneuve,
		Title:     "France and Germany to push for EU action on encrypted messaging",
		Published: "2016-08-11",
		Source:    "Reuters",
		Dateline:  "PARIS",
		Agency:    "Reuters",
		Credits:   []graph.Credit{{Name: "Jean-Baptiste Vey", Role: "reporting"}, {Name: "Richard Balmforth", Role: "editing"}},
		Text: "French Interior Minister Bernard Cazeneuve proposed a global initiative against messaging encryption on Thursday. " +
			"Cazeneuve said the initiative would be put to German Interior Minister Thomas de Maizière. " +
			"Islamic State claimed the murder of Father Jacques Hamel in Saint-Etienne-du-Rouvray. " +
			"The attackers had used Telegram to plan the killing.",
	})
	caz := b.entity(Cazeneuve, graph.Person, "Bernard Cazeneuve", "Cazeneuve")
	caz.Roles = []graph.Role{{Title: "Interior Minister", Of: France}}
	b.entity(France, graph.Country, "France", "French")
	dm := b.entity(DeMaiziere, graph.Person, "Thomas de Maizière")
	dm.Roles = []graph.Role{{Title: "Interior Minister", Of: Germany}}
	b.entity(Germany, graph.Country, "Germany", "German")
	p := b.entity(Initiative, graph.Proposal, "global initiative against messaging encryption", "initiative")
	p.Date = "2016-08-11"
	p.Summary = "A global initiative against the encryption of messaging services."
	p.Topics = []string{Encryption}
	b.entity(Encryption, graph.Topic, "encryption")
	b.entity(IslamicState, graph.Organization, "Islamic State")
	a := b.entity(HamelMurder, graph.Attack, "murder of Father Jacques Hamel")
	a.Date = "2016-07-26"
	a.Place = SaintEtienne
	a.Summary = "The murder of a priest in his church in Normandy."
	b.entity(Hamel, graph.Person, "Father Jacques Hamel")
	b.entity(SaintEtienne, graph.Place, "Saint-Etienne-du-Rouvray")
	b.entity(Telegram, graph.Service, "Telegram")

	b.relation(graph.HoldsRole, Cazeneuve, France, "Interior Minister", "French Interior Minister Bernard")
	b.relation(graph.HoldsRole, DeMaiziere, Germany, "Interior Minister", "German Interior Minister")
	b.relation(graph.Proposed, Cazeneuve, Initiative, "", "proposed a global").Date = "2016-08-11"
	b.relation(graph.AddressedTo, Initiative, DeMaiziere, "", "would be put to")
	b.relation(graph.Concerns, Initiative, Encryption, "", "against messaging encryption")
	b.relation(graph.Perpetrated, IslamicState, HamelMurder, "", "claimed the murder").Date = "2016-07-26"
	b.relation(graph.OccurredIn, HamelMurder, SaintEtienne, "", "Hamel in Saint")
	b.relation(graph.Uses, IslamicState, Telegram, "", "used Telegram")
	return b.done()
}

func fixtureMeeting() *graph.Extraction {
	b := newBuilder(graph.Story{
		ID:        StoryMeeting,
		Title:     "Cazeneuve and de Maiziere meet in Paris on encryption",
		Published: "2016-08-23",
		Source:    "Reuters",
		Dateline:  "PARIS",
		Agency:    "Reuters",
		Text: "Bernard Cazeneuve met Thomas de Maiziere in Paris on Tuesday.\n" +
			"De Maiziere backed the French initiative against encryption.\n" +
			"Germany supports the initiative, the minister said.",
	})
	b.entity(Cazeneuve, graph.Person, "Bernard Cazeneuve")
	b.entity(DeMaiziere, graph.Person, "Thomas de Maiziere", "De Maiziere")
	b.entity(Paris, graph.Place, "Paris")
	p := b.entity(Initiative, graph.Proposal, "French initiative against encryption", "initiative")
	p.Topics = []string{Encryption}
	b.entity(Germany, graph.Country, "Germany")
	b.entity(Encryption, graph.Topic, "encryption")
	// The story never names France: the entity is there without a
	// mention, as a loader adds the country of a role it infers.
	b.entity(France, graph.Country, "France")

	met := b.relation(graph.Met, Cazeneuve, DeMaiziere, "", "met Thomas")
	met.Date = "2016-08-23"
	met.Place = Paris
	b.relation(graph.Supports, DeMaiziere, Initiative, "", "backed the French").Date = "2016-08-23"
	b.relation(graph.Supports, Germany, Initiative, "", "Germany supports")
	b.relation(graph.Concerns, Initiative, Encryption, "", "initiative against encryption")
	return b.done()
}

func fixtureRudd() *graph.Extraction {
	quote := "We need to make sure that organisations like WhatsApp don't provide a secret place for terrorists to communicate with each other"
	b := newBuilder(graph.Story{
		ID:        StoryRudd,
		Title:     "UK minister says WhatsApp must open up to security services",
		Published: "2017-03-26",
		Source:    "BBC",
		Dateline:  "LONDON",
		Text: "British Home Secretary Amber Rudd said WhatsApp must give the security services access to encrypted messages. " +
			"Khalid Masood used WhatsApp minutes before the Westminster attack in London. " +
			"\"" + quote + ",\" Rudd said. " +
			"WhatsApp is owned by Facebook.",
	})
	// Out of order and with a repeated alias on purpose: a backend must
	// merge even an entity that one story alone names.
	r := b.entity(Rudd, graph.Person, "Amber Rudd", "Rudd", "Rudd")
	r.Roles = []graph.Role{{Title: "Member of Parliament", Of: UK}, {Title: "Home Secretary", Of: UK}}
	b.entity(UK, graph.Country, "United Kingdom", "British")
	b.entity(WhatsApp, graph.Service, "WhatsApp")
	p := b.entity(Access, graph.Proposal, "access to encrypted messages")
	p.Date = "2017-03-26"
	p.Topics = []string{Encryption}
	b.entity(Encryption, graph.Topic, "encryption", "encrypted")
	b.entity(Masood, graph.Person, "Khalid Masood")
	a := b.entity(Westminster, graph.Attack, "Westminster attack")
	a.Date = "2017-03-22"
	a.Place = London
	b.entity(London, graph.Place, "London")
	b.entity(Facebook, graph.Organization, "Facebook")

	b.relation(graph.HoldsRole, Rudd, UK, "Home Secretary", "British Home Secretary")
	b.relation(graph.Proposed, Rudd, Access, "", "Rudd said WhatsApp").Date = "2017-03-26"
	b.relation(graph.Concerns, Access, WhatsApp, "", "WhatsApp must give")
	b.relation(graph.Concerns, Access, Encryption, "", "access to encrypted")
	b.relation(graph.Uses, Masood, WhatsApp, "", "Masood used")
	b.relation(graph.Perpetrated, Masood, Westminster, "", "before the Westminster").Date = "2017-03-22"
	b.relation(graph.OccurredIn, Westminster, London, "", "attack in London")
	said := b.relation(graph.Said, Rudd, "", "", "We need to make sure")
	said.Quote = quote
	said.ID = graph.SaidID(Rudd, quote)
	b.relation(graph.Owns, Facebook, WhatsApp, "", "owned by Facebook")
	return b.done()
}

// builder writes an extraction from a story text, finding the offsets of
// mentions and evidence sentences in it so that they are always right.
type builder struct {
	x    graph.Extraction
	ents []*graph.Entity
	rels []*graph.Relation
}

func newBuilder(s graph.Story) *builder {
	return &builder{x: graph.Extraction{Story: s}}
}

// entity adds an entity whose name and aliases are each mentioned once, at
// their first occurrence in the text that another form does not already
// cover (forms absent from the text are not mentioned).
func (b *builder) entity(id string, k graph.Kind, name string, aliases ...string) *graph.Entity {
	e := &graph.Entity{ID: id, Kind: k, Name: name, Aliases: aliases}
	for _, form := range append([]string{name}, aliases...) {
		i := b.unmentioned(e, form)
		if i < 0 {
			continue
		}
		sent, _, _ := sentenceAt(b.x.Story.Text, i)
		e.Mentions = append(e.Mentions, graph.Mention{StoryID: b.x.Story.ID, Sentence: sent, Start: i, End: i + len(form), Text: form})
	}
	b.ents = append(b.ents, e)
	return e
}

// unmentioned returns the first occurrence of form in the text that no
// mention of e covers yet ("Cazeneuve" after "Bernard Cazeneuve"), or -1.
func (b *builder) unmentioned(e *graph.Entity, form string) int {
	text := b.x.Story.Text
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], form)
		if i < 0 {
			return -1
		}
		i += from
		covered := false
		for _, m := range e.Mentions {
			if i < m.End && m.Start < i+len(form) {
				covered = true
			}
		}
		if !covered {
			return i
		}
		from = i + 1
	}
	return -1
}

// relation adds a relation whose evidence is the sentence holding needle.
func (b *builder) relation(t graph.RelationType, subject, object, qualifier, needle string) *graph.Relation {
	i := strings.Index(b.x.Story.Text, needle)
	if i < 0 {
		panic(fmt.Sprintf("graphtest: fixture story %s has no %q", b.x.Story.ID, needle))
	}
	sent, start, end := sentenceAt(b.x.Story.Text, i)
	r := &graph.Relation{
		ID: graph.RelationID(t, subject, object, qualifier), Type: t,
		Subject: subject, Object: object, Qualifier: qualifier,
		Evidence: []graph.Evidence{{StoryID: b.x.Story.ID, Sentence: sent, Start: start, End: end, Rule: "fixture", Confidence: 0.9}},
	}
	b.rels = append(b.rels, r)
	return r
}

func (b *builder) done() *graph.Extraction {
	for _, e := range b.ents {
		b.x.Entities = append(b.x.Entities, *e)
	}
	for _, r := range b.rels {
		b.x.Relations = append(b.x.Relations, *r)
	}
	if err := b.x.Validate(); err != nil {
		panic("graphtest: fixture is invalid: " + err.Error())
	}
	return &b.x
}

// sentenceAt returns the sentence of text around byte i with its offsets.
// Sentences end at a newline or at ". ".
func sentenceAt(text string, i int) (string, int, int) {
	start := 0
	for j := i - 1; j >= 0; j-- {
		if text[j] == '\n' || (text[j] == ' ' && j > 0 && text[j-1] == '.') {
			start = j + 1
			break
		}
	}
	end := len(text)
	for j := i; j < len(text); j++ {
		if text[j] == '\n' || (text[j] == '.' && (j+1 == len(text) || text[j+1] == ' ')) {
			end = j
			if text[j] == '.' {
				end = j + 1
			}
			break
		}
	}
	return text[start:end], start, end
}
