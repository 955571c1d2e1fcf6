package loader_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader"
)

// MustExtract extracts a story with the given text and publication date
// and fails the test when Extract or Validate does.
func MustExtract(tb testing.TB, text, published string) *graph.Extraction {
	tb.Helper()
	x, err := loader.Extract(graph.Story{ID: "t1", Text: text, Published: published})
	if err != nil {
		tb.Fatalf("Extract: %v", err)
	}
	if err := x.Validate(); err != nil {
		tb.Fatalf("Validate: %v", err)
	}
	return x
}

// entityNamed returns the entity of kind k that has name or alias n.
func entityNamed(x *graph.Extraction, k graph.Kind, n string) *graph.Entity {
	for i := range x.Entities {
		e := &x.Entities[i]
		if e.Kind != k {
			continue
		}
		if e.Name == n {
			return e
		}
		for _, a := range e.Aliases {
			if a == n {
				return e
			}
		}
	}
	return nil
}

// hasRelation reports whether x holds a relation of type t between
// entities whose names (or aliases) contain subj and obj.
func hasRelation(x *graph.Extraction, t graph.RelationType, subj, obj string) bool {
	names := map[string][]string{}
	for _, e := range x.Entities {
		names[e.ID] = append([]string{e.Name}, e.Aliases...)
	}
	// Proposals and attacks have no fixed name: part of it is enough.
	match := func(id, want string) bool {
		for _, n := range names[id] {
			if n == want || strings.Contains(strings.ToLower(n), strings.ToLower(want)) {
				return true
			}
		}
		return false
	}
	for _, r := range x.Relations {
		if r.Type == t && match(r.Subject, subj) && match(r.Object, obj) {
			return true
		}
	}
	return false
}

// relationLines renders x's relations with their ends' names, for failure
// messages.
func relationLines(x *graph.Extraction) []string {
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	var out []string
	for _, r := range x.Relations {
		out = append(out, string(r.Type)+" "+names[r.Subject]+" -> "+names[r.Object])
	}
	return out
}

func TestExtractWireStructure(t *testing.T) {
	text := "Ministers clash over chat app rules\n\n" +
		"A phone shows a messaging app in this illustration taken June 1, 2021. REUTERS/Ana Photog\n\n" +
		"MADRID (Reuters) - Spanish Interior Minister Carla Fuentes said on Tuesday that messaging firms must keep records of their users.\n\n" +
		"Reporting by Tom Writer and Sam Second; Additional reporting by Lee Third; Editing by Kim Fourth\n"
	x := MustExtract(t, text, "2021-06-03")
	s := x.Story
	if s.Title != "Ministers clash over chat app rules" {
		t.Errorf("Title = %q", s.Title)
	}
	if s.Dateline != "MADRID" || s.Agency != "Reuters" {
		t.Errorf("Dateline, Agency = %q, %q; want MADRID, Reuters", s.Dateline, s.Agency)
	}
	want := []graph.Credit{{Name: "Ana Photog", Role: "photo"}, {Name: "Tom Writer", Role: "reporting"},
		{Name: "Sam Second", Role: "reporting"}, {Name: "Lee Third", Role: "additional reporting"}, {Name: "Kim Fourth", Role: "editing"}}
	if !reflect.DeepEqual(s.Credits, want) {
		t.Errorf("Credits = %+v, want %+v", s.Credits, want)
	}
	for _, c := range want {
		if e := entityNamed(x, graph.Person, c.Name); e != nil {
			t.Errorf("credited %q extracted as a person", c.Name)
		}
	}
	if entityNamed(x, graph.Place, "MADRID") == nil {
		t.Errorf("dateline place missing: %+v", x.Entities)
	}
}

