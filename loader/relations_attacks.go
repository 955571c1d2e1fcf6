package loader

import (
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// attackInfo is the attack a story reports. Wire stories about policy
// name at most one attack as the occasion of the debate; every sentence
// that describes an attack adds to it.
type attackInfo struct {
	e     *entity
	perps []*entity
	sents []int
}

// attackNouns and attackVerbs mark a sentence that describes an attack.
var attackNouns = set("attack", "shooting", "bombing", "stabbing",
	"rampage", "massacre", "assault", "siege", "murder", "beheading", "explosion", "blast", "ambush",
	"attacks", "shootings", "bombings", "stabbings", "blasts", "explosions", "arson")

// weaponWords before an attack noun say it was a real, violent one: "a
// grenade attack", "an arson attack", where "an attack on encryption" may
// be a figure of speech.
var weaponWords = set("grenade", "arson", "bomb", "knife", "gun", "suicide", "terror", "terrorist", "militant",
	"car", "truck", "rocket", "drone", "mortar", "machete", "acid", "firebomb", "petrol")

var attackVerbs = set("killed", "killing", "stabbed", "shot", "struck", "bombed", "slit", "murdered",
	"beheaded", "opened", "detonated", "rammed", "drove", "burst", "massacred", "gunned", "attacked")

// perpetratorWords describe the one who carried out the attack.
var perpetratorWords = set("attacker", "attackers", "gunman", "gunmen", "bomber", "bombers", "assailant",
	"assailants", "killer", "perpetrator", "perpetrators", "shooter", "hitman", "hitmen")

// isAttackSentence reports whether sentence si describes a violent attack:
// an attack noun, or a killing verb with its victims.
func (x *extractor) isAttackSentence(si int) bool {
	toks := x.sents[si].toks
	violent, noun := false, false
	for k, t := range toks {
		if attackNouns[t.lower] && !figurativeAttack(toks, k) {
			noun = true
			// "the Southport stabbings", "the Christchurch mosque
			// shootings": a town's name before the attack names one.
			for j := k - 1; j >= 1 && j >= k-2; j-- {
				if m := x.mentionAt(si, j); m != nil && m.t1 == j+1 && m.e.kind == graph.Place && m.t0 > 0 && toks[m.t0-1].lower == "the" && (j == k-1 || sitedNouns[toks[k-1].lower]) {
					return true
				}
			}
			if k > 0 && weaponWords[toks[k-1].lower] && !strings.HasSuffix(t.lower, "s") {
				return true
			}
			// "the attack in central Melbourne": a place makes it real,
			// where "a full-frontal assault on encryption" is a figure;
			// "violent attacks in Sweden" speaks of no one attack.
			if !strings.HasSuffix(t.lower, "s") && k+2 < len(toks) && (toks[k+1].lower == "in" || toks[k+1].lower == "at" || toks[k+1].lower == "near") {
				if m := x.mentionAt(si, k+2); m != nil && (m.e.kind == graph.Place || m.e.kind == graph.Country) {
					return true
				}
				if k+3 < len(toks) && x.mentionAt(si, k+3) != nil && x.mentionAt(si, k+3).e.kind == graph.Place {
					return true
				}
			}
		}
		// "the police killing of a teenager", "police shot him": force
		// by the authorities is not an attack.
		// "set fire to the supermarket".
		if t.lower == "set" && k+1 < len(toks) && toks[k+1].lower == "fire" {
			violent = true
		}
		if attackVerbs[t.lower] && !(k > 0 && (toks[k-1].lower == "police" || toks[k-1].lower == "officers" || toks[k-1].lower == "troops")) {
			violent = true
			// "a gunman killed two Swedish football fans": a killing
			// verb and a count of its victims.
			if (t.lower == "killed" || t.lower == "stabbed" || t.lower == "shot") && k+1 < len(toks) && victimCount(toks[k+1]) && perpetratorBefore(toks, k) {
				return true
			}
		}
		if perpetratorWords[t.lower] {
			violent = true
		}
	}
	if !violent && !noun {
		return false
	}
	for _, t := range toks {
		switch t.lower {
		case "people", "victims", "pedestrians", "dead", "throat", "fire", "officer", "priest", "worshippers", "died", "wounded", "injured", "killing":
			return true
		}
		// "bombers who attacked three churches": a place of worship or
		// of crowds as the target.
		if attackTargets[t.lower] && violent {
			return true
		}
		// "killed at least 30 soldiers".
		if victimWords[t.lower] && violent {
			return true
		}
	}
	return false
}

// findAttacks builds the story's ATTACK entity from the sentences that
// describe it, with its kind, place and date, and the people and groups
// that carried it out or claimed it.
func (x *extractor) findAttacks() {
	var sents []int
	for si := range x.sents {
		if x.sents[si].zone != zoneBody {
			continue
		}
		if x.isAttackSentence(si) {
			sents = append(sents, si)
		}
	}
	if len(sents) == 0 {
		return
	}
	// "The group also carried out an attack on a highway in August": a
	// sentence that dates its attack before the story's is another,
	// older attack.
	older := map[int]bool{}
	main := x.attackDate(sents[0])
	if main == "" && x.published.ok {
		main = x.published.t.Format("2006-01-02")
	}
	if main != "" {
		kept := sents[:1]
		for _, si := range sents[1:] {
			if d := x.attackPeriod(si); d != "" && d < main[:len(d)] {
				if k := x.indefiniteAttack(si); k >= 0 {
					older[si] = true
					// "The attack by X was the deadliest since a bus
					// bombing in 2012": the sentence tells of both.
					if !x.definiteAttackBefore(si, k) {
						continue
					}
				} else if x.opensWithPeriod(si) && !x.definiteAttackBefore(si, len(x.sents[si].toks)) {
					// "In November, a gunman killed four people in
					// shootings at two schools": dated before the story's
					// attack and never calling it "the attack".
					older[si] = true
					continue
				}
			}
			kept = append(kept, si)
		}
		sents = kept
	}
	shared := make(map[int]bool, len(sents))
	for _, si := range sents {
		shared[si] = true
	}
	defer func() {
		for si := range x.sents {
			if older[si] {
				x.olderAttack(si, shared[si])
			}
		}
	}()
	a := &attackInfo{sents: sents}
	inAttack := make(map[int]bool, len(sents))
	for _, si := range sents {
		inAttack[si] = true
	}
	kind := ""
	var place, country *entity
	date := ""
	var phrases []string
	for _, si := range sents {
		toks := x.sents[si].toks
		if kind == "" {
			kind = attackKind(toks)
		}
		for _, m := range x.ments[si] {
			if m.e.kind == graph.Place && place == nil && x.placeOfAttack(si, m) {
				place = m.e
			}
			if m.e.kind == graph.Country && country == nil && x.placeOfAttack(si, m) {
				country = m.e
			}
		}
		if date == "" {
			date = x.attackDate(si)
		}
		if p := x.attackPhrase(si); len(strings.Fields(p)) > 1 {
			phrases = append(phrases, p)
		}
	}
	if date == "" {
		for _, si := range sents {
			if date = x.sentenceDate(si); date != "" {
				break
			}
		}
	}
	if kind == "" {
		kind = "attack"
	}
	where := place
	if where == nil {
		where = country
	}
	name := kind
	if where != nil {
		name = kind + " in " + where.name
	} else if len(phrases) > 0 {
		name = kind + ": " + phrases[0]
	}
	e := x.entity(graph.Attack, name, x.story.ID)
	e.date = date
	if where != nil {
		e.place = where.id
	}
	for _, p := range phrases {
		e.addForm(p)
	}
	e.name = name
	first := sents[0]
	e.summary = x.text[x.sents[first].start:x.sents[first].end]
	for _, si := range sents {
		x.mentionSentence(si, e)
	}
	a.e = e
	x.attack = a
	if where != nil {
		if r := x.relate(graph.OccurredIn, e, where, "", first, "attack/place", 0.75); r != nil {
			r.Date = date
		}
	}
	for si := range x.sents {
		if x.sents[si].zone != zoneBody || older[si] && !inAttack[si] {
			continue
		}
		found := append(x.identifiedAttackers(si), x.whoCarriedOut(si)...)
		for _, p := range append(x.namedAsAttacker(si), x.suspectsAmong(si)...) {
			found = appendUnique(found, p)
		}
		for _, p := range found {
			a.perps = appendUnique(a.perps, p)
			if r := x.relate(graph.Perpetrated, p, e, "", si, "attack/identified", 0.7); r != nil {
				r.Date = date
			}
		}
	}
	for _, si := range sents {
		for _, p := range x.perpetrators(si) {
			a.perps = append(a.perps, p)
			if r := x.relate(graph.Perpetrated, p, e, "", si, "attack/perpetrator", 0.75); r != nil {
				r.Date = date
			}
		}
	}
	// "Islamic State claimed responsibility", "in the name of Islamic
	// State", "Islamic State said the attacker was one of its soldiers".
	for si := range x.sents {
		if x.sents[si].zone != zoneBody || older[si] && !inAttack[si] {
			continue
		}
		toks := x.sents[si].toks
		for k, t := range toks {
			// "The attack by a 19-year-old student, Nikolai Petrov, ...".
			if p := x.attackBy(si, k); p != nil {
				if r := x.relate(graph.Perpetrated, p, e, "", si, "attack/by", 0.7); r != nil {
					r.Date = date
				}
				a.perps = appendUnique(a.perps, p)
				continue
			}
			// "Police blamed X for the blast", "accused X of organising
			// the attack", "X is behind this attack", "Y, who is accused
			// of throwing the grenade".
			if agents := x.blamedAgents(si, k); len(agents) > 0 {
				for _, g := range agents {
					if r := x.relate(graph.Perpetrated, g, e, "", si, "attack/blamed", 0.7); r != nil {
						r.Date = date
					}
					a.perps = appendUnique(a.perps, g)
				}
				continue
			}
			// "The bombings were claimed by Islamic State", "was carried
			// out by", "had carried out the attacks", "claimed the attack".
			if agents := x.attackAgents(si, k); len(agents) > 0 {
				// "Islamic State's Sinai Province claimed the bombing":
				// the group whose branch claimed it.
				for _, g := range agents {
					if p := x.parentGroup(si, g); p != nil {
						agents = appendUnique(agents, p)
					}
				}
				for _, g := range agents {
					if r := x.relate(graph.Perpetrated, g, e, "", si, "attack/claim-verb", 0.75); r != nil {
						r.Date = date
					}
					a.perps = appendUnique(a.perps, g)
				}
				continue
			}
			claim := t.lower == "responsibility" && k > 0 && responsibilityVerbs[toks[k-1].lower] && (strings.HasPrefix(toks[k-1].lower, "claim") || x.attackResponsibility(si, k)) ||
				t.lower == "name" && k+1 < len(toks) && toks[k+1].lower == "of" && k > 0 && toks[k-1].lower == "the" && (inAttack[si] || x.attackNounBefore(si, k)) ||
				perpetratorWords[t.lower] && x.soldierClaim(si) ||
				// "JNIM said ... that its fighters had targeted the sites".
				memberNouns[t.lower] && k > 0 && toks[k-1].lower == "its" && strikeAfter(toks, k)
			if !claim {
				continue
			}
			var group *entity
			if memberNouns[t.lower] {
				if r := x.resolveAt(si, k-1); r != nil && r.e.kind == graph.Organization {
					group = r.e
				}
			} else if t.lower == "name" {
				// "in the name of the Harran Brotherhood".
				at := k + 2
				if tokAt(toks, at).lower == "the" {
					at++
				}
				if m := x.mentionAt(si, at); m != nil && m.e.kind == graph.Organization {
					group = m.e
				}
			} else {
				for _, s := range x.subjects(si, k) {
					if s.kind == graph.Organization {
						group = s
						break
					}
				}
				// "Islamic State's Amaq news agency said the attacker was
				// one of its soldiers": the group whose agency spoke.
				if group != nil {
					if p := x.possessorOf(si, group); p != nil {
						group = p
					}
				}
			}
			if group != nil {
				if r := x.relate(graph.Perpetrated, group, e, "", si, "attack/claim", 0.8); r != nil {
					r.Date = date
				}
			}
		}
	}
}

// attackAgents reads a verb of carrying out or claiming an attack at
// token k and returns who did: the agents after "by" in the passive ("were
// claimed by Islamic State", "was carried out by two brothers"), else the
// subject ("Islamic State claimed the attack", "the cell had carried out
// the attacks"). The verb's object must be an attack noun.
func (x *extractor) attackAgents(si, k int) []*entity {
	toks := x.sents[si].toks
	t := toks[k]
	v := k
	switch {
	case t.lower == "claimed" || t.lower == "claims" || t.lower == "claim":
	case (t.lower == "carried" || t.lower == "carry" || t.lower == "carries") && k+1 < len(toks) && toks[k+1].lower == "out":
		v = k + 1
	// "had planned the attack", "plotted the bombings": whoever planned
	// it did it.
	case t.lower == "planned" || t.lower == "plotted" || t.lower == "perpetrated" || t.lower == "committed" || t.lower == "staged":
	// "The arson was organised by the GRU", "masterminded the
	// bombings": who arranged it is behind it.
	case arrangeVerbs[t.lower]:
	default:
		return nil
	}
	// "claimed responsibility for" has a rule of its own.
	if v+1 < len(toks) && toks[v+1].lower == "responsibility" {
		return nil
	}
	// "the group did not claim the attack".
	if negatedVerb(toks, k) {
		return nil
	}
	var out []*entity
	keep := func(list []*entity) {
		for _, e := range list {
			if e.kind == graph.Organization || e.kind == graph.Person {
				out = appendUnique(out, e)
			}
		}
	}
	// "The attack, claimed by the group, ...": the reduced relative too.
	if v+1 < len(toks) && toks[v+1].lower == "by" && k > 0 && (auxiliaries[toks[k-1].lower] || toks[k-1].text == ",") {
		// The passive's subject must be the attack.
		if !x.attackNounBefore(si, k) {
			return nil
		}
		keep(x.actorsFrom(si, v+2))
		return out
	}
	// "ordered the attack victims to be compensated": the active of
	// ordering is read only in the passive.
	if t.lower == "ordered" {
		return nil
	}
	for j := v + 1; j < len(toks) && j <= v+4; j++ {
		if attackNouns[toks[j].lower] {
			keep(x.subjects(si, k))
			// "its fighters had carried out the bombing", "members of
			// the gang carried out the attack": the group whose members
			// did it.
			if len(out) == 0 {
				if g := x.memberGroup(si, k); g != nil {
					out = append(out, g)
				}
			}
			return out
		}
		if toks[j].kind == tPunct {
			break
		}
		// "organised protests against the attack": the attack must be
		// what was organised.
		if arrangeVerbs[t.lower] && prepositions[toks[j].lower] {
			break
		}
	}
	return nil
}

// responsibilityVerbs take responsibility for an attack: "claimed
// responsibility", "took responsibility".
var responsibilityVerbs = set("claimed", "claim", "claims", "claiming", "took", "takes", "taken", "accepted", "admitted")

// attackResponsibility reports whether "responsibility" at k is for the
// attack ("took responsibility for the bombing"), not for a duty ("took
// responsibility for security after the bombing").
func (x *extractor) attackResponsibility(si, k int) bool {
	return tokAt(x.sents[si].toks, k+1).lower == "for" && x.attackNounAfter(si, k+2, 3)
}

// attackerBefore reports whether the subject of the verb at k is the
// attackers: "the attackers were members of", "the bomber belonged to".
func (x *extractor) attackerBefore(si, k int) bool {
	toks := x.sents[si].toks
	j := k - 1
	for j > 0 && (auxiliaries[toks[j].lower] || toks[j].lower == "a" || toks[j].lower == "all" || adverbs[toks[j].lower]) {
		j--
	}
	return j > 0 && perpetratorWords[toks[j].lower] && (toks[j-1].lower == "the" || toks[j-1].lower == "both")
}

// attackerNamed reports whether the words from k name an attacker: "the
// attacker", "the suspected gunman", "one of the bombers".
func (x *extractor) attackerNamed(si, k int) bool {
	toks := x.sents[si].toks
	for j := k; j < len(toks) && j < k+4; j++ {
		if perpetratorWords[toks[j].lower] {
			return true
		}
		if w := toks[j].lower; w != "the" && w != "a" && w != "one" && w != "of" && w != "suspected" && w != "alleged" && w != "lone" {
			return false
		}
	}
	return false
}

// arrestVerbs take a suspect into custody.
var arrestVerbs = set("arrested", "detained", "held", "arrest", "detain")

// behindHeads name what stands behind an attack: "was the group behind
// the attack".
var behindHeads = set("group", "network", "cell", "gang", "organisation", "organization", "militia", "man", "men")

// arrangeVerbs arrange an attack; their object must be the attack itself.
var arrangeVerbs = set("organised", "organized", "orchestrated", "masterminded", "ordered")

// attackNounBefore reports whether an attack noun stands before token k
// in its clause: "The bombings were claimed by".
func (x *extractor) attackNounBefore(si, k int) bool {
	toks := x.sents[si].toks
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if attackNouns[toks[j].lower] {
			return true
		}
		if toks[j].kind == tPunct && toks[j].text != "," {
			return false
		}
	}
	return false
}

