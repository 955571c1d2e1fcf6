package loader

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
)

// entity is an entity of one story while it is being extracted.
type entity struct {
	id      string
	kind    graph.Kind
	name    string
	forms   []string
	roles   []graph.Role
	date    string
	place   string
	summary string
	topics  []string
	ments   []graph.Mention
	// first is the order of first mention, for "most recent" lookups.
	first int
	// titles are the lower-case titles a person holds in this story.
	titles []string
	// company marks organizations that are businesses ("the company").
	company bool
	// parts are the words of a person's name, for surname mentions.
	parts []string
	// fixed keeps a gazetteer or lexicon name: "Italian" is an alias of
	// Italy, never its name.
	fixed bool
}

// mention is one occurrence of an entity in a sentence, by token range.
type mention struct {
	e      *entity
	t0, t1 int // token range in the sentence
	// title is the title written before a person's name in the same span.
	title      string
	titleStart int // token index where the title starts, or -1
}

func (e *entity) addForm(f string) {
	f = strings.TrimSpace(f)
	if f == "" {
		return
	}
	for _, g := range e.forms {
		if g == f {
			return
		}
	}
	e.forms = append(e.forms, f)
	// The name is the fullest form; ties keep the first.
	if !e.fixed && utf8.RuneCountInString(f) > utf8.RuneCountInString(e.name) {
		e.name = f
	}
}

// entity returns the story's entity of kind k with canonical name canon,
// creating it.
func (x *extractor) entity(k graph.Kind, canon, scope string) *entity {
	id := graph.EntityID(k, canon, scope)
	if e, ok := x.ents[id]; ok {
		return e
	}
	e := &entity{id: id, kind: k, name: canon, first: len(x.order)}
	switch k {
	case graph.Country, graph.Place, graph.Service, graph.Topic, graph.Proposal, graph.Attack:
		// Proposals and attacks keep the words that introduced them.
		e.fixed = true
	}
	e.forms = []string{canon}
	x.ents[id] = e
	x.order = append(x.order, e)
	return e
}

// addMention records that tokens [t0,t1) of sentence si name e.
func (x *extractor) addMention(si, t0, t1 int, e *entity, form string) *mention {
	s := &x.sents[si]
	for _, m := range x.ments[si] {
		if m.t0 == t0 && m.t1 == t1 {
			return m
		}
	}
	m := &mention{e: e, t0: t0, t1: t1, titleStart: -1}
	x.ments[si] = append(x.ments[si], m)
	start, end := s.toks[t0].start, s.toks[t1-1].end
	e.ments = append(e.ments, graph.Mention{StoryID: x.story.ID, Sentence: x.text[s.start:s.end],
		Start: start, End: end, Text: x.text[start:end]})
	if form != "" {
		e.addForm(form)
	}
	return m
}

func (x *extractor) span(si, t0, t1 int) string {
	s := &x.sents[si]
	return x.text[s.toks[t0].start:s.toks[t1-1].end]
}

// isConnector reports whether a lower-case token may stand inside a
// capitalised name ("Council of the European Union", "Thomas de Maiziere").
func isConnector(t token) bool {
	if t.kind == tPunct {
		return t.text == "&"
	}
	if t.kind != tWord {
		return false
	}
	switch t.lower {
	case "of", "the", "and", "for", "on", "to":
		return !t.cap
	}
	return nameParticles[t.text] || t.text == "bint"
}

func isCapWord(t token) bool {
	if t.kind != tWord {
		return false
	}
	if t.cap {
		return true
	}
	// iMessage, eBay: a lower-case letter before a capital.
	r, w := utf8.DecodeRuneInString(t.text)
	if unicode.IsLower(r) && len(t.text) > w {
		r2, _ := utf8.DecodeRuneInString(t.text[w:])
		return unicode.IsUpper(r2)
	}
	return false
}