func TestExtractEntities(t *testing.T) {
	tests := []struct {
		name string
		text string
		kind graph.Kind
		want string // a name or alias the entity must carry
	}{
		{"country by adjective", "H\n\nThe Spanish government said it would act.", graph.Country, "Spain"},
		{"country possessive", "H\n\nPortugal's parliament voted on Monday.", graph.Country, "Portugal"},
		{"dotted initialism", "H\n\nU.S. officials declined to comment.", graph.Country, "United States"},
		{"person with title", "H\n\nFinance Minister Paula Okonkwo said taxes would rise.", graph.Person, "Paula Okonkwo"},
		{"surname alias", "H\n\nJudge Ramon Ibarra ruled on Monday. Ibarra said the law was clear.", graph.Person, "Ibarra"},
		{"organization suffix", "H\n\nShares of Brightline Systems Inc fell 3 percent.", graph.Organization, "Brightline Systems Inc"},
		{"organization head before of", "H\n\nThe Ministry of Digital Affairs issued new guidance.", graph.Organization, "Ministry of Digital Affairs"},
		{"acronym defined", "H\n\nThe Open Privacy Network (OPN) criticised the plan. OPN said it would sue.", graph.Organization, "OPN"},
		{"descriptor before name", "H\n\nThe plan was first reported by broadcaster Kanal9 on Sunday.", graph.Organization, "Kanal9"},
		{"service", "H\n\nMany activists moved to Signal and Telegram after the ban on encrypted apps.", graph.Service, "Signal"},
		{"city after preposition", "H\n\nThe summit was held in Porto last week.", graph.Place, "Porto"},
		{"floated", "H\n\nDanish Justice Minister Peter Holm floated a ban on anonymous prepaid phones.", graph.Proposal, "ban on anonymous prepaid phones"},
		{"tabled", "H\n\nThe Danish government tabled legislation that would require apps to keep chat logs.", graph.Proposal, "legislation that would require apps to keep chat logs"},
		{"region after place", "H\n\nThe company is based in Austin, Texas.", graph.Place, "Texas"},
		{"place noun", "H\n\nPolice sealed off the town of Ferndale.", graph.Place, "Ferndale"},
		{"militant group", "H\n\nIslamic State claimed responsibility for the blast.", graph.Organization, "Islamic State"},
		{"organization word International", "H\n\nGlobal Voices International criticised the plan.", graph.Organization, "Global Voices International"},
		{"service described", "H\n\nPolice secretly ran the Sky Talk encrypted messaging platform for years.", graph.Service, "Sky Talk"},
		{"international body", "H\n\nThe United Nations said the plan went too far.", graph.Organization, "United Nations"},
		{"acronym spells the name", "H\n\nThe Pakistan Tehreek-e-Insaf (PTI) party said it won.", graph.Organization, "Pakistan Tehreek-e-Insaf"},
		{"service after its descriptor", "H\n\nThe regulator blocked the social media platform Xeno on Saturday.", graph.Service, "Xeno"},
		{"place before a place noun", "H\n\nTurnout was high in Khyber Pakhtunkhwa province.", graph.Place, "Khyber Pakhtunkhwa"},
		{"and inside an organization name", "H\n\nThe Information and Communication Technologies Authority (BTK) said it would comply.", graph.Organization, "Information and Communication Technologies Authority"},
		{"country by its short name", "H\n\nThe attack took place in Istanbul, Turkey.", graph.Country, "Turkey"},
		{"demonym the data set lacks", "H\n\nThe suspect, an Uzbek national, was arrested.", graph.Country, "Uzbekistan"},
		{"known name opens a sentence", "H\n\nNew Zealand will ban the devices.", graph.Country, "New Zealand"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEntity(t, MustExtract(t, tt.text, "2022-05-10"), tt.kind, tt.want)
		})
	}
}

