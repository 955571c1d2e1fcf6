package loader

import (
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// corporateTitles are held for a company: without an explicit "of" they
// go to the company the sentence or the one before names.
var corporateTitles = set("executive", "ceo", "founder", "co-founder", "chairman", "chairwoman", "cfo", "cto", "coo", "owner", "boss")

// spokesTitles speak for the body the story named just before.
var spokesTitles = set("spokesman", "spokeswoman", "spokesperson")

// headBody maps a title to the word that heads the body it is held in
// ("Commissioner" -> a "Commission" the story names).
var headBody = map[string]string{"commissioner": "Commission", "member": "Parliament", "mep": "Parliament",
	"senator": "Senate", "judge": "Court", "magistrate": "Court", "lawmaker": "Parliament"}

// titleModifiers are lower-case words that stand in a title ("deputy
// prime minister", "interior minister").
var titleModifiers = set("prime", "deputy", "interior", "home", "foreign", "justice", "defence", "defense",
	"finance", "acting", "senior", "vice", "chief", "executive", "attorney", "general", "opposition",
	"affairs", "security", "homeland", "digital", "trade", "health", "economy", "labour", "labor",
	"interior", "culture", "education", "transport", "energy", "environment", "immigration", "internal",
	"public", "safety", "communications", "technology", "information", "telecommunications", "cyber",
	"intelligence", "police", "former", "then", "party", "state", "federal", "national", "regional",
	"top", "managing", "assistant", "associate", "principal", "first", "second", "permanent", "policy",
	"international", "global", "european", "privacy", "data", "protection", "magistrate", "district",
	"high", "supreme", "court", "appeals", "junior", "shadow", "cabinet", "prosecutor", "special",
	"it", "electronics", "economic", "development", "law")

// findRoles reads titles before names ("French Interior Minister Bernard
// Cazeneuve"), appositions after them ("Thomas de Maiziere, the German
// interior minister"), titles in apposition before them ("Britain's
// interior minister, Amber Rudd") and "who heads X".
func (x *extractor) findRoles() {
	for si := range x.sents {
		for _, m := range x.ments[si] {
			if m.e.kind != graph.Person {
				continue
			}
			x.preTitle(si, m)
			x.postApposition(si, m)
			x.preApposition(si, m)
		}
		x.headedBy(si)
	}
	x.officialsNamedLater()
	x.descriptionMentions()
}

// officialsNamedLater reads "Denmark's culture minister on Thursday proposed
// ..." and, in the next sentences, "Jakob Engel-Schmidt said ...": the
// first person the story names after an unnamed state official, with no
// title of their own, holds that office.
func (x *extractor) officialsNamedLater() {
	for si := range x.sents {
		if x.sents[si].zone != zoneBody {
			continue
		}
		toks := x.sents[si].toks
		for _, m := range x.ments[si] {
			if m.e.kind != graph.Country || m.t1+2 >= len(toks) || toks[m.t1].kind != tPoss {
				continue
			}
			// The title: plain words up to a government title's head, with
			// no name after it.
			h := -1
			for j := m.t1 + 1; j < len(toks) && j <= m.t1+4; j++ {
				t := toks[j]
				if t.kind != tWord || t.cap || functionWords[t.lower] {
					break
				}
				// "justice minister": the last head of the title's words.
				if governmentTitles[t.lower] || t.lower == "minister" {
					h = j
				}
			}
			if h < 0 || h+1 < len(toks) && isCapWord(toks[h+1]) {
				continue
			}
			title := x.span(si, m.t1+1, h+1)
			if p := x.nextNamedPerson(si, m.t1); p != nil {
				x.holdRole(si, p, title, m.e, "role/unnamed-official")
			}
		}
	}
}

// nextNamedPerson returns the person the story first names after token k
// of sentence si, within the next three sentences, when that person has
// no title of their own, is named there for the first time and opens the
// sentence as its speaker.
func (x *extractor) nextNamedPerson(si, k int) *entity {
	for s := si; s < len(x.sents) && s <= si+3; s++ {
		for _, m := range x.ments[s] {
			if s == si && m.t0 <= k || m.e.kind != graph.Person {
				continue
			}
			if len(m.e.roles) > 0 || m.title != "" || x.firstMentionSentence(m.e) != s {
				return nil
			}
			// "Jakob Engel-Schmidt said": the person opens the sentence
			// and speaks, as the official does when the story names them.
			toks := x.sents[s].toks
			if m.t0 != x.firstWord(s) || m.t1 >= len(toks) || !speechVerbs[toks[m.t1].lower] {
				return nil
			}
			return m.e
		}
	}
	return nil
}

// firstMentionSentence returns the sentence of e's first mention.
func (x *extractor) firstMentionSentence(e *entity) int {
	for si := range x.sents {
		for _, m := range x.ments[si] {
			if m.e == e {
				return si
			}
		}
	}
	return -1
}

// descriptionMentions records "the prime minister" and "the home
// secretary" as mentions of the titled person they describe, so that a
// later "he" or "she" finds the person the story is talking about.
func (x *extractor) descriptionMentions() {
	for si := range x.sents {
		if x.sents[si].zone != zoneBody {
			continue
		}
		toks := x.sents[si].toks
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].lower != "the" || x.mentionAt(si, k+1) != nil {
				continue
			}
			r := x.resolveAt(si, k)
			if r == nil || r.e.kind != graph.Person || !titleHeads[toks[r.t1-1].lower] {
				continue
			}
			// "the minister Ana Ruiz" names her already.
			if r.t1 < len(toks) && isCapWord(toks[r.t1]) {
				continue
			}
			x.addMention(si, r.t0, r.t1, r.e, "")
			sortMentions(x.ments[si])
		}
	}
}