// capSpans returns the maximal runs of capitalised words with connectors
// inside them, as token ranges.
func capSpans(toks []token) [][2]int {
	var out [][2]int
	for i := 0; i < len(toks); {
		// "az-Zallaqa": a name opening with an Arabic article.
		if !isCapWord(toks[i]) && !arabicSurname(toks[i].text) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if isCapWord(toks[j]) {
				j++
				continue
			}
			// "Danish People's Party", "Workers' Party": a possessive
			// inside a party's name.
			// "Information Commissioner's Office": an office named for
			// the title of whoever holds it.
			// "Thai Bankers' Association", "Journalists' Union": the
			// plural possessive of members names their body.
			if toks[j].kind == tPoss && (partyNouns[toks[j-1].text] || officeHolders[toks[j-1].text] || toks[j].lower == "'s" && !strings.HasSuffix(toks[j].text, "s") && !strings.HasSuffix(toks[j].text, "S")) && j+1 < len(toks) && orgHeads[toks[j+1].text] {
				j += 2
				continue
			}
			// "Abdel Fattah al-Sisi": an Arabic article joined to the
			// surname.
			if arabicSurname(toks[j].text) {
				j++
				continue
			}
			// Connectors join only when a capitalised word follows them.
			k := j
			for k < len(toks) && isConnector(toks[k]) {
				k++
			}
			if k > j && k < len(toks) && isCapWord(toks[k]) {
				j = k + 1
				continue
			}
			break
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// officeHolders take a possessive inside the name of the office they
// head.
var officeHolders = set("Commissioner", "Ombudsman", "President", "Chancellor", "Governor", "Mayor", "Auditor", "Controller", "Comptroller")

// partyNouns take a possessive inside the names of parties and fronts.
var partyNouns = set("People", "Workers", "Citizens", "Women", "Farmers", "Peoples")

// candidate is a span that pass one could not classify alone.
type candidate struct {
	si, t0, t1 int
}

// findEntities runs the two passes of entity recognition over every
// sentence: pass one takes names that classify themselves (lexicons,
// gazetteers, organization heads, titled persons, runs of capitalised
// words); pass two resolves single words against what the whole story
// named (surnames, short forms of organizations, acronyms).
func (x *extractor) findEntities() {
	var weak []candidate
	for si := range x.sents {
		s := &x.sents[si]
		if s.zone == zoneHeadline || s.zone == zoneCredits || s.zone == zoneDateline {
			continue
		}
		for _, sp := range capSpans(s.toks) {
			weak = append(weak, x.scanSpan(si, sp[0], sp[1])...)
		}
		x.plusNames(si)
		x.romanceBodies(si)
		x.lowerCaseBodies(si)
		x.digitNamedServices(si)
	}
	x.defineAcronyms()
	for _, c := range weak {
		// "Trabajadores" inside "Partido de los Trabajadores": a run
		// that a name with lower-case words already covers.
		if m := x.mentionAt(c.si, c.t0); m != nil && m.t0 <= c.t0 && c.t1 <= m.t1 {
			continue
		}
		x.resolveWeak(c)
	}
	for si := range x.sents {
		x.extendNames(si)
	}
	for si := range x.sents {
		x.joinGroupNames(si)
	}
	for si := range x.ments {
		sortMentions(x.ments[si])
	}
}

// scanSpan classifies the capitalised span [a,b) of sentence si, greedily
// taking the longest known name at each position. It returns the runs it
// could not classify.
func (x *extractor) scanSpan(si, a, b int) []candidate {
	toks := x.sents[si].toks
	// A sentence's first word is capitalised whatever it is.
	if f := a; a == x.firstWord(si) {
		// "Reportedly ...", "Speaking ...": only the sentence's own first
		// word is read as an adverb or a participle, not "Molly" in "The
		// Molly Rose Foundation"; "All India Radio" keeps its "All".
		for a < b && (functionWords[toks[a].lower] || a == f && len(toks[a].lower) > 3 && (strings.HasSuffix(toks[a].lower, "ing") || strings.HasSuffix(toks[a].lower, "ly")) || sentenceOpeners[toks[a].lower] && b-a >= 2) &&
			!x.knownWord(toks[a].text) && !x.knownPrefix(si, a, b) &&
			!(nameNouns[toks[a].lower] && b-a >= 2 && x.isOrgName(toks, a, b)) &&
			!(toks[a].lower == "all" && b-a >= 3 && x.isOrgName(toks, a, b)) {
			a++
		}
		// "Opposition Move Forward Party lawmaker X": a word that
		// describes a party opens the sentence before its name.
		if a < b && b-a >= 3 && partyDescriptors[toks[a].lower] && orgHeads[toks[b-1].text] {
			a++
		}
	}
	// "Digital Services Act", "Online Safety Bill": the name of a law is
	// no organization; the proposal rules read it.
	if b-a >= 2 && lawHeads[toks[b-1].text] {
		return nil
	}
	// "launched the Safe Phones Call", "unveiled the Clean Network
	// Initiative": a proposal's own name, which the proposal rules read.
	if b-a >= 2 && x.namedProposal(si, a, b) {
		return nil
	}
	// "An al Qaeda-linked group": the span opened with the sentence's
	// article and the group's lower-case one.
	if a+1 < b && toks[a].text == "al" {
		a++
	}
	// "al Shabaab": a group whose name opens with a lower-case article.
	if a > 0 && toks[a-1].lower == "al" {
		for j := b; j > a; j-- {
			if form := x.span(si, a-1, j); militantGroups[form] {
				x.addMention(si, a-1, j, x.entity(graph.Organization, form, ""), form)
				a = j
				break
			}
		}
	}
	var leftovers []candidate
	run := -1
	flush := func(end int) {
		if run >= 0 {
			leftovers = append(leftovers, x.splitRun(si, run, end)...)
			run = -1
		}
	}
	for i := a; i < b; {
		t := toks[i]
		if !isCapWord(t) && !arabicSurname(t.text) || calendarWords[t.text] {
			// Connectors stay in the run; splitRun decides what they join.
			if run >= 0 && (calendarWords[t.text] || !isConnector(t)) {
				flush(i)
			}
			i++
			continue
		}
		if j, ok := x.matchKnown(si, i, b, run >= 0); ok {
			flush(i)
			i = j
			continue
		}
		if run < 0 {
			run = i
		}
		i++
	}
	flush(b)
	return leftovers
}

// partyDescriptors describe a party or body before its name ("the
// opposition Labor party") and are capitalised only by opening a sentence.
var partyDescriptors = set("opposition", "ruling", "governing", "rival", "junior", "nationalist", "populist")

// ownedDescribed reports whether the name [t0,t1) follows "the" after a
// verb of owning, alone or in its list, and a service word follows it:
// "owns the Telcel network", "runs the Meo network and the Sapo portal".
func (x *extractor) ownedDescribed(si, t0, t1 int) bool {
	toks := x.sents[si].toks
	if t0 < 2 || t1 >= len(toks) || toks[t0-1].lower != "the" {
		return false
	}
	// "the Personal mobile network": a word of kind may come between;
	// "the Grab ride-hailing and payments app": a few of them.
	d := t1
	for d < len(toks) && d < t1+4 && (appModifiers[toks[d].lower] || toks[d].kind == tWord && !toks[d].cap && strings.Contains(toks[d].text, "-") ||
		toks[d].lower == "and" && d > t1 || d+1 < len(toks) && toks[d].kind == tWord && !toks[d].cap && !functionWords[toks[d].lower] && serviceDescriptors[toks[d+1].lower]) {
		d++
	}
	if d >= len(toks) || !serviceDescriptors[toks[d].lower] && toks[d].lower != "portal" {
		return false
	}
	for j := t0 - 2; j >= 0 && j >= t0-12; j-- {
		if ownerVerbs[toks[j].lower] {
			return true
		}
		if toks[j].text == "." || toks[j].text == ";" || toks[j].lower == "to" {
			return false
		}
	}
	return false
}

// memberTitles name a member of a party or parliament by the body's name:
// "Labour lawmaker", "Konfederacja senator".
var memberTitles = set("lawmaker", "lawmakers", "legislator", "senator", "politician", "councillor", "councilor", "deputy", "mp")

// sitedNouns are places and institutions a town's name may stand before:
// "a Lisbon metro station", "a Hamburg court".
var sitedNouns = set("metro", "station", "train", "subway", "market", "mall", "hotel", "church", "mosque", "synagogue",
	"court", "airport", "suburb", "school", "hospital", "street", "square", "nightclub", "concert", "stadium",
	"restaurant", "cafe", "bar", "neighbourhood", "neighborhood", "district", "prison", "university", "festival", "bus")

// nameNouns are nouns that open a sentence on their own ("Police said")
// but also begin the names of bodies ("The Police Federation said").
var nameNouns = set("police", "privacy", "security", "investigators", "prosecutors", "detectives", "critics", "officials")

// proposalNameHeads end the proper name of a proposal or campaign.
var proposalNameHeads = set("Call", "Plan", "Pledge", "Initiative", "Strategy", "Compact", "Agenda", "Roadmap", "Proposal", "Declaration")

// launchVerbs make the name after them a proposal's.
var launchVerbs = set("launched", "launches", "launching", "launch", "unveiled", "unveils", "unveil", "proposed",
	"proposes", "presented", "presents", "announced", "announces", "signed", "signs", "endorsed", "backed",
	"joined", "rejected", "criticised", "criticized", "opposed", "published", "tabled", "drafted", "adopted")

// namedProposal reports whether the capitalised run [a,b) is the name of
// a proposal: it ends in a proposal word and a verb of launching or
// judging one governs it ("launched the Safe Phones Call").
func (x *extractor) namedProposal(si, a, b int) bool {
	toks := x.sents[si].toks
	// "the Clean Chat Plan on Monday": the date is no part of it.
	for b-1 > a && (calendarWords[toks[b-1].text] || isConnector(toks[b-1])) {
		b--
	}
	if !proposalNameHeads[toks[b-1].text] {
		return false
	}
	k := a - 1
	if k >= 0 && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "its" || toks[k].lower == "their") {
		k--
	}
	return k >= 0 && launchVerbs[toks[k].lower]
}

// firstWord returns the index of the sentence's first word, after opening
// quotes.
func (x *extractor) firstWord(si int) int {
	toks := x.sents[si].toks
	for i, t := range toks {
		if t.kind == tWord {
			return i
		}
	}
	return 0
}

// knownWord reports whether a sentence-initial word is a name we know.
func (x *extractor) knownWord(w string) bool {
	if _, ok := lexicon().country(w); ok {
		return true
	}
	return services[w] || companies[w] || militantGroups[w]
}

// maxNameWords bounds the names tried at one position: real names are
// shorter, and the bound keeps a run of capitals from costing quadratic
// time.
const maxNameWords = 10

// knownPrefix reports whether a known multi-word name starts at token a:
// "New Zealand" opens a sentence with a word that is otherwise common.
func (x *extractor) knownPrefix(si, a, b int) bool {
	g := lexicon()
	if b > a+maxNameWords {
		b = a + maxNameWords
	}
	for j := b; j > a+1; j-- {
		form := x.span(si, a, j)
		if _, ok := g.country(form); ok {
			return true
		}
		if _, ok := g.place(form); ok {
			return true
		}
		if militantGroups[form] || companies[form] || services[form] {
			return true
		}
	}
	return false
}

// matchKnown tries the longest name starting at token i (and ending before
// b) that a lexicon, gazetteer or organization head classifies. It adds
// the mention and returns the end of the match.
func (x *extractor) matchKnown(si, i, b int, midRun bool) (int, bool) {
	toks := x.sents[si].toks
	g := lexicon()
	if b > i+maxNameWords {
		b = i + maxNameWords
	}
	for j := b; j > i; j-- {
		last := toks[j-1]
		if !isCapWord(last) && !corpSuffixes[last.text] {
			continue
		}
		form := x.span(si, i, j)
		// "Meta Platforms, which owns Facebook and Instagram": the
		// company's product, not the company.
		if (productCompanies[form] || companies[form] || services[form]) && x.ownedContext(si, i) && (productCompanies[form] || x.ownerNamedAfter(si, i, form)) {
			x.addMention(si, i, j, x.entity(graph.Service, form, ""), form)
			return j, true
		}
		// "recruited followers on Facebook and WhatsApp": a platform
		// something is done on; "Facebook pages run by militants".
		if productCompanies[form] && (x.usedContext(si, i) || j < len(toks) && accountHeads[toks[j].lower]) {
			x.addMention(si, i, j, x.entity(graph.Service, form, ""), form)
			return j, true
		}
		switch {
		case militantGroups[form] || knownOrgs[form]:
			x.addMention(si, i, j, x.entity(graph.Organization, form, ""), form)
			return j, true
		case knownAcronyms[form] != "" && j == i+1:
			e := x.entity(graph.Organization, knownAcronyms[form], "")
			x.addMention(si, i, j, e, form)
			return j, true
		}
		// "Pakistan Tehreek-e-Insaf (PTI)": a name its acronym spells out.
		if j-i >= 2 && j+2 < len(toks) && toks[j].text == "(" && toks[j+2].text == ")" && isAcronym(toks[j+1].text) && initials(form) == strings.ToUpper(toks[j+1].text) {
			x.addOrg(si, i, j)
			return j, true
		}
		// "the opposition Law and Justice party said": two words joined
		// by "and" before "party" name one party when neither is a name
		// of its own and no noun such as "leaders" makes them two.
		if j-i == 3 && j < len(toks) && toks[j].lower == "party" && toks[i+1].lower == "and" && !toks[i+1].cap && toks[i].cap && toks[i+2].cap &&
			!x.knownWord(toks[i].text) && !x.knownWord(toks[i+2].text) && !x.knownPlaceOrCountry(toks[i].text) && !x.knownPlaceOrCountry(toks[i+2].text) && !partyNames[toks[i].text] && !partyNames[toks[i+2].text] &&
			(clauseGoesOn(toks, j+1) || tokAt(toks, j+1).kind == tPoss) {
			x.addOrg(si, i, j)
			return j, true
		}
		// "Sovereign Poland party": a country's name inside a party's.
		// "the opposition Serbia Against Violence coalition": so also a
		// coalition's or a movement's.
		if j-i >= 2 && j < len(toks) && (toks[j].lower == "party" || j-i >= 3 && !toks[j].cap && groupWordsAfter[toks[j].lower]) && allCaps(toks[i:j]) {
			x.addOrg(si, i, j)
			return j, true
		}
		// "Digital Rights Ireland": words no person bears before a
		// country name a body.
		if j-i >= 2 && allCaps(toks[i:j]) && allNonPerson(toks[i:j-1]) {
			if _, ok := g.country(toks[j-1].text); ok {
				x.addOrg(si, i, j)
				return j, true
			}
		}
		// "America Movil", "Canada Post": a country's name (not its
		// adjective) and one more unknown word, alone in their run, name
		// a company.
		if j-i == 2 && j == b && !midRun && x.countryThenWord(si, i) {
			x.addOrg(si, i, j)
			return j, true
		}
		// "Telefonica Deutschland", "Telefonica del Peru": a company's
		// branch named with the country's native name or with "de".
		if (j == b || !isCapWord(toks[j])) && !midRun && x.companyBranch(si, i, j) {
			x.addOrg(si, i, j)
			return j, true
		}
		// "Altice Portugal", "Vodafone Spain": an unknown word and a
		// country's name, alone in their run, name a company's branch
		// in that country.
		// In a list ("Sonatel, Free Senegal and Expresso") the next item
		// may follow in the same run.
		listItem := j < b && toks[j].lower == "and" && !toks[j].cap && i > 0 && toks[i-1].text == ","
		if j-i == 2 && (j == b || listItem) && !midRun && x.wordThenCountry(si, i) {
			x.addOrg(si, i, j)
			return j, true
		}
		if c, ok := g.country(form); ok {
			x.addMention(si, i, j, x.entity(graph.Country, c, ""), form)
			return j, true
		}
		// "the Leeds Arena": the town of a site named after it.
		if j-i >= 2 && siteHeads[toks[j-1].text] && !midRun {
			if p, ok := g.place(x.span(si, i, j-1)); ok {
				x.addMention(si, i, j-1, x.entity(graph.Place, p.name, ""), x.span(si, i, j-1))
				return j, true
			}
		}
		// "U.S. Justice Department": the state, then its body.
		if j-i >= 3 && countryAbbreviations[toks[i].text] && stateBodyHeads[toks[j-1].text] && x.isOrgName(toks, i+1, j) {
			if c, ok := g.country(toks[i].text); ok {
				x.addMention(si, i, i+1, x.entity(graph.Country, c, ""), toks[i].text)
				x.addOrg(si, i+1, j)
				return j, true
			}
		}
		if j-i >= 2 && x.isOrgName(toks, i, j) && !portfolioBefore(toks, j) {
			x.addOrg(si, i, j)
			return j, true
		}
		if services[form] && (!ambiguousServices[form] || x.serviceContext(si, i, j)) {
			x.addMention(si, i, j, x.entity(graph.Service, form, ""), form)
			return j, true
		}
		// "Proton VPN", "Google Play and the Apple App Store" in a list of
		// app stores: a company's name with a product word is a service.
		if j-i >= 2 && allCaps(toks[i:j]) && (toks[j-1].text == "VPN" || companies[toks[i].text] && !corpSuffixes[toks[j-1].text] && !orgHeads[toks[j-1].text] && x.serviceListContext(si, i)) {
			x.addMention(si, i, j, x.entity(graph.Service, form, ""), form)
			return j, true
		}
		// "the Telenor Messenger app": a whole run described as an app is
		// its name, even when a known service ends it.
		if j-i >= 2 && j == b && allCaps(toks[i:j]) && x.serviceDescribed(si, j) && !x.isOrgName(toks, i, j) {
			x.addMention(si, i, j, x.entity(graph.Service, form, ""), form)
			return j, true
		}
		if companies[form] {
			x.addOrg(si, i, j)
			return j, true
		}
		// "a Lagos-based group": one word is a place when "-based" follows.
		if (j-i >= 2 || strings.Contains(form, "-") || j < len(toks) && toks[j].lower == "-based") && !midRun {
			if p, ok := g.place(form); ok && x.placeContext(si, i, j, p) {
				x.addMention(si, i, j, x.entity(graph.Place, p.name, ""), form)
				return j, true
			}
		}
	}
	return 0, false
}

// forHeads head the name of an institute or advocacy body before "for".
var forHeads = set("Centre", "Center", "Institute", "Foundation", "Council", "Commission", "Office",
	"Alliance", "Coalition", "Society", "Association", "Committee", "Campaign", "Trust", "Fund", "Forum",
	"League", "Movement", "Network", "Agency", "Initiative", "Federation", "Union", "Observatory", "Project")

// productNouns after a name say it is a product or feature.
var productNouns = set("feature", "features", "tool", "tools", "system", "software", "program", "programme", "technology", "protocol", "standard")

// allNonPerson reports whether every token is a word no person's name
// holds.
func allNonPerson(toks []token) bool {
	for _, t := range toks {
		if !nonPersonWords[t.text] {
			return false
		}
	}
	return len(toks) > 0
}

// allCaps reports whether every token is a capitalised word: a single
// name, not a list.
func allCaps(toks []token) bool {
	for _, t := range toks {
		if !isCapWord(t) {
			return false
		}
	}
	return true
}

// isOrgName reports whether tokens [i,j) name an organization by their
// shape: ending in an organization head ("Tagansky District Court",
// "Facebook Inc") or headed by one before "of" ("Ministry of Electronics
// and Information Technology"). A title inside means a person with a
// title, not a body ("Judge Yulia Smolina of the ... Court").
func (x *extractor) isOrgName(toks []token, i, j int) bool {
	last := toks[j-1]
	// "House of Commons on Tuesday": a date ends the name before it.
	for k := i; k < j; k++ {
		if calendarWords[toks[k].text] {
			return false
		}
	}
	// "Bank of Ghana Governor Ernest Addison": a title with a name after
	// it inside the run is a person's.
	for k := i + 1; k < j-1; k++ {
		if toks[k].cap && (titleHeads[toks[k].lower] || militaryRanks[toks[k].lower]) && isCapWord(toks[k+1]) && !orgHeads[toks[k+1].text] {
			return false
		}
	}
	// "Bank of Ghana Governor": a title after a body's name.
	if (titleHeads[last.lower] || militaryRanks[last.lower]) && !orgHeads[last.text] {
		return false
	}
	headLast := orgHeads[last.text] || corpSuffixes[last.text]
	headOf := false
	for k := i + 1; k < j-1; k++ {
		if toks[k].lower == "of" && orgHeads[toks[k-1].text] {
			headOf = true
		}
		// "Centre for Policy Alternatives", but not "European Parliament
		// for Germany", which names whom a member sits for.
		if toks[k].lower == "for" && forHeads[toks[k-1].text] && !x.knownPlaceOrCountry(toks[k+1].text) {
			headOf = true
		}
		// "Committee to Protect Journalists", "Campaign to Stop Killer
		// Robots": a body named for its aim.
		if toks[k].lower == "to" && !toks[k].cap && forHeads[toks[k-1].text] && k == i+1 {
			headOf = true
		}
	}
	if !headLast && !headOf {
		return false
	}
	for k := i; k < j; k++ {
		t := toks[k]
		if t.lower == "of" && k > i && !orgHeads[toks[k-1].text] {
			return false
		}
		// "Garda Representative Association": a title word right before
		// the head describes the body's members, not a person's title.
		if k < j-2 && titleHeads[t.lower] && !orgHeads[t.text] && toks[k+1].kind != tPoss {
			return false
		}
		// "Father Jacques Hamel" is a person; "Big Brother Watch" a body.
		if honorifics[t.text] && k == i {
			return false
		}
	}
	// "and" joins two names ("Britain and the European Union") unless
	// the name is headed before "of" or neither side names something
	// known ("Information and Communication Technologies Authority").
	for k := i; k < j; k++ {
		if toks[k].lower == "and" && !toks[k].cap && !headOf {
			left := x.span2(toks, i, k)
			// "Meta Platforms, X and Snap Inc": the last two items of a
			// list are two names.
			if k+1 < j && toks[k+1].lower == "the" || x.knownWord(left) || x.knownPlaceOrCountry(left) ||
				orgHeads[toks[k-1].text] || corpSuffixes[toks[k-1].text] || i > 1 && toks[i-1].text == "," && isCapWord(toks[i-2]) {
				return false
			}
		}
	}
	// A lone head word ("Parliament") is handled as a body word.
	return true
}

// span2 returns the text of tokens [i,j) of a token slice.
func (x *extractor) span2(toks []token, i, j int) string {
	if j <= i {
		return ""
	}
	return x.text[toks[i].start:toks[j-1].end]
}

func (x *extractor) knownPlaceOrCountry(form string) bool {
	if _, ok := lexicon().country(form); ok {
		return true
	}
	_, ok := lexicon().place(form)
	return ok
}

// joinGroupNames makes one name of a known armed group and the words that
// name its wing or branch: "Kataib Hezbollah", "Islamic State Mozambique
// Province".
func (x *extractor) joinGroupNames(si int) {
	toks := x.sents[si].toks
	for _, m := range append([]*mention(nil), x.ments[si]...) {
		if m.e.kind != graph.Organization || !militantGroups[m.e.name] {
			continue
		}
		a, b := m.t0, m.t1
		// "Kataib Hezbollah": one unknown capitalised word before.
		if a >= 1 && isCapWord(toks[a-1]) && a-1 != x.firstWord(si) && !x.knownWord(toks[a-1].text) && !titleHeads[toks[a-1].lower] && !titleModifiers[toks[a-1].lower] {
			if p := x.mentionAt(si, a-1); p == nil || p.e.kind == graph.Person && p.t0 == a-1 {
				a--
			}
		}
		// "Islamic State Mozambique Province": a branch's name after.
		for j := b; j < len(toks) && j < b+3 && isCapWord(toks[j]); j++ {
			if affiliateHeads[toks[j].text] {
				b = j + 1
				break
			}
		}
		// "Al Qaeda in the Arabian Peninsula": a region no gazetteer
		// names.
		if b == m.t1 && b+3 < len(toks) && toks[b].lower == "in" && toks[b+1].lower == "the" && isCapWord(toks[b+2]) {
			e := b + 2
			for e < len(toks) && e < b+5 && isCapWord(toks[e]) {
				e++
			}
			if n := x.mentionAt(si, b+2); (n == nil || n.e.kind == graph.Person) && !x.knownPlaceOrCountry(x.span(si, b+2, e)) {
				b = e
			}
		}
		if a == m.t0 && b == m.t1 {
			continue
		}
		for _, n := range append([]*mention(nil), x.ments[si]...) {
			if n.t0 >= a && n.t1 <= b {
				x.dropMention(si, n)
			}
		}
		x.addOrg(si, a, b)
	}
}

// productOfOwner reports whether the name [t0,t1) is what a company just
// named owns, runs or makes: "Aylo, which owns Pornhub", "Epic Games, the
// maker of Fortnite", "Intellexa, the company that sells Predator".
func (x *extractor) productOfOwner(si, t0, t1 int) bool {
	toks := x.sents[si].toks
	if t0 < 2 || t1 < len(toks) && (isCapWord(toks[t1]) || toks[t1].kind == tPoss) {
		return false
	}
	prev := toks[t0-1].lower
	if (prev == "of") && (toks[t0-2].lower == "maker" || toks[t0-2].lower == "owner" || toks[t0-2].lower == "operator" || toks[t0-2].lower == "developer" || toks[t0-2].lower == "publisher") {
		return x.companyBefore(si, t0-2)
	}
	if ownerVerbs[prev] || prev == "sells" || prev == "makes" || prev == "develops" {
		return x.companyBefore(si, t0-1)
	}
	return false
}

// companyBefore reports whether an organization is named in the clause
// before token k, with only its apposition or relative words between:
// "Aylo, which owns", "Epic Games, the maker of".
func (x *extractor) companyBefore(si, k int) bool {
	toks := x.sents[si].toks
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if m := x.mentionAt(si, j); m != nil {
			return m.e.kind == graph.Organization
		}
		if toks[j].text == "." || toks[j].text == ";" {
			return false
		}
		if isCapWord(toks[j]) && j > 0 {
			// An organization the weak names have not reached yet.
			return isOrgWordRun(toks, j)
		}
	}
	return false
}