func TestExtractNotEntities(t *testing.T) {
	tests := []struct {
		name, text, form string
	}{
		{"sentence-initial word", "H\n\nSpeaking to reporters, officials declined to comment.", "Speaking"},
		{"weekday", "H\n\nOn Friday the talks resumed.", "Friday"},
		{"named law is no person", "H\n\nLawmakers debated the Digital Safety Bill on Monday.", "Digital Safety Bill"},
		{"law is no organization", "H\n\nRegulators already have powers under the Digital Services Act.", "Digital Services"},
		{"region is no person", "H\n\nThe app is popular in the Middle East.", "Middle East"},
		{"building is no person", "H\n\nThe leaders met at the Belvedere Palace on Friday.", "Belvedere Palace"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2022-05-10")
			for _, e := range x.Entities {
				if e.Kind == graph.Proposal || e.Kind == graph.Attack || e.Kind == graph.Topic {
					continue
				}
				if e.Name == tt.form {
					t.Errorf("%s %q extracted", e.Kind, e.Name)
				}
			}
		})
	}
}

func TestExtractRelations(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		published string
		typ       graph.RelationType
		subj, obj string
	}{
		{"title before name", "H\n\nGerman Justice Minister Karl Brandt spoke on Monday.", "2022-05-10",
			graph.HoldsRole, "Karl Brandt", "Germany"},
		{"apposition after name", "H\n\nElena Petrova, the Bulgarian interior minister, said the app must comply.", "2022-05-10",
			graph.HoldsRole, "Elena Petrova", "Bulgaria"},
		{"apposition before name", "H\n\nIreland's justice minister, Sean Moran, spoke first.", "2022-05-10",
			graph.HoldsRole, "Sean Moran", "Ireland"},
		{"role of organization", "H\n\nMaria Lind, head of the Nordic Privacy Council, welcomed the vote.", "2022-05-10",
			graph.HoldsRole, "Maria Lind", "Nordic Privacy Council"},
		{"owner which owns", "H\n\nThe order hit Zentro Corp, which owns the Viber messaging app.", "2022-05-10",
			graph.Owns, "Zentro Corp", "Viber"},
		{"owner possessive", "H\n\nUsers left Zentro Corp's Viber after the outage.", "2022-05-10",
			graph.Owns, "Zentro Corp", "Viber"},
		{"urged to", "H\n\nItalian Interior Minister Marco Gallo on Monday urged Zentro Corp to give police access to encrypted chats.", "2022-05-10",
			graph.Proposed, "Marco Gallo", "encrypted chats"},
		{"urged addressee", "H\n\nItalian Interior Minister Marco Gallo on Monday urged Zentro Corp to give police access to encrypted chats.", "2022-05-10",
			graph.AddressedTo, "give police access", "Zentro Corp"},
		{"called for", "H\n\nDutch Prime Minister Anna de Vries called for a ban on anonymous accounts.", "2022-05-10",
			graph.Proposed, "Anna de Vries", "anonymous accounts"},
		{"proposed", "H\n\nDanish Justice Minister Peter Holm proposed a law requiring apps to keep chat logs.", "2022-05-10",
			graph.Proposed, "Peter Holm", "keep chat logs"},
		{"pressed for", "H\n\nDanish Justice Minister Peter Holm pressed for tougher rules on encrypted apps.", "2022-05-10",
			graph.Proposed, "Peter Holm", "tougher rules"},
		{"demanded", "H\n\nDanish Justice Minister Peter Holm demanded access to encrypted chats of suspects.", "2022-05-10",
			graph.Proposed, "Peter Holm", "access to encrypted chats"},
		{"asked to", "H\n\nDanish Justice Minister Peter Holm asked Zentro Corp to hand over chat logs.", "2022-05-10",
			graph.AddressedTo, "hand over chat logs", "Zentro Corp"},
		{"wants to", "H\n\nDanish Justice Minister Peter Holm wants Sweden to back a joint ban on anonymous accounts.", "2022-05-10",
			graph.AddressedTo, "joint ban", "Sweden"},
		{"told to", "H\n\nDanish Justice Minister Peter Holm told Zentro Corp to remove the app.", "2022-05-10",
			graph.AddressedTo, "remove the app", "Zentro Corp"},
		{"put forward", "H\n\nDanish Justice Minister Peter Holm put forward a plan to register all phone users.", "2022-05-10",
			graph.Proposed, "Peter Holm", "register all phone users"},
		{"sought", "H\n\nThe Danish Security Agency sought an order forcing Zentro Corp to decrypt the messages.", "2022-05-10",
			graph.Proposed, "Danish Security Agency", "decrypt the messages"},
		{"will make proposals", "H\n\nDanish Justice Minister Peter Holm wants a European initiative against encrypted crime. Denmark will make proposals, he said.", "2022-05-10",
			graph.Proposed, "Denmark", "European initiative"},
		{"sent proposals to", "H\n\nDanish Justice Minister Peter Holm has sent proposals for a chat-log law to the European Commission.", "2022-05-10",
			graph.AddressedTo, "chat-log law", "European Commission"},
		{"future measure", "H\n\nDenmark will require messaging apps to keep chat logs, Justice Minister Peter Holm said.", "2022-05-10",
			graph.Proposed, "Denmark", "keep chat logs"},
		{"passive request", "H\n\nA ban on the app across Chile was requested by the Interior Ministry, which cited security concerns.", "2022-05-10",
			graph.Proposed, "Interior Ministry", "ban"},
		{"letter to", "H\n\nFinnish Interior Minister Aino Laine has demanded tougher rules for messaging apps. The demand was set out in a letter sent to the European Commission.", "2022-05-10",
			graph.AddressedTo, "tougher rules", "European Commission"},
		{"country entity keeps its name", "H\n\nItalian Interior Minister Marco Gallo spoke.", "2022-05-10",
			graph.HoldsRole, "Marco Gallo", "Italy"},
		{"opposes", "H\n\nSwedish Digital Minister Erik Lund proposed a law requiring messaging firms to scan chats. The Nordic Privacy Council condemned the law.", "2022-05-10",
			graph.Opposes, "Nordic Privacy Council", "scan chats"},
		{"supports", "H\n\nSwedish Digital Minister Erik Lund proposed a law requiring messaging firms to scan chats. The Green Party backed the law.", "2022-05-10",
			graph.Supports, "Green Party", "scan chats"},
		{"met", "H\n\nPolish Foreign Minister Jan Nowak met his Czech counterpart, Petr Dvorak, in Prague on Tuesday.", "2022-05-12",
			graph.Met, "Jan Nowak", "Petr Dvorak"},
		{"held talks", "H\n\nPolish Foreign Minister Jan Nowak held talks with Czech Foreign Minister Petr Dvorak in Prague.", "2022-05-12",
			graph.Met, "Jan Nowak", "Petr Dvorak"},
		{"should be scrapped", "H\n\nSwedish Digital Minister Erik Lund proposed a law requiring messaging firms to scan chats. The law should be scrapped, Green Party leader Ida Berg said.", "2022-05-10",
			graph.Opposes, "Ida Berg", "scan chats"},
		{"perpetrated", "H\n\nTomas Rek killed three people in Graz on Saturday. Islamic State claimed responsibility.", "2022-05-10",
			graph.Perpetrated, "Tomas Rek", "Graz"},
		{"claimed", "H\n\nTomas Rek killed three people in Graz on Saturday. Islamic State claimed responsibility.", "2022-05-10",
			graph.Perpetrated, "Islamic State", "Graz"},
		{"occurred in", "H\n\nA gunman killed three people in Graz on Saturday.", "2022-05-10",
			graph.OccurredIn, "shooting in Graz", "Graz"},
		{"body and title before a name", "H\n\nThe United Nations human rights chief, Volker Brandt, urged states to protect encryption.", "2022-05-10",
			graph.HoldsRole, "Volker Brandt", "United Nations"},
		{"urged no one in particular", "H\n\nThe United Nations human rights chief, Volker Brandt, urged governments not to weaken encryption.", "2022-05-10",
			graph.Proposed, "Volker Brandt", "weaken encryption"},
		{"company named after its app", "H\n\nUsers of the Signal and Xeno messaging apps were cut off. Signal Messenger LLC, the non-profit behind the app, said it was aware.", "2022-05-10",
			graph.Owns, "Signal Messenger LLC", "Signal"},
		{"letter to", "H\n\nDanish Justice Minister Peter Holm called for a chat-log law in a letter to the European Commission.", "2022-05-10",
			graph.AddressedTo, "chat-log law", "European Commission"},
		{"passive proposed by", "H\n\nA ban on anonymous phones was proposed by Danish Justice Minister Peter Holm on Monday.", "2022-05-10",
			graph.Proposed, "Peter Holm", "anonymous phones"},
		{"description refers back", "H\n\nDanish Justice Minister Peter Holm spoke on Monday. The minister urged Zentro Corp to store chat logs.", "2022-05-10",
			graph.Proposed, "Peter Holm", "store chat logs"},
		{"counterpart", "H\n\nDanish Justice Minister Peter Holm met his Swedish counterpart, Lena Ek, on Monday.", "2022-05-10",
			graph.HoldsRole, "Lena Ek", "Sweden"},
		{"head speaks for the group", "H\n\nSwedish Digital Minister Erik Lund proposed a law requiring messaging firms to scan chats. Maria Lind, head of the Nordic Privacy Council, condemned the law.", "2022-05-10",
			graph.Opposes, "Nordic Privacy Council", "scan chats"},
		{"asking to strike down opposes", "H\n\nZentro Corp has asked the Supreme Court to strike down a new rule that would require it to trace messages.", "2022-05-10",
			graph.Opposes, "Zentro Corp", "trace messages"},
		{"pushed back", "H\n\nSwedish Digital Minister Erik Lund proposed a law requiring messaging firms to scan chats. Opposition leader Ida Berg pushed back, saying privacy mattered more.", "2022-05-10",
			graph.Opposes, "Ida Berg", "scan chats"},
		{"judge grants to her court", "H\n\nJudge Ana Silva of the Lisbon District Court granted a request by the Interior Ministry to block the app.", "2022-05-10",
			graph.AddressedTo, "request by the Interior Ministry", "Lisbon District Court"},
		{"rule obliges it", "H\n\nZentro Corp has asked the Supreme Court to strike down a new rule that would require it to trace messages.", "2022-05-10",
			graph.AddressedTo, "trace messages", "Zentro Corp"},
		{"plural plans", "H\n\nDanish Justice Minister Peter Holm proposed a ban on anonymous phones. Holm also called for a chat-log law. Opposition leader Ida Berg dismissed the minister's plans on Tuesday.", "2022-05-10",
			graph.Opposes, "Ida Berg", "anonymous phones"},
		{"owned by", "H\n\nUsers fled TikTok, owned by China's ByteDance, after the ruling.", "2022-05-10",
			graph.Owns, "ByteDance", "TikTok"},
		{"measure in the future tense", "H\n\nNorway will ban the sale of encrypted phones built for criminals, Justice Minister Emilie Mehl said on Monday.", "2022-05-10",
			graph.Proposed, "Emilie Mehl", "sale of encrypted phones"},
		{"uses", "H\n\nInvestigators said Tomas Rek used Telegram to plan the attack in Graz, which killed three people.", "2022-05-10",
			graph.Uses, "Tomas Rek", "Telegram"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, tt.published)
			if !hasRelation(x, tt.typ, tt.subj, tt.obj) {
				t.Errorf("no %s %q -> %q; got %q", tt.typ, tt.subj, tt.obj, relationLines(x))
			}
		})
	}
}

