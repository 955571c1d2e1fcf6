package loader

import (
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// findRelations runs the relation rules over the caption and body: attacks
// first (their perpetrators are actors the proposal rules must not take),
// then ownership, use, meetings and quotes sentence by sentence, then
// proposals and the stances taken on them.
func (x *extractor) findRelations() {
	x.findAttacks()
	for si := range x.sents {
		if z := x.sents[si].zone; z != zoneBody && z != zoneCaption {
			continue
		}
		x.ownsRules(si)
		x.usesRules(si)
		x.followersOn(si)
		x.linkedChannel(si)
		x.metRules(si)
		x.quoteRules(si)
	}
	x.findProposals()
	x.dropOwnUse()
}

// topicService returns the service "the Facebook-owned service" stands
// for: the one the story has named most before offset off, the latest on
// a tie.
func (x *extractor) topicService(si, off int) *entity {
	count := map[*entity]int{}
	var best *entity
	for s := 0; s <= si; s++ {
		for _, m := range x.ments[s] {
			if m.e.kind != graph.Service || x.sents[s].toks[m.t0].start >= off {
				continue
			}
			count[m.e]++
			if best == nil || count[m.e] >= count[best] {
				best = m.e
			}
		}
	}
	return best
}

// dropOwnUse removes the use of a service by the company that owns it,
// which a later sentence may have said: what Meta does on Facebook is its
// business, not use. It also drops an owner guessed from a service's name
// ("MTN MoMo" for MTN Group) when the story names who runs it.
func (x *extractor) dropOwnUse() {
	stated := map[string]bool{}
	for _, id := range x.relOrder {
		if r := x.rels[id]; r.Type == graph.Owns && r.Evidence[0].Rule != "owns/named-product" {
			stated[r.Object] = true
		}
	}
	keep := x.relOrder[:0]
	for _, id := range x.relOrder {
		r := x.rels[id]
		if r.Type == graph.Uses {
			if _, ok := x.rels[graph.RelationID(graph.Owns, r.Subject, r.Object, "")]; ok {
				delete(x.rels, id)
				continue
			}
		}
		if r.Type == graph.Owns && r.Evidence[0].Rule == "owns/named-product" && stated[r.Object] {
			delete(x.rels, id)
			continue
		}
		keep = append(keep, id)
	}
	x.relOrder = keep
}

// prepositions before a name make it an object, not a subject.
var prepositions = set("to", "of", "from", "with", "by", "for", "at", "in", "on", "against", "about", "into",
	"than", "between", "over", "under", "behind", "like", "as", "towards", "toward", "through", "including", "among")

// clauseStart returns the first token of the clause that contains token v:
// after the last ";", ":", "that", "whether", "but" or a quote before it.
func (x *extractor) clauseStart(si, v int) int {
	toks := x.sents[si].toks
	for k := v - 1; k >= 0; k-- {
		// "Germany, which holds the presidency until December, drafted":
		// skip a relative clause or apposition between commas.
		if toks[k].text == "," && k == v-1 {
			c := k - 1
			for c >= 0 && toks[c].text != "," {
				c--
			}
			if c >= 0 && c+1 < len(toks) {
				switch toks[c+1].lower {
				case "which", "who", "whose", "a", "an", "the":
					k = c
					continue
				}
			}
		}
		switch toks[k].lower {
		case ";", ":", "that", "whether", "but", "saying", "because", "while", "although", "though", "after", "before", "until", "when", "if":
			return k + 1
		case "\u201c", "\"":
			// Direct speech opens a clause; a scare quote inside one
			// ("lay in the “crosshairs of terrorism”") does not.
			if k == 0 || toks[k-1].kind == tPunct {
				return k + 1
			}
		case "which", "whom":
			// "the attack in Berlin, in which Anis Amri killed".
			if k > 0 && prepositions[toks[k-1].lower] {
				return k + 1
			}
		case "and":
			// ", and he wants": a new clause with its own subject.
			if k > 0 && toks[k-1].text == "," && k+1 < len(toks) && (personPronouns[toks[k+1].lower] || toks[k+1].lower == "they" || toks[k+1].lower == "it") {
				return k + 1
			}
			// "A criticised the plan, and B challenged it": after a
			// clause with its own verb, ", and" opens the next one.
			if k > 0 && toks[k-1].text == "," && k+1 < len(toks) && (toks[k+1].lower == "the" || isCapWord(toks[k+1])) && x.clauseBefore(si, k-1) {
				return k + 1
			}
		case "where":
			return k + 1
		}
	}
	return 0
}

// clauseBefore reports whether the words before token c (back to the
// previous comma or the sentence start) hold a lower-case word that is no
// title, article or list word, so they form a clause rather than a list
// of names.
func (x *extractor) clauseBefore(si, c int) bool {
	toks := x.sents[si].toks
	j := c - 1
	for j >= 0 && toks[j].text != "," {
		j--
	}
	// "the Board, which brings together ..., and the Supervisor said": a
	// relative clause inside the list.
	if j+1 < c && (toks[j+1].lower == "which" || toks[j+1].lower == "who" || toks[j+1].lower == "whose") {
		return false
	}
	for j := c - 1; j >= 0 && toks[j].text != ","; j-- {
		t := toks[j]
		if t.kind != tWord || t.cap || x.mentionAt(si, j) != nil {
			continue
		}
		if t.lower == "and" || t.lower == "the" || t.lower == "of" || t.lower == "for" || titleModifiers[t.lower] || isTitleHead(t.lower) || isConnector(t) {
			continue
		}
		return true
	}
	return false
}

// actorKinds may be the subject of a proposal, stance or ownership.
func isActor(k graph.Kind) bool {
	return k == graph.Person || k == graph.Organization || k == graph.Country
}

// subjects returns the actors the clause ending at token v is about: the
// leftmost actor not governed by a preposition, with those conjoined to it
// ("Barr and Patel met", "Barr, acting ... McAleenan, ... Priti Patel and
// ... Peter Dutton said"). Pronouns, descriptions and plurals ("the two
// ministers") resolve to their referents.
func (x *extractor) subjects(si, v int) []*entity {
	toks := x.sents[si].toks
	start := x.clauseStart(si, v)
	// The actor right before the verb is its subject: "..., and he wants".
	j := v - 1
	for j > start && (adverbs[toks[j].lower] || strings.HasSuffix(toks[j].lower, "ly") && toks[j].kind == tWord && !toks[j].cap) {
		j--
	}
	if j >= start {
		if r := x.resolveAt(si, j); r != nil && r.t1 == j+1 && isActor(r.e.kind) && (personPronouns[toks[j].lower] || thingPronouns[toks[j].lower]) && toks[j].lower != "his" && toks[j].lower != "its" && toks[j].lower != "her" {
			return []*entity{r.e}
		}
		// "a Saudi air force officer who killed": the relative pronoun's
		// noun is the subject, a name only if it is one.
		if w := toks[j].lower; (w == "who" || w == "which" || w == "that") && j > 0 {
			n := j - 1
			if toks[n].text == "," && n > 0 {
				n--
			}
			if m := x.mentionAt(si, n); m != nil && m.t1 == n+1 && isActor(m.e.kind) {
				return []*entity{m.e}
			}
			return nil
		}
	}
	var out []*entity
	last := -1
	for k := start; k < v; k++ {
		var e *entity
		end := k + 1
		if ents, j := x.plural(si, k); ents != nil {
			if len(out) == 0 {
				return ents
			}
			k = j - 1
			continue
		}
		if m := x.mentionAt(si, k); m != nil && m.t0 == k {
			e, end = m.e, m.t1
			if e.kind == graph.Service {
				// A service that acts is its company: "WhatsApp has asked";
				// "Gamers who use Discord" do not make it act.
				e = x.operator(e)
				if k > 0 && toks[k-1].kind == tWord && !toks[k-1].cap && !determiners[toks[k-1].lower] {
					e = nil
				}
			}
			// "An al Qaeda-linked group claimed", "the Iran-backed
			// militia said": the name only describes who acts.
			hyphened := m.t1 < len(toks) && strings.HasPrefix(toks[m.t1].text, "-") && toks[m.t1].start == toks[m.t1-1].end
			if e == nil || !isActor(e.kind) || x.titlePrefix(si, m) || x.demonymBefore(si, m) || hyphened {
				k = m.t1 - 1
				continue
			}
			// "Britain's interior ministry", "Scott Morrison's government":
			// the body acts for its owner.
			if end+1 < len(toks) && toks[end].kind == tPoss && x.bodyAfter(si, end+1) {
				start := k
				if m.titleStart >= 0 {
					start = m.titleStart
				}
				// "The court asked Pakistan's government": the object of a
				// verb of asking, not a second subject.
				if len(out) > 0 && x.askingBetween(si, last, k) {
					break
				}
				if !x.governed(si, start) {
					// "Russia's communications regulator Roskomnadzor": the
					// body named after its description acts.
					if named := x.namedBodyAfter(si, end+1); named != nil {
						e = named
					}
					out = appendUnique(out, e)
					last = end
					k = end
					continue
				}
			}
			// "Amnesty International's Kenya office said": a body's office,
			// branch or embassy in a place speaks for the body.
			if end+2 < len(toks) && toks[end].kind == tPoss && !x.governed(si, k) && (e.kind == graph.Organization || e.kind == graph.Country) {
				if n := x.mentionAt(si, end+1); n != nil && n.t0 == end+1 && (n.e.kind == graph.Country || n.e.kind == graph.Place) && n.t1 < len(toks) && branchNouns[toks[n.t1].lower] && !toks[n.t1].cap {
					if len(out) > 0 && (!x.conjoined(si, last, k) || e.kind != out[0].kind) {
						break
					}
					out = appendUnique(out, e)
					last = n.t1 + 1
					k = n.t1
					continue
				}
			}
			// "Germany's de Maiziere": the possessor is not the subject.
			if end+1 < len(toks) && toks[end].kind == tPoss {
				if n := x.mentionAt(si, end+1); n != nil && isActor(n.e.kind) {
					k = end
					continue
				}
				k = end
				if len(out) == 0 {
					// "Labor's amendments": the owner of what follows.
					continue
				}
				continue
			}
			start := k
			if m.titleStart >= 0 {
				start = m.titleStart
			}
			if x.governed(si, start) {
				k = m.t1 - 1
				continue
			}
		} else if n := x.mentionAt(si, k+1); toks[k].lower == "the" && n != nil && n.t0 == k+1 && isActor(n.e.kind) && n.t1 < len(toks) && ownedBodies[toks[n.t1].lower] {
			// "the British government": the name inside says whose.
			continue
		} else if r := x.resolveAt(si, k); r != nil && (isActor(r.e.kind) || r.e.kind == graph.Service && x.operator(r.e) != nil) {
			if r.e.kind == graph.Service {
				// "the service refused": its company.
				r = &ref{x.operator(r.e), r.t0, r.t1}
			}
			if toks[k].lower == "his" || toks[k].lower == "her" || toks[k].lower == "its" {
				if r.t1 == k+1 {
					continue // a possessive pronoun is not a subject
				}
			}
			if x.governed(si, k) {
				k = r.t1 - 1
				continue
			}
			e, end = r.e, r.t1
			// "the rights group Adil Soz": the name after the description
			// is whom it describes.
			if n := x.mentionAt(si, r.t1); n != nil && n.t0 == r.t1 && n.t1 <= v && isActor(n.e.kind) && toks[k].lower == "the" {
				e, end = n.e, n.t1
			}
		} else {
			continue
		}
		if len(out) > 0 {
			if !x.conjoined(si, last, k) || e.kind != out[0].kind {
				break
			}
		}
		dup := false
		for _, o := range out {
			dup = dup || o == e
		}
		if !dup {
			out = append(out, e)
		}
		last = end
		k = end - 1
	}
	if len(out) == 1 && out[0].kind != graph.Person {
		if p := x.appositivePerson(si, start, v, out[0]); p != nil {
			return []*entity{p}
		}
	}
	return out
}

// determiners may stand before a name that acts: "the WhatsApp service".
var determiners = set("the", "a", "an", "and", "but", "while", "both", "its", "their", "that", "then")

// adverbs may stand between a subject and its verb.
var adverbs = set("also", "still", "has", "have", "had", "will", "would", "then", "later", "already",
	"now", "had", "is", "was", "were", "are", "not", "never", "once", "again", "previously", "on", "long")

// demonymBefore reports whether a country mention only describes the
// name after it: "Dutch opposition party GroenLinks", "the Somali
// militant group al Shabaab", "the U.S. State Department".
func (x *extractor) demonymBefore(si int, m *mention) bool {
	if m.e.kind != graph.Country {
		return false
	}
	toks := x.sents[si].toks
	for j := m.t1; j < len(toks) && j <= m.t1+3; j++ {
		if n := x.mentionAt(si, j); n != nil {
			// "The U.S. State Department said": the state's body right
			// after its name speaks.
			return (j > m.t1 || n.e.kind == graph.Organization) && n.t0 == j && isActor(n.e.kind) && n.e.kind != graph.Country
		}
		if toks[j].kind != tWord || toks[j].cap || !orgDescriptors[toks[j].lower] && !descriptorModifiers[toks[j].lower] {
			return false
		}
	}
	return false
}

// descriptorModifiers may stand before an organization descriptor:
// "opposition party", "militant group", "digital rights group".
var descriptorModifiers = set("opposition", "ruling", "militant", "rights", "digital", "human", "civil", "liberties",
	"privacy", "advocacy", "campaign", "lobby", "industry", "technology", "tech", "telecoms", "opposition's", "far-right", "far-left", "islamist")

// titlePrefix reports whether a country or organization mention is the
// owner of a title before a name ("French Interior Minister Bernard
// Cazeneuve", "Australia's Minister for ...").
func (x *extractor) titlePrefix(si int, m *mention) bool {
	if m.e.kind == graph.Person {
		return false
	}
	toks := x.sents[si].toks
	end := m.t1
	if end < len(toks) && toks[end].kind == tPoss {
		end++
	}
	for _, n := range x.ments[si] {
		// "French Interior Minister Bernard Cazeneuve", "Tunisian Anis
		// Amri".
		if n.e.kind == graph.Person && (n.titleStart == end || n.t0 == m.t1 && m.e.kind == graph.Country) {
			return true
		}
	}
	return false
}

// operator returns the company that runs a service, as the story names
// it ("WhatsApp LLC", "Telegram Messenger LLP", an owner), or nil.
func (x *extractor) operator(s *entity) *entity {
	for _, e := range x.order {
		if e.kind == graph.Organization && len(e.ments) > 0 && strings.HasPrefix(e.name, s.name+" ") {
			return e
		}
	}
	return nil
}

// bodyWords after a possessive make the possessor act: "Britain's
// interior ministry", "Morrison's government".
var ownedBodies = set("government", "ministry", "administration", "regulator", "parliament", "police",
	"cabinet", "authorities", "officials", "presidency", "department", "office", "agency")

func (x *extractor) bodyAfter(si, k int) bool {
	toks := x.sents[si].toks
	for j := k; j < len(toks) && j < k+3; j++ {
		t := toks[j]
		if t.kind != tWord || t.cap {
			return false
		}
		if ownedBodies[t.lower] {
			// "Australia's top police officer" is a person, not the police.
			if j+1 < len(toks) && toks[j+1].kind == tWord && !toks[j+1].cap && (isTitleHead(toks[j+1].lower) || toks[j+1].lower == "officer" || toks[j+1].lower == "official") {
				return false
			}
			return true
		}
	}
	return false
}

// namedBodyAfter returns the organization named right after the body
// word that follows token k: "Russia's communications regulator
// Roskomnadzor".
func (x *extractor) namedBodyAfter(si, k int) *entity {
	toks := x.sents[si].toks
	for j := k; j < len(toks) && j < k+3; j++ {
		if toks[j].kind != tWord || toks[j].cap {
			return nil
		}
		if ownedBodies[toks[j].lower] {
			if m := x.mentionAt(si, j+1); m != nil && m.t0 == j+1 && m.e.kind == graph.Organization {
				return m.e
			}
			// "Australia's parliament approved": a legislature acts as
			// itself.
			if m := x.mentionAt(si, j); m != nil && m.e.kind == graph.Organization && isDecidingBody(m.e) {
				return m.e
			}
			return nil
		}
	}
	return nil
}

// appositivePerson returns the person named in apposition to a body in
// the clause before v who holds a role in it: "The United Nations human
// rights chief, Volker Turk, urged ...".
func (x *extractor) appositivePerson(si, start, v int, body *entity) *entity {
	toks := x.sents[si].toks
	for _, m := range x.ments[si] {
		if m.t0 < start || m.t1 > v || m.e.kind != graph.Person {
			continue
		}
		// "The Chaos Computer Club, headed by Elisa Roth, said": the
		// body speaks; the name only says who leads it.
		if m.t0 > 0 && toks[m.t0-1].lower == "by" {
			continue
		}
		if holds(m.e, body) {
			return m.e
		}
	}
	return nil
}

// governed reports whether a preposition stands right before token k.
func (x *extractor) governed(si, k int) bool {
	toks := x.sents[si].toks
	j := k - 1
	for j >= 0 && (toks[j].lower == "the" || toks[j].lower == "a" || isCapWord(toks[j]) && x.mentionAt(si, j) == nil && j >= k-3) {
		j--
	}
	return j >= 0 && prepositions[toks[j].lower]
}

// conjoined reports whether tokens [a,b) only join two names of a list:
// commas, "and", titles and the countries of titles.
func (x *extractor) conjoined(si, a, b int) bool {
	toks := x.sents[si].toks
	and := false
	for k := a; k < b; k++ {
		t := toks[k]
		// "WhatsApp Inc, the Facebook unit": an apposition, not a list.
		if t.text == "," && k+1 < b && (toks[k+1].lower == "the" || toks[k+1].lower == "a" || toks[k+1].lower == "an") {
			return false
		}
		switch {
		case t.text == "," || t.lower == "and" || t.lower == "wife" || t.lower == "husband":
			and = true
		// "Canada's government and the British government".
		case t.kind == tPoss || titleModifiers[t.lower] || titleHeads[t.lower] || ownedBodies[t.lower] || t.lower == "the" || t.lower == "his" || t.lower == "her":
		case isCapWord(t):
		default:
			return false
		}
	}
	return and
}

// ownerNouns name who owns a service: "Kick's owner", "its operator".
var ownerNouns = set("owner", "operator", "parent", "developer", "maker")

// ownsRules reads ownership: "Facebook Inc's WhatsApp", "Facebook Inc,
// which owns the messaging app", "Apple Inc, whose iMessage app",
// "WhatsApp Inc, the Facebook unit that runs the app", "the Facebook
// Inc-owned company behind the app", "WhatsApp, which the company also
// owns", "who runs the app for Meta Platforms".
func (x *extractor) ownsRules(si int) {
	toks := x.sents[si].toks
	for _, m := range x.ments[si] {
		if m.e.kind != graph.Organization {
			continue
		}
		k := m.t1
		// ORG's SERVICE; ORG's A and B apps; ORG's subsidiary X.
		if k+1 < len(toks) && toks[k].kind == tPoss {
			x.possessedBy(si, m.e, k+1)
		}
		// ORG, which owns|bought ... / ORG, whose SERVICE
		if k+2 < len(toks) && toks[k].text == "," {
			switch toks[k+1].lower {
			case "which", "that":
				// "which also owns Facebook and Instagram".
				v := k + 2
				for v+1 < len(toks) && (toks[v].lower == "also" || toks[v].lower == "now" || toks[v].lower == "already") {
					v++
				}
				if ownVerbs[toks[v].lower] {
					if s := x.serviceAfter(si, v+1, 8); s != nil {
						x.relate(graph.Owns, m.e, s, "", si, "owns/which-owns", 0.85)
						// "which owns KakaoTalk and Daum": every item; a
						// company after ", and" starts a new clause.
						for _, o := range x.listAfter(si, s, v+1, isService) {
							x.relate(graph.Owns, m.e, o, "", si, "owns/which-owns", 0.8)
						}
					} else if n := x.mentionAt(si, v+1); n != nil && n.e.kind == graph.Organization && n.e.company && !(n.t1 < len(toks) && toks[n.t1].kind == tPoss) {
						// "which owns Daum Communications": a company owns a company.
						x.relate(graph.Owns, m.e, n.e, "", si, "owns/which-owns", 0.8)
					}
				}
			case "whose":
				if n := x.mentionAt(si, k+2); n != nil && n.e.kind == graph.Service {
					x.relate(graph.Owns, m.e, n.e, "", si, "owns/whose", 0.8)
				}
			case "the", "a", "an":
				x.ownedApposition(si, m, k+1)
			default:
				// "az-Zallaqa, JNIM's media arm".
				if o := x.mentionAt(si, k+1); o != nil && o.t0 == k+1 && o.e.kind == graph.Organization && o.e != m.e && o.t1+2 < len(toks) && toks[o.t1].kind == tPoss {
					for j := o.t1 + 1; j < len(toks) && j < o.t1+4 && toks[j].kind == tWord && !toks[j].cap; j++ {
						if armWords[toks[j].lower] || partHeads[toks[j].lower] {
							x.relate(graph.Owns, o.e, m.e, "", si, "owns/apposition-arm", 0.75)
							break
						}
					}
				}
			}
		}
		// "the Facebook Inc-owned company"
		if k < len(toks) && toks[k].lower == "-owned" {
			// "ByteDance-owned TikTok": the name right after.
			if n := x.mentionAt(si, k+1); n != nil && n.t0 == k+1 && ownable(n.e) && n.e != m.e {
				x.relate(graph.Owns, m.e, n.e, "", si, "owns/x-owned", 0.85)
			} else if owned := x.appositionHead(si, m.t0); owned != nil {
				x.relate(graph.Owns, m.e, owned, "", si, "owns/x-owned", 0.85)
			} else if m.t0 > 0 && toks[m.t0-1].lower == "the" && k+1 < len(toks) && descriptionHeads[toks[k+1].lower] == graph.Service {
				// "unless the Meta-owned app agrees": the app the story
				// speaks of.
				if s := x.topicService(si, toks[m.t0-1].start); s != nil {
					x.relate(graph.Owns, m.e, s, "", si, "owns/x-owned", 0.75)
				}
			}
		}
	}
	// "bKash, a unit of BRAC Bank": a service that is part of a company;
	// "Safaricom Ethiopia, a unit of Kenya's Safaricom": a company too.
	for _, m := range x.ments[si] {
		k := m.t1
		if m.e.kind != graph.Service && !(m.e.kind == graph.Organization && armOfCompany(toks, k)) || k+4 >= len(toks) || toks[k].text != "," || toks[k+1].lower != "a" && toks[k+1].lower != "an" && toks[k+1].lower != "the" {
			continue
		}
		for j := k + 2; j+2 < len(toks) && j < k+5; j++ {
			if (armWords[toks[j].lower] || toks[j].lower == "product") && toks[j+1].lower == "of" {
				at := j + 2
				// "of Kenya's Safaricom": the company after its country.
				if c := x.mentionAt(si, at); c != nil && c.t0 == at && c.e.kind == graph.Country && c.t1+1 < len(toks) && toks[c.t1].kind == tPoss {
					at = c.t1 + 1
				}
				if o := x.mentionAt(si, at); o != nil && o.t0 == at && o.e.kind == graph.Organization && o.e != m.e {
					x.relate(graph.Owns, o.e, m.e, "", si, "owns/unit-of", 0.8)
				}
				break
			}
			if toks[j].kind != tWord || toks[j].cap {
				break
			}
		}
	}
	// "Kick's owner, Easygo Entertainment": the owner in apposition.
	for _, m := range x.ments[si] {
		k := m.t1
		if !ownable(m.e) || k+3 >= len(toks) || toks[k].kind != tPoss || !ownerNouns[toks[k+1].lower] {
			continue
		}
		// "Facebook's parent Meta Platforms", "Google's parent company,
		// Alphabet".
		n := k + 2
		if n < len(toks) && (toks[n].lower == "company" || toks[n].lower == "group") {
			n++
		}
		comma := n < len(toks) && toks[n].text == ","
		if comma {
			n++
		}
		if !comma && m.e.kind != graph.Service && toks[k+1].lower != "parent" {
			continue
		}
		if o := x.mentionAt(si, n); o != nil && o.t0 == n && o.e.kind == graph.Organization && o.e != m.e {
			x.relate(graph.Owns, o.e, m.e, "", si, "owns/owner-apposition", 0.8)
		}
	}
	// "TikTok, owned by China's ByteDance"
	for _, m := range x.ments[si] {
		if m.e.kind != graph.Service && m.e.kind != graph.Organization {
			continue
		}
		k := m.t1
		if k+3 < len(toks) && toks[k].text == "," && (toks[k+1].lower == "owned" || toks[k+1].lower == "bought" || toks[k+1].lower == "acquired") && toks[k+2].lower == "by" {
			for j := k + 3; j < len(toks) && j < k+7; j++ {
				if n := x.mentionAt(si, j); n != nil && n.e.kind == graph.Organization && (n.t1 >= len(toks) || toks[n.t1].kind != tPoss) {
					x.relate(graph.Owns, n.e, m.e, "", si, "owns/owned-by", 0.85)
					break
				}
			}
		}
	}
	// "its KakaoTalk app", "its Radio Andalus station": an
	// organization's own; "the group's Amaq news agency" too.
	for k := 0; k+1 < len(toks); k++ {
		if k+3 < len(toks) && toks[k].lower == "the" && toks[k+2].kind == tPoss {
			if r := x.resolveAt(si, k); r != nil && r.t1 == k+2 && r.e.kind == graph.Organization && x.mentionAt(si, k+3) != nil {
				x.possessedBy(si, r.e, k+3)
			}
			continue
		}
		if toks[k].lower != "its" {
			continue
		}
		if r := x.resolveAt(si, k); r != nil && r.e.kind == graph.Organization {
			x.possessedBy(si, r.e, k+1)
		}
	}
	x.ownedByRule(si)
	x.companyThatRuns(si)
	x.namedProducts(si)
	x.activeOwns(si)
	// "SERVICE, which the company also owns"
	for _, m := range x.ments[si] {
		if m.e.kind != graph.Service && m.e.kind != graph.Organization {
			continue
		}
		k := m.t1
		if k+3 < len(toks) && toks[k].text == "," && toks[k+1].lower == "which" {
			if r := x.resolveAt(si, k+2); r != nil && r.e.kind == graph.Organization {
				for j := r.t1; j < len(toks) && j < r.t1+3; j++ {
					if ownVerbs[toks[j].lower] {
						x.relate(graph.Owns, r.e, m.e, "", si, "owns/which-x-owns", 0.8)
					}
				}
			}
		}
	}
	// "who runs the app for Meta Platforms"
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].lower != "runs" && toks[k].lower != "run" && toks[k].lower != "operates" {
			continue
		}
		s := x.serviceAfter(si, k+1, 4)
		if s == nil {
			continue
		}
		for j := k + 2; j < len(toks) && j < k+7; j++ {
			if toks[j].lower == "for" {
				if n := x.mentionAt(si, j+1); n != nil && n.e.kind == graph.Organization {
					x.relate(graph.Owns, n.e, s, "", si, "owns/runs-for", 0.7)
				}
				break
			}
		}
	}
}