// titleSpan reads a title ending at token end-1 backwards and returns its
// first token, or -1 when the words there are no title.
func (x *extractor) titleSpan(si, end int) int {
	toks := x.sents[si].toks
	k := end - 1
	head := false
	for k >= 0 {
		t := toks[k]
		if t.kind != tWord || x.mentionAt(si, k) != nil {
			break
		}
		if isTitleHead(t.lower) || t.text == "Justice" && k == end-1 {
			// "Supreme Court Justice Alexandre de Moraes".
			head = true
		} else if (t.lower == "and" || t.lower == "for" || t.lower == "of") && !t.cap && k > 0 && k+1 < end && toks[k-1].cap && toks[k+1].cap {
			// "Electronics and IT Minister", "Minister for Home Affairs".
		} else if !titleModifiers[t.lower] && !(t.cap && !functionWords[t.lower] && !calendarWords[t.text]) {
			break
		}
		k--
	}
	for k+1 < end && (toks[k+1].lower == "and" || toks[k+1].lower == "for" || toks[k+1].lower == "of") {
		k++
	}
	if !head || k+1 >= end {
		return -1
	}
	return k + 1
}

// preTitle handles a title written right before the name.
func (x *extractor) preTitle(si int, m *mention) {
	toks := x.sents[si].toks
	t0 := x.titleSpan(si, m.t0)
	if t0 < 0 {
		return
	}
	title := x.span(si, t0, m.t0)
	if onlyHonorific(toks[t0:m.t0]) {
		return
	}
	m.title, m.titleStart = title, t0
	// "Media Commissioners Niamh Hodnett and John Evans": a plural title
	// is each name's; its singular says what each holds.
	if head := toks[m.t0-1].lower; !titleHeads[head] && isTitleHead(head) {
		title = strings.TrimSuffix(title, "s")
		for _, n := range x.ments[si] {
			if n.t0 == m.t1+1 && toks[m.t1].lower == "and" && n.e.kind == graph.Person {
				x.holdRole(si, n.e, title, x.ofBefore(si, t0), "role/plural-title")
			}
		}
	}
	of := x.ofBefore(si, t0)
	// '"...," said its director Carolina Botero': the body "its" stands
	// for.
	// "X, after its owner Elon Musk refused": an app named just before
	// is nearer than any body, and an owner holds no office.
	if of == nil && t0 > 0 && (toks[t0-1].lower == "its" || toks[t0-1].lower == "their") && !strings.HasPrefix(strings.ToLower(title), "owner") && !x.serviceBefore(si, t0-1) {
		if r := x.resolveAt(si, t0-1); r != nil && r.e.kind == graph.Organization {
			of = r.e
		}
	}
	if of == nil && regionalTitle(title) {
		// "Florida Governor Ron DeSantis", "Balochistan's Chief Minister".
		of = x.regionBefore(si, t0)
	}
	if of == nil {
		// "United Nations human rights chief Volker Turk": plain words
		// between the body and the title.
		of = x.bodyBeforeWords(si, t0)
	}
	if of == nil {
		// "Commission President Ursula von der Leyen", "Conservative
		// leader Pierre Poilievre": a word of the title names a body of
		// the story.
		of = x.bodyInTitle(si, t0, m.t0)
	}
	if of == nil {
		// "Judge Yulia Smolina of the Tagansky District Court".
		of = x.ofAfter(si, m.t1)
		// "Justice Minister Anna Keller of the Free Democrats": a minister
		// belongs to a party but serves the state.
		if of != nil && isParty(of) && governmentTitle(title) {
			of = nil
		}
	}
	x.holdRole(si, m.e, title, of, "role/title-before-name")
}

