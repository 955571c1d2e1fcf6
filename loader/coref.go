package loader

import (
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// ref is an entity a pronoun or description points at.
type ref struct {
	e      *entity
	t0, t1 int
}

// pronounKinds are the kinds a pronoun may stand for.
var personPronouns = set("he", "she", "his", "her", "him")
var thingPronouns = set("it", "its")

// descriptionHeads map "the company", "the app" and the like to the kind
// of entity they stand for.
var descriptionHeads = map[string]graph.Kind{
	"company": graph.Organization, "firm": graph.Organization, "group": graph.Organization,
	"ministry": graph.Organization, "agency": graph.Organization, "bureau": graph.Organization,
	"court": graph.Organization, "regulator": graph.Organization, "watchdog": graph.Organization,
	"party": graph.Organization, "organisation": graph.Organization, "organization": graph.Organization,
	"bloc": graph.Organization, "commission": graph.Organization, "council": graph.Organization,
	// "the foundation" for "Panoptykon Foundation": a body by the head of
	// its name.
	"foundation": graph.Organization, "association": graph.Organization, "federation": graph.Organization,
	"coalition": graph.Organization, "alliance": graph.Organization, "institute": graph.Organization,
	"chamber": graph.Organization, "tribunal": graph.Organization,
	// "the outlet" for "Kloop": a news outlet named without its kind.
	"outlet": graph.Organization, "newspaper": graph.Organization, "broadcaster": graph.Organization,
	// "the gang" for "the Shottas gang".
	"gang": graph.Organization, "cartel": graph.Organization, "militia": graph.Organization,
	"app": graph.Service, "service": graph.Service, "platform": graph.Service, "messenger": graph.Service,
	"spyware":    graph.Service,
	"government": graph.Country, "country": graph.Country,
	"minister": graph.Person, "secretary": graph.Person, "commissioner": graph.Person,
	"president": graph.Person, "judge": graph.Person, "executive": graph.Person, "entrepreneur": graph.Person,
	"founder": graph.Person, "leader": graph.Person, "chancellor": graph.Person, "attacker": graph.Person,
	"gunman": graph.Person, "bomber": graph.Person, "prosecutor": graph.Person, "mayor": graph.Person,
	"governor": graph.Person, "ambassador": graph.Person, "premier": graph.Person, "envoy": graph.Person,
	"spokesman": graph.Person, "spokeswoman": graph.Person, "year-old": graph.Person,
}

// resolveAt resolves a pronoun or a definite description starting at
// token k of sentence si ("he", "its", "the company", "the home
// secretary", "the 28-year-old", "His ministry"). It returns nil when the
// tokens there are neither or the referent is unknown.
func (x *extractor) resolveAt(si, k int) *ref {
	toks := x.sents[si].toks
	if k >= len(toks) || toks[k].kind != tWord {
		return nil
	}
	w := toks[k].lower
	if (personPronouns[w] || thingPronouns[w]) && !x.pronounForm(si, k) {
		return nil
	}
	if personPronouns[w] {
		// "His ministry": a possessive pronoun before a body word.
		if (w == "his" || w == "her") && k+1 < len(toks) {
			if kind, ok := descriptionHeads[toks[k+1].lower]; ok && kind == graph.Organization {
				if e := x.recentMatching(si, toks[k].start, graph.Organization, toks[k+1].lower); e != nil {
					return &ref{e, k, k + 2}
				}
			}
		}
		if k == x.firstWord(si) && w != "his" && w != "her" {
			if e := x.previousSubject(si, graph.Person); e != nil {
				return &ref{e, k, k + 1}
			}
		}
		if e := x.recentMatching(si, toks[k].start, graph.Person, ""); e != nil {
			return &ref{e, k, k + 1}
		}
		return nil
	}
	if thingPronouns[w] {
		if k == x.firstWord(si) && w == "it" {
			if e := x.previousSubject(si, graph.Organization); e != nil {
				return &ref{e, k, k + 1}
			}
		}
		// "WhatsApp has asked the court to strike down a rule that would
		// require it to ...": "it" continues the sentence's subject.
		for _, m := range x.ments[si] {
			if m.t1 > k {
				break
			}
			e := m.e
			if e.kind == graph.Service {
				e = x.operator(e)
				// "Telegram, which is based in Dubai, said it": an app
				// the story names no company for speaks for itself
				// ("WhatsApp, owned by Meta Platforms, said it": Meta).
				if e == nil && m.t0 == x.firstWord(si) && !x.orgBefore(si, k) {
					return &ref{m.e, k, k + 1}
				}
			}
			if e != nil && e.kind == graph.Organization {
				return &ref{e, k, k + 1}
			}
			if m.e.kind == graph.Person || m.e.kind == graph.Country {
				break
			}
		}
		for _, kind := range []graph.Kind{graph.Organization, graph.Service} {
			if e := x.recentMatching(si, toks[k].start, kind, ""); e != nil {
				return &ref{e, k, k + 1}
			}
		}
		return nil
	}
	if w != "the" && w != "this" && w != "that" {
		return nil
	}
	// "the home secretary", "the messaging app", "the 28-year-old".
	j := k + 1
	for j < len(toks) && j < k+5 && toks[j].kind == tWord && (!isCapWord(toks[j]) || x.mentionAt(si, j) != nil) {
		// A word of a name ("the Federal Security Service") is no head.
		if x.mentionAt(si, j) != nil {
			j++
			continue
		}
		if kind, ok := descriptionHeads[toks[j].lower]; ok || strings.HasSuffix(toks[j].lower, "-year-old") {
			if !ok {
				kind = graph.Person
			}
			// "the company's": a possessive or a head followed by another
			// noun ("the app store") is still the description's head.
			head := toks[j].lower
			if kind == graph.Country {
				if x.home != nil {
					return &ref{x.home, k, j + 1}
				}
				return nil
			}
			var e *entity
			if kind == graph.Person && titleHeads[head] {
				e = x.recentTitled(si, toks[k].start, x.span(si, k+1, j+1))
				// "the EU executive": a body named inside must be the
				// one the person serves.
				if e != nil && !servesNamed(x, si, k+1, j, e) {
					return nil
				}
			} else {
				e = x.recentMatching(si, toks[k].start, kind, head)
			}
			if e != nil {
				return &ref{e, k, j + 1}
			}
			return nil
		}
		j++
	}
	return nil
}

// servesNamed reports whether person p holds a role in every body or
// country named between tokens a and b of a description.
func servesNamed(x *extractor, si, a, b int, p *entity) bool {
	for k := a; k < b; k++ {
		m := x.mentionAt(si, k)
		if m == nil || m.e.kind != graph.Organization && m.e.kind != graph.Country {
			continue
		}
		ok := false
		for _, r := range p.roles {
			ok = ok || r.Of == m.e.id
		}
		if !ok {
			return false
		}
	}
	return true
}

// orgBefore reports whether sentence si names an organization before
// token k.
func (x *extractor) orgBefore(si, k int) bool {
	for _, m := range x.ments[si] {
		if m.t1 <= k && m.e.kind == graph.Organization {
			return true
		}
	}
	return false
}

// previousSubject returns the first entity of kind k the sentence before
// si names, not counting the owners of titles: a pronoun that opens a
// sentence usually continues its subject.
func (x *extractor) previousSubject(si int, k graph.Kind) *entity {
	for s := si - 1; s >= 0 && s >= si-1; s-- {
		if z := x.sents[s].zone; z != zoneBody {
			return nil
		}
		for _, m := range x.ments[s] {
			if m.e.kind == k && !x.titlePrefix(s, m) {
				return m.e
			}
		}
	}
	return nil
}

// recentMatching returns the entity of kind k mentioned last before offset
// off (this sentence and up to three before). head, when set, must fit:
// "company" asks for a business, "ministry" for a name with "Ministry".
func (x *extractor) recentMatching(si, off int, k graph.Kind, head string) *entity {
	// An app stays the topic longer than a person stays the subject.
	reach := 3
	switch k {
	case graph.Service:
		reach = 8
	case graph.Person:
		reach = 5
	}
	for s := si; s >= 0 && s >= si-reach; s-- {
		ms := x.ments[s]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if x.sents[s].toks[m.t0].start >= off || m.e.kind != k {
				continue
			}
			if !fitsHead(m.e, head) {
				continue
			}
			return m.e
		}
	}
	return nil
}