// attackDate returns the date written next to the attack's words ("the
// April 15 attack", "shot dead four people on Nov. 2"), not a date the
// sentence gives for something else.
func (x *extractor) attackDate(si int) string {
	toks := x.sents[si].toks
	for k, t := range toks {
		if attackNouns[t.lower] || attackVerbs[t.lower] {
			if d := x.dateIn(si, k-4, k+10); d != "" {
				return d
			}
		}
	}
	return ""
}

// soldierClaim: "Islamic State said the attacker was one of its soldiers".
func (x *extractor) soldierClaim(si int) bool {
	for _, t := range x.sents[si].toks {
		if t.lower == "soldiers" || t.lower == "soldier" || t.lower == "fighters" || t.lower == "fighter" {
			return true
		}
	}
	return false
}

// attackKind names the kind of attack from the sentence's words.
func attackKind(toks []token) string {
	for _, t := range toks {
		switch t.lower {
		case "arson":
			return "arson attack"
		case "stabbing", "stabbed", "knife", "stabbings":
			return "stabbing"
		case "shooting", "gunman", "gunmen", "shot", "rifles", "fire", "shootings":
			return "shooting"
		case "bombing", "bomber", "bomb", "explosion", "blast", "bombed", "bombings", "bombers", "bombs", "blasts", "explosions":
			return "bombing"
		case "truck", "lorry", "van", "car":
			return "vehicle attack"
		case "throat", "murder", "murdered", "beheaded", "beheading":
			return "murder"
		}
	}
	return ""
}