func onlyHonorific(toks []token) bool {
	for _, t := range toks {
		if !honorifics[t.text] {
			return false
		}
	}
	return true
}

// ofBefore returns the country or organization named right before a title:
// "German", "Australia's", "Apple Inc", "U.S.".
func (x *extractor) ofBefore(si, t0 int) *entity {
	// "his French counterpart": a pronoun's referent's country is not
	// what we want; only a name right before the title counts.
	if e := x.namedBefore(si, t0); e != nil && (e.kind == graph.Country || e.kind == graph.Organization) {
		return e
	}
	return nil
}

// namedBefore returns the entity named right before token t0, past a
// possessive: "Australia's", "German", "Florida".
func (x *extractor) namedBefore(si, t0 int) *entity {
	toks := x.sents[si].toks
	k := t0 - 1
	if k >= 0 && toks[k].kind == tPoss {
		k--
	}
	if k < 0 {
		return nil
	}
	if m := x.mentionAt(si, k); m != nil {
		return m.e
	}
	return nil
}

// bodyBeforeWords returns the organization named before up to three
// plain words before token t0: "United Nations human rights chief".
func (x *extractor) bodyBeforeWords(si, t0 int) *entity {
	toks := x.sents[si].toks
	k := t0 - 1
	for n := 0; k >= 0 && n < 3; n++ {
		t := toks[k]
		if t.kind != tWord || t.cap || functionWords[t.lower] || prepositions[t.lower] || x.mentionAt(si, k) != nil {
			break
		}
		k--
	}
	if k == t0-1 || k < 0 {
		return nil
	}
	if m := x.mentionAt(si, k); m != nil && m.t1 == k+1 && m.e.kind == graph.Organization {
		return m.e
	}
	return nil
}