func TestExtractSharedSurname(t *testing.T) {
	x := MustExtract(t, "H\n\nSaid Kouachi and Cherif Kouachi opened fire in Paris. Kouachi was known to police. Cherif Kouachi had travelled to Yemen.", "2015-01-10")
	said, cherif := entityNamed(x, graph.Person, "Said Kouachi"), entityNamed(x, graph.Person, "Cherif Kouachi")
	if said == nil || cherif == nil || said.ID == cherif.ID {
		t.Fatalf("want two people, got %+v and %+v", said, cherif)
	}
	for _, e := range []*graph.Entity{said, cherif} {
		for _, a := range e.Aliases {
			if a == "Kouachi" {
				t.Errorf("the shared surname was given to %s", e.Name)
			}
		}
	}
	if want := "person/cherif-kouachi"; cherif.ID != want {
		t.Errorf("id = %q, want %q (the full name's id, the same in every story)", cherif.ID, want)
	}
}

func TestExtractNoStance(t *testing.T) {
	x := MustExtract(t, "H\n\nSwedish Digital Minister Erik Lund proposed a law requiring messaging firms to scan chats. \"Encryption is central to the fight against crime,\" Lund said. Zentro Corp criticised Meta for failing to act.", "2022-05-10")
	for _, r := range x.Relations {
		if r.Type == graph.Opposes || r.Type == graph.Supports {
			t.Errorf("stance %s %s -> %s from %q", r.Type, r.Subject, r.Object, r.Evidence[0].Sentence)
		}
	}
}