// placeOfAttack reports whether a place mention in an attack sentence is
// where it happened: after "in", "at", "on" or as the attributive of the
// target ("the St Petersburg metro", "the Paris offices").
func (x *extractor) placeOfAttack(si int, m *mention) bool {
	toks := x.sents[si].toks
	if m.t0 == 0 {
		return false
	}
	switch toks[m.t0-1].lower {
	case "in", "at", "central", "the", "a", "an", "on", "near", "of", "western", "eastern", "northern", "southern",
		"downtown", "suburban", "outside", "north", "south", "east", "west",
		// "in Mali's capital Bamako", "in the port city Hodeidah".
		"capital", "city", "town", "village", "port":
		return !x.isDateline(si)
	}
	return false
}

func (x *extractor) isDateline(si int) bool { return x.sents[si].zone == zoneDateline }

// attackPhrase returns the words that describe the attack in sentence si:
// from the attack noun or verb to the end of its clause, at most twelve
// words ("truck attack on a Christmas market in Berlin").
func (x *extractor) attackPhrase(si int) string {
	toks := x.sents[si].toks
	// A noun phrase names the attack better than a clause: "the bombings
	// of two malls" rather than "killed 31 people".
	from := 0
	for k, t := range toks {
		if attackNouns[t.lower] {
			from = k
			break
		}
	}
	return x.attackPhraseFrom(si, from)
}