// bodyInTitle returns the organization of the story whose name holds a
// capitalised word of the title [t0,t1) that is neither a title's head nor
// a portfolio: "Commission" for the European Commission, "Conservative"
// for the Conservative Party.
func (x *extractor) bodyInTitle(si, t0, t1 int) *entity {
	toks := x.sents[si].toks
	// Only one who leads or speaks for a body: "Commerce Secretary X"
	// serves the state even when a Chamber of Commerce is named.
	if h := toks[t1-1].lower; !bodyLeaderTitles[h] && !spokesTitles[h] && h != "leader" && h != "head" {
		return nil
	}
	for k := t0; k < t1; k++ {
		t := toks[k]
		if !t.cap || isTitleHead(t.lower) || titleModifiers[t.lower] || unnamedBodies[t.lower] || functionWords[t.lower] || t.lower == "government" {
			continue
		}
		var found *entity
		for _, e := range x.order {
			if e.kind != graph.Organization || len(e.ments) == 0 {
				continue
			}
			for _, w := range strings.Fields(e.name) {
				if w == t.text {
					if found != nil && found != e {
						return nil // two bodies share the word: none
					}
					found = e
				}
			}
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// ofAfter returns the organization or country in "of|at|for [the] X" right
// after token t1.
func (x *extractor) ofAfter(si, t1 int) *entity {
	toks := x.sents[si].toks
	if t1 >= len(toks) {
		return nil
	}
	switch toks[t1].lower {
	case "of", "at", "for":
	default:
		return nil
	}
	for k := t1 + 1; k < len(toks) && k <= t1+3; k++ {
		if m := x.mentionAt(si, k); m != nil {
			if m.e.kind == graph.Country || m.e.kind == graph.Organization {
				return m.e
			}
			return nil
		}
	}
	return nil
}

// mentionAt returns the mention covering token k of sentence si.
func (x *extractor) mentionAt(si, k int) *mention {
	for _, m := range x.ments[si] {
		if m.t0 <= k && k < m.t1 {
			return m
		}
	}
	return nil
}

// postApposition handles "NAME, [the|a] ROLE [of|at ORG]," and "NAME, who
// heads|runs|leads ORG".
func (x *extractor) postApposition(si int, m *mention) {
	toks := x.sents[si].toks
	k := m.t1
	if k+1 >= len(toks) || toks[k].text != "," {
		return
	}
	k++
	if toks[k].lower == "who" && k+1 < len(toks) {
		switch toks[k+1].lower {
		case "heads", "runs", "leads", "chairs", "founded", "directs":
			for j := k + 2; j < len(toks) && j < k+10; j++ {
				if toks[j].kind == tPunct {
					break
				}
				if mm := x.mentionAt(si, j); mm != nil && (mm.e.kind == graph.Organization || mm.e.kind == graph.Country) {
					x.holdRole(si, m.e, "head", mm.e, "role/who-heads")
					return
				}
			}
		}
		return
	}
	// "The Chaos Computer Club, headed by Elisa Roth": the name before
	// the apposition is what she heads.
	if k+1 < len(toks) && (toks[k].lower == "headed" || toks[k].lower == "led" || toks[k].lower == "chaired" || toks[k].lower == "run") && toks[k+1].lower == "by" {
		return
	}
	// The apposition runs to the next comma or the end of the clause.
	end := k
	for end < len(toks) && toks[end].text != "," && toks[end].text != "." && toks[end].text != ";" && end < k+14 {
		end++
	}
	// "the Liberal Democrat leader and Cameron's deputy prime minister".
	parts := [][2]int{{k, end}}
	for j := k; j < end; j++ {
		if toks[j].lower == "and" {
			parts = [][2]int{{k, j}, {j + 1, end}}
			break
		}
	}
	for _, p := range parts {
		x.roleInPhrase(si, m.e, p[0], p[1], "role/apposition-after")
	}
}

// headedBy reads "ORG, headed by PERSON" and "ORG is led by PERSON".
func (x *extractor) headedBy(si int) {
	toks := x.sents[si].toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].lower == "whose" {
			x.whoseTitle(si, k)
			continue
		}
		switch toks[k].lower {
		case "headed", "led", "chaired":
		default:
			continue
		}
		if toks[k+1].lower != "by" {
			continue
		}
		// "led by former government insider Peter Magyar": plain words
		// may describe the person first.
		n := k + 2
		for n < len(toks) && n < k+6 && toks[n].kind == tWord && !toks[n].cap && !functionWords[toks[n].lower] && x.mentionAt(si, n) == nil {
			n++
		}
		p := x.mentionAt(si, n)
		if p == nil || p.t0 != n || p.e.kind != graph.Person {
			continue
		}
		var org *entity
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			// "Team (CERT-In), headed by": past the acronym in brackets.
			if toks[j].text == ")" {
				for j > 0 && toks[j].text != "(" {
					j--
				}
				continue
			}
			if m := x.mentionAt(si, j); m != nil {
				if m.e.kind == graph.Organization {
					org = m.e
				}
				break
			}
			// "The opposition ANO party, led by": past the body's head word.
			if t := toks[j]; t.text != "," && t.lower != "is" && t.lower != "was" && t.lower != "which" && t.lower != "now" && t.lower != "party" && !groupHeads[t.lower] {
				break
			}
		}
		// "The Panoptykon Foundation, a Warsaw-based privacy group headed
		// by X": the body the apposition describes.
		if org == nil {
			for j := k - 1; j > 0 && j >= k-10; j-- {
				if toks[j].text != "," {
					continue
				}
				if d := toks[j+1].lower; d != "a" && d != "an" && d != "the" {
					break
				}
				if m := x.mentionAt(si, j-1); m != nil && m.t1 == j && m.e.kind == graph.Organization {
					org = m.e
				} else if m := x.mentionAt(si, j-2); m != nil && m.t1 == j-1 && m.e.kind == graph.Organization && (orgDescriptors[toks[j-1].lower] || groupHeads[toks[j-1].lower]) {
					// "the Foxtrot network, a criminal gang led by X".
					org = m.e
				}
				break
			}
		}
		if org != nil {
			x.holdRole(si, p.e, "head", org, "role/headed-by")
		}
	}
}