// isOrgWordRun reports whether the capitalised run ending at token j ends
// in an organization's head or a company suffix: "Epic Games".
func isOrgWordRun(toks []token, j int) bool {
	return orgHeads[toks[j].text] || corpSuffixes[toks[j].text] || companyWords[toks[j].text]
}

// ownedAfter reports whether ", owned by" or a like participle follows
// token t1: only companies and services are owned.
func (x *extractor) ownedAfter(si, t1 int) bool {
	toks := x.sents[si].toks
	if t1+2 >= len(toks) || toks[t1].text != "," || toks[t1+2].lower != "by" {
		return false
	}
	w := toks[t1+1].lower
	return strings.HasSuffix(w, "owned") || w == "run" || w == "operated" || w == "controlled"
}

// dropMention removes mention m of sentence si and its record in the
// entity.
func (x *extractor) dropMention(si int, m *mention) {
	ms := x.ments[si][:0]
	for _, n := range x.ments[si] {
		if n != m {
			ms = append(ms, n)
		}
	}
	x.ments[si] = ms
	start := x.sents[si].toks[m.t0].start
	gm := m.e.ments[:0]
	for _, g := range m.e.ments {
		if g.Start != start {
			gm = append(gm, g)
		}
	}
	m.e.ments = gm
}

// addOrg adds an organization mention for tokens [i,j), keyed by its name
// without a corporate suffix so that "Facebook Inc" and "Facebook" are one.
func (x *extractor) addOrg(si, i, j int) *entity {
	toks := x.sents[si].toks
	form := x.span(si, i, j)
	k := j
	for k > i+1 && corpSuffixes[toks[k-1].text] {
		k--
	}
	// A well-known company is one entity whatever suffix a story gives
	// it ("Facebook Inc", "Facebook"); other names keep their suffix, as
	// "WhatsApp Inc" and "WhatsApp LLC" are different companies.
	key := form
	if companies[x.span(si, i, k)] {
		key = x.span(si, i, k)
	}
	e := x.entity(graph.Organization, key, "")
	if k < j || companies[key] {
		e.company = true
	}
	x.addMention(si, i, j, e, form)
	return e
}

// serviceDescribed reports whether a name is followed by words that say
// it is an app or service: "the ANOM encrypted messaging platform", "the
// Chatter app".
func (x *extractor) serviceDescribed(si, t1 int) bool {
	toks := x.sents[si].toks
	for k := t1; k < len(toks) && k < t1+4; k++ {
		t := toks[k]
		if t.kind != tWord || t.cap {
			return false
		}
		if t.lower == "app" || t.lower == "apps" || t.lower == "platform" || t.lower == "portal" || t.lower == "website" || t.lower == "browser" || t.lower == "messenger" || t.lower == "service" || t.lower == "board" || t.lower == "forum" || t.lower == "spyware" || t.lower == "wallet" {
			return true
		}
		// "the Grab ride-hailing and payments app".
		if !appModifiers[t.lower] && !(t.lower == "and" && k > t1) {
			return false
		}
	}
	return false
}

// listedWithService reports whether a name ends a list whose earlier
// item is a service: "runs KakaoTalk and Daum".
func (x *extractor) listedWithService(si, t0, t1 int) bool {
	toks := x.sents[si].toks
	// "recruit members on Signal and Discord": a later item is one.
	if t1+1 < len(toks) && toks[t1].lower == "and" {
		// "the Imo and Telegram messaging apps": both are described.
		if m := x.mentionAt(si, t1+1); m != nil && m.e.kind == graph.Service && (m.t1 >= len(toks) || toks[m.t1].kind == tPunct || x.serviceDescribed(si, m.t1)) {
			return true
		}
	}
	if t0 < 2 || (toks[t0-1].lower != "and" && toks[t0-1].lower != "or") {
		return false
	}
	m := x.mentionAt(si, t0-2)
	return m != nil && m.e.kind == graph.Service && (t1 >= len(toks) || toks[t1].kind == tPunct)
}

// appModifiers may stand between an app's name and "app": "the Botim
// calling app", "the Sky Talk encrypted messaging platform".
var appModifiers = set("encrypted", "messaging", "chat", "social", "media", "video", "mobile", "calling", "money",
	"voice", "payment", "payments", "dating", "streaming", "music", "photo-sharing", "video-sharing",
	"ride-hailing", "e-commerce", "banking", "news", "email", "networking", "sharing", "secure", "popular",
	"message", "image", "discussion", "online")

// serviceListContext reports whether the name at t0 stands in a list
// introduced by apps or services: "app stores such as Google Play and the
// Apple App Store", "services including Facebook Live".
func (x *extractor) serviceListContext(si, t0 int) bool {
	toks := x.sents[si].toks
	k := t0 - 1
	for k >= 0 && (isCapWord(toks[k]) || toks[k].text == "," || toks[k].lower == "and" || toks[k].lower == "the" || toks[k].lower == "or") {
		k--
	}
	if k >= 1 && toks[k].lower == "as" && toks[k-1].lower == "such" {
		k -= 2
	} else if k >= 0 && (toks[k].lower == "including" || toks[k].lower == "like") {
		k--
	} else {
		return false
	}
	return k >= 0 && serviceListHeads[toks[k].lower]
}

// serviceListHeads head a list of services.
var serviceListHeads = set("apps", "stores", "services", "platforms", "messengers", "networks", "applications")