// ownable reports whether an entity can be owned: a service or a company.
func ownable(e *entity) bool {
	return e.kind == graph.Service || e.kind == graph.Organization && e.company
}

// namesake reports whether a company is named after a product of its:
// "Snap Inc" and "Snapchat".
func namesake(owner, item *entity) bool {
	short := strings.Fields(owner.name)[0]
	return len(short) >= 3 && strings.HasPrefix(strings.ToLower(item.name), strings.ToLower(short))
}

func isService(e *entity) bool { return e.kind == graph.Service }

// listAfter returns the entities that continue a list after the item
// first, whose mention starts at or after token k: "KakaoTalk and Daum",
// "the Telenor app and the Canal Digital service". Descriptor words
// ("app", "messaging") may follow each item.
func (x *extractor) listAfter(si int, first *entity, k int, ok func(*entity) bool) []*entity {
	toks := x.sents[si].toks
	j := k
	for j < len(toks) && j < k+6 {
		if m := x.mentionAt(si, j); m != nil && m.e == first {
			j = m.t1
			break
		}
		j++
	}
	var out []*entity
	for j < len(toks) {
		for j < len(toks) && toks[j].kind == tWord && !toks[j].cap && listFiller[toks[j].lower] {
			j++
		}
		if j >= len(toks) || (toks[j].text != "," && toks[j].lower != "and") {
			break
		}
		for j < len(toks) && (toks[j].text == "," || toks[j].lower == "and" || toks[j].lower == "the" || toks[j].lower == "its") {
			j++
		}
		m := x.mentionAt(si, j)
		if m == nil || m.t0 != j || !ok(m.e) {
			break
		}
		// "WeChat and Snap Inc's Snapchat": a new possessor.
		if m.t1 < len(toks) && toks[m.t1].kind == tPoss {
			break
		}
		out = append(out, m.e)
		j = m.t1
	}
	return out
}