func fitsHead(e *entity, head string) bool {
	switch head {
	case "", "app", "service", "platform", "messenger", "man", "woman", "attacker", "gunman", "bomber", "entrepreneur", "organisation", "organization", "group":
		return true
	case "company", "firm":
		return e.company
	case "bloc":
		return strings.Contains(e.name, "Union")
	}
	// "the outlet" for "Kloop": the story's last body that is no
	// state's.
	if mediaHeads[head] {
		w := strings.Fields(e.name)
		return e.kind == graph.Organization && !stateBodyHeads[w[len(w)-1]]
	}
	// "the gang" for "the Rojos gang": the story's last group that is no
	// company.
	if groupHeads[head] {
		return e.kind == graph.Organization && !e.company
	}
	if e.kind == graph.Organization {
		return strings.Contains(strings.ToLower(e.name), head)
	}
	return true
}

// recentTitled returns the person last mentioned before off whose titles
// end in the description's head ("the home secretary", "the minister").
func (x *extractor) recentTitled(si, off int, desc string) *entity {
	desc = strings.ToLower(desc)
	words := strings.Fields(desc)
	head := words[len(words)-1]
	var fallback *entity
	for s := si; s >= 0; s-- {
		ms := x.ments[s]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.e.kind != graph.Person || x.sents[s].toks[m.t0].start >= off {
				continue
			}
			for _, t := range m.e.titles {
				if strings.HasSuffix(t, desc) {
					return m.e
				}
				if strings.HasSuffix(t, head) && fallback == nil {
					fallback = m.e
				}
			}
			if head == "man" || head == "woman" || strings.HasSuffix(head, "year-old") {
				return m.e
			}
		}
	}
	// "the home secretary" for the person introduced as "interior
	// minister": cabinet titles stand for one another.
	if fallback == nil && governmentTitles[head] {
		for s := si; s >= 0 && fallback == nil; s-- {
			ms := x.ments[s]
			for i := len(ms) - 1; i >= 0; i-- {
				m := ms[i]
				if m.e.kind != graph.Person || x.sents[s].toks[m.t0].start >= off {
					continue
				}
				for _, t := range m.e.titles {
					w := strings.Fields(t)
					if len(w) > 0 && governmentTitles[w[len(w)-1]] {
						fallback = m.e
					}
				}
				if fallback != nil {
					break
				}
			}
		}
	}
	if fallback == nil && (head == "executive" || head == "boss" || head == "official") {
		// "the Meta executive": the last person with any role.
		for s := si; s >= 0; s-- {
			ms := x.ments[s]
			for i := len(ms) - 1; i >= 0; i-- {
				m := ms[i]
				if m.e.kind == graph.Person && len(m.e.roles) > 0 && x.sents[s].toks[m.t0].start < off {
					return m.e
				}
			}
		}
	}
	return fallback
}