// serviceApposition reports whether a name is followed by an apposition
// that says it is an app or service: "Wire, the Swiss messaging service".
func (x *extractor) serviceApposition(si, t1 int) bool {
	toks := x.sents[si].toks
	if t1+2 >= len(toks) || toks[t1].text != "," || (toks[t1+1].lower != "the" && toks[t1+1].lower != "a" && toks[t1+1].lower != "an") {
		return false
	}
	for k := t1 + 2; k < len(toks) && k < t1+6; k++ {
		t := toks[k]
		if t.kind != tWord {
			return false
		}
		// "in Oslo, the Police Security Service said": a capitalised
		// name after the comma is another body, not a description.
		if t.cap && serviceDescriptors[t.lower] {
			return false
		}
		if serviceDescriptors[t.lower] && t.lower != "services" && t.lower != "apps" && t.lower != "network" {
			// "the messaging service's owner" describes someone else; "a
			// messenger developed by VK" is still this name's.
			return k+1 == len(toks) || toks[k+1].kind == tPunct && toks[k+1].text != "'s" && toks[k+1].text != "’s" ||
				toks[k+1].kind == tWord && (makerWords[toks[k+1].lower] || toks[k+1].lower == "that" || toks[k+1].lower == "which")
		}
	}
	return false
}

// makerWords say who made or runs what they follow.
var makerWords = set("developed", "made", "run", "owned", "operated", "built", "launched", "backed", "created")

// serviceContext reports whether a word that is also ordinary English
// ("Signal") is used as the name of an app in this sentence.
func (x *extractor) serviceContext(si, i, j int) bool {
	toks := x.sents[si].toks
	if j < len(toks) && (serviceDescriptors[toks[j].lower] || toks[j].lower == "messaging") {
		return true
	}
	// "communicated via Signal", "used Signal": a name one goes through or
	// uses is an app.
	if i > 0 && (toks[i-1].lower == "via" || toks[i-1].lower == "use" || toks[i-1].lower == "uses" || toks[i-1].lower == "using" || toks[i-1].lower == "used") {
		return true
	}
	for _, t := range toks {
		switch t.lower {
		case "app", "apps", "messaging", "encrypted", "encryption", "messenger", "chats", "end-to-end", "messages":
			return true
		}
	}
	// In a list with a known service: "WhatsApp and Signal".
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if services[toks[k].text] && !ambiguousServices[toks[k].text] {
			return true
		}
	}
	return false
}

// splitRun splits an unclassified run of capitalised words [a,b) into a
// leading title and a name, and returns the name part for pass two. Runs
// joined by "and" are split there ("Said Kouachi and Cherif Kouachi").
func (x *extractor) splitRun(si, a, b int) []candidate {
	toks := x.sents[si].toks
	var out []candidate
	start := a
	for k := a + 1; k < b-1; k++ {
		// "Charter of Fundamental Rights": a named law, not an actor.
		if toks[k].lower == "of" && lawHeads[toks[k-1].text] {
			return nil
		}
	}
	// "Lawful Access to Encrypted Data Act": a named law.
	if lawHeads[toks[b-1].text] {
		return nil
	}
	// "Digital rights group Bits of Freedom": a body's descriptor before
	// the run says it is one name.
	if b-a >= 3 && a > 0 && !toks[a-1].cap && (orgDescriptors[toks[a-1].lower] || groupHeads[toks[a-1].lower]) && !pluralDescriptors[toks[a-1].lower] {
		for k := a + 1; k < b-1; k++ {
			if toks[k].lower == "of" && !toks[k].cap {
				return []candidate{{si, a, b}}
			}
		}
	}
	// "Bits of Freedom, a digital rights group": the apposition says the
	// whole run is one organization's name.
	if b-a >= 3 && b+2 < len(toks) && toks[b].text == "," && (toks[b+1].lower == "a" || toks[b+1].lower == "an" || toks[b+1].lower == "the") {
		for k := b + 2; k < len(toks) && k < b+6 && toks[k].kind == tWord; k++ {
			if orgDescriptors[toks[k].lower] {
				return []candidate{{si, a, b}}
			}
		}
	}
	for k := a; k <= b; k++ {
		if k == b || (toks[k].lower == "and" && !toks[k].cap) || toks[k].text == "&" || (toks[k].lower == "of" || toks[k].lower == "the" || toks[k].lower == "for" || toks[k].lower == "on" || toks[k].lower == "to") && !toks[k].cap {
			// "Minister for Home Affairs Peter Dutton": the words after
			// "for" belong to the title, only the last two to the name.
			if k < b && (toks[k].lower == "for" || toks[k].lower == "of") && k > start && titleHeads[toks[k-1].lower] {
				continue
			}
			// "Minister of State for Home Affairs Faishal Ibrahim": a
			// title goes on through a second "for".
			if k < b && toks[k].lower == "for" && k > start && toks[start].cap && titleHeads[toks[start].lower] && k-start <= 3 {
				continue
			}
			if k > start {
				out = append(out, x.titleSplit(si, start, k)...)
			}
			start = k + 1
		}
	}
	return out
}

// titleSplit separates a title written before a name: "Interior Minister
// Bernard Cazeneuve", "Judge Marcel Montalvao", "Father Jacques Hamel".
func (x *extractor) titleSplit(si, a, b int) []candidate {
	toks := x.sents[si].toks
	h := -1
	for k := a; k < b; k++ {
		// "Supreme Court Justice Alexandre de Moraes": "Justice" before a
		// name titles it; "Justice Department" stays a body.
		justice := toks[k].text == "Justice" && k+2 < b+1 && k+1 < b && !orgHeads[toks[k+1].text] && !isTitleHead(toks[k+1].lower) && k+2 <= b-1
		if isTitleHead(toks[k].lower) || honorifics[toks[k].text] || royalTitles[toks[k].text] || justice {
			h = k
		}
	}
	if h < 0 {
		return []candidate{{si, a, b}}
	}
	x.orgBeforeTitle(si, a, h)
	var pre []candidate
	// "Anatel President Carlos Baigorri": a single word before the title
	// may name a body the story names elsewhere.
	if p := x.titleStartIn(si, a, h); p == a+1 && x.mentionAt(si, a) == nil && !isAcronym(toks[a].text) {
		pre = []candidate{{si, a, a + 1}}
	}
	if h == b-1 {
		return pre // a title alone: "the Home Secretary"
	}
	n0 := h + 1
	// "Minister for Home Affairs Peter Dutton": the name is the last two
	// words (three with a particle).
	for k := h + 1; k < b; k++ {
		if toks[k].lower == "for" || toks[k].lower == "of" {
			n0 = b - 2
			if n0-1 > k && nameParticles[toks[n0-1].text] {
				n0--
			}
			break
		}
	}
	for n0 < b && (toks[n0].lower == "for" || toks[n0].lower == "of" || toks[n0].lower == "the") {
		n0++
	}
	if n0 >= b {
		return pre
	}
	return append(pre, candidate{si, n0, b})
}

// titleStartIn returns the first title word of [a,h].
func (x *extractor) titleStartIn(si, a, h int) int {
	toks := x.sents[si].toks
	p := a
	for p < h && !titleModifiers[toks[p].lower] && !isTitleHead(toks[p].lower) && !honorifics[toks[p].text] {
		p++
	}
	return p
}

// orgBeforeTitle adds the body named before a title in one run of
// capitals ("RCMP Commissioner Diane Roy", "LY Corp Chief Executive ..."):
// an acronym or a name ending in a company suffix, up to the title's
// first word.
func (x *extractor) orgBeforeTitle(si, a, h int) {
	toks := x.sents[si].toks
	p := a
	for p < h && !titleModifiers[toks[p].lower] && !isTitleHead(toks[p].lower) && !honorifics[toks[p].text] {
		p++
	}
	if p == a || x.mentionAt(si, a) != nil || portfolioBefore(toks, h) {
		return
	}
	last := toks[p-1]
	// "La Liga President Javier Tebas": a name before the title of one
	// who leads a body is that body's.
	leads := p < h+1 && bodyLeaderTitles[toks[p].lower] && p-a >= 2 && !x.knownPlaceOrCountry(x.span(si, a, p))
	if p-a == 1 && isAcronym(last.text) && !notActors[last.text] || p-a >= 2 && corpSuffixes[last.text] || leads {
		x.addOrg(si, a, p)
	}
}

// portfolioBefore reports whether a minister's title starts at token j,
// so that the capitalised words before it name a portfolio, not a body:
// "ICT Minister", "Indian Telecom Minister", "ICT Cabinet Secretary".
func portfolioBefore(toks []token, j int) bool {
	if j >= len(toks) || j == 0 {
		return false
	}
	switch toks[j].lower {
	case "minister", "ministers":
		return true
	case "secretary":
		return toks[j-1].text == "Cabinet"
	}
	return false
}

// bodyLeaderTitles open the title of one who leads a body, not a state.
var bodyLeaderTitles = set("president", "chairman", "chairwoman", "chair", "director", "ceo", "founder", "chief")

// isTitleHead reports whether w heads a title, also in the plural
// ("Senators Tom Cotton and Marsha Blackburn").
func isTitleHead(w string) bool {
	if h := strings.LastIndexByte(w, '-'); h > 0 && h+1 < len(w) && titleHeads[w[h+1:]] {
		// "vice-president", "secretary-general" end in a title's head.
		return strings.HasPrefix(w, "vice-") || titleHeads[w[:h]]
	}
	return titleHeads[w] || militaryRanks[w] || stateTitleHeads[w] || len(w) > 3 && strings.HasSuffix(w, "s") && (titleHeads[w[:len(w)-1]] || stateTitleHeads[w[:len(w)-1]])
}

// stateTitleHeads head titles of a state's offices that the common
// title words lack: "Assistant Treasurer Stephen Jones", "Solicitor
// General".
var stateTitleHeads = set("treasurer", "solicitor", "registrar", "auditor", "comptroller", "ombudsperson")

// digitNamedServices adds sites named with a digit that a descriptor
// calls an app or forum: "the 8chan message board".
func (x *extractor) digitNamedServices(si int) {
	toks := x.sents[si].toks
	for i, t := range toks {
		if t.text == "X" && onPlatformX(toks, i) {
			x.addMention(si, i, i+1, x.entity(graph.Service, "X", ""), "X")
			continue
		}
		if t.kind != tWord || t.cap || !strings.ContainsAny(t.text[:1], "0123456789") || !strings.ContainsFunc(t.text, unicode.IsLetter) {
			continue
		}
		if x.serviceDescribed(si, i+1) || postedOnSite(toks, i) {
			x.addMention(si, i, i+1, x.entity(graph.Service, t.text, ""), t.text)
		}
	}
}

// postVerbs put something on a site.
var postVerbs = set("posted", "posting", "livestreamed", "streamed", "uploaded", "published", "shared")

// postedOnSite reports whether the digit-led word at i is the site a
// thing was posted on: "posted a manifesto on 4chan". Only a word of
// digits then lower-case letters qualifies, so "on 5G" or "on 2nd" do
// not.
func postedOnSite(toks []token, i int) bool {
	w := toks[i].text
	letters := strings.TrimLeft(w, "0123456789")
	if len(letters) < 3 || letters != strings.ToLower(letters) || ordinalSuffixes[letters] {
		return false
	}
	if i == 0 || toks[i-1].lower != "on" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-8; j-- {
		if toks[j].kind == tPunct {
			return false
		}
		if postVerbs[toks[j].lower] {
			return true
		}
	}
	return false
}

// platformXCues before "on X" say X is the platform formerly called
// Twitter: "wrote on X", "posted on X", "followers on X".
var platformXCues = set("said", "says", "wrote", "writes", "posted", "posts", "posting", "tweeted", "announced",
	"shared", "followers", "account", "accounts", "post", "posts", "message", "statement", "video")

// onPlatformX reports whether the bare letter X at i is the platform:
// it follows "on" or "via" after a word of posting or speaking, not a
// variable or a name's initial ("Malcolm X", "Generation X").
func onPlatformX(toks []token, i int) bool {
	if i < 2 || toks[i-1].lower != "on" && toks[i-1].lower != "via" {
		return false
	}
	if n := tokAt(toks, i+1); n.kind == tWord && n.cap {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		if platformXCues[toks[j].lower] {
			return true
		}
		if toks[j].kind == tPunct {
			return false
		}
	}
	return false
}

// ordinalSuffixes end an ordinal written in digits.
var ordinalSuffixes = set("st", "nd", "rd", "th")

// lowerCaseBodies adds institutions named by a lower-case word
// ("put the bill to parliament").
func (x *extractor) lowerCaseBodies(si int) {
	for i, t := range x.sents[si].toks {
		if canon, ok := bodyWords[t.text]; ok {
			x.addMention(si, i, i+1, x.entity(graph.Organization, canon, ""), "")
		}
	}
}