// listFiller are the descriptor words that may follow an item of a list
// of apps or companies.
var listFiller = set("app", "apps", "service", "services", "platform", "platforms", "messaging", "messenger",
	"network", "networks", "chat", "video", "streaming", "social", "media", "encrypted", "mobile", "unit", "subsidiary")

// pluralHeads end a list whose items all share the possessor before it:
// "Naver Corp's Line and Band apps".
var pluralHeads = set("apps", "services", "platforms", "messengers", "networks", "brands", "units", "subsidiaries")

// partHeads after a name say it is an outlet of the possessor.
var partHeads = set("station", "channel", "broadcaster", "agency", "outlet", "newspaper", "website", "magazine")

// armWords name a part of a company that it owns: "its pay-TV arm".
var armWords = set("arm", "unit", "subsidiary", "division", "affiliate", "brand")

// possessedBy reads what follows "ORG's" at token k: a service ("Facebook
// Inc's WhatsApp"), a company ("Alphabet's Google"), a list ("Naver
// Corp's Line and Band apps"), or a part ("Telefonica's pay-TV arm,
// Movistar Plus").
func (x *extractor) possessedBy(si int, owner *entity, k int) {
	toks := x.sents[si].toks
	if n := x.mentionAt(si, k); n != nil && n.t0 == k {
		// "its Radio Andalus station": a body the head word says is a part.
		part := false
		for j := n.t1; j < len(toks) && j < n.t1+3 && toks[j].kind == tWord && !toks[j].cap; j++ {
			if armWords[toks[j].lower] || partHeads[toks[j].lower] {
				part = true
				break
			}
		}
		if !ownable(n.e) && !(part && n.e.kind == graph.Organization) || n.e == owner {
			return
		}
		// "Britain's Vodafone" is a country's company; only a company
		// owns one.
		if n.e.kind == graph.Organization && owner.kind != graph.Organization {
			return
		}
		if n.t1 < len(toks) && toks[n.t1].kind == tPoss {
			return
		}
		// "one of its Telegram channels": a group's channel on a
		// service it uses, not one it owns.
		if n.e.kind == graph.Service && n.t1 < len(toks) && accountHeads[toks[n.t1].lower] {
			x.relate(graph.Uses, owner, n.e, "", si, "uses/own-account", 0.7)
			return
		}
		x.relate(graph.Owns, owner, n.e, "", si, "owns/possessive", 0.8)
		rest := x.listAfter(si, n.e, k, ownable)
		end := n.t1
		if len(rest) > 0 {
			last := rest[len(rest)-1]
			for j := end; j < len(toks); j++ {
				if m := x.mentionAt(si, j); m != nil && m.e == last {
					end = m.t1
					break
				}
			}
			// "Naver Corp's Line and Band apps" and "Facebook's Messenger
			// and Instagram" share the possessor; "Snap Inc's Snapchat and
			// Discord" does not: a possessor named after the first item
			// only says whose that namesake is.
			// "Meta Platforms' Facebook, ByteDance's TikTok and Telegram":
			// in a list whose items name their own owners, a last item
			// without one is no one's.
			if (end < len(toks) && pluralHeads[toks[end].lower] || !namesake(owner, n.e)) && !x.ownerInList(si, k) {
				for _, o := range rest {
					x.relate(graph.Owns, owner, o, "", si, "owns/possessive", 0.8)
				}
			}
		}
		return
	}
	// "ORG's [new] messaging app WhatsApp", "ORG's pay-TV arm, Movistar Plus".
	for j := k; j < len(toks) && j < k+4; j++ {
		t := toks[j]
		// "its victims through Telegram": the service is not the
		// possessed thing.
		if t.kind != tWord || t.cap || prepositions[t.lower] {
			return
		}
		// "Facebook's new WhatsApp".
		if m := x.mentionAt(si, j+1); m != nil && m.t0 == j+1 && m.e.kind == graph.Service {
			x.relate(graph.Owns, owner, m.e, "", si, "owns/possessive", 0.8)
			return
		}
		if armWords[t.lower] || serviceDescriptors[t.lower] && t.lower != "services" && t.lower != "apps" {
			n := j + 1
			if n < len(toks) && toks[n].text == "," {
				n++
			}
			if m := x.mentionAt(si, n); m != nil && m.t0 == n && m.e != owner &&
				(m.e.kind == graph.Service || armWords[t.lower] && m.e.kind == graph.Organization) {
				x.relate(graph.Owns, owner, m.e, "", si, "owns/possessive-part", 0.75)
			}
			return
		}
	}
}