// attackPhraseFrom is attackPhrase from token from on.
func (x *extractor) attackPhraseFrom(si, from int) string {
	toks := x.sents[si].toks
	for k := from; k < len(toks); k++ {
		t := toks[k]
		if !attackNouns[t.lower] && !(attackVerbs[t.lower] && t.lower != "killing") {
			continue
		}
		a := k
		// Take the modifiers before a noun: "truck attack", "suicide bomber".
		for a > 0 && toks[a-1].kind == tWord && !functionWords[toks[a-1].lower] && !isCapWord(toks[a-1]) && !strings.ContainsAny(toks[a-1].text, "0123456789") && attackNouns[t.lower] && k-a < 2 {
			a--
		}
		b := k + 1
		words := 0
		for b < len(toks) && words < 12 {
			tb := toks[b]
			if tb.text == "," || tb.text == ";" || tb.text == "." || tb.lower == "where" || tb.lower == "which" || tb.lower == "before" || tb.lower == "after" ||
				attackNouns[t.lower] && (tb.lower == "that" || tb.lower == "who") {
				break
			}
			if tb.kind == tWord {
				words++
			}
			b++
		}
		return x.text[toks[a].start:toks[b-1].end]
	}
	return ""
}

// perpetrators returns the persons who carried out the attack in sentence
// si: the subject of a killing verb ("Anis Amri killed 12 people"), or a
// person in apposition to "the suicide bomber who struck".
func (x *extractor) perpetrators(si int) []*entity {
	toks := x.sents[si].toks
	var out []*entity
	add := func(e *entity) {
		for _, o := range out {
			if o == e {
				return
			}
		}
		out = append(out, e)
	}
	for k, t := range toks {
		isVerb := attackVerbs[t.lower] && t.lower != "killing" && t.lower != "shot" || t.lower == "shot" && k+1 < len(toks) && toks[k+1].lower == "dead"
		if t.lower == "opened" && (k+1 >= len(toks) || toks[k+1].lower != "fire") {
			isVerb = false
		}
		// "set fire to the supermarket".
		if t.lower == "set" && k+1 < len(toks) && toks[k+1].lower == "fire" {
			isVerb = true
		}
		// "Tomas Varga blew himself up": only with the name right
		// before, as "the bomber blew himself up" names no one.
		if t.lower == "blew" && (tokAt(toks, k+1).lower == "himself" || tokAt(toks, k+1).lower == "herself") && tokAt(toks, k+2).lower == "up" && k > 0 {
			if m := x.mentionAt(si, k-1); m != nil && m.t1 == k && m.e.kind == graph.Person {
				isVerb = true
			}
		}
		if isVerb {
			// "before police killed him": the police are not attackers.
			if k > 0 && (toks[k-1].lower == "police" || toks[k-1].lower == "officers") {
				continue
			}
			// "reporter Alejandro Ruiz was shot dead": the victim.
			if k > 0 && passiveAux[toks[k-1].lower] {
				continue
			}
			for _, s := range x.subjects(si, k) {
				if s.kind == graph.Person {
					add(s)
				}
			}
			// "two Moldovan men, Ion Ceban and Andrei Rusu, set fire":
			// the names in apposition to the subject.
			for _, p := range x.appositionBefore(si, k) {
				add(p)
			}
			// "The 28-year-old and his wife, Tashfeen Malik, opened fire".
			for _, m := range x.ments[si] {
				if m.e.kind == graph.Person && m.t1 <= k && m.t1+1 < len(toks) && toks[m.t1].text == "," && x.clauseStart(si, k) <= m.t0 {
					if m.t0 > 0 && toks[m.t0-1].text == "," && m.t0 > 1 && (toks[m.t0-2].lower == "wife" || toks[m.t0-2].lower == "husband" || toks[m.t0-2].lower == "brother") {
						add(m.e)
					}
				}
			}
		}
		if perpetratorWords[t.lower] {
			// "Akbarzhon Jalilov, the suicide bomber who struck".
			for _, m := range x.ments[si] {
				if m.e.kind == graph.Person && m.t1 < k && k-m.t1 <= 4 && toks[m.t1].text == "," {
					add(m.e)
				}
			}
		}
	}
	return out
}

// namedAsAttacker reads "The Interior Ministry named him as Mahmoud
// Mubarak" after a sentence about the bomber: the person named for the
// attacker the pronoun stands for.
func (x *extractor) namedAsAttacker(si int) []*entity {
	toks := x.sents[si].toks
	var out []*entity
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].lower != "named" && toks[k].lower != "identified" {
			continue
		}
		if p := toks[k+1].lower; p != "him" && p != "her" || toks[k+2].lower != "as" {
			continue
		}
		m := x.mentionAt(si, k+3)
		if m == nil || m.t0 != k+3 || m.e.kind != graph.Person {
			continue
		}
		// The pronoun's antecedent: an attacker the story has not named.
		about := false
		for s := si; s >= 0 && s >= si-1 && !about; s-- {
			for _, t := range x.sents[s].toks {
				if perpetratorWords[t.lower] {
					about = true
					break
				}
			}
		}
		if about {
			out = appendUnique(out, m.e)
		}
	}
	return out
}

// suspectsAmong reads "Thirteen suspects were arrested at the scene,
// among them ... Julio Vera" and "Two suspected hitmen, A and B, were
// detained": the persons named as suspects of the story's attack.
func (x *extractor) suspectsAmong(si int) []*entity {
	toks := x.sents[si].toks
	var out []*entity
	for k, t := range toks {
		// "Two teenagers suspected of planting the bomb, A and B, were
		// detained".
		if (t.lower == "suspected" || t.lower == "accused") && k+2 < len(toks) && toks[k+1].lower == "of" && x.attackActAfter(si, k+2) {
			for j := k + 2; j+1 < len(toks) && j < k+10; j++ {
				if toks[j].text != "," {
					continue
				}
				n := j + 1
				var list []*entity
				for n < len(toks) {
					m := x.mentionAt(si, n)
					if m == nil || m.t0 != n || m.e.kind != graph.Person {
						break
					}
					list = append(list, m.e)
					n = m.t1
					if n < len(toks) && toks[n].lower == "and" {
						n++
						continue
					}
					break
				}
				if len(list) > 0 && n < len(toks) && toks[n].text == "," {
					for _, p := range list {
						out = appendUnique(out, p)
					}
				}
				break
			}
			continue
		}
		if t.lower != "suspects" && !(perpetratorWords[t.lower] && k > 0 && (toks[k-1].lower == "suspected" || toks[k-1].lower == "alleged")) {
			continue
		}
		// "A and B": the list in apposition right after.
		if k+2 < len(toks) && toks[k+1].text == "," {
			j := k + 2
			var list []*entity
			for j < len(toks) {
				m := x.mentionAt(si, j)
				if m == nil || m.t0 != j || m.e.kind != graph.Person {
					break
				}
				list = append(list, m.e)
				j = m.t1
				if j < len(toks) && toks[j].lower == "and" {
					j++
					continue
				}
				break
			}
			if len(list) > 0 && j < len(toks) && toks[j].text == "," {
				for _, p := range list {
					out = appendUnique(out, p)
				}
				continue
			}
		}
		// "..., among them the group's alleged local boss, Julio Vera".
		for j := k + 1; j+1 < len(toks); j++ {
			if toks[j].text == "." || toks[j].text == ";" {
				break
			}
			if toks[j].lower == "among" && toks[j+1].lower == "them" || toks[j].lower == "including" {
				for n := j + 1; n < len(toks) && n < j+12; n++ {
					if m := x.mentionAt(si, n); m != nil && m.t0 == n {
						if m.e.kind == graph.Person && (m.t1 == len(toks) || toks[m.t1].kind == tPunct) {
							out = appendUnique(out, m.e)
						}
						if m.e.kind == graph.Person {
							break
						}
					}
				}
				break
			}
		}
	}
	return out
}