// defineAcronyms links acronyms the story defines, "European Digital
// Rights (EDRi)" or "the Federal Security Service, or FSB", to their
// organization.
func (x *extractor) defineAcronyms() {
	for si := range x.sents {
		toks := x.sents[si].toks
		for _, m := range x.ments[si] {
			if m.e.kind != graph.Organization {
				continue
			}
			k := m.t1
			if k+2 < len(toks) && toks[k].text == "(" && toks[k+2].text == ")" && isAcronym(toks[k+1].text) {
				x.acronyms[toks[k+1].text] = m.e
			}
			if k+2 < len(toks) && toks[k].text == "," && toks[k+1].lower == "or" && isAcronym(toks[k+2].text) {
				x.acronyms[toks[k+2].text] = m.e
			}
		}
	}
}

// isAcronym reports whether w is written like an acronym: EDRi, FSB, CCIA.
func isAcronym(w string) bool {
	up := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			up++
		} else if !unicode.IsLower(r) {
			return false
		}
	}
	return up >= 2 && up*2 >= utf8.RuneCountInString(w)
}

// notActors are acronyms that name things, not organizations.
var notActors = set("VPN", "CEO", "IT", "TV", "GDP", "AI", "PC", "SMS", "ID", "DNA", "URL", "PIN",
	"OK", "UTC", "GMT", "AM", "PM", "ISP", "ISPs", "VPNs", "CFO", "CTO", "MP", "MPs", "MEP", "MEPs",
	"IP", "US", "UK", "LGBT", "COVID", "HIV", "CSAM", "E2EE", "API", "APIs", "OS", "IPO", "Q1", "Q2", "Q3", "Q4",
	"SIM", "SIMs", "eSIM", "OTP", "QR", "GPS", "USB", "PDF", "SMSes", "NFC", "DDoS", "KYC")

// resolveWeak classifies a run pass one left open, using what the whole
// story named.
func (x *extractor) resolveWeak(c candidate) {
	toks := x.sents[c.si].toks
	form := x.span(c.si, c.t0, c.t1)
	n := c.t1 - c.t0
	g := lexicon()
	if x.isCredited(form) {
		return
	}
	// "Grab Holdings, which runs the Grab ride-hailing app": the word the
	// owner's name shares is its service here, not a short form of it.
	if x.ownedDescribed(c.si, c.t0, c.t1) {
		x.addMention(c.si, c.t0, c.t1, x.entity(graph.Service, form, ""), form)
		return
	}
	// "Safaricom Ethiopia, a unit of Kenya's Safaricom": the company
	// without the country's name is the parent, not a short form of its
	// national arm.
	if x.nationalArmOf(form) {
		x.addOrg(c.si, c.t0, c.t1)
		return
	}
	if e := x.knownShortForm(form); e != nil {
		if e != x.ambiguousName {
			x.addMention(c.si, c.t0, c.t1, e, form)
		}
		return
	}
	// "which owns the Telcel network and the MEO network": what a
	// company owns and a service word describes is a service.
	if x.ownedDescribed(c.si, c.t0, c.t1) {
		x.addMention(c.si, c.t0, c.t1, x.entity(graph.Service, form, ""), form)
		return
	}
	// "messaging app Signal", "social media platform X".
	if c.t0 > 0 && (toks[c.t0-1].lower == "app" || toks[c.t0-1].lower == "platform" || toks[c.t0-1].lower == "messenger" || toks[c.t0-1].lower == "service") {
		x.addMention(c.si, c.t0, c.t1, x.entity(graph.Service, form, ""), form)
		return
	}
	// "Punjab and Khyber Pakhtunkhwa provinces", "Sergipe state".
	if c.t1 < len(toks) && placeNouns[strings.TrimSuffix(toks[c.t1].lower, "s")] && !toks[c.t1].cap {
		x.addMention(c.si, c.t0, c.t1, x.entity(graph.Place, form, ""), form)
		return
	}
	if n == 1 {
		t := toks[c.t0]
		if e, ok := x.acronyms[t.text]; ok {
			x.addMention(c.si, c.t0, c.t1, e, form)
			return
		}
		// "European Digital Rights (EDRi)".
		if c.t0 >= 2 && toks[c.t0-1].text == "(" && isAcronym(t.text) {
			for _, m := range x.ments[c.si] {
				if m.t1 == c.t0-1 && m.e.kind == graph.Organization {
					x.acronyms[t.text] = m.e
					x.addMention(c.si, c.t0, c.t1, m.e, form)
					return
				}
			}
		}
		// "DigitalEurope": a word with a capital inside names a body or a
		// brand, never a person ("McDonald" aside).
		if camelCase(t.text) && !x.serviceDescribed(c.si, c.t1) && !strings.HasSuffix(t.text, "VPN") && !services[form] {
			x.addOrg(c.si, c.t0, c.t1)
			return
		}
		// "King Abdullah", "Pope Francis": a monarch or a church's head
		// goes by one name.
		if c.t0 > 0 && regnalTitles[toks[c.t0-1].text] && looksLikeGivenName(t) && !x.knownWord(t.text) && !x.knownPlaceOrCountry(t.text) {
			x.addPerson(c.si, c.t0, c.t1, form)
			return
		}
		// "Dream11", "Play24": letters and then digits make a brand's
		// name, never a person's.
		if brandWithDigits(t.text) && !notActors[form] {
			x.addOrg(c.si, c.t0, c.t1)
			return
		}
		// "the Garante, as the watchdog is known": the words after the
		// name say what it names.
		if k, ok := x.knownAsNoun(c.si, c.t1); ok {
			if orgDescriptors[k] || groupHeads[k] {
				x.addOrg(c.si, c.t0, c.t1)
				return
			}
		}
		// "NordVPN", "ExpressVPN": a brand of VPN.
		vpn := len(t.text) > 3 && strings.HasSuffix(t.text, "VPN")
		// "dozens of VPN apps": a kind of app, not one.
		if notActors[form] {
			return
		}
		if services[form] && (!ambiguousServices[form] || x.serviceContext(c.si, c.t0, c.t1)) || x.serviceDescribed(c.si, c.t1) || x.serviceApposition(c.si, c.t1) || x.listedWithService(c.si, c.t0, c.t1) || vpn || x.productOfOwner(c.si, c.t0, c.t1) {
			x.addMention(c.si, c.t0, c.t1, x.entity(graph.Service, form, ""), form)
			return
		}
		if x.orgByContext(c.si, c.t0, c.t1) || legislatures[form] || partyNames[form] {
			x.addOrg(c.si, c.t0, c.t1)
			return
		}
		if x.placeNounBefore(c.si, c.t0) {
			x.addMention(c.si, c.t0, c.t1, x.entity(graph.Place, form, ""), form)
			return
		}
		if p, ok := g.place(form); ok && x.placeContext(c.si, c.t0, c.t1, p) {
			x.addMention(c.si, c.t0, c.t1, x.entity(graph.Place, p.name, ""), form)
			return
		}
		// "at two shisha bars in Hanau": a site's town, even one the
		// gazetteer lacks.
		if x.siteTownContext(c.si, c.t0, c.t1) {
			x.addMention(c.si, c.t0, c.t1, x.entity(graph.Place, form, ""), form)
			return
		}
		if isAcronym(t.text) && !notActors[t.text] {
			x.addOrg(c.si, c.t0, c.t1)
		}
		return
	}
	if p, ok := g.place(form); ok && x.placeContext(c.si, c.t0, c.t1, p) {
		x.addMention(c.si, c.t0, c.t1, x.entity(graph.Place, p.name, ""), form)
		return
	}
	if x.placeNounBefore(c.si, c.t0) {
		x.addMention(c.si, c.t0, c.t1, x.entity(graph.Place, form, ""), form)
		return
	}
	// "the San Francisco-based company": what "-based" follows is a place.
	if c.t1 < len(toks) && toks[c.t1].lower == "-based" {
		if p, ok := g.place(form); ok {
			x.addMention(c.si, c.t0, c.t1, x.entity(graph.Place, p.name, ""), form)
		} else {
			x.addMention(c.si, c.t0, c.t1, x.entity(graph.Place, form, ""), form)
		}
		return
	}
	if x.serviceDescribed(c.si, c.t1) {
		x.addMention(c.si, c.t0, c.t1, x.entity(graph.Service, form, ""), form)
		return
	}
	if x.serviceApposition(c.si, c.t1) || x.listedWithService(c.si, c.t0, c.t1) {
		x.addMention(c.si, c.t0, c.t1, x.entity(graph.Service, form, ""), form)
		return
	}
	if x.orgByContext(c.si, c.t0, c.t1) {
		x.addOrg(c.si, c.t0, c.t1)
		return
	}
	// "Nord Security": words no person bears; not a law's or a plan's
	// name.
	// "its Advanced Data Protection feature" names a product, neither a
	// body nor a person.
	product := c.t1 < len(toks) && productNouns[toks[c.t1].lower]
	if product && n >= 2 {
		return
	}
	for _, t := range toks[c.t0:c.t1] {
		if nonPersonWords[t.text] && !lawHeads[toks[c.t1-1].text] && !proposalNameHeads[toks[c.t1-1].text] && !product {
			x.addOrg(c.si, c.t0, c.t1)
			return
		}
	}
	// "Dana Gas", "Crescent Petroleum": a company's name; "AirtelTigo
	// Money, owned by the state": a brand with an inner capital or what
	// is owned.
	if n >= 2 && (companyWords[toks[c.t1-1].text] || camelCase(toks[c.t0].text) || x.ownedAfter(c.si, c.t1)) {
		x.addOrg(c.si, c.t0, c.t1)
		return
	}
	// "Islamic State's Sinai Province": a group's branch.
	if n >= 2 && affiliateHeads[toks[c.t1-1].text] && c.t0 >= 2 && toks[c.t0-1].kind == tPoss {
		if m := x.mentionAt(c.si, c.t0-2); m != nil && m.t1 == c.t0-1 && m.e.kind == graph.Organization {
			x.addOrg(c.si, c.t0, c.t1)
			return
		}
	}
	// "the Sinaloa Cartel": a gang's name.
	if n >= 2 && groupNameHeads[toks[c.t1-1].text] {
		x.addOrg(c.si, c.t0, c.t1)
		return
	}
	// "Los Lobos", "Las Aguilas": a Spanish article opens a group's
	// name, never a person's.
	if n >= 2 && groupArticles[toks[c.t0].text] {
		x.addOrg(c.si, c.t0, c.t1)
		return
	}
	// "Pope Tawadros II", "King Charles III": a titled name with its
	// regnal number.
	if n >= 2 && romanNumeral(toks[c.t1-1].text) && c.t1 >= 3 && c.t1-2 >= c.t0-1 {
		if name, title := toks[c.t1-2], toks[c.t1-3]; name.cap && name.kind == tWord && !orgHeads[name.text] && !isAcronym(name.text) &&
			(isTitleHead(title.lower) || honorifics[title.text] || royalTitles[title.text] || regnalTitles[title.text]) {
			x.addPerson(c.si, c.t1-2, c.t1, x.span(c.si, c.t1-2, c.t1))
			return
		}
	}
	// "the regional capital Bahir Dar", "the port city Hodeidah": a
	// place's kind before its name.
	if c.t0 > 0 && n <= 3 && townNounsBefore[toks[c.t0-1].lower] && !toks[c.t0-1].cap {
		x.addMention(c.si, c.t0, c.t1, x.entity(graph.Place, form, ""), form)
		return
	}
	// "Luiz Inacio Lula da Silva": a long name holds a particle.
	if (n <= 4 || n <= 6 && hasParticle(toks[c.t0:c.t1])) && looksLikePersonName(toks[c.t0:c.t1]) {
		// "Masood, who was born Adrian Elms": a former name is an alias.
		if c.t0 > 0 && toks[c.t0-1].lower == "born" {
			if p := x.lastBefore(c.si, c.t0, graph.Person); p != nil {
				x.addMention(c.si, c.t0, c.t1, p, form)
				return
			}
		}
		x.addPerson(c.si, c.t0, c.t1, form)
	}
}