// activeOwns reads a main clause of ownership: "SoftBank Corp co-owns LY
// Corp with Naver Corp", "Meta owns WhatsApp and Instagram", "Alphabet
// bought Fitbit".
func (x *extractor) activeOwns(si int) {
	toks := x.sents[si].toks
	for k := 1; k+1 < len(toks); k++ {
		w := toks[k].lower
		if w != "owns" && w != "co-owns" && w != "bought" && w != "acquired" && w != "controls" {
			continue
		}
		// Relatives ("which owns") and passives have rules of their own.
		if p := toks[k-1].lower; p == "which" || p == "that" || p == "who" || auxiliaries[p] {
			continue
		}
		var owners []*entity
		for _, e := range x.subjects(si, k) {
			if e.kind == graph.Organization {
				owners = append(owners, e)
			}
		}
		if len(owners) == 0 {
			continue
		}
		n := x.mentionAt(si, k+1)
		if n == nil || n.t0 != k+1 || !ownable(n.e) {
			continue
		}
		owned := append([]*entity{n.e}, x.listAfter(si, n.e, k+1, ownable)...)
		// "co-owns LY Corp with Naver Corp".
		for j := n.t1; j+1 < len(toks) && j < n.t1+3; j++ {
			if toks[j].lower == "with" {
				if m := x.mentionAt(si, j+1); m != nil && m.e.kind == graph.Organization {
					owners = appendUnique(owners, m.e)
				}
				break
			}
		}
		for _, o := range owners {
			for _, e := range owned {
				x.relate(graph.Owns, o, e, "", si, "owns/verb", 0.75)
			}
		}
	}
}

// namedProducts reads a service named after the company the story names
// ("Google Play" and Google, "Proton VPN" and Proton AG): the company
// owns it.
func (x *extractor) namedProducts(si int) {
	for _, m := range x.ments[si] {
		if m.e.kind != graph.Service || !strings.Contains(m.e.name, " ") {
			continue
		}
		for _, e := range x.order {
			if e.kind != graph.Organization || len(e.ments) == 0 || !e.company {
				continue
			}
			w := strings.Fields(e.name)
			n := len(w)
			for n > 1 && corpSuffixes[w[n-1]] {
				n--
			}
			short := strings.Join(w[:n], " ")
			if strings.HasPrefix(m.e.name, short+" ") {
				x.relate(graph.Owns, e, m.e, "", si, "owns/named-product", 0.7)
			}
		}
	}
}

// ownedByRule reads "X is owned by A", "X, which is owned by A", "X is
// co-owned by A with B", "X, jointly owned by A and B".
func (x *extractor) ownedByRule(si int) {
	toks := x.sents[si].toks
	for k := 1; k+1 < len(toks); k++ {
		w := toks[k].lower
		// "owned", "co-owned", "half-owned", "majority-owned"; an app
		// "developed by" or "run by" a company is its.
		if (!strings.HasSuffix(w, "owned") && !makerParticiples[w]) || toks[k+1].lower != "by" {
			continue
		}
		// The owned: the service or company right before the verb.
		var owned *entity
		limit := k - 7
		for j := k - 1; j >= 0 && j >= limit; j-- {
			if m := x.mentionAt(si, j); m != nil {
				if m.e.kind == graph.Service || m.e.kind == graph.Organization {
					owned = m.e
				}
				break
			}
			// "the spyware, made by Israel's NSO Group": the description
			// names the service.
			if j > 0 && toks[j-1].lower == "the" && toks[j].kind == tWord && !toks[j].cap {
				if r := x.resolveAt(si, j-1); r != nil && r.e.kind == graph.Service && r.t1 == j+1 {
					owned = r.e
					break
				}
				// "Telcel, the mobile carrier owned by": a description in
				// apposition, read on to its name; one alone ends the search.
				if !(j >= 3 && toks[j-2].text == ",") && !(j >= 4 && toks[j-3].text == "," && toks[j-2].lower == "the") {
					break
				}
			}
			// "TC Television, the station that was attacked, is owned by":
			// past an apposition to the name before it.
			if toks[j].text == "," && j > 1 {
				c := j - 1
				for c > 0 && toks[c].text != "," && toks[c].text != "." && x.mentionAt(si, c) == nil {
					c--
				}
				if c > 0 && c < j-1 && toks[c].text == "," && (toks[c+1].lower == "the" || toks[c+1].lower == "a" || toks[c+1].lower == "an") {
					j, limit = c, c-2
					continue
				}
			}
			// "Max, a state-backed messenger developed by VK", "Telcel,
			// the mobile carrier owned by".
			if t := toks[j]; t.text != "," && !ownedByFiller[t.lower] && !(t.kind == tWord && !t.cap && (serviceDescriptors[t.lower] || appModifiers[t.lower] || orgDescriptors[t.lower] && !pluralDescriptors[t.lower] || strings.Contains(t.lower, "-") || t.lower == "a" || t.lower == "an" || t.lower == "the")) {
				break
			}
		}
		if owned == nil {
			continue
		}
		j := k + 2
		for j < len(toks) {
			// "developed by the Paris-based startup Olvid SAS", "by the
			// state holding company Ecuador TV Holdings".
			if t := toks[j]; t.lower == "the" || t.lower == "a" || t.kind == tWord && !t.cap && (orgDescriptors[t.lower] || descriptorModifiers[t.lower] || ownerModifiers[t.lower]) {
				j++
				continue
			}
			m := x.mentionAt(si, j)
			// "owned by billionaire Carlos Slim's America Movil": past the
			// person whose company it is.
			if m == nil && j+1 < len(toks) && toks[j].kind == tWord && !toks[j].cap {
				if n := x.mentionAt(si, j+1); n != nil && n.t0 == j+1 && n.e.kind == graph.Person && n.t1 < len(toks) && toks[n.t1].kind == tPoss {
					j = n.t1 + 1
					continue
				}
			}
			if m != nil && m.e.kind == graph.Person && m.t1 < len(toks) && toks[m.t1].kind == tPoss {
				j = m.t1 + 1
				continue
			}
			// "owned by Dubai-based Telegram FZ-LLC".
			if m != nil && (m.e.kind == graph.Place || m.e.kind == graph.Country) && m.t1 < len(toks) && (strings.HasPrefix(toks[m.t1].lower, "-") || toks[m.t1].kind == tPoss) {
				j = m.t1 + 1
				continue
			}
			if m == nil || m.e.kind != graph.Organization {
				break
			}
			// "owned by China's ByteDance": the possessor is no owner.
			if m.t1 < len(toks) && toks[m.t1].kind == tPoss {
				j = m.t1 + 1
				continue
			}
			x.relate(graph.Owns, m.e, owned, "", si, "owns/owned-by", 0.85)
			j = m.t1
			if j < len(toks) && (toks[j].lower == "and" || toks[j].lower == "with" || toks[j].text == ",") {
				j++
				continue
			}
			break
		}
	}
}

// makerParticiples say whose an app or company is: "developed by".
var makerParticiples = set("controlled", "developed", "run", "operated", "made", "built", "created", "launched", "acquired", "bought")

// ownedByFiller may stand between an owned name and "owned by".
var ownedByFiller = set("which", "that", "is", "was", "are", "were", "now", "also", "wholly", "jointly",
	"partly", "majority", "fully", "be", "been", "has")

// companyThatRuns reads "the company that runs the app, Z": Z owns the
// app.
func (x *extractor) companyThatRuns(si int) {
	toks := x.sents[si].toks
	for k := 2; k+1 < len(toks); k++ {
		if !ownVerbs[toks[k].lower] || toks[k-1].lower != "that" || !orgDescriptors[toks[k-2].lower] {
			continue
		}
		s := x.serviceAfter(si, k+1, 5)
		if s == nil {
			continue
		}
		for j := k + 1; j < len(toks) && j < k+8; j++ {
			if toks[j].text != "," {
				continue
			}
			if m := x.mentionAt(si, j+1); m != nil && m.e.kind == graph.Organization {
				x.relate(graph.Owns, m.e, s, "", si, "owns/company-that-runs", 0.75)
			}
			break
		}
	}
}

var ownVerbs = set("owns", "owned", "own", "bought", "acquired", "runs", "operates", "controls", "purchased", "makes", "developed")