// whoseTitle reads "ORG, whose chairman X, ...": X holds the title in
// the body, at "whose" (token k).
func (x *extractor) whoseTitle(si, k int) {
	toks := x.sents[si].toks
	if k < 2 || toks[k-1].text != "," {
		return
	}
	org := x.mentionAt(si, k-2)
	if org == nil || org.t1 != k-1 || org.e.kind != graph.Organization {
		return
	}
	j := k + 1
	head := false
	for j < len(toks) && j < k+6 && toks[j].kind == tWord && x.mentionAt(si, j) == nil {
		if isTitleHead(toks[j].lower) {
			head = true
		} else if !titleModifiers[toks[j].lower] {
			return
		}
		j++
	}
	p := x.mentionAt(si, j)
	if !head || p == nil || p.t0 != j || p.e.kind != graph.Person {
		return
	}
	x.holdRole(si, p.e, x.span(si, k+1, j), org.e, "role/whose-title")
}

// supranational reports whether a title is held in a body above states:
// "European Commissioner", "U.N. envoy".
func supranational(title string) bool {
	w := strings.Fields(title)
	switch w[0] {
	case "European", "EU", "U.N.", "UN", "United", "International", "NATO":
		return true
	}
	return false
}

// isParty reports whether an organization is a political party.
func isParty(e *entity) bool {
	w := strings.Fields(e.name)
	last := w[len(w)-1]
	return last == "Party" || last == "Democrats" || last == "Republicans" || last == "Conservatives" ||
		last == "Greens" || last == "Socialists" || last == "Liberals" || strings.EqualFold(last, "party")
}

// governmentTitle reports whether a title is held for a state.
func governmentTitle(title string) bool {
	w := strings.Fields(strings.ToLower(title))
	return len(w) > 0 && (governmentTitles[w[len(w)-1]] || strings.Contains(strings.ToLower(title), "minister"))
}

// roleInPhrase reads "[the|a] [Country's|ORG's|Adj] title [of|at|for X]"
// in tokens [a,b) as a role of person p.
func (x *extractor) roleInPhrase(si int, p *entity, a, b int, rule string) {
	toks := x.sents[si].toks
	for a < b && (toks[a].lower == "the" || toks[a].lower == "a" || toks[a].lower == "an" || toks[a].lower == "his" || toks[a].lower == "her" || toks[a].lower == "their") {
		a++
	}
	// "the group's leader": the body the description refers to.
	var possOf *entity
	if a > 0 && a+1 < b && toks[a-1].lower == "the" && toks[a+1].kind == tPoss && !toks[a].cap {
		if r := x.resolveAt(si, a-1); r != nil && r.t1 == a+1 && (r.e.kind == graph.Organization || r.e.kind == graph.Country) {
			possOf = r.e
			a += 2
		}
	}
	// An apposition naming someone else is a list, not a role.
	for j := a; j < b; j++ {
		if mm := x.mentionAt(si, j); mm != nil && mm.e.kind == graph.Person && mm.e != p && (mm.t1 >= len(toks) || toks[mm.t1].kind != tPoss) {
			return
		}
	}
	if a >= b {
		return
	}
	// Find the title head: the first head word after the determiner.
	h := -1
	for j := a; j < b && j < a+6; j++ {
		if titleHeads[toks[j].lower] && !toks[j].cap || titleHeads[toks[j].lower] && x.mentionAt(si, j) == nil {
			h = j
			// "chief executive", "deputy prime minister": take the last
			// head of the title's words.
			for n := h + 1; n < b && (titleHeads[toks[n].lower] || titleModifiers[toks[n].lower]) && !toks[n].cap; n++ {
				if titleHeads[toks[n].lower] {
					h = n
				}
			}
			break
		}
		// "Ukraine's military intelligence chief": after a state's or a
		// body's possessive, plain words name the office.
		if toks[j].kind == tWord && !toks[j].cap && !titleModifiers[toks[j].lower] && !(possessiveBefore(toks, a, j) && !functionWords[toks[j].lower] && !strings.HasSuffix(toks[j].lower, "ed")) {
			return // a verb or common noun first: no title here
		}
	}
	if h < 0 {
		return
	}
	// The title starts after any country or organization before it.
	t0 := a
	of := possOf
	for j := a; j < h; j++ {
		if mm := x.mentionAt(si, j); mm != nil {
			if mm.e.kind == graph.Country || mm.e.kind == graph.Organization {
				of = mm.e
			}
			t0 = mm.t1
			if t0 < len(toks) && toks[t0].kind == tPoss {
				t0++
			}
		}
	}
	if t0 > h {
		return
	}
	end := h + 1
	// "vice president for Latin America", "director of international
	// policy at the CCIA": the title runs to the organization.
	if of == nil {
		for j := h + 1; j < b; j++ {
			if mm := x.mentionAt(si, j); mm != nil {
				if mm.e.kind == graph.Country || mm.e.kind == graph.Organization {
					of = mm.e
					end = j
					for end > h+1 && (toks[end-1].lower == "the" || toks[end-1].lower == "of" || toks[end-1].lower == "at" || toks[end-1].lower == "for") {
						end--
					}
				}
				break
			}
		}
	}
	title := x.span(si, t0, end)
	if toks[h].lower == "counterpart" {
		title = x.counterpartTitle(si, p)
		if title == "" {
			return
		}
	}
	x.holdRole(si, p, title, of, rule)
}