func TestExtractLawInForce(t *testing.T) {
	x := MustExtract(t, "H\n\nRegulators already have strong powers under the Digital Services Act, the Commission said.", "2024-10-10")
	for _, e := range x.Entities {
		if e.Kind == graph.Proposal {
			t.Errorf("law in force extracted as proposal %q", e.Name)
		}
	}
	x = MustExtract(t, "H\n\nLawmakers debated the Digital Safety Bill on Monday.", "2024-10-10")
	if entityNamed(x, graph.Proposal, "Digital Safety Bill") == nil {
		t.Error("a bill is a proposal")
	}
}

func TestExtractNoAttack(t *testing.T) {
	tests := []struct{ name, text string }{
		{"force by police", "H\n\nProtests followed the police killing of a teenager in Nanterre, which left two people dead."},
		{"plural attacks in general", "H\n\nMilitants use encrypted apps to plan attacks, the minister said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2022-05-10")
			for _, e := range x.Entities {
				if e.Kind == graph.Attack {
					t.Errorf("attack %q extracted", e.Name)
				}
			}
		})
	}
}

func TestExtractDates(t *testing.T) {
	tests := []struct {
		name, text, published string
		typ                   graph.RelationType
		want                  string
	}{
		{"weekday in the past", "H\n\nPolish Foreign Minister Jan Nowak met Czech Foreign Minister Petr Dvorak in Prague on Tuesday.", "2022-05-12", graph.Met, "2022-05-10"},
		{"future date", "H\n\nPolish Foreign Minister Jan Nowak meets Czech Foreign Minister Petr Dvorak on Aug. 23 in Prague.", "2022-08-11", graph.Met, "2022-08-23"},
		{"past weekday in a sentence about the future", "H\n\nPolish Foreign Minister Jan Nowak met Czech Foreign Minister Petr Dvorak in Prague on Monday, and he will visit Berlin next week.", "2022-05-12", graph.Met, "2022-05-09"},
		{"month and year", "H\n\nPolish Foreign Minister Jan Nowak met Czech Foreign Minister Petr Dvorak on March 3, 2020 in Prague.", "2022-08-11", graph.Met, "2020-03-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, tt.published)
			for _, r := range x.Relations {
				if r.Type == tt.typ {
					if r.Date != tt.want {
						t.Errorf("date = %q, want %q", r.Date, tt.want)
					}
					if r.Place == "" {
						t.Errorf("place not set on %s", r.ID)
					}
					return
				}
			}
			t.Errorf("no %s relation", tt.typ)
		})
	}
}