// ownedApposition reads "X, the Facebook unit that runs the app" and "X,
// the company that runs the app" / "X, the non-profit behind the Signal
// app": the organization in the apposition owns X, and X owns the app.
func (x *extractor) ownedApposition(si int, m *mention, k int) {
	toks := x.sents[si].toks
	end := k
	for end < len(toks) && toks[end].text != "," && toks[end].text != "." && end < k+12 {
		end++
	}
	var owner *entity
	// A company named after its app ("Signal Messenger LLC") runs that app.
	var named *entity
	for _, e := range x.order {
		if e.kind == graph.Service && len(e.ments) > 0 && strings.HasPrefix(m.e.name, e.name+" ") {
			named = e
		}
	}
	for j := k; j < end; j++ {
		t := toks[j]
		// "Starlink, the satellite internet unit of SpaceX".
		if armWords[t.lower] && j+2 < len(toks) && toks[j+1].lower == "of" && owner == nil {
			o := j + 2
			// "a subsidiary of South Africa's Vodacom Group".
			if c := x.mentionAt(si, o); c != nil && c.t0 == o && c.e.kind == graph.Country && c.t1+1 < len(toks) && toks[c.t1].kind == tPoss {
				o = c.t1 + 1
			}
			if n := x.mentionAt(si, o); n != nil && n.e.kind == graph.Organization && n.e != m.e {
				owner = n.e
			}
		}
		if n := x.mentionAt(si, j); n != nil && n.e.kind == graph.Organization && owner == nil && n.e != m.e {
			if n.t1 < len(toks) && (toks[n.t1].lower == "unit" || toks[n.t1].lower == "subsidiary" || toks[n.t1].lower == "-owned" || toks[n.t1].kind == tPoss) {
				owner = n.e
			}
		}
		// "X, the Japanese owner of Line".
		if (t.lower == "owner" || t.lower == "operator" || t.lower == "parent" || t.lower == "maker" || t.lower == "developer" || t.lower == "publisher") && j+1 < end && toks[j+1].lower == "of" {
			if s := x.serviceAfter(si, j+2, 5); s != nil {
				x.relate(graph.Owns, m.e, s, "", si, "owns/owner-of", 0.8)
				// "the owner of Facebook and Instagram".
				for _, o := range x.listAfter(si, s, j+2, ownable) {
					x.relate(graph.Owns, m.e, o, "", si, "owns/owner-of", 0.75)
				}
			} else if n := x.mentionAt(si, j+2); n != nil && n.e.kind == graph.Organization && n.e != m.e {
				x.relate(graph.Owns, m.e, n.e, "", si, "owns/owner-of", 0.75)
				for _, o := range x.listAfter(si, n.e, j+2, ownable) {
					x.relate(graph.Owns, m.e, o, "", si, "owns/owner-of", 0.75)
				}
			}
		}
		if t.lower == "runs" || t.lower == "behind" || t.lower == "operates" || t.lower == "owns" || t.lower == "makes" || t.lower == "sells" || t.lower == "develops" {
			if s := x.serviceAfter(si, j+1, 5); s != nil {
				if named != nil && s != named && x.mentionAt(si, j+2) == nil && x.mentionAt(si, j+1) == nil {
					s = named // "the app" is the one the company is named after
				}
				x.relate(graph.Owns, m.e, s, "", si, "owns/apposition-runs", 0.8)
			}
		}
	}
	if owner != nil {
		x.relate(graph.Owns, owner, m.e, "", si, "owns/unit-of", 0.8)
	}
}

// appositionHead returns the entity an apposition starting after t0
// describes: "WhatsApp LLC, the Facebook Inc-owned company" -> WhatsApp LLC.
func (x *extractor) appositionHead(si, t0 int) *entity {
	toks := x.sents[si].toks
	for k := t0 - 1; k >= 0 && k >= t0-3; k-- {
		if toks[k].text == "," {
			if n := x.mentionAt(si, k-1); n != nil && n.e.kind == graph.Organization {
				return n.e
			}
			return nil
		}
	}
	return nil
}

// serviceAfter returns the service named or described ("the messaging
// app") within n tokens after k.
func (x *extractor) serviceAfter(si, k, n int) *entity {
	toks := x.sents[si].toks
	// A name first: "behind the Signal app".
	for j := k; j < len(toks) && j < k+3; j++ {
		if m := x.mentionAt(si, j); m != nil {
			if m.e.kind == graph.Service {
				return m.e
			}
			break
		}
		if toks[j].kind == tPunct {
			break
		}
	}
	for j := k; j < len(toks) && j < k+n; j++ {
		if m := x.mentionAt(si, j); m != nil {
			if m.e.kind == graph.Service {
				return m.e
			}
			return nil
		}
		if toks[j].lower == "the" || toks[j].lower == "its" {
			if r := x.resolveAt(si, j); r != nil && r.e.kind == graph.Service {
				return r.e
			}
		}
		if toks[j].kind == tPunct {
			return nil
		}
	}
	return nil
}

// useWords introduce the service an actor uses.
var useWords = set("used", "uses", "use", "using", "user", "users", "relied", "connected", "rely", "relies", "relying", "contact",
	"broadcast", "broadcasts",
	"communicated", "communicate", "communicating", "communicates", "streamed", "livestreamed", "broadcast", "posted", "coordinated",
	"recruited", "recruits", "recruiting", "messaged", "chatted", "organised", "organized")

// planWords make a plan with others; the service it was made over is
// used: "planned the attack with two accomplices over Telegram".
var planWords = set("planned", "plotted", "plotting", "planning", "discussed", "arranged", "talked", "spoke")

// channelWords put a service as the channel of what is done: "over
// Telegram", "via WhatsApp".
var channelWords = set("over", "via", "through")