// counterpartTitle returns the title of the person a "his French
// counterpart" is the counterpart of: the last titled person before.
func (x *extractor) counterpartTitle(si int, p *entity) string {
	for s := si; s >= 0 && s >= si-2; s-- {
		for i := len(x.ments[s]) - 1; i >= 0; i-- {
			m := x.ments[s][i]
			if m.e.kind == graph.Person && m.e != p && len(m.e.roles) > 0 {
				return m.e.roles[0].Title
			}
		}
	}
	return ""
}

// preApposition handles "Britain's interior minister, Amber Rudd" and
// "Its founder, Pavel Durov".
func (x *extractor) preApposition(si int, m *mention) {
	toks := x.sents[si].toks
	// "Mali's junta leader, Colonel Assimi Goita,": a rank before the
	// name does not stop the apposition.
	t0 := m.t0
	if m.titleStart >= 0 && militaryRanks[toks[m.titleStart].lower] {
		t0 = m.titleStart
	}
	if t0 < 2 || toks[t0-1].text != "," {
		return
	}
	end := t0 - 1
	// "The commission's chief electoral officer, Sy Mamabolo", "Meta's
	// head of public policy for Africa, Balkissa Ide Siddo": a title with
	// plain words after the body's possessive.
	if org, t0 := x.possessedTitle(si, end); org != nil {
		x.holdRole(si, m.e, x.span(si, t0, end), org, "role/apposition-before")
		return
	} else if t0 > 0 {
		// "Labour's home affairs spokesman, Tom Ashworth": a possessor
		// the story does not name as a body is none of the bodies named
		// before.
		return
	}
	if !titleHeads[toks[end-1].lower] {
		return
	}
	a := end - 1
	// "The United Nations human rights chief, Volker Turk": plain words
	// may stand between the body and the title.
	for j := end - 2; j >= 0 && j >= end-6; j-- {
		if mm := x.mentionAt(si, j); mm != nil {
			if (mm.e.kind == graph.Organization || mm.e.kind == graph.Country) && mm.t1 <= end-1 {
				title := x.span(si, mm.t1, end)
				if toks[end-1].lower == "counterpart" {
					title = x.counterpartTitle(si, m.e)
				}
				x.holdRole(si, m.e, title, mm.e, "role/apposition-before")
				return
			}
			break
		}
		if t := toks[j]; t.kind != tWord || t.cap && !titleModifiers[t.lower] {
			break
		}
	}
	for a > 0 && end-a < 8 {
		t := toks[a-1]
		if t.text == "," || t.text == "." || t.kind == tPunct && t.text != "&" {
			break
		}
		if t.kind == tWord && !t.cap && !titleModifiers[t.lower] && !titleHeads[t.lower] && x.mentionAt(si, a-1) == nil {
			if t.lower == "the" || t.lower == "his" || t.lower == "her" || t.lower == "its" || t.lower == "their" || t.lower == "a" {
				a--
			}
			break
		}
		a--
	}
	// "the group's leader, Zahran Hashim": the body the description
	// refers to.
	if toks[a].kind == tPoss && a >= 2 && toks[a-2].lower == "the" {
		if r := x.resolveAt(si, a-2); r != nil && r.t1 == a && (r.e.kind == graph.Organization || r.e.kind == graph.Country) {
			x.holdRole(si, m.e, x.span(si, a+1, end), r.e, "role/apposition-before")
		}
		return
	}
	// "Its founder": the organization the possessive refers to.
	if pr := strings.ToLower(toks[a].text); pr == "its" || pr == "their" {
		if org := x.recentOrg(si, toks[a].start, false); org != nil {
			title := x.span(si, a+1, end)
			x.holdRole(si, m.e, title, org, "role/apposition-before")
		}
		return
	}
	x.roleInPhrase(si, m.e, a, end, "role/apposition-before")
}