func TestExtractAttackDate(t *testing.T) {
	x := MustExtract(t, "H\n\nA gunman killed three people in Graz on Saturday.", "2022-05-10")
	for _, e := range x.Entities {
		if e.Kind == graph.Attack {
			if e.Date != "2022-05-07" || e.Place == "" {
				t.Errorf("attack date, place = %q, %q; want 2022-05-07 and a place", e.Date, e.Place)
			}
			return
		}
	}
	t.Fatal("no attack")
}

func TestExtractEvidence(t *testing.T) {
	text := "H\n\nLONDON (Reuters) - British Home Secretary Jane Doyle urged Zentro Corp to give police access to encrypted chats. Doyle said the firm must act."
	x := MustExtract(t, text, "2022-05-10")
	if len(x.Relations) == 0 {
		t.Fatal("no relations")
	}
	for _, r := range x.Relations {
		for _, ev := range r.Evidence {
			if got := text[ev.Start:ev.End]; got != ev.Sentence {
				t.Errorf("%s: evidence offsets give %q, want the sentence %q", r.ID, got, ev.Sentence)
			}
			if ev.Rule == "" || ev.Confidence <= 0 || ev.Confidence > 1 {
				t.Errorf("%s: rule %q confidence %v", r.ID, ev.Rule, ev.Confidence)
			}
		}
	}
	for _, e := range x.Entities {
		for _, m := range e.Mentions {
			if !strings.Contains(m.Sentence, text[m.Start:m.End]) {
				t.Errorf("%s: mention %q not in its sentence", e.ID, text[m.Start:m.End])
			}
		}
	}
}