// identifiedAttackers reads "The gunman, identified by police as Erik
// Lind" and "the bomber, named as Salman Abedi": the person named for the
// one who carried out the attack.
func (x *extractor) identifiedAttackers(si int) []*entity {
	toks := x.sents[si].toks
	var out []*entity
	for k, t := range toks {
		// "the suspect, identified as Issa al H.": in a story of an
		// attack, the suspect is its.
		if !perpetratorWords[t.lower] && t.lower != "suspect" {
			continue
		}
		// "The gunman, Australian Brenton Tarrant, pleaded guilty": the name
		// in apposition.
		if k > 0 && toks[k-1].lower == "the" && k+2 < len(toks) && toks[k+1].text == "," {
			for j := k + 2; j < len(toks) && j <= k+3; j++ {
				// "The gunman, Second Lieutenant Saeed al-Harbi,": past
				// the rank.
				for _, m := range x.ments[si] {
					if m.titleStart == j && m.t0 > j {
						j = m.t0
						break
					}
				}
				if m := x.mentionAt(si, j); m != nil && m.t0 == j {
					if m.e.kind == graph.Person && m.t1 < len(toks) && toks[m.t1].text == "," {
						out = appendUnique(out, m.e)
					}
					if m.e.kind != graph.Country {
						break
					}
					j = m.t1 - 1
				}
			}
		}
		for j := k + 1; j+1 < len(toks) && j < k+13; j++ {
			if toks[j].lower != "as" {
				continue
			}
			named := false
			switch toks[j-1].lower {
			case "police", "identified", "named", "authorities", "investigators", "prosecutors":
				named = true
			}
			// "Police named one of the four gunmen as X".
			for i := k - 1; i >= 0 && i >= k-5; i-- {
				if toks[i].lower == "named" || toks[i].lower == "identified" {
					named = j == k+1
					break
				}
			}
			// "identified by the Interior Ministry as".
			if n := x.mentionAt(si, j-1); n != nil && n.t1 == j && n.t0 >= 2 && toks[n.t0-1].lower == "the" && toks[n.t0-2].lower == "by" ||
				n != nil && n.t1 == j && n.t0 >= 1 && toks[n.t0-1].lower == "by" {
				for i := k + 1; i < j; i++ {
					if toks[i].lower == "identified" || toks[i].lower == "named" {
						named = true
					}
				}
			}
			n := j + 1
			// "named by police as 23-year-old Rashid Mahmood".
			if n < len(toks) && strings.HasSuffix(toks[n].lower, "-year-old") {
				n++
			}
			if m := x.mentionAt(si, n); named && m != nil && m.t0 == n && m.e.kind == graph.Person {
				out = appendUnique(out, m.e)
			}
			break
		}
	}
	return out
}

// mentionSentence records that sentence si speaks of e (an attack or a
// proposal, which have no name in the text to point at).
func (x *extractor) mentionSentence(si int, e *entity) {
	s := &x.sents[si]
	for _, m := range e.ments {
		if m.Start == s.start {
			return
		}
	}
	e.ments = append(e.ments, graph.Mention{StoryID: x.story.ID, Sentence: x.text[s.start:s.end],
		Start: s.start, End: s.end, Text: strings.TrimSpace(x.text[s.start:s.end])})
}

// attackTargets are places an attack strikes; with a killing verb or a
// perpetrator they make the sentence one about an attack.
var attackTargets = set("church", "churches", "mosque", "mosques", "synagogue", "synagogues", "temple", "hotel", "hotels",
	"school", "schools", "mall", "market", "concert", "stadium", "embassy", "suicide")

// blameVerbs put an attack on someone: "blamed X for the blast", "accused
// X of organising the attack".
var blameVerbs = set("blamed", "blames", "blame", "blaming", "accused", "accuses", "accuse", "accusing")

// attackActs are what one is accused of when accused of an attack:
// "accused of throwing the grenade", "suspected of planting the bomb".
var attackActs = set("throwing", "planting", "detonating", "killing", "shooting", "stabbing", "bombing", "attacking",
	"murdering", "ramming", "organising", "organizing", "plotting", "planning", "staging", "ordering", "masterminding",
	"carrying", "setting")

// memberNouns name those who act for a group: "its fighters".
var memberNouns = set("fighters", "members", "militants", "soldiers", "operatives", "followers", "supporters", "cell")