// possessedTitle reads a title ending before token end that follows a
// body's possessive: "the commission's chief electoral officer", "Meta's
// head of public policy for Africa". It returns the body and the title's
// first token, or nil when a plain adjective or phrase is not there (the
// rules for plain titles read those).
func (x *extractor) possessedTitle(si, end int) (*entity, int) {
	toks := x.sents[si].toks
	head, plain := false, false
	for j := end - 1; j >= 1 && j >= end-8; j-- {
		t := toks[j]
		if t.kind == tPoss {
			if !head || j+1 >= end {
				return nil, 0
			}
			// An unnamed possessor ("Labour's") tells whose the title is.
			if isCapWord(toks[j-1]) && x.mentionAt(si, j-1) == nil {
				return nil, j + 1
			}
			if !plain {
				return nil, 0
			}
			if mm := x.mentionAt(si, j-1); mm != nil && mm.t1 == j {
				if mm.e.kind == graph.Organization {
					return mm.e, j + 1
				}
				return nil, 0
			}
			if j >= 2 && toks[j-2].lower == "the" {
				if r := x.resolveAt(si, j-2); r != nil && r.t1 == j && r.e.kind == graph.Organization {
					return r.e, j + 1
				}
				return nil, 0
			}
			return nil, 0
		}
		if t.kind != tWord {
			return nil, 0
		}
		switch {
		case isTitleHead(t.lower):
			head = true
		case titleModifiers[t.lower]:
		default:
			// "electoral", "of public policy for Africa": words a plain
			// title lacks.
			plain = true
		}
	}
	return nil, 0
}

// recentOrg returns the organization mentioned last before offset off, in
// this sentence or the two before; companyOnly asks for a business.
func (x *extractor) recentOrg(si, off int, companyOnly bool) *entity {
	for s := si; s >= 0 && s >= si-2; s-- {
		ms := x.ments[s]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if x.sents[s].toks[m.t0].start >= off {
				continue
			}
			if m.e.kind == graph.Organization && (!companyOnly || m.e.company) {
				return m.e
			}
		}
	}
	return nil
}

// holdRole records that person p holds title for of; when the story does
// not say whose title it is, government titles go to the story's country,
// corporate ones to the company just named and a spokesman's to the body
// named before.
func (x *extractor) holdRole(si int, p *entity, title string, of *entity, rule string) {
	title = strings.TrimSpace(title)
	if title == "" {
		return
	}
	words := strings.Fields(strings.ToLower(title))
	head := words[len(words)-1]
	conf := 0.9
	if of == nil {
		conf = 0.6
		off := x.sents[si].start
		if len(x.ments[si]) > 0 {
			for _, m := range x.ments[si] {
				if m.e == p {
					off = x.sents[si].toks[m.t0].start
					break
				}
			}
		}
		if body, ok := headBody[head]; ok {
			for _, e := range x.order {
				if e.kind == graph.Organization && strings.Contains(e.name, body) && len(e.ments) > 0 {
					of = e
					break
				}
			}
		}
		switch {
		case of != nil:
		case regionalTitle(title) && x.storyRegion() != nil:
			// "Governor Spencer Cox" in a story about Utah governs Utah.
			of = x.storyRegion()
		case len(words) > 1 && words[0] == "party":
			// "Party leader Nikos Androulakis": the party just named.
			of = x.recentParty(si, off)
		case head == "leader" && len(words) > 1 && x.recentParty(si, off) != nil:
			// "the opposition party PASOK ... Opposition leader X": the
			// party just named; with none named, the country (below).
			of = x.recentParty(si, off)
		case corporateTitles[head] || head == "executive":
			of = x.recentOrg(si, off+1, true)
		case len(words) > 1 && words[0] == "police" && (head == "chief" || head == "commissioner"):
			// "Police chief Henk van Essen": the state's police.
			of = x.home
		case spokesTitles[head] && len(words) > 1 && words[0] == "government":
			// "Government spokesman Zoltan Kovacs": the state's.
			of = x.home
		case spokesTitles[head] && len(words) > 1 && unnamedBodies[words[0]]:
			// "Police spokesman Fred Enanga" speaks for the police, which
			// the story does not name, not for the group named last.
		case spokesTitles[head]:
			of = x.recentOrg(si, off, false)
		case supranational(title):
			// "European Commissioners": not the story's country.
		case governmentTitles[head] || stateTitleHeads[head] || head == "leader" || legislatorTitles[head] || strings.Contains(strings.ToLower(title), "minister"):
			of = x.titleHome()
		}
	}
	p.titles = append(p.titles, strings.ToLower(title))
	role := graph.Role{Title: title}
	if of != nil {
		role.Of = of.id
	}
	dup := false
	for _, r := range p.roles {
		if strings.EqualFold(r.Title, role.Title) && r.Of == role.Of {
			dup = true
		}
	}
	if !dup {
		p.roles = append(p.roles, role)
	}
	if of != nil {
		x.relate(graph.HoldsRole, p, of, title, si, rule, conf)
	}
}