// arabicSurname reports whether w is a surname with a lower-case Arabic
// article: "al-Sisi", "el-Sayed".
func arabicSurname(w string) bool {
	for _, p := range []string{"al-", "el-", "ash-", "as-", "ad-", "ar-", "az-", "wal-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// hasParticle reports whether a name holds a particle such as "da".
func hasParticle(toks []token) bool {
	for _, t := range toks {
		if nameParticles[t.text] {
			return true
		}
	}
	return false
}

// looksLikePersonName reports whether capitalised words can be a name:
// no organization heads, no digits, no acronyms.
func looksLikePersonName(toks []token) bool {
	if lawHeads[toks[len(toks)-1].text] || proposalNameHeads[toks[len(toks)-1].text] {
		return false
	}
	words := 0
	for _, t := range toks {
		if orgHeads[t.text] || corpSuffixes[t.text] || calendarWords[t.text] || titleHeads[t.lower] || regionWords[t.text] || placeWords[t.text] {
			return false
		}
		if t.kind != tWord {
			return false
		}
		if nameParticles[t.text] {
			continue
		}
		for _, r := range t.text {
			if unicode.IsDigit(r) {
				return false
			}
		}
		if isAcronym(t.text) && len(t.text) > 1 {
			return false
		}
		if _, ok := lexicon().country(t.text); ok {
			return false
		}
		words++
	}
	return words >= 2
}

func (x *extractor) addPerson(si, t0, t1 int, name string) {
	e := x.entity(graph.Person, name, "")
	if e.parts == nil {
		for _, t := range x.sents[si].toks[t0:t1] {
			e.parts = append(e.parts, t.text)
		}
	}
	x.addMention(si, t0, t1, e, name)
}

// isCredited reports whether a name is one of the story's credited staff:
// they are metadata, never actors.
func (x *extractor) isCredited(form string) bool {
	if len(x.story.Credits) == 0 {
		return false
	}
	if x.credited == nil {
		x.credited = make(map[string]bool, len(x.story.Credits))
		for _, c := range x.story.Credits {
			x.credited[graph.Fold(c.Name)] = true
		}
	}
	return x.credited[graph.Fold(form)]
}

// knownShortForm resolves a short form against the story's entities: a
// surname or "de Maiziere" to the person, "Facebook" to "Facebook Inc",
// "Labor" to "Labor party", "Commission" to "European Commission".
func (x *extractor) knownShortForm(form string) *entity {
	var best, person, first *entity
	ambiguous, firstShared := false, false
	words := strings.Fields(form)
	for _, e := range x.order {
		switch e.kind {
		case graph.Person:
			if len(e.parts) > len(words) && suffixOf(e.parts, words) {
				// "Kouachi" when both Said and Cherif Kouachi are named
				// is neither of them.
				if person != nil && person != e {
					ambiguous = true
				}
				person = e
			}
			// "Prasert said" for "Prasert Chanthong": a given name alone,
			// as Thai and Indonesian stories use it, when it is no one
			// else's.
			if len(words) == 1 && len(e.parts) >= 2 && e.parts[0] == words[0] {
				if first != nil && first != e {
					firstShared = true
				}
				first = e
			}
		case graph.Service:
			// "Kick's owner" after "the Kick streaming app": a service
			// the story introduced, named again alone.
			if form == e.name && best == nil {
				best = e
			}
		case graph.Organization:
			for _, f := range e.forms {
				// "Liberal Democrat" for "Liberal Democrats".
				if strings.TrimSuffix(f, "s") == form {
					best = e
				}
				fw := strings.Fields(f)
				if len(fw) <= len(words) {
					continue
				}
				// "Facebook" for "Facebook Inc", "Labor" for "Labor party";
				// not "European" for "European Commission".
				if prefixOf(fw, words) && (e.company || strings.EqualFold(fw[len(fw)-1], "party")) {
					best = e
				}
				// "Commission" for "European Commission", "Council" for
				// "Council of the European Union".
				if len(words) == 1 && orgHeads[words[0]] && (fw[len(fw)-1] == words[0] || fw[0] == words[0]) {
					best = e
				}
			}
			// "the EDPS" for "European Data Protection Supervisor".
			if len(words) == 1 && isAcronym(form) && initials(e.name) == strings.ToUpper(form) {
				best = e
			}
		}
	}
	if person != nil {
		if ambiguous {
			return x.ambiguousName
		}
		return person
	}
	if first != nil && !firstShared && best == nil && !honorifics[form] {
		return first
	}
	return best
}

// initials are the capitals of a name's words: "CCIA" for "Computer &
// Communications Industry Association".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func suffixOf(full, part []string) bool {
	off := len(full) - len(part)
	for i := range part {
		if full[off+i] != part[i] {
			return false
		}
	}
	return true
}

func prefixOf(full, part []string) bool {
	for i := range part {
		if full[i] != part[i] {
			return false
		}
	}
	return true
}

// orgByContext reports whether a descriptor says a name is an
// organization: "broadcaster ORF", "the watchdog, Roskomnadzor", "DIGI, a
// lobby group", "carriers - TIM, Oi, Vivo", "the Labor party".
func (x *extractor) orgByContext(si, t0, t1 int) bool {
	toks := x.sents[si].toks
	// "BEUC, the European consumer organisation": a continent's adjective
	// describes the body, it does not name it.
	if t1-t0 == 1 && continentAdjectives[toks[t0].text] {
		return false
	}
	// A lower-case head right after the name: "the opposition Labor party".
	if t1 < len(toks) && (toks[t1].lower == "party" || groupHeads[toks[t1].lower]) {
		return true
	}
	// "Konfederacja lawmaker Krzysztof Bosak": a member's title between
	// the body and the member's name.
	if t1+1 < len(toks) && !toks[t1].cap && memberTitles[toks[t1].lower] && isCapWord(toks[t1+1]) && !partyDescriptors[toks[t0].lower] && !titleModifiers[toks[t0].lower] {
		return true
	}
	// "the Agora human rights group, whose lawyers ...".
	for k := t1; k < len(toks) && k < t1+4; k++ {
		t := toks[k]
		if t.kind != tWord || t.cap {
			break
		}
		// "Korean companies": a plural names a class, not this name.
		// "its Amaq news agency that ...".
		// "the Geneva-based company that": a place's, not a name's.
		if orgDescriptors[t.lower] && !pluralDescriptors[t.lower] && (k+1 == len(toks) || toks[k+1].kind == tPunct ||
			(toks[k+1].lower == "that" || toks[k+1].lower == "which" || speechVerbs[toks[k+1].lower]) && !strings.HasPrefix(toks[t1].lower, "-")) {
			return true
		}
	}
	// "Musk, who also runs Tesla and SpaceX": what a person runs or heads.
	if k := t0 - 1; k >= 0 {
		for k >= 0 && (toks[k].lower == "and" || toks[k].text == "," || isCapWord(toks[k]) && k < t0-1) && k >= t0-4 {
			k--
		}
		if k >= 0 && (toks[k].lower == "runs" || toks[k].lower == "heads" || toks[k].lower == "founded" || toks[k].lower == "chairs" || toks[k].lower == "co-founded") {
			return true
		}
	}
	// "Fundacion Karisma, a Bogota-based digital rights group, warned":
	// an apposition whose head is a body.
	if x.bodyApposition(si, t1) {
		return true
	}
	// "Safaricom, which owns the M-Pesa service": only an organization
	// owns or runs things.
	if t1+2 < len(toks) && toks[t1].text == "," && (toks[t1+1].lower == "which" || toks[t1+1].lower == "whose") && ownVerbs[toks[t1+2].lower] {
		return true
	}
	// "European Digital Rights (EDRi)".
	if t1+2 < len(toks) && toks[t1].text == "(" && toks[t1+2].text == ")" && isAcronym(toks[t1+1].text) {
		return true
	}
	// Walk back over a list of names to its head.
	k := t0 - 1
	for k >= 0 && (isCapWord(toks[k]) || toks[k].text == "," || toks[k].lower == "and") {
		k--
	}
	for k >= 0 && (toks[k].text == "-" || toks[k].text == ":" || toks[k].text == "," || toks[k].text == "\u2013" ||
		toks[k].lower == "including" || toks[k].lower == "include" || toks[k].lower == "includes" || toks[k].lower == "them" || toks[k].lower == "among") {
		k--
	}
	// "the opposition party GroenLinks"; a party word further back heads
	// no list ("the Labor party, Greens and ...").
	if k >= 0 && k >= t0-16 && orgDescriptors[toks[k].lower] && (toks[k].lower != "party" || k == t0-1) {
		return true
	}
	// "Nord Security, the Lithuanian owner of NordVPN": only companies
	// own apps.
	if t1+3 < len(toks) && toks[t1].text == "," && (toks[t1+1].lower == "the" || toks[t1+1].lower == "a") {
		for k := t1 + 2; k+1 < len(toks) && k < t1+5; k++ {
			if (toks[k].lower == "owner" || toks[k].lower == "parent" || toks[k].lower == "maker") && toks[k+1].lower == "of" {
				n := k + 2
				if n < len(toks) && toks[n].lower == "the" {
					n++
				}
				if m := x.mentionAt(si, n); m != nil && (m.e.kind == graph.Service || m.e.kind == graph.Organization) ||
					n < len(toks) && len(toks[n].text) > 3 && strings.HasSuffix(toks[n].text, "VPN") {
					return true
				}
			}
		}
	}
	// Apposition after: "DIGI, a lobby group whose ...".
	if t1+2 < len(toks) && toks[t1].text == "," && (toks[t1+1].lower == "a" || toks[t1+1].lower == "an" || toks[t1+1].lower == "the") {
		for k := t1 + 2; k < len(toks) && k < t1+6; k++ {
			if orgDescriptors[toks[k].lower] {
				return true
			}
			if toks[k].kind == tPunct {
				break
			}
		}
	}
	return false
}

// pluralDescriptors name a class of organizations.
var pluralDescriptors = set("companies", "firms", "groups", "organisations", "organizations", "carriers",
	"operators", "providers", "telecoms")

// placeContext reports whether a gazetteer name is used as a place here:
// big cities anywhere, smaller places after a preposition of place or
// before ", Country".
func (x *extractor) placeContext(si, t0, t1 int, p placeInfo) bool {
	toks := x.sents[si].toks
	// "believed in God": the folded name of a small town (Göd) is no
	// place here.
	if t1-t0 == 1 && creedWords[toks[t0].text] {
		return false
	}
	// "Florida Governor Ron DeSantis", "Balochistan's Chief Minister",
	// "Utah lawmakers": a state or province before the title of one who
	// governs it or before its bodies.
	if p.class == 'S' && t1 < len(toks) {
		k := t1
		if toks[k].kind == tPoss {
			k++
		}
		if k < len(toks) && (regionalTitles[toks[k].lower] || k+1 < len(toks) && toks[k].lower == "chief" && toks[k+1].lower == "minister" || k == t1 && !toks[k].cap && regionBodies[toks[k].lower]) {
			return true
		}
	}
	if p.class == '2' && t1-t0 > 0 && !x.personNearby(si, t0, t1) {
		return true
	}
	if t0 > 0 {
		switch toks[t0-1].lower {
		case "in", "at", "near", "outside", "from", "to", "central", "downtown", "northern", "southern", "eastern", "western":
			return true
		}
	}
	if t1+1 < len(toks) && toks[t1].text == "," {
		if _, ok := lexicon().country(toks[t1+1].text); ok {
			return true
		}
		if q, ok := lexicon().place(toks[t1+1].text); ok && q.class == 'S' {
			return true
		}
	}
	// "a Lisbon metro station", "the Vienna court": a place names where
	// the thing after it is.
	// "the Southport stabbings": where the attack after it was.
	if t0 > 0 && t1 < len(toks) && (toks[t0-1].lower == "a" || toks[t0-1].lower == "an" || toks[t0-1].lower == "the") && !toks[t1].cap && (sitedNouns[toks[t1].lower] || attackNouns[toks[t1].lower]) {
		return true
	}
	// "the San Francisco company", "a Tokyo startup": where a body is.
	if t0 > 0 && t1 < len(toks) && (toks[t0-1].lower == "a" || toks[t0-1].lower == "an" || toks[t0-1].lower == "the") && !toks[t1].cap &&
		orgDescriptors[toks[t1].lower] && !pluralDescriptors[toks[t1].lower] {
		return true
	}
	// "San Francisco, California": a region after a place.
	if t0 >= 2 && toks[t0-1].text == "," {
		for _, m := range x.ments[si] {
			if m.t1 == t0-1 && m.e.kind == graph.Place {
				return true
			}
		}
	}
	return x.placeNounBefore(si, t0)
}

// bodyApposition reports whether an apposition opening at token t1 (", a
// Bogota-based digital rights group,") has a body for its head: the last
// word before the comma that closes it.
func (x *extractor) bodyApposition(si, t1 int) bool {
	toks := x.sents[si].toks
	if t1+2 >= len(toks) || toks[t1].text != "," {
		return false
	}
	from := t1 + 2
	switch toks[t1+1].lower {
	case "a", "an", "the":
	default:
		// "az-Zallaqa, JNIM's media arm,": a body's part.
		if !isCapWord(toks[t1+1]) || t1+3 >= len(toks) || toks[t1+2].kind != tPoss {
			return false
		}
		from = t1 + 3
	}
	for j := from; j < len(toks) && j < t1+10; j++ {
		t := toks[j]
		if t.text == "," || t.text == "." {
			h := toks[j-1]
			return j > from && h.kind == tWord && !h.cap && (orgDescriptors[h.lower] || groupHeads[h.lower] || armWords[h.lower] || descriptionHeads[h.lower] == graph.Organization) && !pluralDescriptors[h.lower]
		}
		// "a group of", "a company that": a longer phrase, left alone.
		if t.kind == tWord && !t.cap && (functionWords[t.lower] || prepositions[t.lower]) {
			return false
		}
	}
	return false
}

// siteTownContext reports whether the name [t0,t1) follows "in" after a
// site or an attack ("bars in Hanau", "the shooting in Hanau") and ends
// its phrase.
func (x *extractor) siteTownContext(si, t0, t1 int) bool {
	toks := x.sents[si].toks
	if t0 < 2 || toks[t0-1].lower != "in" || t1 < len(toks) && isCapWord(toks[t1]) || isAcronym(toks[t0].text) {
		return false
	}
	w := toks[t0-2].lower
	if sitedNouns[w] || sitedNouns[strings.TrimSuffix(w, "s")] || attackNouns[w] {
		return true
	}
	// "arrested in Chittagong last month", "a handler in Raqqa", "a
	// convoy in Kashmir that killed": a lone unknown word after "in" and
	// a lower-case word, with the clause going on in lower case, names
	// where; not a language ("in Tagalog"'s kind ends "-ic", "-ish"), a
	// creed or a possessor.
	t := toks[t0]
	if t1-t0 != 1 || toks[t0-2].kind != tWord || toks[t0-2].cap || functionWords[w] || inActivities[w] || wordsIn[w] || t1 < len(toks) && toks[t1].kind == tPoss {
		return false
	}
	for _, end := range []string{"ish", "ic", "ese", "ism", "ity", "ian"} {
		if strings.HasSuffix(t.lower, end) {
			return false
		}
	}
	return !creedWords[t.text] && (t1 == len(toks) || toks[t1].kind == tPunct || !toks[t1].cap && toks[t1].kind == tWord)
}

// inActivities take "in" before what one takes part in, not a place:
// "involved in", "interested in", "invested in".
var inActivities = set("involved", "interested", "invested", "engaged", "participated", "believe", "believed", "believes", "faith", "trust", "confidence", "interest", "stake", "stakes", "role", "part")

// wordsIn take "in" before the language something is said or written
// in: "a letter in Tagalog", "speaking in Urdu".
var wordsIn = set("letter", "statement", "message", "messages", "post", "posts", "video", "speech", "speaking", "spoke",
	"written", "wrote", "said", "published", "tweet", "text", "translated", "reply", "replied", "interview", "remarks",
	"song", "sermon", "fluent", "broadcast", "subtitled", "dubbed", "note", "words")

// creedWords follow "in" as what one believes in.
var creedWords = set("God", "Allah", "Christ", "Jesus", "Buddha")

// personNearby reports a title or honorific right before the name, which
// makes "Paris" in "Judge Paris" not a city.
func (x *extractor) personNearby(si, t0, t1 int) bool {
	toks := x.sents[si].toks
	return t0 > 0 && (titleHeads[toks[t0-1].lower] || honorifics[toks[t0-1].text])
}

// placeNouns name kinds of places: "the state of X", "X province".
var placeNouns = set("state", "province", "region", "city", "town", "village", "county", "district", "port", "island", "suburb", "prefecture", "municipality")

// placeNounBefore: "the northeastern state of Sergipe", "the town of
// Lagarto".
func (x *extractor) placeNounBefore(si, t0 int) bool {
	toks := x.sents[si].toks
	if t0 < 2 || toks[t0-1].lower != "of" {
		return false
	}
	return placeNouns[toks[t0-2].lower]
}

// lastBefore returns the entity of kind k mentioned last before token t
// of sentence si.
func (x *extractor) lastBefore(si, t int, k graph.Kind) *entity {
	var best *mention
	for _, m := range x.ments[si] {
		if m.e.kind == k && m.t1 <= t && (best == nil || m.t0 > best.t0) {
			best = m
		}
	}
	if best == nil {
		return nil
	}
	return best.e
}

func sortMentions(ms []*mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].t0 < ms[j-1].t0; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// demonymEndings end a country's adjective ("Mexican", "Polish",
// "Japanese", "Iraqi"), which before a noun describes it rather than
// naming a company.
var demonymEndings = []string{"an", "ish", "ese", "ic", "i", "ch"}

// countryThenWord reports whether tokens i and i+1 are a country's name
// followed by a capitalised word that is nothing else we know: no title,
// body head, place, date or other name ("America Movil"; not "Mexico
// City", "Britain Tuesday" or "German Chancellor").
func (x *extractor) countryThenWord(si, i int) bool {
	toks := x.sents[si].toks
	if i+1 >= len(toks) {
		return false
	}
	first, second := toks[i], toks[i+1]
	g := lexicon()
	if _, ok := g.country(first.text); !ok || first.text == strings.ToUpper(first.text) {
		return false
	}
	for _, end := range demonymEndings {
		if strings.HasSuffix(first.text, end) {
			return false
		}
	}
	w := second.text
	if !isCapWord(second) || w == strings.ToUpper(w) || calendarWords[w] || titleHeads[second.lower] || orgHeads[w] || corpSuffixes[w] ||
		honorifics[w] || nonPersonWords[w] || x.knownWord(w) || x.knownPlaceOrCountry(w) {
		return false
	}
	if _, ok := g.place(x.span(si, i, i+2)); ok {
		return false
	}
	return true
}

// wordThenCountry reports whether tokens i and i+1 are a capitalised word
// that is nothing else we know followed by a country's own name (not its
// adjective): "Altice Portugal", not "Western Portugal", "President
// Portugal" or "Lisbon Portugal".
func (x *extractor) wordThenCountry(si, i int) bool {
	toks := x.sents[si].toks
	if i+1 >= len(toks) {
		return false
	}
	first, second := toks[i], toks[i+1]
	g := lexicon()
	if c, ok := g.country(second.text); !ok || c != second.text {
		return false
	}
	w := first.text
	if !isCapWord(first) || functionWords[first.lower] || compassWords[first.lower] || calendarWords[w] || titleHeads[first.lower] ||
		orgHeads[w] || corpSuffixes[w] || honorifics[w] || x.knownWord(w) || x.knownPlaceOrCountry(w) {
		return false
	}
	for _, end := range demonymEndings {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	return i == 0 || !titleHeads[toks[i-1].lower]
}

// compassWords name a part of a country rather than a company.
var compassWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "greater", "mainland", "rural", "coastal", "metropolitan", "continental")

// productCompanies name a company and its best-known service alike.
var productCompanies = set("Facebook", "Twitter")

// ownerVerbs before a name make it something owned.
var ownerVerbs = set("owns", "owned", "runs", "operates", "bought", "acquired", "co-owns")

// ownedContext reports whether the name at token i is said to be owned:
// "which owns Facebook", "the owner of Facebook", "Meta's Facebook".
func (x *extractor) ownedContext(si, i int) bool {
	toks := x.sents[si].toks
	// "Facebook's parent Meta Platforms": a name whose owner follows.
	if j := i + 1; j+1 < len(toks) && toks[j].kind == tPoss && (toks[j+1].lower == "parent" || toks[j+1].lower == "owner") {
		return true
	}
	if i == 0 {
		return false
	}
	prev := toks[i-1]
	switch {
	case ownerVerbs[prev.lower]:
		return true
	case prev.lower == "of" && i >= 2 && (toks[i-2].lower == "owner" || toks[i-2].lower == "operator" || toks[i-2].lower == "parent"):
		return true
	case prev.kind == tPoss && i >= 2:
		m := x.mentionAt(si, i-2)
		return m != nil && m.e.kind == graph.Organization
	}
	return false
}

// ownerNamedAfter reports whether the company said to own the name at
// token i bears that name with more words: "Spotify Technology, which
// runs Spotify".
func (x *extractor) ownerNamedAfter(si, i int, form string) bool {
	toks := x.sents[si].toks
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if toks[j].text != "," {
			continue
		}
		if m := x.mentionAt(si, j-1); j > 0 && m != nil && m.t1 == j && m.e.kind == graph.Organization {
			return strings.HasPrefix(m.e.name, form+" ")
		}
		return false
	}
	return false
}