// blamedAgents reads a verb that puts the story's attack on someone at
// token k: "blamed the Allied Democratic Forces for the blast" (also "was
// blamed for"), "accused the GRU of organising an arson attack", "The GRU
// is behind this attack", and "Jhon Rivas, who is accused of throwing the
// grenade". The act must be the attack: an attack noun or a violent act.
func (x *extractor) blamedAgents(si, k int) []*entity {
	toks := x.sents[si].toks
	w := toks[k].lower
	var out []*entity
	keep := func(list []*entity) {
		for _, e := range list {
			if e.kind == graph.Organization || e.kind == graph.Person {
				out = appendUnique(out, e)
			}
		}
	}
	switch {
	case w == "blamed" && k+2 < len(toks) && toks[k+1].lower == "on":
		// "the bombing, which they blamed on the Foxtrot network".
		if !x.attackNounBefore(si, k) {
			return nil
		}
		keep(x.actorsFrom(si, k+2))
		return out
	case (w == "blamed" || w == "blames" || w == "blame") && x.attackNounAfter(si, k+1, 3):
		// "blamed the bombing on the Harran Brotherhood".
		for j := k + 1; j < len(toks) && j < k+6; j++ {
			if toks[j].lower == "on" {
				keep(x.actorsFrom(si, j+1))
				return out
			}
			if toks[j].kind == tPunct {
				break
			}
		}
		return nil
	case w == "work" && k >= 2 && toks[k-1].lower == "the" && auxiliaries[toks[k-2].lower] && tokAt(toks, k+1).lower == "of":
		// "The attack was the work of the Harran Brotherhood".
		if !x.attackNounBefore(si, k-2) {
			return nil
		}
		keep(x.actorsFrom(si, k+2))
		return out
	case w == "behind":
		// "X is behind the attack", "X was behind the bombings"; "was
		// behind Sunday's bombings" dates the attack first; "X was the
		// group behind the attack".
		at := k + 1
		if _, day := weekdays[tokAt(toks, at).lower]; day && tokAt(toks, at+1).kind == tPoss {
			at += 2
		}
		aux := k - 1
		if k >= 3 && behindHeads[toks[k-1].lower] && toks[k-2].lower == "the" {
			aux = k - 3
		}
		if aux < 1 || !auxiliaries[toks[aux].lower] || !x.attackNounAfter(si, at, 3) {
			return nil
		}
		keep(x.subjects(si, aux))
		// "members of Los Lobos were behind the attack".
		if len(out) == 0 {
			if g := x.memberGroup(si, k); g != nil {
				out = append(out, g)
			}
		}
		return out
	case (w == "admitted" || w == "confessed" || w == "admits" || w == "confesses") && !negatedVerb(toks, k):
		// "Varga admitted carrying out the attack", "confessed to the
		// bombing".
		at := k + 1
		if tokAt(toks, at).lower == "to" {
			at++
		}
		// "admitted failures before the attack" admits something else.
		for j := at; j < len(toks) && j < at+4 && !attackActs[toks[j].lower] && !attackNouns[toks[j].lower]; j++ {
			if prepositions[toks[j].lower] || adjunctOpeners[toks[j].lower] {
				return nil
			}
		}
		if !x.attackActAfter(si, at) {
			return nil
		}
		keep(x.subjects(si, k))
		return out
	case (w == "attributed" || w == "attributes" || w == "attribute") && x.attackNounAfter(si, k+1, 3):
		// "Authorities attributed the attack to the Harran Brotherhood".
		for j := k + 1; j < len(toks) && j < k+6; j++ {
			if toks[j].lower == "to" {
				keep(x.actorsFrom(si, j+1))
				return out
			}
			if toks[j].kind == tPunct {
				break
			}
		}
		return nil
	case (w == "belonged" || w == "belongs") && tokAt(toks, k+1).lower == "to" && x.attackerBefore(si, k),
		(w == "members" || w == "member") && tokAt(toks, k+1).lower == "of" && x.attackerBefore(si, k):
		// "the bomber belonged to the Harran Brotherhood", "the
		// attackers were members of the Harran Brotherhood".
		for _, g := range x.actorsFrom(si, k+2) {
			if g.kind == graph.Organization {
				out = appendUnique(out, g)
			}
		}
		return out
	case (w == "named" || w == "identified") && k > 0 && auxiliaries[toks[k-1].lower] && tokAt(toks, k+1).lower == "as" && x.attackerNamed(si, k+2):
		// "Tomas Varga has been named as the attacker".
		for _, p := range x.subjects(si, k-1) {
			if p.kind == graph.Person {
				out = appendUnique(out, p)
			}
		}
		return out
	case w == "suspicion" && k > 0 && toks[k-1].lower == "on" && tokAt(toks, k+1).lower == "of" && x.attackActAfter(si, k+2):
		// "Police arrested Varga on suspicion of carrying out the
		// bombing", "Varga was detained on suspicion of the attack".
		for j := k - 2; j >= 0 && j >= k-8; j-- {
			if !arrestVerbs[toks[j].lower] {
				continue
			}
			if m := x.mentionAt(si, j+1); m != nil && m.t0 == j+1 && m.e.kind == graph.Person {
				keep([]*entity{m.e})
			} else if j > 0 && passiveAux[toks[j-1].lower] {
				for _, p := range x.subjects(si, j-1) {
					if p.kind == graph.Person {
						keep([]*entity{p})
					}
				}
			}
			break
		}
		return out
	case blameVerbs[w] || w == "suspected" || w == "charged" || w == "convicted":
	default:
		return nil
	}
	prep := "for"
	if w != "blamed" && w != "blames" && w != "blame" && w != "blaming" {
		prep = "of"
	}
	if w == "charged" {
		prep = "with"
	}
	// "was convicted of the bombing": only the passive says who did it.
	if w == "convicted" && !(k > 0 && auxiliaries[toks[k-1].lower]) {
		return nil
	}
	passive := k > 0 && auxiliaries[toks[k-1].lower] && k+1 < len(toks) && toks[k+1].lower == prep
	if passive {
		if !x.attackActAfter(si, k+2) {
			return nil
		}
		// "Y, who is accused of throwing the grenade": the relative's
		// head.
		j := k - 1
		for j > 0 && auxiliaries[toks[j].lower] && toks[j].lower != "who" {
			j--
		}
		if toks[j].lower == "who" && j >= 2 && toks[j-1].text == "," {
			n := j - 2
			// "Jhon Rivas, 19, who is accused": past the age.
			if n >= 2 && isNumber(toks[n].text) && toks[n-1].text == "," {
				n -= 2
			}
			if m := x.mentionAt(si, n); m != nil && m.t1 == n+1 {
				keep([]*entity{m.e})
			}
			return out
		}
		keep(x.subjects(si, j+1))
		return out
	}
	if w == "charged" {
		// "charged two of Amrani's friends, A and B, with helping him".
		return x.chargedWith(si, k)
	}
	if w == "suspected" {
		return nil
	}
	// The active: the actors named after the verb, then the preposition.
	agents := x.actorsFrom(si, k+1)
	if len(agents) == 0 {
		// "blamed a cell of the Sinaloa Cartel for the murder".
		if g := x.groupOfMembers(si, k+1); g != nil {
			agents = []*entity{g}
		}
	}
	if len(agents) == 0 {
		return nil
	}
	for j := k + 1; j < len(toks) && j < k+25; j++ {
		if toks[j].text == ";" || toks[j].text == "." {
			return nil
		}
		if toks[j].lower == prep {
			if x.attackActAfter(si, j+1) {
				keep(agents)
			}
			return out
		}
	}
	return nil
}

// attackActAfter reports whether the words from token k name the attack
// or a violent act: "the blast", "organising an arson attack", "throwing
// the grenade".
func (x *extractor) attackActAfter(si, k int) bool {
	toks := x.sents[si].toks
	if k >= len(toks) {
		return false
	}
	if attackActs[toks[k].lower] {
		switch toks[k].lower {
		case "organising", "organizing", "plotting", "planning", "staging", "ordering", "masterminding", "carrying", "setting":
			// "carrying out the attack", "setting fire to": only with the
			// attack named or a fire set.
			if toks[k].lower == "setting" {
				return k+1 < len(toks) && toks[k+1].lower == "fire"
			}
			return x.attackNounAfter(si, k+1, 5)
		}
		return true
	}
	return x.attackNounAfter(si, k, 4)
}

// attackNounAfter reports whether an attack noun stands within n words
// after token k, in the same clause.
func (x *extractor) attackNounAfter(si, k, n int) bool {
	toks := x.sents[si].toks
	for j := k; j < len(toks) && j < k+n; j++ {
		if attackNouns[toks[j].lower] {
			return true
		}
		if toks[j].kind == tPunct {
			return false
		}
	}
	return false
}