// usesRules reads "X used Telegram", "Islamic State being a big user of
// such apps, including Telegram", "Masood's phone ... connected to
// WhatsApp".
func (x *extractor) usesRules(si int) {
	toks := x.sents[si].toks
	x.possessedContentOn(si)
	for k, t := range toks {
		gated := useBefore[t.lower] != "" && tokAt(toks, k+1).lower == useBefore[t.lower]
		if !useWords[t.lower] && !planWords[t.lower] && !channelVerbs[t.lower] && !gated {
			continue
		}
		// "images shared in chat rooms on Telegram": a participle after
		// its noun says what was done, not who did it, unless "by" names
		// the doer: "messages sent on Signal by Petrov".
		if channelVerbs[t.lower] && !useWords[t.lower] && k > 0 && k+1 < len(toks) && prepositions[toks[k+1].lower] {
			// "that the group circulated on WhatsApp": a description of
			// an actor before the verb is its subject.
			actorBefore := false
			if k >= 2 && toks[k-2].lower == "the" {
				if r := x.resolveAt(si, k-2); r != nil && r.t1 == k && isActor(r.e.kind) {
					actorBefore = true
				}
			}
			if p := toks[k-1]; !actorBefore && p.kind == tWord && !p.cap && !auxiliaries[p.lower] && !adverbs[p.lower] && !personPronouns[p.lower] && !catenatives[p.lower] && p.lower != "they" && p.lower != "it" && p.lower != "and" && p.lower != "or" {
				x.participleByAgent(si, k)
				continue
			}
		}
		// "a big user of such apps"; "exempt no users from checks" names
		// no one.
		if (t.lower == "user" || t.lower == "users") && (k+1 >= len(toks) || toks[k+1].lower != "of") {
			continue
		}
		var svc *entity
		svcAt := k + 1
		reach := k + 9
		if channelVerbs[t.lower] {
			// "received instructions from a handler in Libya through
			// the encrypted messaging app Threema".
			reach = k + 14
		}
		if speechVerbs[t.lower] {
			// "said in a statement on Telegram", not "said fraudsters
			// stole money mostly through MTN MoMo".
			reach = k + 7
		}
		if gated {
			// "was active on Telegram": the service is the
			// preposition's object.
			reach = k + 4
		}
		for j := k + 1; j < len(toks) && j < reach; j++ {
			if m := x.mentionAt(si, j); m != nil && m.e.kind == graph.Service {
				// "planned the attack over Telegram": a plan is made on a
				// service only through it; "planned to ban Telegram" uses
				// nothing.
				if planWords[t.lower] && !channelWords[toks[j-1].lower] {
					break
				}
				// "swapped instructions on Signal", "announced it in a
				// Discord chat group": what is done on a service uses it.
				if channelVerbs[t.lower] && !useWords[t.lower] && !x.onChannel(si, m) {
					break
				}
				// "said in a statement on Telegram", "wrote on X"; not
				// "said it had handed over iCloud backups".
				if speechVerbs[t.lower] && !(k+1 < len(toks) && (toks[k+1].lower == "on" || toks[k+1].lower == "via" || toks[k+1].lower == "in" || toks[k+1].lower == "through")) {
					break
				}
				svc, svcAt = m.e, m.t0
				break
			}
			// "had used the app to communicate".
			if j == k+1 && toks[j].lower == "the" {
				if r := x.resolveAt(si, j); r != nil && r.e.kind == graph.Service {
					svc = r.e
					break
				}
			}
			if toks[j].text == ";" || toks[j].text == "." || speechVerbs[t.lower] && (toks[j].lower == "that" || x.mentionAt(si, j) != nil && isActor(x.mentionAt(si, j).e.kind)) {
				break
			}
		}
		// "Telegram, which is used by militant groups": the passive.
		// "channels used by Islamic State": the reduced relative too.
		// "Threema, an app used by the militants": the service's
		// apposition too.
		if t.lower == "used" && k > 0 && (auxiliaries[toks[k-1].lower] || accountHeads[toks[k-1].lower] || serviceNouns[toks[k-1].lower]) && k+1 < len(toks) && toks[k+1].lower == "by" {
			var before *entity
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				if m := x.mentionAt(si, j); m != nil {
					if m.e.kind == graph.Service {
						before = m.e
					}
					break
				}
			}
			if before != nil {
				for _, u := range x.actorsFrom(si, k+2) {
					if u.kind == graph.Person || u.kind == graph.Organization && !x.owns(u, before) {
						x.relate(graph.Uses, u, before, "", si, "uses/passive", 0.7)
					}
				}
				continue
			}
		}
		if svc == nil {
			continue
		}
		// "anyone who used a VPN to reach X": the relative's head is no
		// one named.
		if k >= 2 && toks[k-1].lower == "who" && toks[k-2].text != "," && x.mentionAt(si, k-2) == nil && x.resolveAt(si, k-2) == nil {
			continue
		}
		// The user: the nearest actor before the verb in its clause, or
		// the possessor of "phone".
		var user *entity
		start := x.clauseStart(si, k)
		// "Tisza, led by Peter Magyar, campaigns on Facebook": the name
		// before the apposition.
		if h := x.appositionHeadBefore(si, k); h != nil {
			user = h
		}
		// "a video that the group circulated on WhatsApp": a description
		// right before the verb stands for what the story named.
		if user == nil {
			j := k - 1
			for j > start && (auxiliaries[toks[j].lower] && toks[j].lower != "that" && toks[j].lower != "who" && toks[j].lower != "which" || adverbs[toks[j].lower] || catenatives[toks[j].lower] && toks[j].lower != "to") {
				j--
			}
			if j > start && toks[j-1].lower == "the" {
				if r := x.resolveAt(si, j-1); r != nil && r.t1 == j+1 && (r.e.kind == graph.Person || r.e.kind == graph.Organization) {
					user = r.e
				}
			}
		}
		// "the militants had recruited young men on Facebook": the
		// fighters of the one group the story's attack is put on.
		if user == nil {
			if g := x.militantsSubject(si, start, k); g != nil {
				user = g
			}
		}
		for j := k - 1; user == nil && j >= start; j-- {
			// "in a video he sent to friends over Telegram": the pronoun
			// right before is the subject, not a name further back; "which
			// it announced on Twitter" names the group.
			if w := toks[j].lower; (w == "he" || w == "she") && j >= k-3 {
				if r := x.resolveAt(si, j); r != nil && r.e.kind == graph.Person {
					user = r.e
				}
				break
			}
			if toks[j].lower == "it" && j == k-1 && j > 0 && toks[j-1].lower == "which" {
				if e := x.previousSubject(si, graph.Organization); e != nil {
					user = e
				}
				for _, s := range x.subjects(si, j-1) {
					if s.kind == graph.Organization {
						user = s
						break
					}
				}
				break
			}
			// "in contact with al Qaeda operatives and had posted": a
			// name before a noun of members is not the subject.
			if m := x.mentionAt(si, j); m != nil && m.t1 == j+1 && m.t1 < len(toks) && toks[m.t1].kind == tWord && !toks[m.t1].cap && memberNouns[toks[m.t1].lower] {
				j = m.t0
				continue
			}
			if m := x.mentionAt(si, j); m != nil && (m.e.kind == graph.Person || m.e.kind == graph.Organization) {
				if j+1 < len(toks) && toks[m.t1].kind == tPoss && !(m.t1+1 < len(toks) && (toks[m.t1+1].lower == "phone" || toks[m.t1+1].lower == "account")) {
					continue
				}
				user = m.e
				break
			}
			// "hoped Iranians would soon be able to use Instagram": the
			// country's people are the users, and no one named is.
			if m := x.mentionAt(si, j); m != nil && m.e.kind == graph.Country && m.t1 == j+1 && strings.HasSuffix(toks[j].text, "s") && x.lexiconDemonym(toks[j].text) {
				break
			}
		}
		// "He had posted a manifesto on the 8chan message board".
		if user == nil {
			for j := k - 1; j >= start && j >= k-3; j-- {
				if personPronouns[toks[j].lower] && toks[j].lower != "his" && toks[j].lower != "her" {
					if r := x.resolveAt(si, j); r != nil && r.e.kind == graph.Person {
						user = r.e
					}
					break
				}
			}
		}
		// "two men set fire to the store after being recruited on
		// Telegram": the people recruited on a service use it.
		if user == nil && t.lower == "recruited" && k > 0 && passiveAux[toks[k-1].lower] {
			// "after being recruited": the adjunct's subject is the
			// clause's before it.
			v := k - 1
			if toks[v].lower == "being" && v > 0 && adjunctOpeners[toks[v-1].lower] {
				v--
			}
			var recruits []*entity
			for _, p := range x.subjects(si, v) {
				// "Minister Arvo Lind said teenagers were recruited on
				// Telegram": the official speaks of others.
				if p.kind == graph.Person && (len(p.roles) == 0 || attackerOf(x, p)) {
					recruits = append(recruits, p)
				}
			}
			// "two Moldovan men, Ion Ceban and Andrei Rusu, set fire":
			// the names set off after the subject's noun.
			for c := x.clauseStart(si, v); len(recruits) == 0 && c < v; c++ {
				if toks[c].text == "," {
					recruits = x.appositionBefore(si, c+1)
				}
			}
			for _, p := range recruits {
				x.relate(graph.Uses, p, svc, "", si, "uses/recruited-on", 0.65)
			}
		}
		// "Videos were posted on Telegram by az-Zallaqa": the passive's
		// agent.
		if user == nil && k > 0 && passiveAux[toks[k-1].lower] {
			x.participleByAgent(si, k)
			continue
		}
		// "a gunman who killed 51 worshippers broadcast the killings on
		// Facebook Live": the attacker the story names.
		if user == nil && x.attack != nil {
			for j := k - 1; j >= 0; j-- {
				if perpetratorWords[toks[j].lower] {
					var persons []*entity
					for _, p := range x.attack.perps {
						if p.kind == graph.Person {
							persons = appendUnique(persons, p)
						}
					}
					// "The gunmen posted the clips": several attackers are
					// not the one the story names.
					if len(persons) == 1 && !strings.HasSuffix(toks[j].lower, "men") && !strings.HasSuffix(toks[j].lower, "s") {
						user = persons[0]
					}
					break
				}
			}
		}
		if user == nil {
			continue
		}
		// Statements about what the company does with its own service are
		// ownership, not use.
		if user.kind == graph.Organization && x.owns(user, svc) {
			continue
		}
		// An official's words about a service are not use of it; "X, who
		// posts daily on X" says so of the person.
		// "the minister said on X", "wrote on Telegram": what the
		// official puts out on the service is use of it.
		onIt := (speechVerbs[t.lower] || t.lower == "posted" || t.lower == "posts") && svcAt == k+2 && (toks[k+1].lower == "on" || toks[k+1].lower == "via")
		if user.kind == graph.Person && len(user.roles) > 0 && !attackerOf(x, user) && !x.relativeOf(si, k, user) && !onIt {
			continue
		}
		x.relate(graph.Uses, user, svc, "", si, "uses/verb", 0.7)
		// "recruited followers on Facebook and WhatsApp": every service
		// of the list.
		for _, o := range x.listAfter(si, svc, svcAt, isService) {
			if !(user.kind == graph.Organization && x.owns(user, o)) {
				x.relate(graph.Uses, user, o, "", si, "uses/verb", 0.65)
			}
		}
	}
}

// includedInSubject returns the one actor named in "Several parties,
// including X," when that aside is all the subject of the verb at k
// names.
func (x *extractor) includedInSubject(si, k int) *entity {
	toks := x.sents[si].toks
	if k < 2 || toks[k-1].text != "," {
		return nil
	}
	start := x.clauseStart(si, k)
	for j := k - 2; j > start; j-- {
		if toks[j].lower != "including" {
			continue
		}
		if toks[j-1].text != "," {
			return nil
		}
		for _, m := range x.ments[si] {
			if m.t0 > j && m.t1 == k-1 && (m.e.kind == graph.Organization || m.e.kind == graph.Person) {
				return m.e
			}
		}
		return nil
	}
	return nil
}

// contentHeads name what an actor puts on a service: "Varga's messages
// on WhatsApp".
var contentHeads = set("message", "messages", "post", "posts", "video", "videos", "chats", "account", "accounts",
	"channel", "channels", "page", "pages", "livestream", "broadcasts")

// possessedContentOn reads "Varga's messages on WhatsApp", "the
// group's posts on Telegram": the possessor used the service.
func (x *extractor) possessedContentOn(si int) {
	toks := x.sents[si].toks
	for _, m := range x.ments[si] {
		if m.e.kind != graph.Person && m.e.kind != graph.Organization || m.t1+3 >= len(toks) || toks[m.t1].kind != tPoss {
			continue
		}
		j := m.t1 + 1
		for j < len(toks) && j < m.t1+3 && channelFillers[toks[j].lower] && toks[j].lower != "of" {
			j++
		}
		if j+2 >= len(toks) || !contentHeads[toks[j].lower] || toks[j+1].lower != "on" && !channelWords[toks[j+1].lower] {
			continue
		}
		svc := x.mentionAt(si, j+2)
		if svc == nil || svc.t0 != j+2 || svc.e.kind != graph.Service || x.owns(m.e, svc.e) {
			continue
		}
		x.relate(graph.Uses, m.e, svc.e, "", si, "uses/possessed-content", 0.65)
	}
}

// useBefore maps words that say an actor uses a service only before a
// given preposition to it: "was active on Telegram", "has a large
// following on TikTok", "turned to Telegram", "a presence on X".
var useBefore = map[string]string{"followers": "on", "active": "on", "following": "on", "presence": "on", "turned": "to", "switched": "to", "migrated": "to"}

// serviceNouns describe a service in apposition: "Threema, an app used
// by".
var serviceNouns = set("app", "apps", "service", "platform", "messenger", "application")

// adjunctOpeners open an adjunct whose subject is the main clause's:
// "after being recruited".
var adjunctOpeners = set("after", "before", "since", "while", "when")

// fighterNouns name a militant group's fighters as a body.
var fighterNouns = set("militants", "fighters", "insurgents", "jihadists", "rebels")

// militantsSubject returns the group meant by "the militants" as the
// subject of the verb at k: the only group the story's attack is put
// on. Attackers ("the gunmen") are not the group: they may be hired
// hands.
func (x *extractor) militantsSubject(si, start, k int) *entity {
	toks := x.sents[si].toks
	j := k - 1
	for j > start && (auxiliaries[toks[j].lower] || adverbs[toks[j].lower]) {
		j--
	}
	if j < 1 || !fighterNouns[toks[j].lower] || toks[j-1].lower != "the" || x.attack == nil {
		return nil
	}
	var group *entity
	for _, p := range x.attack.perps {
		if p.kind != graph.Organization {
			continue
		}
		if group != nil && group != p {
			return nil
		}
		group = p
	}
	return group
}