func TestExtractDeterministic(t *testing.T) {
	text := "H\n\nBRUSSELS (Reuters) - Dutch Prime Minister Anna de Vries called for a ban on anonymous accounts, and the Nordic Privacy Council condemned the plan on Friday. De Vries met Belgian Prime Minister Luc Peeters in Brussels."
	a := MustExtract(t, text, "2022-05-10")
	for i := 0; i < 5; i++ {
		if b := MustExtract(t, text, "2022-05-10"); !reflect.DeepEqual(a, b) {
			t.Fatal("two extractions of one story differ")
		}
	}
}

func TestExtractInvalid(t *testing.T) {
	tests := []struct {
		name  string
		story graph.Story
	}{
		{"no id", graph.Story{Text: "H\n\nBody."}},
		{"empty text", graph.Story{ID: "a"}},
		{"bad date", graph.Story{ID: "a", Text: "H\n\nBody.", Published: "yesterday"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loader.Extract(tt.story)
			var ge *graph.Error
			if !errors.As(err, &ge) || ge.Code != graph.EINVALID {
				t.Errorf("err = %v, want code EINVALID", err)
			}
		})
	}
}

// FuzzExtract checks that Extract never panics and that whatever it
// returns validates, whatever the text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"H\n\nPARIS (Reuters) - French Interior Minister Bernard Keller said on Thursday he wants Germany to help.",
		"Headline only",
		"\n\n\n",
		"H\n\n\"Quote without end, he said.\n\nReporting by A; Editing by B",
		"H\n\nA gunman killed 3 people in Graz on Aug. 4. Islamic State claimed responsibility.",
		"H\n\nX, the Y unit that runs the app, said. It asks the court to strike down the rule's 'ban'.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		x, err := loader.Extract(graph.Story{ID: "f", Text: text, Published: "2020-02-29"})
		if err != nil {
			return
		}
		if err := x.Validate(); err != nil {
			t.Fatalf("Validate: %v", err)
		}
	})
}

// wantEntity fails the test when x has no entity of the kind and name,
// listing what it has instead.
func wantEntity(tb testing.TB, x *graph.Extraction, kind graph.Kind, name string) {
	tb.Helper()
	if entityNamed(x, kind, name) != nil {
		return
	}
	var got []string
	for _, e := range x.Entities {
		got = append(got, string(e.Kind)+":"+e.Name)
	}
	tb.Errorf("no %s %q; got %v", kind, name, got)
}