// groupOfMembers reads "a cell of the Sinaloa Cartel", "members of Los
// Lobos" from token k and returns the group.
func (x *extractor) groupOfMembers(si, k int) *entity {
	toks := x.sents[si].toks
	j := k
	for j < len(toks) && j < k+3 && (toks[j].lower == "a" || toks[j].lower == "the" || toks[j].lower == "two" || toks[j].lower == "several" || toks[j].lower == "local") {
		j++
	}
	if j+2 >= len(toks) || !memberNouns[toks[j].lower] || toks[j+1].lower != "of" {
		return nil
	}
	n := j + 2
	if toks[n].lower == "the" {
		n++
	}
	if m := x.mentionAt(si, n); m != nil && m.t0 == n && m.e.kind == graph.Organization {
		return m.e
	}
	return nil
}

// memberGroup returns the group whose members are the subject of the verb
// at token k: "its fighters" (the group "its" stands for), "members of
// the Shottas gang".
func (x *extractor) memberGroup(si, k int) *entity {
	toks := x.sents[si].toks
	start := x.clauseStart(si, k)
	for j := k - 1; j >= start && j >= k-16; j-- {
		if !memberNouns[toks[j].lower] {
			// "members of Los Lobos, one of the biggest gangs, were".
			if toks[j].text == "," {
				for j--; j > start && toks[j].text != ","; j-- {
				}
			}
			continue
		}
		if j > 0 && (toks[j-1].lower == "its" || toks[j-1].lower == "their") {
			if r := x.resolveAt(si, j-1); r != nil && r.e.kind == graph.Organization {
				return r.e
			}
			if toks[j-1].lower == "its" {
				if e := x.previousSubject(si, graph.Organization); e != nil {
					return e
				}
			}
			return nil
		}
		if j+2 < len(toks) && toks[j+1].lower == "of" {
			n := j + 2
			if toks[n].lower == "the" {
				n++
			}
			if m := x.mentionAt(si, n); m != nil && m.e.kind == graph.Organization {
				return m.e
			}
		}
		return nil
	}
	return nil
}

// isNumber reports whether a token is written in digits: "19".
func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// appositionBefore returns the persons of a list set off by commas right
// before token k, after a noun: "two men, Ion Ceban and Andrei Rusu, set".
func (x *extractor) appositionBefore(si, k int) []*entity {
	toks := x.sents[si].toks
	if k < 4 || toks[k-1].text != "," {
		return nil
	}
	var out []*entity
	j := k - 2
	for j >= 0 {
		m := x.mentionAt(si, j)
		if m == nil || m.t1 != j+1 || m.e.kind != graph.Person {
			return nil
		}
		out = append(out, m.e)
		j = m.t0 - 1
		if j >= 0 && toks[j].lower == "and" {
			j--
			continue
		}
		break
	}
	// The list must follow a comma after a common noun: "men,".
	if j < 1 || toks[j].text != "," || toks[j-1].kind != tWord || toks[j-1].cap {
		return nil
	}
	return out
}

// parentGroup returns the group named in the possessive right before a
// mention of g in sentence si: "Islamic State's Sinai Province".
func (x *extractor) parentGroup(si int, g *entity) *entity {
	toks := x.sents[si].toks
	for _, m := range x.ments[si] {
		if m.e != g || m.t0 < 2 || toks[m.t0-1].kind != tPoss || !affiliateHeads[toks[m.t1-1].text] {
			continue
		}
		if p := x.mentionAt(si, m.t0-2); p != nil && p.t1 == m.t0-1 && p.e.kind == graph.Organization {
			return p.e
		}
	}
	return nil
}

// negatedVerb reports whether a negation stands right before the verb at
// token k, past auxiliaries: "did not claim", "has never carried out".
func negatedVerb(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].lower {
		case "not", "never", "n't", "denied", "denies", "deny":
			return true
		case "did", "does", "do", "has", "have", "had", "was", "were", "is", "be":
			continue
		}
		return false
	}
	return false
}

// attackBy reads "the attack by X" and "the bombing by a 19-year-old
// student, Nikolai Petrov," at the attack noun k: the one it names after
// "by", or the name in apposition to a description after it.
func (x *extractor) attackBy(si, k int) *entity {
	toks := x.sents[si].toks
	if !attackNouns[toks[k].lower] || k+2 >= len(toks) || toks[k+1].lower != "by" {
		return nil
	}
	actor := func(m *mention) *entity {
		if m != nil && (m.e.kind == graph.Person || m.e.kind == graph.Organization) && !(m.t1 < len(toks) && toks[m.t1].kind == tPoss) {
			return m.e
		}
		return nil
	}
	if m := x.mentionAt(si, k+2); m != nil && m.t0 == k+2 {
		return actor(m)
	}
	// "by a 19-year-old student, Nikolai Petrov,": a description, then the
	// name.
	if w := toks[k+2].lower; w != "a" && w != "an" && w != "the" {
		return nil
	}
	for j := k + 3; j+1 < len(toks) && j < k+9; j++ {
		if toks[j].text == "," {
			if m := x.mentionAt(si, j+1); m != nil && m.t0 == j+1 && m.e.kind == graph.Person && m.t1 < len(toks) && toks[m.t1].text == "," {
				return m.e
			}
			return nil
		}
		if toks[j].kind != tWord || toks[j].cap {
			return nil
		}
	}
	return nil
}

// possessorOf returns the organization in the possessive right before a
// mention of g in sentence si: "Islamic State's Amaq".
func (x *extractor) possessorOf(si int, g *entity) *entity {
	toks := x.sents[si].toks
	for _, m := range x.ments[si] {
		if m.e != g || m.t0 < 2 || toks[m.t0-1].kind != tPoss {
			continue
		}
		if p := x.mentionAt(si, m.t0-2); p != nil && p.t1 == m.t0-1 && p.e.kind == graph.Organization {
			return p.e
		}
	}
	return nil
}

// chargedWith reads "Police have charged two of his friends, A and B,
// with helping him prepare the explosives" at "charged" (token k): the
// persons charged with the attack or with helping its author.
func (x *extractor) chargedWith(si, k int) []*entity {
	toks := x.sents[si].toks
	var list []*entity
	j := k + 1
	for ; j < len(toks) && j < k+9 && len(list) == 0; j++ {
		if m := x.mentionAt(si, j); m != nil && m.t0 == j && m.e.kind == graph.Person && !(m.t1 < len(toks) && toks[m.t1].kind == tPoss) {
			for {
				list = append(list, m.e)
				n := m.t1
				if n < len(toks) && toks[n].lower == "and" {
					n++
				}
				next := x.mentionAt(si, n)
				if next == nil || next.t0 != n || next.e.kind != graph.Person {
					j = n
					break
				}
				m = next
			}
			break
		}
		if toks[j].text == "." || toks[j].text == ";" {
			return nil
		}
	}
	if len(list) == 0 {
		return nil
	}
	for ; j+1 < len(toks) && j < k+16; j++ {
		if toks[j].lower != "with" {
			continue
		}
		switch toks[j+1].lower {
		case "helping", "aiding", "assisting", "abetting":
			return list
		}
		if x.attackActAfter(si, j+1) {
			return list
		}
		return nil
	}
	return nil
}