// participleByAgent reads "messages sent on Signal by Petrov" at the
// participle k: the agent after "by" used the service.
func (x *extractor) participleByAgent(si, k int) {
	toks := x.sents[si].toks
	for j := k + 1; j+2 < len(toks) && j < k+6; j++ {
		m := x.mentionAt(si, j)
		if m == nil || m.e.kind != graph.Service {
			continue
		}
		if !x.onChannel(si, m) || m.t1+1 >= len(toks) || toks[m.t1].lower != "by" {
			return
		}
		// "messages exchanged on Signal by members of the Harran
		// Brotherhood": the group.
		if g := x.groupOfMembers(si, m.t1+1); g != nil && !x.owns(g, m.e) {
			x.relate(graph.Uses, g, m.e, "", si, "uses/participle-by", 0.65)
			return
		}
		if u := x.mentionAt(si, m.t1+1); u != nil && u.t0 == m.t1+1 && (u.e.kind == graph.Person || u.e.kind == graph.Organization) && !x.owns(u.e, m.e) {
			x.relate(graph.Uses, u.e, m.e, "", si, "uses/participle-by", 0.7)
		}
		return
	}
}

// appositionHeadBefore returns the actor named before an apposition that
// ends right before the verb at token k: "Tisza, led by X, campaigns".
func (x *extractor) appositionHeadBefore(si, k int) *entity {
	toks := x.sents[si].toks
	j := k - 1
	for j > 0 && adverbs[toks[j].lower] {
		j--
	}
	if j < 3 || toks[j].text != "," {
		return nil
	}
	c := j - 1
	for c > 0 && toks[c].text != "," && toks[c].text != "." && toks[c].text != ";" {
		c--
	}
	if c < 1 || toks[c].text != "," || c == j-1 {
		return nil
	}
	m := x.mentionAt(si, c-1)
	if m == nil || m.t1 != c || m.e.kind != graph.Person && m.e.kind != graph.Organization {
		return nil
	}
	// The apposition describes the name: "led by", "a", "the", "which".
	switch toks[c+1].lower {
	case "led", "headed", "run", "founded", "a", "an", "the", "which", "who", "whose", "one", "based":
		return m.e
	}
	return nil
}

// linkedChannel reads "A Telegram channel linked to Kataib Hezbollah": the
// group uses the service its channel is on.
func (x *extractor) linkedChannel(si int) {
	toks := x.sents[si].toks
	for _, m := range x.ments[si] {
		k := m.t1
		if m.e.kind != graph.Service || k+3 >= len(toks) || !accountHeads[toks[k].lower] {
			continue
		}
		switch toks[k+1].lower {
		case "linked", "affiliated", "tied", "belonging", "run", "used", "operated", "associated":
		default:
			continue
		}
		switch toks[k+2].lower {
		case "to", "with", "by":
		default:
			continue
		}
		if o := x.mentionAt(si, k+3); o != nil && o.t0 == k+3 && (o.e.kind == graph.Organization || o.e.kind == graph.Person) {
			x.relate(graph.Uses, o.e, m.e, "", si, "uses/linked-channel", 0.65)
		}
	}
	// "az-Zallaqa, which also runs channels on WhatsApp": a group's
	// channels on a service.
	for k := 1; k+3 < len(toks); k++ {
		switch toks[k].lower {
		case "runs", "run", "ran", "running", "operates", "operated", "opened", "created", "has", "had", "bought", "buys", "placed":
		default:
			continue
		}
		j := k + 1
		for j < len(toks) && j < k+4 && channelFillers[toks[j].lower] {
			j++
		}
		var svc *mention
		if j+2 < len(toks) && accountHeads[toks[j].lower] && toks[j+1].lower == "on" {
			svc = x.mentionAt(si, j+2)
			if svc != nil && svc.t0 != j+2 {
				svc = nil
			}
		} else if m := x.mentionAt(si, j); m != nil && m.t0 == j && m.t1 < len(toks) && accountHeads[toks[m.t1].lower] && m.t1+1 < len(toks) && !accountHeads[toks[m.t1+1].lower] {
			// "run WhatsApp groups to mobilise supporters".
			svc = m
		}
		if svc == nil || svc.e.kind != graph.Service {
			continue
		}
		var user *entity
		if h := x.relativeHead(si, k); h != nil {
			user = h
		} else {
			for _, s := range x.subjects(si, k) {
				if s.kind == graph.Organization || s.kind == graph.Person {
					user = s
					break
				}
			}
		}
		// "Several parties, including the Green Party, run": the one
		// named in the subject's list.
		if user == nil {
			user = x.includedInSubject(si, k)
		}
		if user != nil && !x.owns(user, svc.e) {
			x.relate(graph.Uses, user, svc.e, "", si, "uses/runs-channels", 0.7)
		}
	}
}

// relativeHead returns the name a relative clause at verb k hangs on:
// "az-Zallaqa, JNIM's media arm, which also runs": the name before the
// apposition, or the one right before ", which".
func (x *extractor) relativeHead(si, k int) *entity {
	toks := x.sents[si].toks
	j := k - 1
	for j > 0 && (adverbs[toks[j].lower] || toks[j].lower == "also") {
		j--
	}
	if j < 2 || toks[j].lower != "which" && toks[j].lower != "who" || toks[j-1].text != "," {
		return nil
	}
	c := j - 2
	// Past an apposition: "X, JNIM's media arm, which".
	for c > 0 && toks[c].text != "," && toks[c].text != "." {
		if m := x.mentionAt(si, c); m != nil && m.t1 == j-1 && toks[m.t1-1].kind != tPoss {
			return m.e
		}
		c--
	}
	if c > 0 && toks[c].text == "," {
		if m := x.mentionAt(si, c-1); m != nil && m.t1 == c && isActor(m.e.kind) {
			return m.e
		}
	}
	if m := x.mentionAt(si, j-2); m != nil && m.t1 == j-1 && isActor(m.e.kind) {
		return m.e
	}
	return nil
}

// followersOn reads "X, where Y has 500,000 followers": Y uses the
// service X.
func (x *extractor) followersOn(si int) {
	toks := x.sents[si].toks
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].lower != "where" || toks[k-1].text != "," {
			continue
		}
		svc := x.mentionAt(si, k-2)
		if svc == nil || svc.e.kind != graph.Service || svc.t1 != k-1 {
			continue
		}
		u := x.mentionAt(si, k+1)
		if u == nil || u.t0 != k+1 || u.e.kind != graph.Person && u.e.kind != graph.Organization {
			continue
		}
		for j := u.t1; j < len(toks) && j < u.t1+10 && toks[j].text != "." && toks[j].text != ";"; j++ {
			if toks[j].lower == "followers" || toks[j].lower == "subscribers" {
				x.relate(graph.Uses, u.e, svc.e, "", si, "uses/followers", 0.7)
				break
			}
		}
	}
}

// onChannel reports whether the service mention m is where something is
// done: after "on", "in", "over", "via" or "through", with an article,
// possessive or kind words between ("in a Discord chat group", "on one of
// its Telegram channels", "through the encrypted Signal app"). After "in"
// a word of account must follow: "in Telegram's terms" is no channel.
func (x *extractor) onChannel(si int, m *mention) bool {
	toks := x.sents[si].toks
	j := m.t0 - 1
	for j >= 0 && (channelFillers[toks[j].lower] || toks[j].lower == "of" && j > 0 && toks[j-1].lower == "one") {
		if toks[j].lower == "of" {
			j--
		}
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].lower {
	case "over", "via", "through", "on":
		return true
	case "in":
		return m.t1 < len(toks) && accountHeads[toks[m.t1].lower]
	}
	return false
}

// relativeOf reports whether the verb at token k opens a relative clause
// on user: "Bobi Wine, who uses WhatsApp".
func (x *extractor) relativeOf(si, k int, user *entity) bool {
	toks := x.sents[si].toks
	j := k - 1
	for j > 0 && (auxiliaries[toks[j].lower] || adverbs[toks[j].lower]) && toks[j].lower != "who" {
		j--
	}
	if j < 2 || toks[j].lower != "who" || toks[j-1].text != "," {
		return false
	}
	m := x.mentionAt(si, j-2)
	return m != nil && m.e == user && m.t1 == j-1
}

func (x *extractor) owns(o, s *entity) bool {
	id := graph.RelationID(graph.Owns, o.id, s.id, "")
	_, ok := x.rels[id]
	return ok
}

func attackerOf(x *extractor, p *entity) bool {
	if x.attack == nil {
		return false
	}
	for _, a := range x.attack.perps {
		if a == p {
			return true
		}
		// "the group's leader, Zahran Hashim": a member of a group that
		// carried out the attack.
		for _, r := range p.roles {
			if r.Of == a.id {
				return true
			}
		}
	}
	return false
}

// metRules reads "A meets B on Aug. 23 in Paris" and "A and B met at ...
// in Washington on Thursday".
func (x *extractor) metRules(si int) {
	toks := x.sents[si].toks
	for k, t := range toks {
		switch t.lower {
		case "met", "meets", "meet", "meeting":
		case "sat", "sits", "sit":
			// "sat down with".
			if k+2 >= len(toks) || toks[k+1].lower != "down" || toks[k+2].lower != "with" {
				continue
			}
		case "received", "receives", "hosted", "hosts", "host", "welcomed", "welcomes":
			// "received Algeria's Interior Minister Brahim Merad in Tunis":
			// a guest received in a place.
			if !x.guestAfter(si, k) {
				continue
			}
		case "discuss", "discussed", "discusses":
			// "will discuss the plan with his Hungarian counterpart in
			// Budapest": talks held in a place.
			if !x.withInPlace(si, k) {
				continue
			}
		case "talks":
			// "held talks with".
			if k == 0 || (toks[k-1].lower != "held" && toks[k-1].lower != "holds" && toks[k-1].lower != "hold") || k+1 >= len(toks) || toks[k+1].lower != "with" {
				continue
			}
		default:
			continue
		}
		if t.lower == "meeting" && (k == 0 || toks[k-1].lower != "was" && toks[k-1].lower != "is") {
			continue
		}
		subj := x.subjects(si, k)
		var persons []*entity
		for _, s := range subj {
			if s.kind == graph.Person {
				persons = append(persons, s)
			}
		}
		var others []*entity
		if len(persons) >= 2 {
			// "the two would meet platform executives": they meet others,
			// not each other.
			if k+1 < len(toks) && toks[k+1].kind == tWord && !toks[k+1].cap && !meetFollowers[toks[k+1].lower] {
				continue
			}
			others = persons[1:]
			persons = persons[:1]
		} else if len(persons) == 1 {
			// "A and Meta's head of policy, B, met in Cape Town": the
			// second of the pair named in apposition.
			if p := x.pairedApposition(si, k, persons[0]); p != nil {
				others = append(others, p)
			}
			j := k + 1
			if t.lower == "sat" || t.lower == "sits" || t.lower == "sit" {
				j = k + 2
			}
			for j < len(toks) && j < k+12 && (t.lower == "discuss" || t.lower == "discussed" || t.lower == "discusses") && toks[j].lower != "with" {
				j++
			}
			if j < len(toks) && toks[j].lower == "with" {
				j++
			}
			last := -1
			for ; len(others) == 0 && j < len(toks) && j < k+14; j++ {
				if m := x.mentionAt(si, j); m != nil && m.e.kind == graph.Person {
					others = append(others, m.e)
					last = m.t1
					break
				}
				if toks[j].kind == tPunct && toks[j].text != "," {
					break
				}
			}
			// "will meet Commissioners A and B": each of the list.
			for j := last; last >= 0 && j < len(toks); j++ {
				m := x.mentionAt(si, j)
				if m == nil || m.t0 != j {
					continue
				}
				if m.e.kind != graph.Person || !x.conjoined(si, last, j) {
					break
				}
				others = appendUnique(others, m.e)
				last = m.t1
				j = m.t1 - 1
			}
		}
		if len(persons) == 0 || len(others) == 0 {
			continue
		}
		date := x.dateIn(si, k, len(toks))
		var place *entity
		for j := k + 1; j < len(toks); j++ {
			if m := x.mentionAt(si, j); m != nil && m.e.kind == graph.Place {
				place = m.e
				break
			}
		}
		for _, o := range others {
			r := x.relate(graph.Met, persons[0], o, "", si, "met/verb", 0.8)
			if r != nil {
				if r.Date == "" {
					r.Date = date
				}
				if place != nil && r.Place == "" {
					r.Place = place.id
				}
			}
		}
	}
}