// legislatorTitles serve the story's country when the story names no
// chamber for them: "Senator Grace Poe".
var legislatorTitles = set("senator", "congressman", "congresswoman")

// recentParty returns the party named last before offset off in sentence
// si or the two before it: a body whose name says so ("Social Democratic
// Party") or one introduced as a party ("opposition party PASOK", "the
// opposition Labor party").
func (x *extractor) recentParty(si, off int) *entity {
	for s := si; s >= 0 && s >= si-2; s-- {
		ms := x.ments[s]
		toks := x.sents[s].toks
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if toks[m.t0].start >= off || m.e.kind != graph.Organization {
				continue
			}
			// "opposition party PASOK", "the opposition Labor party".
			if isParty(m.e) || m.t0 > 0 && toks[m.t0-1].lower == "party" || m.t1 < len(toks) && toks[m.t1].lower == "party" {
				return m.e
			}
		}
	}
	return nil
}

// titleHome returns the state a bare government title ("Interior
// Minister Nancy Faeser") serves: the dateline's country when the
// headline names it too, as a story filed from Berlin under a headline
// about Germany is Germany's however often it names China; otherwise the
// story's home country.
func (x *extractor) titleHome() *entity {
	if x.datelineCC == "" {
		return x.home
	}
	c := lexicon().countryCC[x.datelineCC]
	if c == "" || x.home != nil && x.home.name == c {
		return x.home
	}
	g := lexicon()
	for si := range x.sents {
		if x.sents[si].zone != zoneHeadline {
			continue
		}
		toks := x.sents[si].toks
		for i := range toks {
			for j := i + 1; j <= len(toks) && j <= i+3; j++ {
				if !isCapWord(toks[j-1]) {
					break
				}
				if n, ok := g.country(x.span(si, i, j)); ok && n == c {
					return x.entity(graph.Country, c, "")
				}
			}
		}
	}
	return x.home
}

// regionalTitle reports whether a title is held for a state or province
// rather than a country: "Governor", "Chief Minister". ("Premier" is a
// province's head in Canada but a prime minister elsewhere.)
func regionalTitle(title string) bool {
	w := strings.Fields(strings.ToLower(title))
	if len(w) == 0 {
		return false
	}
	head := w[len(w)-1]
	return regionalTitles[head] || head == "minister" && len(w) > 1 && w[len(w)-2] == "chief"
}

// regionBefore returns the state or province named right before a title,
// with or without a possessive.
func (x *extractor) regionBefore(si, t0 int) *entity {
	// "Sao Paulo Governor", "Tokyo Governor": a city's name serves too.
	if e := x.namedBefore(si, t0); e != nil && e.kind == graph.Place {
		return e
	}
	return nil
}

// storyRegion returns the one state or province the story names, or nil
// when it names none or several.
func (x *extractor) storyRegion() *entity {
	var one *entity
	for _, e := range x.order {
		if e.kind == graph.Place && len(e.ments) > 0 && x.isRegion(e) {
			if one != nil {
				return nil
			}
			one = e
		}
	}
	return one
}

// isRegion reports whether a place is a first-level region of a country.
func (x *extractor) isRegion(e *entity) bool {
	p, ok := lexicon().place(e.name)
	return ok && p.class == 'S'
}

// possessiveBefore reports whether a possessive stands among tokens
// [a,j).
func possessiveBefore(toks []token, a, j int) bool {
	for k := a; k < j; k++ {
		if toks[k].kind == tPoss {
			return true
		}
	}
	return false
}

// serviceBefore reports whether a service is named in sentence si before
// token k.
func (x *extractor) serviceBefore(si, k int) bool {
	for _, m := range x.ments[si] {
		if m.t1 <= k && m.e.kind == graph.Service {
			return true
		}
	}
	return false
}