// camelCase reports whether w, capitalised, has a capital letter after a
// lower-case one ("DigitalEurope", "GroenLinks"), outside the prefixes of surnames
// ("McDonald", "MacKenzie", "DiMaggio", "LeBlanc").
func camelCase(w string) bool {
	for _, p := range []string{"Mc", "Mac", "Di", "De", "Le", "La", "Van", "Von", "Du", "Da"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && unicode.IsUpper(rune(w[len(p)])) {
			return false
		}
	}
	// "iPhone", "eBay": a product's lower-case prefix.
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	lower := false
	for _, r := range w {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// usedContext reports whether the name at token i is where something is
// done: "on Facebook", "via Twitter", "through Facebook and WhatsApp".
func (x *extractor) usedContext(si, i int) bool {
	toks := x.sents[si].toks
	if i == 0 {
		return false
	}
	switch toks[i-1].lower {
	case "on", "via", "through":
		return true
	case "used", "uses", "using", "use":
		// "had used Facebook to call for protests".
		return true
	case "from":
		// "remove ads from Facebook and Instagram": listed with a service.
		return i+2 < len(toks) && toks[i+1].lower == "and" && services[toks[i+2].text]
	}
	// "on WhatsApp and Facebook".
	if (toks[i-1].lower == "and" || toks[i-1].lower == "or") && i >= 2 {
		m := x.mentionAt(si, i-2)
		return m != nil && m.e.kind == graph.Service
	}
	return false
}

// regnalTitles stand before the one name and number of a monarch or a
// church's head: "Pope Tawadros II", "King Charles III".
var regnalTitles = set("Pope", "King", "Queen", "Patriarch", "Emperor", "Tsar")

// romanNumeral reports whether w is a regnal number from II to XXIX.
func romanNumeral(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if r != 'I' && r != 'V' && r != 'X' {
			return false
		}
	}
	return !strings.Contains(w, "IIII") && !strings.Contains(w, "VV")
}

// brandWithDigits reports whether w is letters then digits, with a
// lower-case letter among them: "Dream11", "Play24", not "G20" or "F16".
func brandWithDigits(w string) bool {
	i := strings.IndexFunc(w, unicode.IsDigit)
	if i < 3 || strings.IndexFunc(w[i:], func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
		return false
	}
	return strings.IndexFunc(w[:i], unicode.IsLower) >= 0 && strings.IndexFunc(w[:i], func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// knownAsNoun returns the noun of ", as the watchdog is known" (or
// "called") after token k, which says what the name before it names.
func (x *extractor) knownAsNoun(si, k int) (string, bool) {
	toks := x.sents[si].toks
	if k+4 >= len(toks) || toks[k].text != "," || toks[k+1].lower != "as" || toks[k+2].lower != "the" && toks[k+2].lower != "its" {
		return "", false
	}
	for j := k + 4; j < len(toks) && j <= k+6; j++ {
		if (toks[j].lower == "is" || toks[j].lower == "are") && j+1 < len(toks) && (toks[j+1].lower == "known" || toks[j+1].lower == "called") {
			return toks[j-1].lower, true
		}
	}
	return "", false
}

// clauseGoesOn reports whether token k may follow a complete name: the
// end of the sentence, punctuation, or a verb or adverbial that opens
// the predicate ("Transparency International Bangladesh said").
func clauseGoesOn(toks []token, k int) bool {
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	if t.kind == tPunct {
		return t.text != "-" && t.text != "("
	}
	if t.kind != tWord || t.cap {
		return false
	}
	switch t.lower {
	case "said", "says", "has", "had", "is", "was", "will", "would", "on", "also", "told", "urged", "called":
		return true
	}
	return strings.HasSuffix(t.lower, "ed")
}

// associationHeads head a body of members named for where they are:
// "Association of Banks in Singapore".
var associationHeads = set("Association", "Federation", "Union", "League", "Society", "Alliance", "Coalition", "Confederation", "Council", "Chamber")

// extendNames completes organization names that the runs of capitals
// cut short: "U.S.-ASEAN Business Council" (a hyphen between a country
// and the rest), "Association of Banks in Singapore" (members in a
// place), "Transparency International Bangladesh" (a body's national
// chapter), "Article 19" (a body's name with a number).
func (x *extractor) extendNames(si int) {
	toks := x.sents[si].toks
	for _, m := range append([]*mention(nil), x.ments[si]...) {
		if m.e.kind != graph.Organization || m.e.company && companies[m.e.name] {
			continue
		}
		// "U.S.-India Business Council": two states joined by a hyphen
		// before a council or forum of both.
		if m.t0 >= 2 && toks[m.t0-1].text == "-" && toks[m.t0-1].start == toks[m.t0-2].end && toks[m.t0-1].end == toks[m.t0].start {
			if c := x.mentionAt(si, m.t0-2); c != nil && c.t1 == m.t0-1 && c.e.kind == graph.Country && m.t1-m.t0 >= 2 && orgHeads[toks[m.t1-1].text] {
				t0, t1 := c.t0, m.t1
				x.dropMention(si, c)
				x.dropMention(si, m)
				x.addOrg(si, t0, t1)
				continue
			}
		}
		// "Association of Banks in Singapore": a members' body and the
		// country or town its members are in, ending the name.
		if m.t1+1 < len(toks) && toks[m.t1].lower == "in" && associationHeads[toks[m.t0].text] && m.t1-m.t0 >= 3 && toks[m.t0+1].lower == "of" && strings.HasSuffix(toks[m.t1-1].text, "s") {
			if c := x.mentionAt(si, m.t1+1); c != nil && c.t0 == m.t1+1 && (c.e.kind == graph.Country || c.e.kind == graph.Place) && !isCapWord(tokAt(toks, c.t1)) {
				t0, t1 := m.t0, c.t1
				x.dropMention(si, c)
				x.dropMention(si, m)
				x.addOrg(si, t0, t1)
				continue
			}
		}
		// "Transparency International Bangladesh said", "News Corp
		// Australia said": a body's national chapter or a company's
		// national arm carries the country's name after the body's.
		if m.t1-m.t0 >= 2 && (!m.e.company || corpSuffixes[toks[m.t1-1].text]) {
			if c := x.mentionAt(si, m.t1); c != nil && c.t0 == m.t1 && c.e.kind == graph.Country && c.t1-c.t0 == 1 && clauseGoesOn(toks, c.t1) && (c.t1 >= len(toks) || toks[c.t1].kind != tPoss) {
				t0, t1 := m.t0, c.t1
				x.dropMention(si, c)
				x.dropMention(si, m)
				x.addOrg(si, t0, t1)
				continue
			}
		}
		// "Press freedom group Article 19 said": a number closes the name
		// of a body found by its descriptor.
		if m.t1-m.t0 == 1 && m.t1 < len(toks) && len(toks[m.t1].text) <= 3 && allDigits(toks[m.t1].text) && toks[m.t1].start > toks[m.t0].end && clauseGoesOn(toks, m.t1+1) && !companies[m.e.name] && !knownOrgs[m.e.name] {
			t0, t1 := m.t0, m.t1+1
			x.dropMention(si, m)
			x.addOrg(si, t0, t1)
		}
	}
}

// tokAt returns token k, or an empty token past the end.
func tokAt(toks []token, k int) token {
	if k < len(toks) {
		return toks[k]
	}
	return token{}
}

// allDigits reports whether w is a run of ASCII digits.
func allDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// looksLikeGivenName reports whether a single capitalised word may be a
// monarch's or a pope's name: a plain word, no acronym, head or digit.
func looksLikeGivenName(t token) bool {
	if t.kind != tWord || !t.cap || isAcronym(t.text) || orgHeads[t.text] || corpSuffixes[t.text] || calendarWords[t.text] || isTitleHead(t.lower) {
		return false
	}
	return strings.IndexFunc(t.text, unicode.IsDigit) < 0
}

// regionalTitles are held for a state or province: "Florida Governor".
var regionalTitles = set("governor", "lieutenant-governor")

// regionBodies after a state's or province's name are its own: "Utah
// lawmakers", "the Punjab government".
var regionBodies = set("lawmakers", "legislators", "legislature", "assembly", "government", "governor", "police", "officials", "voters", "residents", "senate")

// plusNames adds brands written with a plus sign: "France's Canal+" (a
// company), "watch it on Disney+" (a service, by the words around it).
func (x *extractor) plusNames(si int) {
	toks := x.sents[si].toks
	for i := 0; i+1 < len(toks); i++ {
		t, p := toks[i], toks[i+1]
		if !isCapWord(t) || p.text != "+" || p.start != t.end || i+2 < len(toks) && toks[i+2].start == p.end && toks[i+2].kind == tWord {
			continue
		}
		if m := x.mentionAt(si, i); m != nil {
			if m.t0 != i || m.t1 != i+1 {
				continue
			}
			x.dropMention(si, m)
		}
		form := x.span(si, i, i+2)
		if x.usedContext(si, i) || x.serviceDescribed(si, i+2) {
			x.addMention(si, i, i+2, x.entity(graph.Service, form, ""), form)
		} else {
			x.addOrg(si, i, i+2)
		}
	}
}

// romanceHeads open the names of bodies in French, Spanish, Portuguese
// and Italian, which keep lower-case words inside: "Ligue des droits de
// l'Homme", "Partido de los Trabajadores".
var romanceHeads = set("Ligue", "Liga", "Alianza", "Aliança", "Alleanza", "Unión", "Coalición", "Rassemblement", "Parti", "Partido", "Partito", "Frente", "Front", "Movimiento", "Mouvement", "Movimento",
	"Confédération", "Confederación", "Confederação", "Fédération", "Federación", "Federação", "Syndicat", "Sindicato",
	"Association", "Asociación", "Associação", "Associazione", "Conseil", "Consejo", "Observatoire", "Observatorio", "Comité", "Comisión", "Collectif")

// romanceParticles stand lower-case inside such names.
var romanceParticles = set("de", "des", "du", "del", "el", "da", "do", "dos", "das", "di", "della", "dei", "la", "le", "les", "los", "las", "y", "et", "e", "pour", "para", "por", "per", "contre", "contra")

// romanceBodies adds "Ligue des droits de l'Homme": a Romance body's head,
// a particle, lower-case words and particles, and a capitalised word
// that closes the name.
func (x *extractor) romanceBodies(si int) {
	toks := x.sents[si].toks
	for i := 0; i+2 < len(toks); i++ {
		if !romanceHeads[toks[i].text] || !romanceParticles[toks[i+1].lower] || toks[i+1].cap {
			continue
		}
		end := -1
		for j := i + 2; j < len(toks) && j < i+9; j++ {
			t := toks[j]
			if t.kind != tWord {
				break
			}
			if isCapWord(t) || elidedCap(t.text) {
				end = j + 1
				continue
			}
			if end > 0 {
				break
			}
		}
		if end < 0 || end < len(toks) && toks[end].kind == tPunct && toks[end].text != "," && toks[end].text != "(" && toks[end].text != "." {
			continue
		}
		for _, m := range append([]*mention(nil), x.ments[si]...) {
			if m.t0 < end && m.t1 > i {
				x.dropMention(si, m)
			}
		}
		x.addOrg(si, i, end)
		i = end
	}
}

// elidedCap reports whether w is an elided article before a capitalised
// word: "l'Homme", "d'Italia".
func elidedCap(w string) bool {
	for _, p := range []string{"l'", "d'", "l\u2019", "d\u2019"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// groupWordsAfter follow the name of a political grouping in lower case:
// "the Serbia Against Violence coalition".
var groupWordsAfter = set("coalition", "alliance", "movement", "bloc", "front")

// continentAdjectives describe a body by the part of the world it works
// in: "the European consumer organisation", "an African rights group".
var continentAdjectives = set("European", "African", "Asian", "American", "Arab", "Nordic", "Baltic", "Caribbean", "Scandinavian", "Eurasian", "Latin")

var (
	nativeOnce  sync.Once
	nativeNames map[string]bool
)

// nativeCountryName reports whether w is a country's name in its own
// language that English writes otherwise ("Deutschland", "España"), from
// the fifth column of the countries data. Some are also given names
// ("Maurice"), so only a company's branch reads them.
func nativeCountryName(w string) bool {
	nativeOnce.Do(func() {
		nativeNames = map[string]bool{}
		for _, line := range strings.Split(countriesTSV, "\n") {
			f := strings.Split(line, "\t")
			if len(f) < 5 {
				continue
			}
			for _, n := range strings.Split(f[4], "|") {
				if n != "" {
					nativeNames[n] = true
				}
			}
		}
	})
	return nativeNames[w]
}

// companyBranch reports whether tokens [i,j) are a known company's name
// and a country's, joined by "de" or "del" or written in the country's
// own language: "Telefonica del Peru", "Telefonica Deutschland".
func (x *extractor) companyBranch(si, i, j int) bool {
	toks := x.sents[si].toks
	if !companies[toks[i].text] {
		return false
	}
	last := toks[j-1].text
	switch {
	case j-i == 2:
		return nativeCountryName(last)
	case j-i == 3 && (toks[i+1].lower == "de" || toks[i+1].lower == "del"):
		_, ok := lexicon().country(last)
		return ok || nativeCountryName(last)
	}
	return false
}

// sentenceOpeners are capitalised at a sentence's start before a title
// or a name they only describe: "Former House Speaker Nancy Pelosi",
// "Billionaire Elon Musk".
var sentenceOpeners = set("former", "then", "late", "acting", "outgoing", "incoming", "billionaire", "tycoon",
	"businessman", "businesswoman", "activist", "entrepreneur", "journalist", "blogger", "influencer")

// townNounsBefore name the kind of a place right before its name: "the
// regional capital Bahir Dar", "the border town Rafah".
var townNounsBefore = set("capital", "city", "town", "village", "port", "province", "region")

// nationalArmOf reports whether the story names an organization that is
// form followed by a country's name: "Safaricom Ethiopia" for
// "Safaricom".
func (x *extractor) nationalArmOf(form string) bool {
	for _, e := range x.order {
		if e.kind != graph.Organization || len(e.ments) == 0 || !strings.HasPrefix(e.name, form+" ") {
			continue
		}
		rest := strings.TrimPrefix(e.name, form+" ")
		if _, ok := lexicon().country(rest); ok && !strings.Contains(rest, " ") || nativeCountryName(rest) {
			return true
		}
	}
	return false
}