// guestAfter reports whether the verb at token k takes a named person as
// its object, received in a place: "received Algeria's Interior Minister
// Brahim Merad in Tunis". Only the guest's country and title may come
// between.
func (x *extractor) guestAfter(si, k int) bool {
	toks := x.sents[si].toks
	j := k + 1
	for j < len(toks) {
		m := x.mentionAt(si, j)
		if m == nil || m.t0 != j {
			break
		}
		if m.e.kind == graph.Person {
			return x.placeAfter(si, m.t1)
		}
		if m.e.kind != graph.Country && m.e.kind != graph.Organization {
			return false
		}
		j = m.t1
		if j < len(toks) && toks[j].kind == tPoss {
			j++
		}
	}
	// "Interior Minister X", "his counterpart X": a title the person
	// mention leaves out.
	for j < len(toks) && j < k+6 && toks[j].kind == tWord && (x.demonymAt(si, j) || toks[j].lower == "his" || toks[j].lower == "her" || isTitleHead(toks[j].lower) || titleModifiers[toks[j].lower] || toks[j].lower == "counterpart") {
		j++
	}
	if m := x.mentionAt(si, j); m != nil && m.t0 == j && m.e.kind == graph.Person {
		return x.placeAfter(si, m.t1)
	}
	return false
}

// demonymAt reports whether token k is a country's adjective before a
// title: "his Peruvian counterpart".
func (x *extractor) demonymAt(si, k int) bool {
	m := x.mentionAt(si, k)
	return m != nil && m.t0 == k && m.t1 == k+1 && m.e.kind == graph.Country
}

// placeAfter reports whether "in" and a place follow token k: "in Tunis".
func (x *extractor) placeAfter(si, k int) bool {
	toks := x.sents[si].toks
	if k+1 >= len(toks) || toks[k].lower != "in" {
		return false
	}
	m := x.mentionAt(si, k+1)
	return m != nil && m.e.kind == graph.Place
}

// withInPlace reports whether "with" and a person follow the verb at token
// k in its clause, then a place: "will discuss the plan with Hungarian
// Interior Minister Sandor Pinter in Budapest".
func (x *extractor) withInPlace(si, k int) bool {
	toks := x.sents[si].toks
	for j := k + 1; j < len(toks) && j < k+10; j++ {
		if toks[j].kind == tPunct {
			return false
		}
		if toks[j].lower != "with" {
			continue
		}
		for n := j + 1; n < len(toks) && n < j+8; n++ {
			if m := x.mentionAt(si, n); m != nil && m.e.kind == graph.Person {
				return x.placeAfter(si, m.t1)
			}
			if toks[n].kind == tPunct {
				return false
			}
		}
		return false
	}
	return false
}

// pairedApposition reads "A and Meta's head of policy, B, met": the
// person named between commas right before the verb at token k, joined to
// the subject a by "and".
func (x *extractor) pairedApposition(si, k int, a *entity) *entity {
	toks := x.sents[si].toks
	if k < 4 || toks[k-1].text != "," {
		return nil
	}
	m := x.mentionAt(si, k-2)
	if m == nil || m.t1 != k-1 || m.e.kind != graph.Person || m.e == a || m.t0 == 0 || toks[m.t0-1].text != "," {
		return nil
	}
	for j := m.t0 - 2; j >= 0; j-- {
		if n := x.mentionAt(si, j); n != nil && n.e == a {
			return nil
		}
		if toks[j].lower == "and" {
			if n := x.mentionAt(si, j-1); j > 0 && n != nil && n.e == a {
				return m.e
			}
			return nil
		}
		if toks[j].kind == tPunct {
			return nil
		}
	}
	return nil
}

// meetFollowers may follow "meet" when those who meet are its subjects:
// "will meet in Bern", "met on Friday", "meet again".
var meetFollowers = set("in", "on", "at", "with", "for", "next", "this", "last", "later", "again", "today",
	"tomorrow", "tonight", "soon", "privately", "briefly", "regularly", "separately", "to", "during", "after", "before", "each", "and")

// reportedSpeech reads "..., X said" and "X said on Monday that ...": the
// speaker and the words reported.
func (x *extractor) reportedSpeech(si int) {
	toks := x.sents[si].toks
	for k, t := range toks {
		switch t.lower {
		case "said", "says", "argued", "added", "warned", "told":
		default:
			continue
		}
		// "..., Borggreen argued" with the words before the comma.
		c := k - 1
		for c > 0 && toks[c].text != "," && k-c <= 8 {
			c--
		}
		if c > 2 && toks[c].text == "," {
			if sp := x.speakers(si, c-1); len(sp) == 1 {
				x.said(sp[0], x.text[toks[0].start:toks[c-1].end], si)
				return
			}
		}
		// "X said (on Monday) (that) ...".
		subj := x.subjects(si, k)
		if len(subj) != 1 || k+2 >= len(toks) {
			return
		}
		j := k + 1
		if t.lower == "told" {
			return
		}
		for j < len(toks) && (toks[j].lower == "on" || weekdays[toks[j].lower] != 0 || toks[j].lower == "sunday" || toks[j].lower == "that" || toks[j].lower == "in" && j+2 < len(toks) && toks[j+2].lower == "statement") {
			if toks[j].lower == "in" {
				j += 3
				continue
			}
			j++
		}
		if j < len(toks)-2 && toks[j].kind == tWord {
			end := toks[len(toks)-1].end
			if toks[len(toks)-1].kind == tPunct {
				end = toks[len(toks)-1].start
			}
			x.said(subj[0], x.text[toks[j].start:end], si)
		}
		return
	}
}

// quoteRules reads direct quotes with their speaker: “...,” X said; X
// said: “...”; “...,” he said.
func (x *extractor) quoteRules(si int) {
	s := &x.sents[si]
	text := x.text[s.start:s.end]
	open := strings.IndexAny(text, "\u201c\"")
	if open < 0 {
		x.reportedSpeech(si)
		return
	}
	rest := text[open+1:]
	if strings.HasPrefix(text[open:], "\u201c") {
		rest = text[open+len("\u201c"):]
	}
	closeAt := strings.IndexAny(rest, "\u201d\"")
	if closeAt <= 0 {
		return
	}
	quote := strings.TrimRight(rest[:closeAt], " ,")
	qEnd := s.start + (len(text) - len(rest)) + closeAt
	toks := s.toks
	for k, t := range toks {
		if t.start < qEnd || (t.lower != "said" && t.lower != "told" && t.lower != "says" && t.lower != "added" && t.lower != "wrote") {
			continue
		}
		// "..., Cazeneuve told reporters" or "..., he said".
		for j := k - 1; j >= 0 && toks[j].start >= qEnd; j-- {
			if m := x.mentionAt(si, j); m != nil && isActor(m.e.kind) {
				x.said(m.e, quote, si)
				return
			}
			if r := x.resolveAt(si, j); r != nil && isActor(r.e.kind) {
				x.said(r.e, quote, si)
				return
			}
		}
		// "..., said Cazeneuve".
		if m := x.mentionAt(si, k+1); m != nil && isActor(m.e.kind) {
			x.said(m.e, quote, si)
			return
		}
	}
}

// askingBetween reports whether a verb that puts a demand to someone
// stands between tokens a and b: "The court asked Pakistan's government".
func (x *extractor) askingBetween(si, a, b int) bool {
	for _, t := range x.sents[si].toks[a:b] {
		if proposalVerbs[t.lower] == "obj" {
			return true
		}
	}
	return false
}

// branchNouns name a body's office in a place, which speaks for the
// body: "Amnesty International's Kenya office", "the company's Berlin
// branch".
var branchNouns = set("office", "offices", "branch", "chapter", "embassy", "mission", "bureau", "section", "arm", "unit", "subsidiary", "division")

// ownerInList reports whether the possessor whose "'s" ends before token k
// is itself an item of a list: "Meta Platforms' Facebook, ByteDance's
// TikTok".
func (x *extractor) ownerInList(si, k int) bool {
	toks := x.sents[si].toks
	if k < 2 {
		return false
	}
	m := x.mentionAt(si, k-2)
	if m == nil || m.t0 == 0 {
		return false
	}
	return toks[m.t0-1].text == ","
}

// catenatives take the verb after them as their own: "would keep
// publishing on Instagram" is done by the subject, not a participle.
var catenatives = set("keep", "keeps", "kept", "continue", "continues", "continued", "start", "started", "began", "begin", "to")

// armOfCompany reports whether ", a unit of" (or subsidiary, arm,
// division) follows token k: a company's part, which the company owns.
func armOfCompany(toks []token, k int) bool {
	for j := k + 2; j+1 < len(toks) && j < k+5; j++ {
		if (toks[j].lower == "unit" || toks[j].lower == "subsidiary" || toks[j].lower == "division" || toks[j].lower == "arm") && toks[j+1].lower == "of" {
			return true
		}
	}
	return false
}

// lexiconDemonym reports whether w is a country's demonym ("Iranians"),
// not its name.
func (x *extractor) lexiconDemonym(w string) bool {
	return lexicon().demonym[w]
}