// plural resolves "the two ministers", "the four officials", "both
// governments": the titled persons of the sentences just before.
func (x *extractor) plural(si, k int) ([]*entity, int) {
	toks := x.sents[si].toks
	if k >= len(toks) {
		return nil, k
	}
	w := toks[k].lower
	if w != "the" && w != "both" && w != "all" {
		return nil, k
	}
	j := k + 1
	if j < len(toks) {
		if _, ok := numberWords[toks[j].lower]; ok {
			j++
		}
	}
	if j >= len(toks) {
		return nil, k
	}
	switch toks[j].lower {
	case "ministers", "officials", "leaders", "governments", "secretaries", "men", "brothers", "attackers", "gunmen", "judges", "countries":
	default:
		return nil, k
	}
	want := numberWords[toks[k+1].lower] // k+1 <= j < len(toks)
	seen := map[*entity]bool{}
	var out []*entity
	for s := si - 1; s >= 0 && s >= si-2 && len(out) == 0; s-- {
		for _, m := range x.ments[s] {
			if m.e.kind != graph.Person || len(m.e.titles) == 0 || seen[m.e] {
				continue
			}
			// "In an open letter to Mark Zuckerberg, Barr, ... said": the
			// addressee is not one of the officials.
			start := m.t0
			if m.titleStart >= 0 {
				start = m.titleStart
			}
			if x.governed(s, start) {
				continue
			}
			seen[m.e] = true
			out = append(out, m.e)
		}
	}
	if want > 0 && len(out) > want {
		out = out[:want]
	}
	if len(out) < 2 {
		return nil, k
	}
	return out, j + 1
}

var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// pronounForm reports whether the word at k is written as a pronoun: in
// lower case, or capitalised only by opening a sentence or a quotation.
// "Deputy IT Minister" holds an acronym, and "US" names a country.
func (x *extractor) pronounForm(si, k int) bool {
	t := x.sents[si].toks[k]
	if !t.cap {
		return true
	}
	if len(t.text) > 1 && t.text == strings.ToUpper(t.text) {
		return false
	}
	if k == x.firstWord(si) {
		return true
	}
	p := x.sents[si].toks[k-1]
	return p.kind == tPunct && (p.text == "\"" || p.text == "\u201c" || p.text == ":" || p.text == "'" || p.text == "\u2018")
}

// mediaHeads describe a news outlet, whatever its name.
var mediaHeads = set("outlet", "newspaper", "broadcaster")