// attackPeriod returns the date, month or year written next to the
// attack's words in sentence si.
func (x *extractor) attackPeriod(si int) string {
	if d := x.attackDate(si); d != "" {
		return d
	}
	for k, t := range x.sents[si].toks {
		if attackNouns[t.lower] || attackVerbs[t.lower] {
			if d := x.periodIn(si, k-8, k+12); d != "" {
				return d
			}
		}
	}
	return ""
}

// opensWithPeriod reports whether sentence si opens with a month or a
// year and a comma ("In November, ...", "Last year, ..."), as a story
// turns to its background.
func (x *extractor) opensWithPeriod(si int) bool {
	toks := x.sents[si].toks
	f := x.firstWord(si)
	for k := f + 1; k < len(toks) && k <= f+3; k++ {
		if toks[k].text == "," {
			return x.periodIn(si, f, k) != "" || toks[f].lower == "in" && x.periodIn(si, f+1, k) != ""
		}
	}
	return false
}

// indefiniteAttack returns the attack noun of sentence si that an
// indefinite article introduces ("carried out a coordinated attack", "an
// earlier bombing"), as a story does when it tells of another attack than
// its own, or -1.
func (x *extractor) indefiniteAttack(si int) int {
	toks := x.sents[si].toks
	for k, t := range toks {
		if !attackNouns[t.lower] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			w := toks[j].lower
			if w == "a" || w == "an" || w == "another" || w == "earlier" || w == "previous" {
				return k
			}
			if toks[j].kind != tWord || functionWords[w] {
				break
			}
		}
	}
	return -1
}

// definiteAttackBefore reports whether "the attack" (or "this bombing")
// stands before token k of sentence si: the story's own attack.
func (x *extractor) definiteAttackBefore(si, k int) bool {
	toks := x.sents[si].toks
	for j := 1; j < k; j++ {
		if attackNouns[toks[j].lower] && (toks[j-1].lower == "the" || toks[j-1].lower == "this") {
			return true
		}
	}
	return false
}

// olderAttack adds the attack that sentence si tells of besides the
// story's own: its own entity, place, date and those who carried it out.
// In a sentence that also tells of the story's own attack (shared), only
// the words from the older attack's noun on are its.
func (x *extractor) olderAttack(si int, shared bool) {
	toks := x.sents[si].toks
	k0 := x.indefiniteAttack(si)
	if k0 < 0 && !shared {
		for k, t := range toks {
			if attackNouns[t.lower] || attackVerbs[t.lower] {
				k0 = k
				break
			}
		}
	}
	if k0 < 0 {
		return
	}
	from := 0
	if shared {
		from = k0 - 3
		if from < 0 {
			from = 0
		}
	}
	kind := attackKind(toks[from:])
	if kind == "" {
		kind = "attack"
	}
	var where *entity
	for _, m := range x.ments[si] {
		if m.t0 >= from && (m.e.kind == graph.Place || m.e.kind == graph.Country) && x.placeOfAttack(si, m) && (where == nil || where.kind == graph.Country) {
			where = m.e
		}
	}
	phrase := x.attackPhraseFrom(si, k0)
	name := kind
	switch {
	case where != nil && (x.attack == nil || x.attack.e.place != where.id):
		name = kind + " in " + where.name
	case len(strings.Fields(phrase)) > 1:
		name = kind + ": " + phrase
	default:
		return
	}
	date := x.attackDate(si)
	e := x.entity(graph.Attack, name, x.story.ID)
	if x.attack != nil && e == x.attack.e {
		return
	}
	e.date = date
	if where != nil {
		e.place = where.id
	}
	if len(strings.Fields(phrase)) > 1 {
		e.addForm(phrase)
	}
	e.name = name
	e.summary = x.text[x.sents[si].start:x.sents[si].end]
	x.mentionSentence(si, e)
	if where != nil {
		if r := x.relate(graph.OccurredIn, e, where, "", si, "attack/older-place", 0.7); r != nil {
			r.Date = date
		}
	}
	var perps []*entity
	if !shared {
		perps = x.perpetrators(si)
		for k, t := range toks {
			perps = append(perps, x.attackAgents(si, k)...)
			// "The group also killed at least 21 soldiers in an ambush":
			// the group that killed.
			if attackVerbs[t.lower] && t.lower != "killing" && !(k > 0 && passiveAux[toks[k-1].lower]) {
				for _, s := range x.subjects(si, k) {
					if s.kind == graph.Organization {
						perps = append(perps, s)
					}
				}
			}
		}
	}
	var seen []*entity
	for _, p := range perps {
		if len(appendUnique(seen, p)) == len(seen) {
			continue
		}
		seen = append(seen, p)
		if r := x.relate(graph.Perpetrated, p, e, "", si, "attack/older-agent", 0.7); r != nil {
			r.Date = date
		}
	}
}

// abstractTargets are what an attack only in words strikes: "an assault
// on young people's free speech rights", "an attack on press freedom".
var abstractTargets = set("rights", "right", "freedom", "freedoms", "liberty", "liberties", "democracy", "privacy",
	"encryption", "speech", "expression", "press", "journalism", "values", "sovereignty", "constitution", "independence", "dissent")

// figurativeAttack reports whether the attack noun at k is a figure of
// speech: "on" or "against" and an abstract target within a few words.
func figurativeAttack(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].lower != "on" && toks[k+1].lower != "against" {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+7; j++ {
		if toks[j].kind == tPunct && toks[j].text != "-" {
			return false
		}
		if abstractTargets[toks[j].lower] {
			return true
		}
	}
	return false
}

// whoCarriedOut reads "The man who carried out the Blumenau attack, Luiz
// Henrique de Lima, turned himself in": the name in apposition to the one
// who did it.
func (x *extractor) whoCarriedOut(si int) []*entity {
	toks := x.sents[si].toks
	var out []*entity
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].lower != "carried" || toks[k-1].lower != "who" || toks[k+1].lower != "out" {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+7; j++ {
			if !attackNouns[toks[j].lower] {
				continue
			}
			if j+2 < len(toks) && toks[j+1].text == "," {
				if m := x.mentionAt(si, j+2); m != nil && m.t0 == j+2 && m.e.kind == graph.Person {
					out = appendUnique(out, m.e)
				}
			}
			break
		}
	}
	return out
}

// victimCount reports whether t counts people: "two", "15", "dozens".
func victimCount(t token) bool {
	switch t.lower {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "scores", "hundreds":
		return true
	}
	return allDigits(t.text)
}

// perpetratorBefore reports whether a word for an attacker stands in the
// few words before token k: "a gunman killed", "the attacker stabbed".
func perpetratorBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if perpetratorWords[toks[j].lower] {
			return true
		}
	}
	return false
}

// strikeAfter reports whether a verb of striking follows token k within a
// few words: "its fighters had targeted the sites".
func strikeAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		switch toks[j].lower {
		case "targeted", "attacked", "struck", "stormed", "hit", "raided":
			return true
		}
	}
	return false
}
