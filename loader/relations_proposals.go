package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
)

// proposal is something an actor proposes, demands or plans, gathered over
// the sentences of a story that state or refer to it.
type proposal struct {
	e          *entity
	proposers  []*entity
	addressees []*entity
	family     string // "law", "plan", "request", "order", "meeting"
	law        string // the bill's name when the story names it
	first      int    // sentence that introduced it
	// tok is the token of sentence first at which it was introduced, so
	// that "the push" never refers to a proposal its sentence tells later.
	tok int
	// decided is set when a court or judge granted or approved it, so
	// that "the ruling" finds it.
	decided bool
	last    int // last sentence that referred to it
	content string
}

// proposalVerbs introduce a proposal. The value says where the addressee
// stands: "obj" right after the verb ("urged Facebook to"), "to" after a
// "to" ("sent ... to the Commission"), "" none.
var proposalVerbs = map[string]string{
	"proposed": "to", "proposes": "to", "propose": "to", "proposing": "to",
	"urged": "obj", "urges": "obj", "urge": "obj", "urging": "obj",
	"pressed": "obj", "presses": "obj", "pressing": "obj", "press": "obj",
	"asked": "obj", "asks": "obj", "asking": "obj",
	"demanded": "to", "demands": "to", "demanding": "to",
	"sought": "to", "seeks": "to", "seeking": "to", "seek": "to",
	"requested": "to", "requests": "to", "requesting": "to",
	"ordered": "obj", "orders": "obj", "ordering": "obj",
	"told": "obj", "tells": "obj",
	"wants": "obj", "wanted": "obj",
	"called": "for", "calls": "for", "calling": "for",
	"pledged": "", "pledging": "", "pledges": "", "vowed": "", "vows": "", "vowing": "",
	"tabled": "to", "floated": "to", "unveiled": "to", "presented": "to", "presents": "to", "present": "to",
	"summoned": "obj", "summons": "obj",
	"sent": "to", "put": "to", "submitted": "to", "submit": "to", "submits": "to", "drafted": "to",
	"pushed": "for", "pushing": "for", "want": "obj", "ask": "obj", "introduced": "to", "introduces": "to", "directs": "obj", "directed": "obj",
	"issued":   "to",
	"launched": "to", "launches": "to", "launching": "to",
	"argued": "for", "argues": "for", "arguing": "for", "campaigned": "for", "campaigning": "for",
	"lobbied": "for", "lobbying": "for",
	"offered": "", "offers": "", "offering": "",
	"instructed": "obj", "instructs": "obj",
	"considering": "", "weighing": "", "mulling": "", "preparing": "", "prepares": "", "published": "", "publishes": "",
	"suggested": "to", "suggests": "to", "suggesting": "to",
	"appealed": "obj", "appeals": "obj", "appealing": "obj",
	"gave": "obj", "gives": "obj", "giving": "obj",
}

// supportsOnly are proposal verbs that, aimed at a proposal already
// made, back it rather than make it.
var supportsOnly = set("argued", "argues", "arguing", "campaigned", "campaigning", "lobbied", "lobbying", "pushed", "pushing")

// subjectAdverbs may stand between a subject and its verb: "the
// government also plans to".
var subjectAdverbs = set("also", "now", "still", "further", "already", "separately")

// oathWords are sworn, not proposed, after "pledged".
var oathWords = set("allegiance", "loyalty", "fealty", "obedience")

// verbAdverbs may stand between a proposal verb and its particle.
var verbAdverbs = set("instead", "again", "hard", "also", "repeatedly", "publicly", "strongly")

// proposalNouns name a proposal; the value is its family, used to tell a
// reference ("the bill") from a new proposal.
var proposalNouns = map[string]string{
	"proposal": "plan", "proposals": "plan", "plan": "plan", "plans": "plan", "initiative": "plan",
	"scheme": "plan", "pledge": "plan", "idea": "plan",
	"bill": "law", "law": "law", "laws": "law", "decree": "law", "directive": "law", "guidelines": "law", "advisory": "law", "legislation": "law", "rule": "law", "rules": "law",
	"regulation": "law", "resolution": "law", "measure": "law", "measures": "law", "draft": "law",
	"text": "law", "requirement": "law", "provision": "law", "framework": "law", "act": "law", "treaty": "law",
	"request": "request", "demand": "request", "demands": "request", "call": "request", "letter": "request",
	"order": "order", "ruling": "order", "block": "order", "ban": "order", "suspension": "order", "shutdown": "order", "amendments": "amend",
	"dissolution": "order", "closure": "order", "restriction": "order", "restrictions": "order",
	"amendment": "amend", "changes": "amend", "lawsuit": "suit", "complaint": "suit", "challenge": "suit",
}

// opposeVerbs take a position against what they govern; opposeWords
// judge a proposal harshly when someone is reported saying them.
var opposeVerbs = set("opposed", "opposes", "oppose", "opposing", "criticised", "criticized", "criticises",
	"criticizes", "condemned", "condemns", "rejected", "rejects", "dismissed", "dismisses", "fought", "fight",
	"fighting", "questioned", "challenge", "challenged", "challenging", "refused", "refuses", "defied",
	"slammed", "denounced", "resisted", "resist", "appeal", "attacked", "decried", "blasted", "blocked", "vetoed",
	"accused", "accuses", "lambasted", "assailed", "protested", "objected", "objects")

var opposeWords = set("flawed", "undermine", "undermines", "weaken", "weakens", "unconstitutional",
	"unacceptable", "farce", "doubts", "u-turn", "rather", "sooner", "worrying", "strike", "concessions",
	"threat", "risk", "risks", "intrude", "intrusion", "disproportionate", "violate", "violates", "dangerous",
	"break", "breaking", "interference", "warned", "warns", "worried", "concerns", "backdoor", "backdoors",
	"defiance", "unfortunate", "punished", "surveillance", "proportionate", "justified", "back",
	"regrettable", "misguided", "draconian", "unworkable", "overreach", "excessive", "authoritarian", "reckless", "far",
	"censorship", "silence", "motivated", "unlawful", "illegal", "deter", "deters", "bad", "harm", "less", "oversight", "safeguards",
	"violated", "repression", "repressive", "concerned", "alarmed", "troubled", "unrealistic", "discriminatory", "broad", "vague")

var supportWords = set("backed", "backs", "back", "supported", "supports", "support", "welcomed", "welcomes",
	"endorsed", "endorses", "defended", "defends", "granted", "grants", "approved", "approves", "siding",
	"sided", "praised", "hailed", "through", "committed", "disputed", "signed", "signs", "joined", "joins",
	"argued", "argues", "join", "sign")

// refusalVerbs before "to join", "to sign" turn support into opposition:
// "Sweden declined to join".
var refusalVerbs = set("declined", "declines", "declining", "refused", "refuses", "refusing", "not")

// concernedReporter returns who reports being concerned at k: "X said
// in a statement it was concerned ...". ok is false when the word is not
// said that way; an empty list means the reporter is not named.
func (x *extractor) concernedReporter(si, k int) ([]*entity, bool) {
	toks := x.sents[si].toks
	if k < 3 || !copulas[toks[k-1].lower] || toks[k-2].lower != "it" && toks[k-2].lower != "they" {
		return nil, false
	}
	r := k - 3
	if toks[r].lower == "that" {
		r--
	}
	// "said in a statement it was".
	if r >= 3 && toks[r].lower == "statement" && toks[r-2].lower == "in" {
		r -= 3
	}
	if r < 1 || !reportVerbs[toks[r].lower] || toks[r].lower == "that" {
		return nil, false
	}
	if who := x.subjects(si, r); len(who) > 0 {
		return who, true
	}
	// "The United States embassy in Lusaka said": the country whose
	// office speaks.
	c := x.clauseStart(si, r)
	if c < r && toks[c].lower == "the" {
		c++
	}
	if m := x.mentionAt(si, c); m != nil && m.t0 == c && m.t1 < r && (m.e.kind == graph.Country || m.e.kind == graph.Organization) && bodyHeads[toks[m.t1].lower] {
		return []*entity{m.e}, true
	}
	return nil, true
}

// surveillanceGear after "surveillance" names equipment, not a
// practice anyone judges.
var surveillanceGear = set("cameras", "camera", "footage", "video", "videos", "equipment", "drones", "drone", "aircraft", "satellites")

// copulas link a subject to what is said of it: "was concerned".
var copulas = set("is", "was", "are", "were", "remains", "remained", "be", "been", "being")

// helpVerbs before "fight" make the fighting a purpose: "would help it
// fight cybercrime".
var helpVerbs = set("help", "helps", "helped", "helping")

// judgementVerbs report a judgement of what follows: "called it
// regrettable".
var judgementVerbs = set("called", "calls", "described", "describes", "branded", "brands", "labelled", "labeled", "deemed", "termed")

// criticismNouns after "joined the" make the joining opposition: "joined
// the criticism".
var criticismNouns = set("criticism", "condemnation", "opposition", "protests", "outcry", "chorus")

// attackGerunds after "joined X in" make the joining an attack: "joined
// Sweden in attacking the plan".
var attackGerunds = set("attacking", "criticising", "criticizing", "condemning", "opposing", "rejecting", "denouncing", "fighting", "challenging")

// notProposals are objects of a stance verb that are not the proposal:
// "rejected claims that it wants to ban encryption".
var notProposals = set("claims", "reports", "suggestions", "accusations", "allegations", "criticism", "rumours", "description")

// findProposals reads proposals sentence by sentence, merges references to
// one proposal, then records the relations and the stances on them.
func (x *extractor) findProposals() {
	for si := range x.sents {
		z := x.sents[si].zone
		if z != zoneBody && z != zoneCaption {
			continue
		}
		x.proposalSentence(si)
		x.letterRecipient(si)
		x.requiredOf(si)
		x.billInParliament(si)
		x.authoredBy(si)
		x.authorRelative(si)
	}
	for _, p := range x.proposals {
		x.finishProposal(p)
	}
	x.undoingProposals()
	x.judging = true
	defer func() { x.judging = false }()
	for si := range x.sents {
		if x.sents[si].zone != zoneBody {
			continue
		}
		x.stanceSentence(si)
		x.praiseSentence(si)
		x.judgedPraise(si)
		x.stanceOf(si)
		x.goalBut(si)
	}
}

// proposalNotBy returns the latest proposal told by sentence si, other
// than p, that e did not make, when e made p in an earlier sentence.
func (x *extractor) proposalNotBy(si int, p *proposal, e *entity) *proposal {
	if p.first >= si {
		return nil
	}
	var best *proposal
	for _, q := range x.proposals {
		if q == p || q.first > si || containsEntity(q.proposers, e) {
			continue
		}
		if best == nil || q.first > best.first {
			best = q
		}
	}
	return best
}

// goalWords name the aim of a proposal, which its critics may share:
// "shared the goal but urged ...".
var goalWords = set("goal", "aim", "aims", "intention", "objective", "objectives")

// goalBut reads "X said it shared the goal but urged the government to
// place the checks on app stores": X opposes the proposal as made and
// asks for another.
func (x *extractor) goalBut(si int) {
	toks := x.sents[si].toks
	for k := 2; k+3 < len(toks); k++ {
		if !goalWords[toks[k].lower] || toks[k+1].lower != "but" {
			continue
		}
		v := k - 2
		if toks[k-1].lower != "the" && toks[k-1].lower != "its" {
			continue
		}
		switch toks[v].lower {
		case "shared", "shares", "supported", "supports", "backed", "welcomed", "endorsed":
		default:
			continue
		}
		switch toks[k+2].lower {
		case "urged", "asked", "called", "questioned", "criticised", "criticized":
		default:
			continue
		}
		// The proposal told before: the one this sentence asks for
		// instead is not what is judged.
		if si == 0 {
			return
		}
		p := x.latestProposal(si-1, "")
		if p == nil {
			return
		}
		who := x.subjects(si, v)
		if len(who) == 0 {
			who = x.reportedSubjects(si, v)
		}
		for _, e := range who {
			if !containsEntity(p.proposers, e) && e.kind != graph.Proposal {
				x.dated(x.relate(graph.Opposes, e, p.e, "", si, "stance/goal-but", 0.55), si)
			}
		}
		return
	}
}

// stanceNouns name a stance others take on a proposal: "drew criticism
// from X", "has the support of X". True means support.
var stanceNouns = map[string]bool{"criticism": false, "opposition": false, "condemnation": false, "objections": false,
	"support": true, "backing": true, "praise": true}

// stanceOf reads a proposal that draws a stance from others: "The
// proposal drew criticism from Zentro Corp", "The plan has the support of
// France".
func (x *extractor) stanceOf(si int) {
	toks := x.sents[si].toks
	for k := 1; k+2 < len(toks); k++ {
		support, ok := stanceNouns[toks[k].lower]
		if !ok {
			continue
		}
		v := k - 1
		if toks[v].lower == "the" || toks[v].lower == "strong" || toks[v].lower == "broad" || toks[v].lower == "sharp" {
			v--
		}
		if v < 1 {
			continue
		}
		switch toks[v].lower {
		case "drew", "draws", "drawn", "won", "wins", "has", "had", "have", "received", "faced", "faces", "met", "gained":
		default:
			continue
		}
		if toks[k+1].lower != "from" && toks[k+1].lower != "of" {
			continue
		}
		p := x.referenceAt(si, x.clauseStart(si, v))
		if p == nil {
			continue
		}
		typ, rule := graph.Opposes, "stance/drew-opposition"
		if support {
			typ, rule = graph.Supports, "stance/drew-support"
		}
		for _, e := range x.actorsFrom(si, k+2) {
			if !containsEntity(p.proposers, e) {
				x.dated(x.relate(typ, e, p.e, "", si, rule, 0.55), si)
				x.mentionSentence(si, p.e)
			}
		}
	}
}

// undoingProposals reads a proposal to undo one told before: "threatened
// to block the bill", "joined calls for the law to be scrapped". Who
// proposes the undoing opposes the proposal undone.
func (x *extractor) undoingProposals() {
	for _, p := range x.proposals {
		w := strings.Fields(strings.ToLower(p.content))
		noun := -1
		switch {
		case len(w) >= 3 && (undoWords[w[0]] || repealVerbs[w[0]] || rejectVerbs[w[0]]) && (w[1] == "the" || w[1] == "this" || w[1] == "its"):
			noun = 2
		case len(w) >= 4 && w[1] == "to" && w[2] == "be" && undoneWords[w[3]]:
			noun = 0
		}
		// "urged the government to withdraw it": the proposal told last
		// before the request.
		if noun < 0 && len(w) >= 2 && (undoWords[w[0]] || repealVerbs[w[0]]) && (w[1] == "it" || w[1] == "them") {
			var undone *proposal
			for _, q := range x.proposals {
				if q != p && q.first < p.first && !undoWords[strings.ToLower(firstWords(q.content, 1))] && (undone == nil || q.first > undone.first) {
					undone = q
				}
			}
			if undone != nil {
				for _, e := range p.proposers {
					if !containsEntity(undone.proposers, e) {
						x.dated(x.relate(graph.Opposes, e, undone.e, "", p.first, "stance/undo-proposal", 0.6), p.first)
					}
				}
			}
			continue
		}
		if noun < 0 {
			continue
		}
		fam, ok := proposalNouns[w[noun]]
		if !ok {
			continue
		}
		var undone *proposal
		for _, q := range x.proposals {
			if q == p || q.first > p.first {
				continue
			}
			// "the bill" for a law, "the ban" for what would block or ban:
			// not any earlier proposal.
			named := q.family == fam || actionNouns[w[noun]][strings.ToLower(firstWords(q.content, 1))]
			for _, f := range q.e.forms {
				named = named || containsWord(strings.ToLower(f), w[noun])
			}
			if !named {
				continue
			}
			if undone == nil || q.first > undone.first {
				undone = q
			}
		}
		if undone == nil {
			continue
		}
		for _, e := range p.proposers {
			if !containsEntity(undone.proposers, e) {
				x.dated(x.relate(graph.Opposes, e, undone.e, "", p.first, "stance/undo-proposal", 0.6), p.first)
			}
		}
	}
}

// goodWords before a noun of action judge a proposal well: "called the
// bill a good first step", "described the plan as a welcome move".
var goodWords = set("good", "positive", "welcome", "important", "sensible", "significant", "necessary", "historic")

// actionHeads are what a proposal is judged to be: "a good first step".
var actionHeads = set("step", "move", "start", "measure", "decision", "advance")

// judgedPraise reads "X called the bill a good first step": X backs the
// proposal the judgement names.
func (x *extractor) judgedPraise(si int) {
	toks := x.sents[si].toks
	for j := 0; j+3 < len(toks); j++ {
		if !judgementVerbs[toks[j].lower] {
			continue
		}
		p := x.referenceAt(si, j+1)
		if p == nil {
			continue
		}
		good := false
		for n := j + 2; n+1 < len(toks) && n <= j+9; n++ {
			if toks[n].kind == tPunct || toks[n].lower == "not" {
				break
			}
			if goodWords[toks[n].lower] && (actionHeads[toks[n+1].lower] || n+2 < len(toks) && toks[n+1].lower == "first" && actionHeads[toks[n+2].lower]) {
				good = true
				break
			}
		}
		if !good {
			continue
		}
		for _, s := range x.subjects(si, j) {
			if !containsEntity(p.proposers, s) && s.kind != graph.Proposal {
				x.dated(x.relate(graph.Supports, s, p.e, "", si, "stance/judged-good", 0.55), si)
				x.mentionSentence(si, p.e)
			}
		}
		return
	}
}

// praiseWords said of a proposal back it: "the law would protect young
// people", "the demand was justified", "the measures would make the
// country safer".
var praiseWords = set("protect", "protects", "needed", "necessary", "justified", "safer", "essential", "vital", "right", "overdue", "help", "helps")

// neededMeasure reads "X told parliament that a law allowing police to
// hack phones was needed": X calls for the measure, from the indefinite
// noun phrase at j to its verb, and puts it to whom X told.
func (x *extractor) neededMeasure(si, r, j int) {
	toks := x.sents[si].toks
	if j+3 >= len(toks) || (toks[j].lower != "a" && toks[j].lower != "an") {
		return
	}
	if fam, ok := proposalNouns[toks[j+1].lower]; !ok || fam == "request" || fam == "suit" {
		return
	}
	end := -1
	for n := j + 2; n+1 < len(toks) && n < j+16; n++ {
		if toks[n].kind == tPunct {
			return
		}
		if toks[n].lower == "was" || toks[n].lower == "is" || toks[n].lower == "were" {
			end = n
			break
		}
	}
	if end < 0 || !(toks[end+1].lower == "needed" || toks[end+1].lower == "necessary" || toks[end+1].lower == "essential" || toks[end+1].lower == "urgently" && end+2 < len(toks) && toks[end+2].lower == "needed") {
		return
	}
	who := x.subjects(si, r)
	if len(who) == 0 {
		return
	}
	var ads []*entity
	if toks[r].lower == "told" || toks[r].lower == "tells" {
		if m := x.mentionAt(si, r+1); m != nil && isActor(m.e.kind) {
			ads = []*entity{m.e}
		}
	}
	if p := x.mergeOrCreate(si, who, ads, familyOfVerb("called"), x.clauseText(si, j, end), x.clauseText(si, 0, len(toks))); p != nil {
		x.joinProposal(p, si, who, ads)
	}
}

// praiseSentence reads "X said the law would protect young people": the
// speaker backs what the reference names.
func (x *extractor) praiseSentence(si int) {
	if len(x.proposals) == 0 {
		return
	}
	toks := x.sents[si].toks
	for r := 0; r+2 < len(toks); r++ {
		told := toks[r].lower == "told" || toks[r].lower == "tells"
		if toks[r].lower != "said" && toks[r].lower != "says" && !told {
			continue
		}
		j := r + 1
		// "told a news conference the rules were needed": past the
		// audience.
		if told && j+2 < len(toks) && toks[j].lower == "a" && (toks[j+1].lower == "news" || toks[j+1].lower == "press") && toks[j+2].lower == "conference" {
			j += 3
		}
		// "told reporters the order was needed": past whom he told.
		for told && j < len(toks)-1 && j <= r+3 && !determiners[toks[j].lower] && toks[j].lower != "this" {
			j++
		}
		if toks[j].lower == "that" {
			j++
		}
		// "said it would seek amendments to protect privacy": "it" is
		// the speaker, not the bill.
		if w := toks[j].lower; w == "it" || w == "they" {
			if r := x.resolveAt(si, j); r != nil && isActor(r.e.kind) {
				continue
			}
		}
		p := x.referenceAt(si, j)
		if p == nil {
			// "told parliament that a law allowing police to hack phones
			// was needed": a call for a measure not told before.
			x.neededMeasure(si, r, j)
			continue
		}
		praised := false
		for n := j + 1; n < len(toks) && n <= j+7; n++ {
			w := toks[n].lower
			if w == "not" || w == "never" || w == "no" || toks[n].kind == tPunct {
				break
			}
			if praiseWords[w] {
				praised = true
				break
			}
		}
		if !praised {
			continue
		}
		for _, s := range x.subjects(si, r) {
			if containsEntity(p.proposers, s) || s.kind == graph.Proposal {
				continue
			}
			x.dated(x.relate(graph.Supports, s, p.e, "", si, "stance/praise", 0.55), si)
			x.mentionSentence(si, p.e)
			for _, org := range x.ledBy(s) {
				if !containsEntity(p.proposers, org) {
					x.dated(x.relate(graph.Supports, org, p.e, "", si, "stance/praise/for-body", 0.5), si)
				}
			}
		}
		return
	}
}

// proposalSentence finds the proposals sentence si states or refers to.
func (x *extractor) proposalSentence(si int) {
	toks := x.sents[si].toks
	var here, undoing *proposal
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.kind != tWord {
			continue
		}
		x.curTok = k
		if p := x.namedLaw(si, k); p != nil {
			here = p
			k = x.lawEnd(si, k) - 1
			continue
		}
		if role, ok := proposalVerbs[t.lower]; ok {
			if p := x.verbProposal(si, k, role, here); p != nil {
				here = p
				x.lastTrigger = trigger{si: si, tok: k, p: p}
				if undoing == nil && x.undoContent(si, k) {
					undoing = p
				}
				continue
			}
			// "wants X to" failed; "wants to revise" may still be a plan.
			if k+1 >= len(toks) || toks[k+1].lower != "to" {
				continue
			}
		}
		if p := x.talksAbout(si, k); p != nil {
			here = p
			continue
		}
		if p := x.policyFuture(si, k); p != nil {
			here = p
			x.lastTrigger = trigger{si: si, tok: k, p: p}
			continue
		}
		if p := x.measureTaken(si, k); p != nil {
			here = p
			continue
		}
		if p := x.passiveFuture(si, k, here); p != nil {
			here = p
			x.lastTrigger = trigger{si: si, tok: k, p: p}
			continue
		}
		if fam, ok := proposalNouns[t.lower]; ok {
			if p := x.nounProposal(si, k, fam); p != nil {
				here = p
				// "asked the court to strike down a new rule": the asker
				// opposes the rule.
				if undoing != nil && p != undoing {
					for _, e := range undoing.proposers {
						if !containsEntity(p.proposers, e) {
							x.dated(x.relate(graph.Opposes, e, p.e, "", si, "stance/undo-request", 0.7), si)
						}
					}
				}
			}
		}
	}
	if here == nil {
		here = x.underNewPlan(si)
	}
	x.widerBill(si, here)
	x.obligedSuchAs(si, here)
	if q := x.underMeasure(si, here); q != nil && here == nil {
		here = q
	}
	if here == nil {
		x.modalDemand(si)
		return
	}
	// "urged the Commission to ..., in a joint letter signed by A and
	// B": the signers ask too.
	for k := 1; k+2 < len(toks); k++ {
		if (toks[k].lower == "signed" || toks[k].lower == "written") && toks[k+1].lower == "by" && x.letterBefore(si, k) {
			if who := x.actorsFrom(si, k+2); len(who) > 0 {
				x.joinProposal(here, si, who, nil)
			}
		}
	}
}

// bindingWords say that a rule puts a duty on those it names.
var bindingWords = set("require", "requires", "requiring", "force", "forces", "forcing", "oblige", "obliges",
	"obliging", "compel", "compels", "must", "liable", "have", "order", "ordering", "impose", "imposes", "imposing")

// bindingHeads are the plural nouns before "such as" that name those a
// rule binds: "companies such as Meta Platforms and Google".
var bindingHeads = set("companies", "firms", "platforms", "providers", "operators", "services", "groups", "giants")

// obligedSuchAs reads whom a rule binds by example: "The bill would let
// Ofcom require messaging companies such as Meta and the Signal
// Foundation to ...", "Under the draft, companies such as Meta Platforms
// and Google would also have to remove ...". The companies named are whom
// the rule is put to.
func (x *extractor) obligedSuchAs(si int, here *proposal) {
	toks := x.sents[si].toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].lower != "such" || toks[k+1].lower != "as" || !bindingHeads[toks[k-1].lower] {
			continue
		}
		p := here
		if p == nil {
			// "The bill would ...", "Under the draft, ...".
			c := 0
			if toks[0].lower == "under" {
				c = 1
			}
			p = x.referenceAt(si, c)
		}
		if p == nil {
			return
		}
		binding := false
		for j := x.clauseStart(si, k); j < len(toks) && toks[j].text != ";"; j++ {
			if bindingWords[toks[j].lower] && !(toks[j].lower == "have" && (j+1 >= len(toks) || toks[j+1].lower != "to")) {
				binding = true
				break
			}
		}
		if !binding {
			return
		}
		var ads []*entity
		for _, e := range x.actorsFrom(si, k+2) {
			if e.kind == graph.Organization {
				ads = append(ads, e)
			}
		}
		if len(ads) > 0 {
			x.joinProposal(p, si, nil, ads)
		}
		return
	}
}

// authoredBy reads who wrote a proposal told before: "The draft, drawn up
// by the Internal Security Agency, would ...", "the bill, drafted by the
// ministry".
func (x *extractor) authoredBy(si int) {
	toks := x.sents[si].toks
	for k := 2; k+2 < len(toks); k++ {
		by := -1
		switch {
		case toks[k].lower == "drawn" && toks[k+1].lower == "up" && k+2 < len(toks) && toks[k+2].lower == "by":
			by = k + 2
		case authorParticiples[toks[k].lower] && toks[k+1].lower == "by":
			by = k + 1
		case authorParticiples[toks[k].lower] && toks[k+1].lower == "in" && k+3 < len(toks) && toks[k+3].lower == "by":
			// "The bill, tabled in parliament by ...".
			by = k + 3
		}
		if by < 0 {
			continue
		}
		// ", which was sponsored by": past the relative pronoun and its
		// auxiliaries to the comma.
		cm := k - 1
		for cm > 1 && (auxiliaries[toks[cm].lower] || toks[cm].lower == "which") && toks[cm].text != "," {
			cm--
		}
		if toks[cm].text != "," {
			continue
		}
		// The participle follows the proposal's noun phrase and its comma.
		c := cm - 1
		for c >= 0 && toks[c].kind == tWord && !toks[c].cap && cm-c <= 5 {
			if _, ok := proposalNouns[toks[c].lower]; ok {
				break
			}
			c--
		}
		if c < 0 || toks[c].kind != tWord {
			continue
		}
		if _, ok := proposalNouns[toks[c].lower]; !ok {
			continue
		}
		p := x.referenceAt(si, x.npStart(si, c))
		if p == nil {
			continue
		}
		if who := x.actorsFrom(si, by+1); len(who) > 0 {
			x.joinProposal(p, si, who, nil)
		}
	}
}

// authorParticiples after a proposal and its comma name its authors:
// "The bill, sponsored by Senator X, would ...".
var authorParticiples = set("drafted", "written", "prepared", "authored", "sponsored", "tabled", "introduced", "proposed", "presented", "submitted",
	"requested", "sought")

// authorVerbs in a relative clause after an actor make the actor an
// author of the proposal they govern: "Scott Wiener, who wrote the bill,".
var authorVerbs = set("wrote", "authored", "co-wrote", "co-authored", "sponsored", "co-sponsored", "drafted", "tabled", "introduced", "proposed")

// bodyNouns may follow a body's name: "the Georgian Dream party".
var bodyNouns = set("party", "coalition", "alliance", "bloc", "group", "movement")

// authorRelative reads an author told in a relative clause: "State
// Senator Scott Wiener, who wrote the bill, said ...", "Karhi, who had
// drafted the measure, ...". The proposal must have been told before.
func (x *extractor) authorRelative(si int) {
	toks := x.sents[si].toks
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].lower != "who" && toks[k].lower != "which" || toks[k-1].text != "," {
			continue
		}
		v := k + 1
		if toks[v].lower == "has" || toks[v].lower == "had" || toks[v].lower == "also" {
			v++
		}
		if v+1 >= len(toks) || !authorVerbs[toks[v].lower] {
			continue
		}
		m := x.mentionAt(si, k-2)
		// "The ruling Georgian Dream party, which proposed the bill,".
		if m == nil && k >= 3 && bodyNouns[toks[k-2].lower] {
			if n := x.mentionAt(si, k-3); n != nil && n.t1 == k-2 {
				m = n
			}
		} else if m != nil && m.t1 != k-1 {
			m = nil
		}
		if m == nil || !isActor(m.e.kind) || toks[k].lower == "which" && m.e.kind == graph.Person {
			continue
		}
		// "who wrote the bill"; not "who wrote the registration law",
		// which may be another law than the one last told.
		if v+2 >= len(toks) || toks[v+1].lower != "the" && toks[v+1].lower != "this" {
			continue
		}
		if _, ok := proposalNouns[toks[v+2].lower]; !ok {
			continue
		}
		p := x.referenceAt(si, v+1)
		if p == nil || p.first >= si {
			continue
		}
		x.joinProposal(p, si, []*entity{m.e}, nil)
	}
}

// letterBefore reports whether "letter" stands just before token k: "a
// joint letter signed by".
func (x *extractor) letterBefore(si, k int) bool {
	toks := x.sents[si].toks
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if toks[j].lower == "letter" || toks[j].lower == "statement" || toks[j].lower == "declaration" {
			return true
		}
	}
	return false
}

// undoneWords after "should be" ask for a proposal to go.
var undoneWords = set("scrapped", "withdrawn", "repealed", "dropped", "abandoned", "rejected", "shelved", "struck", "overturned", "blocked", "suspended")

// advocacyVerbs may ask no one in particular: "urged governments not to".
var advocacyVerbs = set("urged", "urges", "urge", "urging", "asked", "asks", "ask", "asking", "called", "calls",
	"calling", "pressed", "presses", "pressing", "press")

// orderVerbs may order a class of actors: "ordered VPN providers to".
// A law "ordering a company to" describes, it does not propose.
var orderVerbs = set("ordered", "directed", "instructed", "told")

// undoContent reports whether the proposal verb at k asks to undo
// something: "asked the court to strike down", "urged them to scrap".
func (x *extractor) undoContent(si, k int) bool {
	toks := x.sents[si].toks
	for j := k + 1; j < len(toks) && j < k+12; j++ {
		if toks[j].lower == "to" && j+1 < len(toks) {
			return undoWords[toks[j+1].lower]
		}
		if toks[j].kind == tPunct {
			return false
		}
	}
	return false
}

// trigger is the last verb that made or joined a proposal.
type trigger struct {
	si, tok int
	p       *proposal
}

// undoWords introduce action against a rule rather than the rule itself.
var undoWords = set("strike", "overturn", "scrap", "repeal", "block", "challenge", "halt", "drop", "withdraw",
	"suspend", "annul", "quash", "reverse", "stop")

// dutyVerbs are what a rule asks of those it binds: "wants operators to
// replace", "wants platforms to verify".
var dutyVerbs = set("replace", "store", "verify", "report", "share", "hand", "appoint", "register", "disclose",
	"pay", "comply", "keep", "label", "identify", "check", "monitor", "install", "provide", "set", "stop")

// policyVerbs are what a government will do when it announces a measure.
var policyVerbs = set("ban", "outlaw", "require", "force", "criminalise", "criminalize", "legislate", "impose",
	"restrict", "regulate", "compel", "oblige", "introduce", "prohibit", "mandate", "block",
	"stop", "end", "halt", "remove", "suspend", "revise", "tighten", "expand", "extend", "scrap", "create",
	"launch", "delete", "scan", "encrypt", "allow", "grant", "reduce", "cut", "sell", "consider", "review", "lift",
	"let", "give", "enable", "permit", "test", "trial", "pilot", "adopt", "add", "draft")

// takenMeasures are measures a state takes on its own authority, in the
// past tense: "Malaysia on Sunday restricted access to", "Ukraine has
// banned the use of".
var takenMeasures = set("banned", "restricted", "suspended", "blocked")

// passiveMeasures are measures told in a passive future: "would be
// blocked"; the value names the measure.
var passiveMeasures = map[string]string{"blocked": "blocking", "banned": "ban",
	"suspended": "suspension", "shut": "shutdown", "closed": "closure", "removed": "removal", "delisted": "delisting"}

// passiveFuture reads a measure announced in a passive future in reported
// speech: "France's digital minister said pornography websites that fail
// to verify users' ages would be blocked within weeks" is a demand by the
// speaker, named "blocking of pornography websites that fail to verify
// users' ages". In a sentence that already made a proposal ("gave
// companies seven days to register, and said platforms that failed to
// do so would be blocked") it is part of that one.
func (x *extractor) passiveFuture(si, k int, here *proposal) *proposal {
	toks := x.sents[si].toks
	if toks[k].lower != "would" && toks[k].lower != "will" || k+2 >= len(toks) || toks[k+1].lower != "be" {
		return nil
	}
	noun, ok := passiveMeasures[toks[k+2].lower]
	if !ok || x.hypothetical(si, k) {
		return nil
	}
	// The reporting verb and the subject of the passive after it.
	r := -1
	for j := k - 1; j >= 0 && j >= k-20; j-- {
		if toks[j].text == "." || toks[j].text == ";" {
			break
		}
		if toks[j].lower == "said" || toks[j].lower == "says" || toks[j].lower == "announced" || toks[j].lower == "warned" {
			r = j
			break
		}
	}
	if r < 0 {
		return nil
	}
	a := r + 1
	for a < k && (toks[a].lower == "on" && a+1 < k && calendarWords[toks[a+1].text] || calendarWords[toks[a].text]) {
		a++
	}
	if a < k && toks[a].lower == "that" {
		a++
	}
	if k-a < 1 || k-a > 14 || x.mentionAt(si, a) != nil && x.mentionAt(si, a).e.kind != graph.Service {
		return nil
	}
	// "platforms that failed to do so would be blocked": the sanction of
	// the demand just made.
	np := strings.ToLower(x.clauseText(si, a, k))
	if here != nil && here.first == si && (strings.Contains(np, "do so") || strings.Contains(np, "comply")) {
		here.e.addForm(noun + " of " + x.clauseText(si, a, k))
		return here
	}
	proposers := x.subjects(si, r)
	if len(proposers) == 0 {
		proposers = x.possessiveOfficial(si, r)
	}
	if len(proposers) == 0 {
		return nil
	}
	content := noun + " of " + x.clauseText(si, a, k)
	p := x.mergeOrCreate(si, proposers, nil, "order", content, x.clauseText(si, x.clauseStart(si, r), len(toks)))
	if p != nil {
		x.joinProposal(p, si, proposers, nil)
	}
	return p
}

// measureNouns name the measure a past-tense verb took.
var measureNouns = map[string]string{"banned": "ban on", "blocked": "block on", "suspended": "suspension of"}

// measureTaken reads a measure a country took: "Malaysia on Sunday
// restricted access to Telegram and Viber", "Ukraine has banned the use
// of the Telegram app on officials' devices". The country proposes it,
// and it is decided, so that "the decision" finds it. A body other than
// a country takes one only on a service or on access to one.
func (x *extractor) measureTaken(si, k int) *proposal {
	toks := x.sents[si].toks
	if !takenMeasures[toks[k].lower] || k+2 >= len(toks) || x.hypothetical(si, k) || len(x.proposals) > 0 && x.judging {
		return nil
	}
	// "was banned", "had been blocked": a passive names no taker here.
	if prev := toks[k-1].lower; k > 0 && (prev == "was" || prev == "were" || prev == "been" || prev == "be" || prev == "is" || prev == "are") {
		return nil
	}
	// "had already blocked access to Facebook" after the story told its
	// measure: background, not the measure it reports.
	if k >= 2 && (toks[k-1].lower == "had" || toks[k-2].lower == "had" && adverbs[toks[k-1].lower]) {
		for _, q := range x.proposals {
			if q.family == "order" {
				return nil
			}
		}
	}
	next := toks[k+1].lower
	m := x.mentionAt(si, k+1)
	onService := next == "the" && k+2 < len(toks) && toks[k+2].lower == "use" || m != nil && m.t0 == k+1 && m.e.kind == graph.Service
	// "suspended mobile internet access": access, after its modifiers;
	// "blocked the social media platform X": a service, after its kind.
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if n := x.mentionAt(si, j); n != nil && n.t0 == j {
			onService = onService || n.e.kind == graph.Service
			break
		}
		if toks[j].kind != tWord || toks[j].cap {
			break
		}
		if toks[j].lower == "access" {
			onService = true
			break
		}
	}
	// "A Turkish court on Wednesday blocked access": the court's, which
	// the story does not name; the request it grants is told apart.
	if !onService || x.unnamedCourt(si, k) {
		return nil
	}
	var takers []*entity
	// "explain why it had blocked X": the pronoun's body, not the
	// subject of the clause that asks.
	pronoun := false
	if j := k - 1; j > 0 {
		for j > 0 && (toks[j].lower == "had" || toks[j].lower == "has" || adverbs[toks[j].lower]) {
			j--
		}
		if toks[j].lower == "it" || toks[j].lower == "they" {
			pronoun = true
			if r := x.resolveAt(si, j); r != nil && (r.e.kind == graph.Country || r.e.kind == graph.Organization) {
				takers = append(takers, r.e)
			}
		}
	}
	for _, e := range x.subjects(si, k) {
		if !pronoun && (e.kind == graph.Country || e.kind == graph.Organization) {
			takers = append(takers, e)
		}
	}
	if len(takers) == 0 {
		return nil
	}
	// "Ukraine has banned ..., the National Security and Defence
	// Council said": the body that announces it took it.
	for _, e := range x.speakers(si, k) {
		if e.kind == graph.Organization {
			takers = appendUnique(takers, e)
		}
	}
	content := x.contentFrom(si, k)
	if len(strings.Fields(content)) < 3 {
		return nil
	}
	// The measure, not the act: "ban on the use of the Telegram app".
	if f := strings.Fields(content); measureNouns[strings.ToLower(f[0])] != "" {
		content = measureNouns[strings.ToLower(f[0])] + " " + strings.Join(f[1:], " ")
	}
	p := x.mergeOrCreate(si, takers, nil, "order", content, x.clauseText(si, x.clauseStart(si, k), len(toks)))
	if p == nil {
		return nil
	}
	p.decided = true
	x.joinProposal(p, si, takers, nil)
	return p
}

// policyPast are measures taken, in the past tense: "blocked access".
var policyPast = set("blocked", "banned", "suspended", "ordered", "restricted", "fined", "shut", "closed", "removed")

// reportVerbs introduce reported speech, whose "would" states a plan:
// "said it would stop selling the devices".
var reportVerbs = set("said", "says", "announced", "announces", "added", "confirmed", "told", "that", "pledged", "promised")

// proposalNPBefore returns "the ban" when the words before token k in
// sentence si name a proposal with a determiner and a proposal noun.
func (x *extractor) proposalNPBefore(si, k int) string {
	toks := x.sents[si].toks
	for j := k - 1; j > 0; j-- {
		if _, ok := proposalNouns[toks[j].lower]; ok && !toks[j].cap && (toks[j-1].lower == "the" || toks[j-1].lower == "this") {
			return x.text[toks[j-1].start:toks[j].end]
		}
	}
	return ""
}

// talksAbout reads "X was in talks with Y about buying Z": X proposes
// what the talks are about, to Y.
func (x *extractor) talksAbout(si, k int) *proposal {
	toks := x.sents[si].toks
	if toks[k].lower != "talks" || k+1 >= len(toks) || toks[k+1].lower != "with" || k == 0 || toks[k-1].lower != "in" {
		return nil
	}
	ads := x.actorsFrom(si, k+2)
	if len(ads) == 0 {
		return nil
	}
	for j := k + 2; j+1 < len(toks) && j < k+10; j++ {
		if toks[j].lower != "about" && toks[j].lower != "over" && toks[j].lower != "on" {
			continue
		}
		if !strings.HasSuffix(toks[j+1].lower, "ing") {
			return nil
		}
		proposers := x.subjects(si, k)
		// "Bullrich said the government was in talks with": the clause's
		// own subject talks, the speaker with it.
		b := k - 2
		for b > 0 && (auxiliaries[toks[b].lower] || toks[b].lower == "been") {
			b--
		}
		if b < k-2 {
			if m := x.mentionAt(si, b); m != nil && m.t1 == b+1 && isActor(m.e.kind) {
				proposers = appendUnique(proposers, m.e)
			} else if b > 0 {
				if r := x.resolveAt(si, b-1); r != nil && r.t1 == b+1 && isActor(r.e.kind) {
					proposers = appendUnique(proposers, r.e)
				}
			}
		}
		if len(proposers) == 0 {
			return nil
		}
		p := x.mergeOrCreate(si, proposers, ads, "plan", x.contentFrom(si, j+1), x.clauseText(si, x.clauseStart(si, k), len(toks)))
		if p != nil {
			x.joinProposal(p, si, proposers, ads)
		}
		return p
	}
	return nil
}

// policyFuture reads a measure announced in the future tense: "New Zealand
// will make it a crime to sell ...", "Britain plans to ban ...", "the
// government wants to require ...".
func (x *extractor) policyFuture(si, k int) *proposal {
	toks := x.sents[si].toks
	w := toks[k].lower
	v := -1
	switch w {
	case "will":
		v = k + 1
	case "plans", "intends", "wants", "aims", "agreed", "agrees", "decided", "decides", "voted", "votes", "moved", "moves",
		"threatened", "threatens", "threatening", "vowed", "promised":
		// "the government agreed to ban knives", "moved on Monday to
		// ban".
		n := k + 1
		if n+2 < len(toks) && toks[n].lower == "on" && calendarWords[toks[n+1].text] {
			n += 2
		}
		if n < len(toks) && toks[n].lower == "to" {
			v = n + 1
		}
	case "would":
		// "KPN said it would stop selling", "Idezawa said the company
		// would stop storing": a plan in reported speech.
		if k >= 2 && (reportVerbs[toks[k-2].lower] || k >= 3 && reportVerbs[toks[k-3].lower]) {
			v = k + 1
		}
	}
	if v < 0 || v >= len(toks) || x.hypothetical(si, k) {
		return nil
	}
	// "said he would use it to shut down Al Jazeera's operations": a
	// plan made with a law told before, which the speaker backs.
	var used *proposal
	if toks[v].lower == "use" && v+3 < len(toks) && toks[v+2].lower == "to" {
		if toks[v+1].lower == "it" || toks[v+1].lower == "them" {
			used = x.toldBefore(si, k, x.latestProposal(si, ""))
		} else {
			used = x.referenceAt(si, v+1)
		}
		if used != nil && used.first <= si && (policyVerbs[toks[v+3].lower] || toks[v+3].lower == "shut" || toks[v+3].lower == "close") {
			v += 3
		} else {
			used = nil
		}
	}
	makeCrime := toks[v].lower == "make" && v+3 < len(toks) && toks[v+1].lower == "it" && (toks[v+2].lower == "a" && toks[v+3].lower == "crime" || toks[v+2].lower == "illegal")
	if !policyVerbs[toks[v].lower] && !makeCrime && used == nil {
		return nil
	}
	// "the government also plans to": an adverb stands between the
	// subject and its verb.
	h := k
	if h > 1 && subjectAdverbs[toks[h-1].lower] {
		h--
	}
	// The subject stands right before: "New Zealand will", "the
	// government plans to"; not "it would force" said of a proposal.
	var subj []*entity
	if m := x.mentionAt(si, h-1); h > 0 && m != nil && m.t1 == h {
		subj = []*entity{m.e}
	} else if w == "would" && (toks[h-1].lower == "it" || toks[h-1].lower == "they") {
		// "LY Corp, which is owned by ..., said it would": the pronoun
		// is the speaker, not the last name before it.
		if h >= 2 && reportVerbs[toks[h-2].lower] && toks[h-2].lower != "that" {
			for _, e := range x.subjects(si, h-2) {
				if e.kind == graph.Organization || e.kind == graph.Country {
					subj = append(subj, e)
				}
			}
		}
		if r := x.resolveAt(si, h-1); len(subj) == 0 && r != nil && r.t1 == h {
			subj = []*entity{r.e}
		}
	} else if h > 1 {
		if r := x.resolveAt(si, h-2); r != nil && r.t1 == h && r.e.kind != graph.Service && toks[h-2].lower == "the" {
			subj = []*entity{r.e}
		}
		// "the Dutch government wants to", "Canada's government will".
		if m := x.mentionAt(si, h-2); m != nil && m.t1 == h-1 && ownedBodies[toks[h-1].lower] && (m.e.kind == graph.Country || m.e.kind == graph.Organization) {
			subj = []*entity{m.e}
		} else if m := x.mentionAt(si, h-3); h > 2 && m != nil && m.t1 == h-2 && toks[h-2].kind == tPoss && ownedBodies[toks[h-1].lower] {
			subj = []*entity{m.e}
		}
	}
	// "Germany's government on Thursday agreed to": the clause's subject.
	if len(subj) == 0 && w != "will" && w != "would" {
		subj = x.subjects(si, k)
	}
	// "Netanyahu said he would use it to": the speaker.
	if len(subj) == 0 && used != nil && h >= 2 && (toks[h-1].lower == "he" || toks[h-1].lower == "she") && reportVerbs[toks[h-2].lower] {
		subj = x.subjects(si, h-2)
	}
	if len(subj) == 0 {
		return nil
	}
	for _, s := range x.speakers(si, k) {
		subj = appendUnique(subj, s)
	}
	// "Idezawa said the company would stop": the speaker plans it too.
	if w == "would" {
		for rv := k - 2; rv >= 0 && rv >= k-3; rv-- {
			if reportVerbs[toks[rv].lower] && toks[rv].lower != "that" {
				for _, s := range x.subjects(si, rv) {
					subj = appendUnique(subj, s)
				}
				break
			}
		}
	}
	var actors []*entity
	for _, s := range subj {
		if s.kind == graph.Country || s.kind == graph.Organization || s.kind == graph.Person {
			actors = append(actors, s)
		}
	}
	if len(actors) == 0 {
		return nil
	}
	// "Human Rights Watch said it would let governments pursue critics":
	// the pronoun is the treaty told before, whose effect the speaker
	// tells; the speaker plans nothing.
	if w == "would" && (toks[h-1].lower == "it" || toks[h-1].lower == "they") && effectVerbs[toks[v].lower] {
		if q := x.latestProposal(si, ""); q != nil && q.first < si && !overlap(q.proposers, actors) {
			return nil
		}
	}
	content := x.contentFrom(si, v)
	x.also = k > 0 && toks[k-1].lower == "also"
	x.fresh = used != nil
	p := x.mergeOrCreate(si, actors, nil, "law", content, x.clauseText(si, x.clauseStart(si, k), len(toks)))
	x.also, x.fresh = false, false
	if used != nil && p != nil && p != used {
		for _, a := range actors {
			if !containsEntity(used.proposers, a) {
				x.dated(x.relate(graph.Supports, a, used.e, "", si, "stance/use-to", 0.55), si)
			}
		}
	}
	if p != nil {
		x.joinProposal(p, si, actors, nil)
	}
	return p
}

// hypothetical reports whether token k stands in a clause that is asked
// about, denied or conditional ("declined to say whether France would
// request").
func (x *extractor) hypothetical(si, k int) bool {
	toks := x.sents[si].toks
	start := x.clauseStart(si, k)
	if start > 0 {
		switch toks[start-1].lower {
		case "whether", "if", "until", "unless":
			// "the block would stay until X agreed to remove ...": a
			// condition, not a plan.
			return true
		case "that":
			if start > 1 {
				switch toks[start-2].lower {
				case "claims", "reports", "suggestions", "accusations", "allegations", "denied", "rumours":
					return true
				}
			}
		}
	}
	if k > 0 && (toks[k-1].lower == "not" || toks[k-1].lower == "no" || toks[k-1].lower == "never") {
		return true
	}
	return false
}

// passive reports whether the verb at k is in the passive voice and
// returns the agents after "by".
func (x *extractor) passiveAgents(si, k int) (bool, []*entity) {
	toks := x.sents[si].toks
	// "Portugal is seeking powers": a progressive, not a passive.
	if strings.HasSuffix(toks[k].lower, "ing") {
		return false, nil
	}
	// "The rules, issued in February by the Ministry": a participle after
	// a comma is passive when an agent follows.
	passive := false
	if k > 0 && toks[k-1].text == "," && strings.HasSuffix(toks[k].lower, "ed") {
		for j := k + 1; j < len(toks) && j < k+8 && toks[j].kind != tPunct; j++ {
			if toks[j].lower == "by" {
				passive = true
			}
		}
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].lower {
		case "was", "were", "been", "be", "is", "are", "being":
			passive = true
		}
		if toks[j].kind == tPunct {
			break
		}
	}
	if !passive {
		return false, nil
	}
	for j := k + 1; j < len(toks); j++ {
		// "The ban, which would be introduced as part of a wider bill,
		// was welcomed by X": the agent is another passive's.
		if j > k+1 && strings.HasSuffix(toks[j].lower, "ed") && (toks[j-1].lower == "was" || toks[j-1].lower == "were" || toks[j-1].lower == "been") {
			break
		}
		if toks[j].lower == "by" {
			agents := x.actorsFrom(si, j+1)
			// "backed by DigitalEurope, which represents ..., and by
			// Spotify": every agent the clause adds with "and by".
			for n := j + 2; n < len(toks) && toks[n].text != ";"; n++ {
				if toks[n].lower == "by" && toks[n-1].lower == "and" {
					more := x.actorsFrom(si, n+1)
					// "and by the music streaming firm Spotify Technology".
					for a := n + 1; len(more) == 0 && a < len(toks) && a <= n+6 && toks[a].kind == tWord; a++ {
						if m := x.mentionAt(si, a); m != nil && isActor(m.e.kind) {
							more = []*entity{m.e}
						}
					}
					for _, a := range more {
						agents = appendUnique(agents, a)
					}
				}
			}
			return true, agents
		}
		if toks[j].text == ";" {
			break
		}
	}
	return true, nil
}

// actorsFrom returns the actors of the noun phrase starting at token k,
// with those conjoined to it: "the interior ministers of Germany and
// France", "Thomas de Maiziere ... and his French counterpart, Bruno Le
// Roux".
func (x *extractor) actorsFrom(si, k int) []*entity {
	toks := x.sents[si].toks
	var out []*entity
	var persons []*entity
	for j := k; j < len(toks) && j < k+25; j++ {
		t := toks[j]
		if t.text == "." || t.text == ";" || t.lower == "which" || t.lower == "who" || t.lower == "that" {
			break
		}
		if m := x.mentionAt(si, j); m != nil && m.t0 == j {
			if isActor(m.e.kind) && (m.t1 >= len(toks) || toks[m.t1].kind != tPoss) {
				out = appendUnique(out, m.e)
				if m.e.kind == graph.Person {
					persons = appendUnique(persons, m.e)
				}
			}
			j = m.t1 - 1
			continue
		}
		// "interior ministers from France and Italy": the countries.
		fromBody := t.lower == "from" && j > k && officialPlurals[toks[j-1].lower]
		if t.kind == tWord && !t.cap && !titleModifiers[t.lower] && !titleHeads[t.lower] && t.lower != "and" &&
			t.lower != "the" && t.lower != "of" && t.lower != "his" && t.lower != "her" && t.lower != "a" &&
			!strings.HasSuffix(t.lower, "ministers") && !strings.HasSuffix(t.lower, "officials") && !fromBody && !x.descriptorOf(si, j) {
			break
		}
	}
	if len(persons) > 0 {
		return persons
	}
	return out
}

// descriptorOf reports whether the lower-case words from token j, at
// most three, describe the actor named right after them: "telecoms
// regulator Conatel", "rights group Access Now".
func (x *extractor) descriptorOf(si, j int) bool {
	toks := x.sents[si].toks
	for n := j; n < len(toks) && n < j+4; n++ {
		if m := x.mentionAt(si, n); m != nil && m.t0 == n {
			return n > j && isActor(m.e.kind)
		}
		if toks[n].kind != tWord || toks[n].cap || functionWords[toks[n].lower] || contentStops[toks[n].lower] {
			return false
		}
	}
	return false
}

func appendUnique(list []*entity, e *entity) []*entity {
	for _, o := range list {
		if o == e {
			return list
		}
	}
	return append(list, e)
}

// verbProposal handles a proposal verb at token k.
func (x *extractor) verbProposal(si, k int, role string, here *proposal) *proposal {
	toks := x.sents[si].toks
	t := toks[k].lower
	if x.hypothetical(si, k) {
		return nil
	}
	// "pledged allegiance to Islamic State": loyalty sworn, nothing
	// proposed.
	if strings.HasPrefix(t, "pledg") && k+1 < len(toks) && oathWords[toks[k+1].lower] {
		return nil
	}
	// Verbs that need their particle: "called for", "pushed for", "asked
	// X to", "wants X to", "told X to", "put X to Y".
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].lower
	}
	// "pressed instead for", "called again for": the adverb stands
	// between the verb and its particle.
	skip := 0
	if verbAdverbs[next] && k+2 < len(toks) && (toks[k+2].lower == "for" || toks[k+2].lower == "on") {
		skip = 1
		next = toks[k+2].lower
	}
	objStart := k + 1 + skip
	switch t {
	case "put":
		// "put forward a plan", "put the bill to parliament"; not "put
		// the security of users at risk".
		if next != "forward" {
			ok := false
			for j := k + 1; j < len(toks) && j < k+8; j++ {
				if (toks[j].lower == "to" || toks[j].lower == "before") && len(x.actorsAfterTo(si, j+1)) > 0 {
					ok = true
					break
				}
				if toks[j].kind == tPunct {
					break
				}
			}
			if !ok {
				return nil
			}
		}
	case "called", "calls", "calling":
		if next != "for" && next != "on" {
			return nil
		}
		if next == "on" {
			// "called on Apple and Google to give ...": like "urged".
			role = "obj"
			objStart = k + 2 + skip
		}
	case "appealed", "appeals", "appealing":
		// "appealed to the Commission to ban ..."; not "appealed the
		// ruling" or "appealed against".
		if next != "to" {
			return nil
		}
		objStart = k + 2
	case "gave", "gives", "giving":
		// "gave Zentro Corp 24 hours to remove the channels": a deadline
		// is a demand; "gave a speech" is none.
		if !x.deadlineAfter(si, k+1) {
			return nil
		}
	case "considering", "weighing", "mulling", "preparing", "prepares", "published", "publishes":
		// "is considering a ban on", "is preparing legislation that
		// would": a measure being readied; not "considering the
		// evidence".
		if !x.measureAhead(si, k+1) {
			return nil
		}
	case "offered", "offers", "offering":
		// "had offered to pay a smaller penalty"; not "offered
		// condolences".
		if next != "to" {
			return nil
		}
	case "pushed", "pushing", "argued", "argues", "arguing", "campaigned", "campaigning", "lobbied", "lobbying":
		// "have long argued for an exemption"; not "argued that".
		if next != "for" {
			return nil
		}
	case "pressed", "presses", "pressing", "press":
		// "pressed for tougher rules" names what, "pressed Facebook to"
		// whom.
		if next == "for" {
			role = "for"
		}
	}
	// "information sought in an investigation": a participle after a noun
	// describes it; nobody proposes anything there.
	if k > 0 && (strings.HasSuffix(t, "ed") || t == "sought" || t == "sent" || t == "put" || t == "told") {
		prev := toks[k-1]
		// "the two ministers sent a joint letter": an object follows, so
		// the verb is finite.
		// "a businessman called for the app to be banned": "called for"
		// is finite.
		active := k+1 < len(toks) && (toks[k+1].lower == "a" || toks[k+1].lower == "an" || toks[k+1].lower == "the" || toks[k+1].lower == "its" || toks[k+1].lower == "their" || role == "for" && toks[k+1].lower == "for" ||
			x.mentionAt(si, k+1) != nil && isActor(x.mentionAt(si, k+1).e.kind) || personPronouns[toks[k+1].lower] && toks[k+1].lower != "his")
		// "the British government demanded access": a body's verb.
		if !active && prev.kind == tWord && !prev.cap && !strings.HasSuffix(prev.lower, "ly") && !auxiliaries[prev.lower] && !adverbs[prev.lower] && !ownedBodies[prev.lower] && x.mentionAt(si, k-1) == nil && x.resolveAt(si, k-1) == nil && !personPronouns[prev.lower] && prev.lower != "they" && prev.lower != "it" && prev.lower != "also" && prev.lower != "but" && prev.lower != "and" {
			// "a letter sent to the Commission by X": X sent it.
			if agents := x.byAgents(si, k); len(agents) > 0 {
				p := here
				if p == nil {
					p = x.latestProposal(si, "")
				}
				if p != nil && si-p.last <= 1 {
					x.joinProposal(p, si, agents, x.toAfter(si, k))
					return p
				}
			}
			return nil
		}
	}
	// "the government was now demanding something Apple regarded as too
	// dangerous": a progressive after a proposal was told restates it;
	// the story's first ("Portugal is seeking powers to") states one.
	if strings.HasSuffix(t, "ing") && k > 0 && (auxiliaries[toks[k-1].lower] || k > 1 && auxiliaries[toks[k-2].lower]) && len(x.proposals) > 0 && here == nil {
		return nil
	}
	passive, agents := x.passiveAgents(si, k)
	if passive {
		// "The block was requested by the Federal Police", "A request ...
		// has been put to the Commission by the ministers": the subject
		// is the proposal.
		p := here
		if p == nil {
			p = x.referenceAt(si, x.clauseStart(si, k))
		}
		// "Sandu said on Friday the request was sent to ...": the
		// subject right before the auxiliaries, in a reported clause.
		if p == nil {
			b := k - 1
			for b > 0 && auxiliaries[toks[b].lower] {
				b--
			}
			if b < k-1 && toks[b].kind == tWord {
				p = x.referenceAt(si, x.npStart(si, b))
			}
		}
		// "Maroc Telecom has been ordered to cut access", "Meta was
		// asked to do the same": the subject is whom it is put to.
		if p == nil {
			if q := x.passiveRecipient(si, k, agents); q != nil {
				return q
			}
		}
		if p == nil && len(x.proposals) > 0 {
			return nil
		}
		if p != nil {
			var ads []*entity
			for j := k + 1; j < len(toks) && j < k+3; j++ {
				if toks[j].lower == "to" || toks[j].lower == "before" {
					ads = x.actorsAfterTo(si, j+1)
				}
			}
			// "The request was sent in a letter to Telegram founder Pavel
			// Durov".
			if len(ads) == 0 && k+4 < len(toks) && toks[k+1].lower == "in" && (toks[k+2].lower == "a" || toks[k+2].lower == "an") && (toks[k+3].lower == "letter" || toks[k+3].lower == "email") && toks[k+4].lower == "to" {
				ads = x.actorsAfterTo(si, k+5)
			}
			x.joinProposal(p, si, agents, ads)
			return p
		}
	}
	var proposers []*entity
	// "The advisory, which was sent to companies including Google, also
	// asks platforms to warn users": the proposal asks, not the names in
	// its relative clause.
	if ref := x.proposalSubject(si, k); ref != nil && !passive {
		here = ref
	} else if passive {
		proposers = agents
	} else if k > 0 && toks[k-1].text == "," && strings.HasSuffix(t, "ing") {
		// "..., Cameron said on Monday, pledging to": the speaker.
		proposers = x.nearestActorBefore(si, k-1)
	} else {
		proposers = x.mainSubjects(si, k)
	}
	// "..., and lawmakers from the ruling People Power Party tabled a
	// bill": the body whose members act, not an actor earlier in the
	// sentence.
	if m := x.membersOf(si, k); len(m) > 0 && !passive {
		proposers = m
	}
	// "said it would comply but urged lawmakers to delay it": the
	// subject of the first conjunct asks.
	if len(proposers) == 0 && !passive {
		if c := x.clauseStart(si, k); c > 0 && (toks[c-1].lower == "but" || toks[c-1].lower == "and") {
			// "asked the government to explain ..., and urged the
			// authorities to": whoever made the sentence's first demand.
			if lt := x.lastTrigger; lt.si == si && lt.tok < k && lt.p != nil && len(lt.p.proposers) > 0 {
				proposers = append(proposers, lt.p.proposers...)
			} else {
				proposers = x.subjects(si, c-1)
			}
		}
	}
	if len(proposers) == 0 && !passive {
		proposers = x.demonymOfficials(si, k)
	}
	// "The ministry would also ask the Senate to ..., he said": an
	// unnamed body's demand, told by the speaker.
	if len(proposers) == 0 && !passive {
		proposers = x.speakers(si, k)
	}
	if len(proposers) == 0 && !passive {
		proposers = x.cataphor(si, k)
	}
	// "Romania's digital minister called on ...", no minister named
	// before or after: the country asks.
	if len(proposers) == 0 && !passive {
		proposers = x.possessiveOfficial(si, k)
	}
	// "The minister also said he would ask parliament to": the unnamed
	// minister told before, whom the pronoun may not find.
	if again := x.officialAgain(si); len(again) > 0 && !passive && !containsEntity(proposers, again[0]) {
		// A proposer the sentence names outright is no stand-in.
		named := false
		for _, m := range x.ments[si] {
			if containsEntity(proposers, m.e) && m.t0 > 1 && toks[m.t0].cap && !personPronouns[toks[m.t0].lower] {
				named = true
			}
		}
		if !named {
			proposers = again
		}
	}
	// "A Spanish judge ordered ...": the demonym describes a person the
	// next sentences name.
	if len(proposers) == 1 && proposers[0].kind == graph.Country && x.demonymOfTitle(si, k, proposers[0]) {
		if c := x.cataphor(si, k); len(c) > 0 {
			proposers = c
		}
	}
	// "A Turkish court on Wednesday ordered X to ...": a court's order
	// whose court the story does not name; the demonym says where the
	// court sits, not who asked.
	court := !passive && x.unnamedCourt(si, k) && x.toAct(si, objStart)
	if court && (len(proposers) == 0 || len(proposers) == 1 && proposers[0].kind == graph.Country) {
		proposers = nil
	}
	if len(proposers) == 0 && !passive {
		// "The order ... directs the company to": the proposal acts.
		if p := x.referenceAt(si, x.clauseStart(si, k)); p != nil {
			here = p
		}
	}
	// The addressee and the content.
	var addressees []*entity
	c0 := k + 1 + skip
	if role == "for" && c0 < len(toks) && (toks[c0].lower == "for" || toks[c0].lower == "on") {
		c0++
	}
	if role == "obj" && !passive {
		ads, end := x.objectActors(si, objStart)
		if len(ads) == 0 {
			// "urged governments not to require ...": a plain noun
			// phrase before "to" names no one in particular.
			end = -1
			npEnd := -1 // "told social media companies on Friday to": before the day
			for j := objStart; j < len(toks) && j < objStart+9; j++ {
				if toks[j].lower == "to" && j > objStart {
					end = j
					break
				}
				if toks[j].lower == "on" && j > objStart && j+1 < len(toks) && calendarWords[toks[j+1].text] {
					npEnd = j
					j++
					continue
				}
				// "asked Telegram to close channels": a service the story
				// names no owner of is asked, though no actor is.
				if m := x.mentionAt(si, j); m != nil && m.t0 == j && m.e.kind == graph.Service {
					j = m.t1 - 1
					continue
				}
				// "ordered VPN providers to": a generic noun phrase.
				if toks[j].kind != tWord || toks[j].cap && !notActors[toks[j].text] {
					break
				}
				// "told reporters the order was needed to": a clause, not
				// a noun phrase, stands before the "to".
				if j > objStart && clauseWords[toks[j].lower] {
					break
				}
			}
			last := end - 1
			if npEnd >= 0 {
				last = npEnd - 1
			}
			// "told local internet providers to block": "told" orders a
			// class of actors named by a plural noun, not "them".
			if (t == "told" || t == "tells") && end >= 0 && (last-objStart < 1 || !strings.HasSuffix(toks[last].lower, "s")) {
				end = -1
			}
			// "wants telecoms operators to remove": what a government
			// wants a class of actors to do, named by a plural noun.
			wants := (t == "wants" || t == "wanted" || t == "want") && end >= 0 && last-objStart >= 0 && strings.HasSuffix(toks[last].lower, "s") && end+1 < len(toks) && (policyVerbs[toks[end+1].lower] || dutyVerbs[toks[end+1].lower])
			if end < 0 || !advocacyVerbs[t] && !orderVerbs[t] && !wants {
				return nil
			}
		}
		addressees = ads
		c0 = end
		// "ordered LY Corp, the Japanese operator of the Line app, to":
		// past the apposition.
		if c0+1 < len(toks) && toks[c0].text == "," && (toks[c0+1].lower == "the" || toks[c0+1].lower == "a" || toks[c0+1].lower == "an" || toks[c0+1].lower == "which" || toks[c0+1].lower == "who") {
			for j := c0 + 1; j+1 < len(toks) && j < c0+16; j++ {
				if toks[j].text == "," && toks[j+1].lower == "to" {
					c0 = j + 1
					break
				}
				if toks[j].text == "." || toks[j].text == ";" {
					break
				}
			}
		}
		// "asked X to", "told X to", "wants X to": the object must be
		// followed by what is asked.
		if t != "summoned" && t != "summons" {
			to := x.toPastAdverbial(si, c0)
			// "asked Zentro Corp for access to the messages": the "for"
			// comes first, the "to" is inside what is asked.
			forFirst := to < 0 && c0 < len(toks) && toks[c0].lower == "for" && len(ads) > 0
			for j := c0; to < 0 && !forFirst && j < len(toks) && j < c0+3; j++ {
				if toks[j].lower == "to" {
					to = j
					break
				}
				if toks[j].text == "." || toks[j].text == ";" {
					break
				}
			}
			// "pressed the government for a ban", "asked Apple for help".
			if to < 0 && c0 < len(toks) && toks[c0].lower == "for" && len(ads) > 0 && (t == "pressed" || t == "presses" || t == "pressing" || t == "press" || t == "asked" || t == "asks" || t == "asking" || t == "ask") {
				to = c0
			}
			// "would ask parliament next month for powers": past the time.
			if to < 0 && len(ads) > 0 && (t == "asked" || t == "asks" || t == "asking" || t == "ask" || t == "pressed" || t == "press") {
				for j := c0; j < len(toks) && j < c0+4; j++ {
					if toks[j].lower == "for" {
						to = j
						break
					}
					if !timeWords[toks[j].lower] && !calendarWords[toks[j].text] {
						break
					}
				}
			}
			if to < 0 {
				return nil
			}
			c0 = to + 1
		}
	}
	// "sent Congress a bill that would create ...": the first object is
	// whom it is sent to.
	if (t == "sent" || t == "sends" || t == "submitted" || t == "presented") && c0+2 < len(toks) && !passive {
		if m := x.mentionAt(si, c0); m != nil && m.t0 == c0 && isActor(m.e.kind) && m.t1+1 < len(toks) && (toks[m.t1].lower == "a" || toks[m.t1].lower == "an" || toks[m.t1].lower == "its" || toks[m.t1].lower == "the") {
			if _, ok := proposalNouns[toks[m.t1+1].lower]; ok {
				addressees = append(addressees, m.e)
				c0 = m.t1
			}
		}
	}
	// "demanded that Canada provide a fair business environment": the
	// subject of the subjunctive is asked.
	if role != "obj" && c0+2 < len(toks) && toks[c0].lower == "that" {
		if m := x.mentionAt(si, c0+1); m != nil && m.t0 == c0+1 && isActor(m.e.kind) && m.t1 < len(toks) && baseVerb(toks[m.t1]) {
			addressees = append(addressees, m.e)
			c0 = m.t1
		}
	}
	// A reference ("put the bill to parliament", "pushed for it") joins
	// the proposal it refers to.
	var p *proposal
	if c0 < len(toks) {
		p = x.referenceAt(si, c0)
	}
	// "argued for such a pledge" backs one made before; the stance rules
	// read it.
	if p != nil && supportsOnly[t] {
		return nil
	}
	content := x.contentFrom(si, c0)
	// "presented a package of changes to media rules, including a
	// provision that would make news websites liable for comments": the
	// package is named by what it holds.
	if inc := x.includedMeasure(si, c0); inc != "" {
		content = inc
	}
	// "demanded access to the messages from Zentro Corp", "sought help
	// from the United States": whom the demand is made of.
	if demandFrom[t] && p == nil && !passive {
		for j := c0 + 1; j+1 < len(toks) && j < c0+16; j++ {
			if toks[j].kind == tPunct {
				break
			}
			if toks[j].lower != "from" {
				continue
			}
			if from := x.actorsAfterTo(si, j+1); len(from) > 0 {
				addressees = append(addressees, from...)
				content = x.clauseText(si, c0, j)
			}
			break
		}
	}
	// "The proposal, which X unveiled on Monday, would let police hack
	// phones": what the proposal would do, after the relative clause.
	if rel := x.relativeContent(si, k); rel != "" && p == nil && len(strings.Fields(trimTimeWords(content))) < 2 {
		content = rel
	}
	// "has long argued for lower fees" when the story tells of a demand
	// to cut fees: backing for it, not a new proposal.
	if p == nil && supportsOnly[t] && !passive {
		if q := x.sharedWordProposal(si, content); q != nil {
			for _, s := range proposers {
				if !containsEntity(q.proposers, s) {
					x.dated(x.relate(graph.Supports, s, q.e, "", si, "stance/argued-for", 0.55), si)
				}
			}
			return nil
		}
	}
	// "urged lawmakers to reject the bill": a stance against the bill
	// told before, not a proposal of its own.
	if w := strings.Fields(strings.ToLower(content)); p == nil && len(w) >= 3 && len(w) <= 4 && rejectVerbs[w[0]] && (w[1] == "the" || w[1] == "this") && !passive && c0+1 < len(toks) {
		if ref := x.referenceAt(si, c0+1); ref != nil && ref.first < si {
			for _, s := range proposers {
				if !containsEntity(ref.proposers, s) {
					x.dated(x.relate(graph.Opposes, s, ref.e, "", si, "stance/ask-to-reject", 0.6), si)
				}
			}
			return ref
		}
	}
	// "urged countries not to ratify it", "urged lawmakers not to pass the
	// bill": a stance against what was told before, not a proposal.
	if w := strings.Fields(strings.ToLower(content)); p == nil && len(w) >= 2 && len(w) <= 4 && (enactVerbs[w[0]] || ratifyVerbs[w[0]]) && !passive && c0 >= 2 && c0+1 < len(toks) && toks[c0-1].lower == "to" && toks[c0-2].lower == "not" {
		ref := x.referenceAt(si, c0+1)
		if w[1] == "it" || w[1] == "them" {
			ref = x.stanceObject(si, c0)
		}
		if ref != nil && ref.first < si {
			for _, s := range proposers {
				if !containsEntity(ref.proposers, s) {
					x.dated(x.relate(graph.Opposes, s, ref.e, "", si, "stance/ask-not-to-enact", 0.6), si)
				}
			}
			return ref
		}
	}
	// "wants parliament to approve it": the proposal referred to, now put
	// to someone; "urged lawmakers to reject it": a stance against it.
	if w := strings.Fields(content); p == nil && len(w) >= 2 && len(w) <= 6 && (w[1] == "it" || w[1] == "them") {
		if ref := x.latestProposal(si, ""); ref != nil && ref.first < si {
			switch {
			case enactVerbs[w[0]] || w[0] == "back" || w[0] == "support":
				x.joinProposal(ref, si, proposers, addressees)
				return ref
			case rejectVerbs[w[0]]:
				for _, s := range proposers {
					if !containsEntity(ref.proposers, s) {
						x.dated(x.relate(graph.Opposes, s, ref.e, "", si, "stance/ask-to-reject", 0.6), si)
					}
				}
				return ref
			}
		}
	}
	// "urged the House to pass the bill quickly": the bill told before,
	// now put to the House; its backers back it, its authors ask again.
	if w := strings.Fields(content); p == nil && len(w) >= 3 && (enactVerbs[w[0]] || w[0] == "back" || w[0] == "support") && c0+1 < len(toks) && toks[c0+1].lower == "the" && !passive {
		if ref := x.referenceAt(si, c0+1); ref != nil && ref.first < si {
			if len(ref.proposers) == 0 || overlap(ref.proposers, proposers) {
				x.joinProposal(ref, si, proposers, addressees)
				return ref
			}
			x.joinProposal(ref, si, nil, addressees)
			for _, s := range proposers {
				if !containsEntity(ref.proposers, s) {
					x.dated(x.relate(graph.Supports, s, ref.e, "", si, "stance/ask-to-pass", 0.6), si)
				}
			}
			return ref
		}
	}
	// "called the ban a step towards censorship and urged the government
	// to lift it": the pronoun stands for the proposal named before.
	if w := strings.Fields(content); len(w) >= 2 && (w[len(w)-1] == "it" || w[len(w)-1] == "them") {
		if np := x.proposalNPBefore(si, k); np != "" {
			content = strings.Join(w[:len(w)-1], " ") + " " + np
		}
	}
	// "urged governments not to require ...": what is asked is a refusal.
	if c0 >= 2 && toks[c0-1].lower == "to" && toks[c0-2].lower == "not" && content != "" {
		content = "not " + content
	}
	if passive && len(content) < 8 {
		// "WhatsApp was ordered shut down": what was ordered is around
		// the verb.
		content = x.clauseText(si, x.clauseStart(si, k), len(toks))
	} else if passive && strings.HasPrefix(content, "by ") {
		// "The bill was presented by A and B": the subject is what was
		// presented, not the agents.
		a, b := x.clauseStart(si, k), k
		for b > a+1 && auxiliaries[toks[b-1].lower] {
			b--
		}
		if np := trimDeterminer(x.clauseText(si, a, b)); np != "" {
			if len(strings.Fields(np)) < 2 {
				np += " " + toks[k].lower
			}
			content = np
		}
	}
	for j := c0; j < len(toks); j++ {
		if toks[j].lower == "to" || toks[j].lower == "before" {
			if role != "obj" || j > c0 {
				addressees = append(addressees, x.actorsAfterTo(si, j+1)...)
				break
			}
		}
		if toks[j].text == "." || toks[j].text == ";" {
			break
		}
	}
	// "In a letter to the European Commission, X called for ...": the
	// letter's addressee is asked.
	if len(addressees) == 0 && !passive {
		addressees = x.letterOpening(si, k)
	}
	// "has written to Zentro Corp demanding the removal of": the
	// participle asks whom the letter went to.
	if len(addressees) == 0 && !passive && strings.HasSuffix(t, "ing") {
		addressees = x.writtenTo(si, k)
	}
	// "..., after a petition by a businessman called for the app to be
	// banned": a demand of its own, by someone the story does not name.
	// "The letter was sent to Zentro Corp. It asked the company to act
	// within a month": no one asks itself; "it" is the letter told just
	// before.
	if len(proposers) == 1 && containsEntity(addressees, proposers[0]) && toks[x.clauseStart(si, k)].lower == "it" && !passive {
		if q := x.latestProposal(si, ""); q != nil && q.last >= si-2 && q.first < si {
			proposers = nil
			if p == nil {
				p = q
			}
		}
	}
	unnamed := len(proposers) == 0 && !passive && x.unnamedOfficials(si, k)
	if p == nil && len(proposers) == 0 && here != nil && !passive && !(unnamed && len(contentWords(content)) > 0 && !sharesContent(here, contentWords(content))) {
		p = here
	}
	// "European lawmakers on Wednesday urged the Commission to ...": a
	// demand by people the story does not name is still one.
	// "Britain's police chiefs are pushing for access to ...": so is a
	// call for something.
	if len(proposers) == 0 && p == nil && !passive && !((advocacyVerbs[t] && len(addressees) > 0 || role == "for") && unnamed) && !(court && orderVerbs[t]) {
		return nil
	}
	if p == nil {
		// "pressed instead for": something other than what was proposed.
		x.fresh = skip == 1 && toks[k+1].lower == "instead"
		x.also = k > 0 && toks[k-1].lower == "also"
		p = x.mergeOrCreate(si, proposers, addressees, familyOfVerb(t), content, x.clauseText(si, x.clauseStart(si, k), len(toks)))
		x.fresh, x.also = false, false
	}
	if p == nil {
		return nil
	}
	x.joinProposal(p, si, proposers, addressees)
	return p
}

func familyOfVerb(v string) string {
	switch v {
	case "ordered", "orders", "ordering", "told", "tells":
		return "order"
	case "summoned", "summons":
		return "meeting"
	case "asked", "asks", "asking", "ask", "urged", "urges", "urge", "urging", "pressed", "presses", "press", "pressing", "requested", "requests", "requesting", "demanded", "demands", "demanding", "sought", "seeks", "seeking", "wants", "wanted":
		return "request"
	}
	return "plan"
}

// mainSubjects returns the subjects of the clause of token k, or of the
// reporting clause it depends on ("Cameron signalled that a Conservative
// government would bring the bill back": Cameron).
func (x *extractor) mainSubjects(si, k int) []*entity {
	toks := x.sents[si].toks
	start := x.clauseStart(si, k)
	if start > 0 && (toks[start-1].lower == "that" || toks[start-1].lower == "saying") {
		if outer := x.subjects(si, start-1); len(outer) > 0 {
			return outer
		}
	}
	if s := x.subjects(si, k); len(s) > 0 {
		return s
	}
	// "..., Cazeneuve said on Thursday, and he wants Germany to": the
	// speaker of the sentence.
	return nil
}

// includedPersons returns the persons named after "including" in the
// subject of the verb at k, when the subject is a group of unnamed
// members: "Several lawmakers, including A and B, backed".
func (x *extractor) includedPersons(si, k int) []*entity {
	toks := x.sents[si].toks
	c := x.clauseStart(si, k)
	for j := c + 1; j < k; j++ {
		if toks[j].lower != "including" || toks[j-1].text != "," {
			continue
		}
		if !officialPlurals[toks[j-2].lower] && toks[j-2].lower != "members" {
			return nil
		}
		var out []*entity
		for _, e := range x.actorsFrom(si, j+1) {
			if e.kind == graph.Person {
				out = append(out, e)
			}
		}
		return out
	}
	return nil
}

// underNewPlan reads "Under the plan, messaging services would have to
// scan images, Justice Minister X said" when the story has told of no
// plan before: the speaker's plan is what the sentence describes.
func (x *extractor) underNewPlan(si int) *proposal {
	toks := x.sents[si].toks
	if len(toks) < 8 || toks[0].lower != "under" || toks[1].lower != "the" || toks[3].text != "," {
		return nil
	}
	fam, ok := proposalNouns[toks[2].lower]
	if !ok || x.referenceAt(si, 1) != nil {
		return nil
	}
	who := x.speakers(si, 4)
	if len(who) == 0 {
		return nil
	}
	rest := x.contentFrom(si, 4)
	if len(strings.Fields(rest)) < 3 {
		return nil
	}
	p := x.mergeOrCreate(si, who, nil, fam, toks[2].lower+" under which "+rest, x.clauseText(si, 0, len(toks)))
	if p != nil {
		x.joinProposal(p, si, who, nil)
	}
	return p
}

// relativeContent returns the words of a proposal whose relative clause
// holds the verb at k: "The proposal, which X unveiled on Monday, would
// let police hack phones" gives "proposal that would let police hack
// phones"; "" when the verb stands in no such clause.
func (x *extractor) relativeContent(si, k int) string {
	toks := x.sents[si].toks
	w := -1
	for j := k - 1; j >= 2 && j >= k-8; j-- {
		if (toks[j].lower == "which" || toks[j].lower == "that") && toks[j-1].text == "," {
			w = j
			break
		}
		if toks[j].kind == tPunct {
			return ""
		}
	}
	if w < 0 {
		return ""
	}
	noun := toks[w-2].lower
	if _, ok := proposalNouns[noun]; !ok {
		return ""
	}
	for c := k + 1; c+2 < len(toks) && c <= k+8; c++ {
		if toks[c].text == "," {
			if !modals[toks[c+1].lower] {
				return ""
			}
			rest := x.contentFrom(si, c+1)
			if len(strings.Fields(rest)) < 3 {
				return ""
			}
			return noun + " that " + rest
		}
		if toks[c].kind == tPunct {
			return ""
		}
	}
	return ""
}

// deadlineUnits measure the time a demand allows.
var deadlineUnits = set("hours", "days", "weeks", "months", "hour", "day", "week", "month")

// deadlineAfter reports whether an actor, a span of time and "to" follow
// token k: "Zentro Corp 24 hours to", "the company until Friday to".
func (x *extractor) deadlineAfter(si, k int) bool {
	toks := x.sents[si].toks
	m := x.mentionAt(si, k)
	j := k + 1
	if m != nil && m.t0 == k {
		j = m.t1
	} else if r := x.resolveAt(si, k); r != nil {
		j = r.t1
	} else {
		// "gave social media companies including Meta and Google seven
		// days to register": a class of actors, named by example.
		return x.classDeadline(si, k)
	}
	switch {
	case j+2 < len(toks) && countWord(toks[j].lower) && deadlineUnits[toks[j+1].lower] && toks[j+2].lower == "to":
		return true
	case j+2 < len(toks) && (toks[j].lower == "until" || toks[j].lower == "till") && toks[j+2].lower == "to":
		return true
	}
	return false
}

// classDeadline reports whether a plural class of actors, the actors
// named as its examples, a span of time and "to" follow token k: "social
// media companies including Meta Platforms and Alphabet's YouTube seven
// days to register".
func (x *extractor) classDeadline(si, k int) bool {
	toks := x.sents[si].toks
	j := k
	for j < len(toks) && j < k+4 && toks[j].kind == tWord && !toks[j].cap && !bindingHeads[toks[j].lower] {
		j++
	}
	if j >= len(toks) || !bindingHeads[toks[j].lower] {
		return false
	}
	j++
	if j < len(toks) && (toks[j].lower == "including" || toks[j].lower == "such" && j+1 < len(toks) && toks[j+1].lower == "as") {
		for ; j < len(toks) && j < k+20; j++ {
			if toks[j].kind == tPunct && toks[j].text != "," || toks[j].lower == "to" {
				break
			}
			if j+2 < len(toks) && countWord(toks[j].lower) && deadlineUnits[toks[j+1].lower] && toks[j+2].lower == "to" {
				return true
			}
		}
		return false
	}
	return j+2 < len(toks) && countWord(toks[j].lower) && deadlineUnits[toks[j+1].lower] && toks[j+2].lower == "to"
}

// measureAhead reports whether the noun phrase from token k names a
// measure: "a ban on", "legislation that would", "new rules".
func (x *extractor) measureAhead(si, k int) bool {
	toks := x.sents[si].toks
	for j := k; j < len(toks) && j < k+4; j++ {
		if fam, ok := proposalNouns[toks[j].lower]; ok && fam != "request" {
			return true
		}
		if toks[j].kind != tWord || !determiners[toks[j].lower] && toks[j].lower != "new" && toks[j].lower != "tougher" && toks[j].lower != "stricter" {
			return false
		}
	}
	return false
}

// countWord reports whether w counts something: "24", "three".
func countWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	_, spelled := numberWords[w]
	return unicode.IsDigit(r) || spelled || w == "a" || w == "one"
}

// timeWords may stand between an addressee and "for": "ask parliament
// next month for".
var timeWords = set("next", "last", "this", "week", "month", "year", "on", "soon", "later", "again", "today", "tomorrow")

// letterOpening returns whom a letter went to when the sentence opens
// with it before the verb at k: "In a letter to the European Commission,
// the minister called for ...".
func (x *extractor) letterOpening(si, k int) []*entity {
	toks := x.sents[si].toks
	if k < 6 || toks[0].lower != "in" {
		return nil
	}
	j := 1
	for j < 4 && toks[j].lower != "letter" && toks[j].lower != "letters" {
		j++
	}
	if j >= 4 || j+1 >= k || toks[j+1].lower != "to" {
		return nil
	}
	for c := j + 2; c < k; c++ {
		if toks[c].text == "," {
			return x.actorsAfterTo(si, j+2)
		}
	}
	return nil
}

// baseVerb reports whether t may be a verb in its base form, as after a
// subject in a demand: "that Canada provide", "that Apple stop".
func baseVerb(t token) bool {
	w := t.lower
	if t.kind != tWord || t.cap || modals[w] || auxiliaries[w] || determiners[w] || prepositions[w] {
		return false
	}
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
}

// demandFrom are verbs that name whom a demand is made of after "from".
var demandFrom = set("demanded", "demands", "demanding", "sought", "seeks", "seeking", "seek", "requested", "requests", "requesting")

// possessiveBody returns the owner of an unnamed body that is the subject
// of the verb at k: "China's embassy in Berlin slammed the plan",
// "China's foreign ministry rejected the move".
func (x *extractor) possessiveBody(si, k int) []*entity {
	toks := x.sents[si].toks
	c := x.clauseStart(si, k)
	m := x.mentionAt(si, c)
	if m == nil || m.t0 != c || m.t1+1 >= k || toks[m.t1].kind != tPoss || (m.e.kind != graph.Country && m.e.kind != graph.Organization) {
		return nil
	}
	head := false
	for j := m.t1 + 1; j < k; j++ {
		t := toks[j]
		switch {
		case t.lower == "on" && j+1 < k && head && toks[j+1].cap && isWeekday(toks[j+1].lower):
			// "Romania's digital minister on Tuesday called on".
			j++
		case adverbs[t.lower] || subjectAdverbs[t.lower]:
		case t.lower == "in" && j+1 < k:
			// "in Berlin": where the body sits.
			n := x.mentionAt(si, j+1)
			if n == nil || n.e.kind != graph.Place {
				return nil
			}
			j = n.t1 - 1
		case t.kind == tWord && !t.cap && !head:
			if bodyHeads[t.lower] {
				head = true
			}
		default:
			return nil
		}
	}
	if !head {
		return nil
	}
	return []*entity{m.e}
}

// bodyHeads are the nouns of a country's or company's unnamed bodies.
var bodyHeads = set("embassy", "ministry", "government", "regulator", "office", "department", "administration", "cabinet", "presidency", "agency",
	"minister", "watchdog", "authority", "tribunal", "commission", "council", "committee")

// isWeekday reports whether w (lower case) names a day of the week.
func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// possessiveOfficial returns who makes the demand at k when its subject
// is an unnamed official or office of a country or body: "Romania's
// digital minister called on ...", also in a second conjunct: "Romania's
// digital minister said TikTok had failed ..., and called on the
// Commission to ...". The official is the person the story gives that
// title, else the person who opens one of the next two sentences ("Clara
// Chappaz said ..."), else the country or body itself.
func (x *extractor) possessiveOfficial(si, k int) []*entity {
	toks := x.sents[si].toks
	m := x.mentionAt(si, x.clauseStart(si, k))
	body := x.possessiveBody(si, k)
	if len(body) == 0 {
		// The verb follows "and" with no subject of its own: it shares
		// the sentence's.
		c := k - 1
		for c > 0 && subjectAdverbs[toks[c].lower] {
			c--
		}
		if c < 2 || toks[c].lower != "and" && toks[c].lower != "but" {
			return nil
		}
		m = x.mentionAt(si, 0)
		if m == nil || m.t0 != 0 || m.t1 >= len(toks) || toks[m.t1].kind != tPoss {
			return nil
		}
		for j := m.t1 + 1; j < c && toks[j].kind == tWord && !toks[j].cap; j++ {
			if bodyHeads[toks[j].lower] {
				body = x.possessiveBody(si, j+1)
				break
			}
		}
		if len(body) == 0 {
			return nil
		}
	}
	// The title: the words from the possessive to the official's noun.
	var title []string
	for j := m.t1 + 1; j < len(toks) && toks[j].kind == tWord && !toks[j].cap; j++ {
		title = append(title, toks[j].lower)
		if bodyHeads[toks[j].lower] {
			break
		}
	}
	if len(title) == 0 || !officialHeads[title[len(title)-1]] {
		return body
	}
	head := title[len(title)-1]
	phrase := strings.Join(title, " ")
	for _, e := range x.order {
		if e.kind == graph.Person && holdsTitle(e, phrase) {
			return x.official(head, []*entity{e})
		}
	}
	for s := si + 1; s < len(x.sents) && s <= si+2; s++ {
		if x.sents[s].zone != zoneBody {
			continue
		}
		for _, n := range x.ments[s] {
			if n.t0 == 0 && n.e.kind == graph.Person && len(n.e.titles) == 0 {
				return x.official(head, []*entity{n.e})
			}
		}
	}
	return x.official(head, body)
}

// official records whom the unnamed official named by head stands for
// and returns it.
func (x *extractor) official(head string, who []*entity) []*entity {
	if x.officials == nil {
		x.officials = map[string][]*entity{}
	}
	if _, ok := x.officials[head]; !ok {
		x.officials[head] = who
	}
	return who
}

// officialAgain returns whom "The minister" opening sentence si stands
// for when the story introduced the minister without a name; nil
// otherwise.
func (x *extractor) officialAgain(si int) []*entity {
	toks := x.sents[si].toks
	if len(toks) < 3 || toks[0].lower != "the" || x.officials[toks[1].lower] == nil {
		return nil
	}
	return x.officials[toks[1].lower]
}

// officialHeads are the bodyHeads that name one person, not an office.
var officialHeads = set("minister")

// reportVerbBefore returns the reporting verb ("said") that introduces
// the clause of token k, or -1.
func (x *extractor) reportVerbBefore(si, k int) int {
	toks := x.sents[si].toks
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if toks[j].lower == "said" || toks[j].lower == "says" || toks[j].lower == "warned" {
			return j
		}
	}
	return -1
}

// criticNouns name unnamed critics or backers whose examples follow
// "including".
var criticNouns = set("critics", "opponents", "supporters", "groups", "companies", "firms", "campaigners", "activists")

// includedActors returns the actors named after "Critics, including" at
// the head of the clause of token k.
func (x *extractor) includedActors(si, k int) []*entity {
	toks := x.sents[si].toks
	c := x.clauseStart(si, k)
	for j := c; j+2 < k && j <= c+3; j++ {
		if criticNouns[toks[j].lower] && toks[j+1].text == "," && toks[j+2].lower == "including" {
			return x.actorsFrom(si, j+3)
		}
	}
	return nil
}

// proposalSubject returns the proposal that is the subject of the verb at
// k when its clause opens with a definite reference to one and a relative
// clause or apposition stands between: "The advisory, which was sent to
// ..., also asks".
func (x *extractor) proposalSubject(si, k int) *proposal {
	toks := x.sents[si].toks
	c := x.clauseStart(si, k)
	if c >= len(toks) || toks[c].lower != "the" {
		return nil
	}
	n := c + 1
	for n < k && n <= c+3 {
		if _, ok := proposalNouns[toks[n].lower]; ok {
			break
		}
		n++
	}
	if n >= k || n > c+3 || n+1 >= len(toks) || toks[n+1].text != "," {
		return nil
	}
	// The comma closing the relative clause or apposition, right before
	// the verb or its adverbs.
	b := k - 1
	for b > n && (adverbs[toks[b].lower] || subjectAdverbs[toks[b].lower]) {
		b--
	}
	if b <= n+1 || toks[b].text != "," {
		return nil
	}
	return x.referenceAt(si, c)
}

// byAgents returns the actors after a "by" in the clause after token k.
func (x *extractor) byAgents(si, k int) []*entity {
	toks := x.sents[si].toks
	for j := k + 1; j < len(toks) && j < k+12; j++ {
		if toks[j].lower == "by" {
			return x.actorsFrom(si, j+1)
		}
		if toks[j].text == ";" || toks[j].text == "." || toks[j].text == "," {
			return nil
		}
	}
	return nil
}

// toAfter returns the actors after a "to" right after token k ("sent to
// the Commission").
func (x *extractor) toAfter(si, k int) []*entity {
	toks := x.sents[si].toks
	if k+1 < len(toks) && (toks[k+1].lower == "to" || toks[k+1].lower == "before") {
		return x.actorsAfterTo(si, k+2)
	}
	return nil
}

// cataphor resolves a subject described by a title before the story names
// its holder ("Australia's top police officer on Tuesday called on ...";
// the next paragraph: "Commissioner Reece Kershaw told ..."): the first
// titled person of the next two sentences.
func (x *extractor) cataphor(si, k int) []*entity {
	toks := x.sents[si].toks
	titled := false
	for j := x.clauseStart(si, k); j < k; j++ {
		if toks[j].kind == tWord && !toks[j].cap && (titleHeads[toks[j].lower] || toks[j].lower == "officer" || toks[j].lower == "official") {
			titled = true
		}
	}
	if !titled {
		return nil
	}
	for s := si + 1; s < len(x.sents) && s <= si+2; s++ {
		// "Poland's digital affairs minister called on ... Krzysztof
		// Gawkowski said in a letter to ...": the person who opens the
		// next sentence is the one described.
		for _, m := range x.ments[s] {
			if m.t0 == 0 && m.e.kind == graph.Person && x.sents[s].zone == zoneBody {
				return []*entity{m.e}
			}
		}
		for _, m := range x.ments[s] {
			if m.e.kind == graph.Person && len(m.e.roles) > 0 {
				return []*entity{m.e}
			}
		}
	}
	return nil
}

// demonymOfTitle reports whether country c is named in the clause of k
// only as the adjective of a lower-case title with no name after it: "A
// Spanish judge ordered".
func (x *extractor) demonymOfTitle(si, k int, c *entity) bool {
	toks := x.sents[si].toks
	for _, m := range x.ments[si] {
		if m.e != c || m.t1 >= k || m.t1+1 >= len(toks) {
			continue
		}
		t := toks[m.t1]
		if t.kind == tWord && !t.cap && isTitleHead(t.lower) && !isCapWord(toks[m.t1+1]) {
			return true
		}
	}
	return false
}

// nearestActorBefore returns the actor mentioned last before token k.
func (x *extractor) nearestActorBefore(si, k int) []*entity {
	for j := k - 1; j >= 0; j-- {
		if m := x.mentionAt(si, j); m != nil && isActor(m.e.kind) && !x.titlePrefix(si, m) {
			return []*entity{m.e}
		}
	}
	return nil
}

// objectActors returns the actors right after a verb ("urged Facebook",
// "told the country's five main mobile carriers - TIM, Oi, ...",
// "summoned technology firms, among them Google and Facebook") and the
// token after them.
func (x *extractor) objectActors(si, k int) ([]*entity, int) {
	toks := x.sents[si].toks
	// "had written to A, ..., and to B asking them to": the pronoun
	// stands for whom the letter went to.
	if k > 0 && k < len(toks) && (toks[k].lower == "them" || toks[k].lower == "it") && strings.HasSuffix(toks[k-1].lower, "ing") {
		if to := x.writtenTo(si, k-1); len(to) > 0 {
			return to, k + 1
		}
	}
	var out []*entity
	end := k
	for j := k; j < len(toks) && j < k+20; j++ {
		t := toks[j]
		if t.lower == "to" || t.text == "." || t.text == ";" || t.lower == "that" || t.lower == "until" {
			break
		}
		// "ordered the suspension of X, after its owner refused to": a
		// new clause names no one the verb addresses.
		if t.text == "," && j+1 < len(toks) && clauseOpeners[toks[j+1].lower] {
			break
		}
		// "ordered LY Corp, the Japanese operator of the Line app, to":
		// the apposition describes the object, it names no other.
		if t.text == "," && len(out) > 0 && j+1 < len(toks) && (toks[j+1].lower == "the" || toks[j+1].lower == "a" || toks[j+1].lower == "an" || toks[j+1].lower == "which" || toks[j+1].lower == "who") {
			if x.appositionThenTo(si, j) {
				break
			}
			// "ordered LY Corp, the Japanese owner of the Line app, and
			// Alphabet's Google to": past the apposition to the next item.
			n := j + 1
			for n < len(toks) && n < j+14 && toks[n].text != "," && toks[n].lower != "to" {
				n++
			}
			if n < len(toks) && toks[n].text == "," && n+1 < len(toks) && toks[n+1].lower == "and" {
				j = n
				continue
			}
		}
		if m := x.mentionAt(si, j); m != nil && m.t0 == j {
			if isActor(m.e.kind) && (m.t1 >= len(toks) || toks[m.t1].kind != tPoss) {
				out = appendUnique(out, m.e)
				end = m.t1
			}
			// "asked Pakistan's government to": the body acts for its
			// owner.
			if isActor(m.e.kind) && m.t1+1 < len(toks) && toks[m.t1].kind == tPoss && ownedBodies[toks[m.t1+1].lower] && x.mentionAt(si, m.t1+1) == nil {
				out = appendUnique(out, m.e)
				end = m.t1 + 2
				j = m.t1 + 1
				continue
			}
			// "asked app stores such as Google Play to": a service is
			// asked through the company that owns it.
			if m.e.kind == graph.Service {
				if o := x.ownerOf(m.e); o != nil {
					out = appendUnique(out, o)
					end = m.t1
				}
			}
			j = m.t1 - 1
			continue
		}
		if r := x.resolveAt(si, j); r != nil && isActor(r.e.kind) && len(out) == 0 {
			if r.t1 < len(toks) && toks[r.t1].kind == tPoss {
				j = r.t1
				continue
			}
			if r.t1-r.t0 > 1 || toks[j].lower == "him" || toks[j].lower == "her" || toks[j].lower == "it" {
				out = appendUnique(out, x.bodyCountry(si, r.t0, r.t1, r.e))
				end = r.t1
				j = r.t1 - 1
				continue
			}
		}
		if len(out) == 0 && j > k+10 {
			break
		}
	}
	if end == k {
		return nil, k
	}
	return out, end
}

// clauseOpeners after a comma start a clause of their own.
var clauseOpeners = set("after", "before", "while", "because", "as", "saying", "when", "although", "though", "since", "but")

// writtenTo returns the actors a letter went to before token k: "wrote to
// A, the owner of X, and to B", "sent letters to A and B".
func (x *extractor) writtenTo(si, k int) []*entity {
	toks := x.sents[si].toks
	var out []*entity
	letter := false
	for j := 0; j < k; j++ {
		switch toks[j].lower {
		case "wrote", "written", "writing", "write", "writes", "letter", "letters", "sent":
			letter = true
		case "to":
			if !letter || j+1 >= k {
				continue
			}
			n := j + 1
			if toks[n].lower == "the" && n+1 < k {
				n++
			}
			if m := x.mentionAt(si, n); m != nil && m.t0 == n && isActor(m.e.kind) && (m.t1 >= len(toks) || toks[m.t1].kind != tPoss) {
				// "wrote to Zentro Corp Chief Executive Lena Ruiz": the
				// holder of the title.
				if h := x.titleHolderAfter(si, m.t1); h != nil && (m.e.kind == graph.Organization || m.e.kind == graph.Country) {
					out = appendUnique(out, h)
					continue
				}
				out = appendUnique(out, m.e)
				// "to A and B": the list after one "to".
				for i := m.t1; i+1 < k && (toks[i].lower == "and" || toks[i].text == ","); {
					o := x.mentionAt(si, i+1)
					if o == nil || o.t0 != i+1 || !isActor(o.e.kind) {
						break
					}
					out = appendUnique(out, o.e)
					i = o.t1
				}
			}
		}
	}
	return out
}

// appositionThenTo reports whether the apposition opening with the comma
// at c closes with ", to": "LY Corp, the operator of the app, to review".
func (x *extractor) appositionThenTo(si, c int) bool {
	toks := x.sents[si].toks
	for j := c + 1; j+1 < len(toks) && j < c+16; j++ {
		if toks[j].text == "," {
			return toks[j+1].lower == "to"
		}
		if toks[j].text == "." || toks[j].text == ";" {
			return false
		}
	}
	return false
}

// ownerOf returns the organization the story says owns service s.
func (x *extractor) ownerOf(s *entity) *entity {
	for _, id := range x.relOrder {
		r := x.rels[id]
		if r.Type == graph.Owns && r.Object == s.id {
			if o := x.ents[r.Subject]; o != nil {
				return o
			}
		}
	}
	return nil
}

// actorsAfterTo returns the actors named after "to" at k ("to his German
// counterpart", "to the European Commission", "before Parliament").
func (x *extractor) actorsAfterTo(si, k int) []*entity {
	toks := x.sents[si].toks
	// "sent to companies including Google and Meta Platforms": the
	// examples the class is named by.
	if k+1 < len(toks) && bindingHeads[toks[k].lower] {
		switch {
		case toks[k+1].lower == "including" || toks[k+1].lower == "like":
			return x.actorsFrom(si, k+2)
		case k+2 < len(toks) && toks[k+1].lower == "such" && toks[k+2].lower == "as":
			return x.actorsFrom(si, k+3)
		}
	}
	for j := k; j < len(toks) && j < k+6; j++ {
		if t := toks[j]; t.kind == tWord && !t.cap && t.lower != "the" && t.lower != "a" && t.lower != "his" && t.lower != "her" && t.lower != "its" && t.lower != "their" && !titleModifiers[t.lower] && !titleHeads[t.lower] && x.mentionAt(si, j) == nil {
			if r := x.resolveAt(si, j); r == nil {
				return nil
			}
		}
		if m := x.mentionAt(si, j); m != nil {
			// "to Apple Chief Executive Tim Cook", "to Commission
			// President Ursula von der Leyen": the letter went to the
			// holder of the title the body names.
			if (m.e.kind == graph.Organization || m.e.kind == graph.Country) && m.t1 < len(toks) {
				if h := x.titleHolderAfter(si, m.t1); h != nil {
					return []*entity{h}
				}
			}
			if isActor(m.e.kind) && (m.t1 >= len(toks) || toks[m.t1].kind != tPoss) {
				return []*entity{m.e}
			}
			if m.t1 < len(toks) && toks[m.t1].kind == tPoss {
				j = m.t1
				continue
			}
			// "to Telegram founder Pavel Durov": the service names the
			// holder's title.
			if m.e.kind == graph.Service && m.t1 < len(toks) && titleHeads[toks[m.t1].lower] {
				j = m.t1
				continue
			}
			return nil
		}
		if r := x.resolveAt(si, j); r != nil && isActor(r.e.kind) && r.t1-r.t0 > 1 {
			return []*entity{x.bodyCountry(si, r.t0, r.t1, r.e)}
		}
		if toks[j].kind == tPunct {
			return nil
		}
	}
	return nil
}

// contentFrom returns the words of the proposal starting at token k, to
// the end of the clause and at most sixteen words.
func (x *extractor) contentFrom(si, k int) string {
	toks := x.sents[si].toks
	for k < len(toks)-1 && (toks[k].lower == "to" || toks[k].lower == "for" || toks[k].lower == "that" || toks[k].text == ",") {
		k++
	}
	b := k
	words := 0
	for b < len(toks) && words < 16 {
		t := toks[b]
		if t.text == "," || t.text == ";" || t.text == "." || t.text == ":" || t.text == "\u201d" || t.lower == "saying" || t.lower == "after" || t.lower == "because" {
			break
		}
		// "so that he can be charged", "in order to": a purpose clause.
		if b > k && b+1 < len(toks) && (t.lower == "so" && (toks[b+1].lower == "that" || toks[b+1].lower == "as") || t.lower == "in" && toks[b+1].lower == "order") {
			break
		}
		// A finite verb of the main clause ends the proposal's words.
		if b > k && contentStops[t.lower] && !modals[toks[b-1].lower] {
			break
		}
		// "pressed for the powers and welcomed the bill": a second verb
		// of the subject's.
		if b > k && t.lower == "and" && b+1 < len(toks) && (supportWords[toks[b+1].lower] || opposeVerbs[toks[b+1].lower] || judgementVerbs[toks[b+1].lower] || toks[b+1].lower == "said" || toks[b+1].lower == "urged") && strings.HasSuffix(toks[b+1].lower, "ed") {
			break
		}
		if t.kind == tWord {
			words++
		}
		b++
	}
	// "close channels it says spread ...", "... networks by 2026" cut at
	// the word limit: a clause's subject or a dangling word ends nothing.
	if b < len(toks) && b-1 > k && contentStops[toks[b].lower] && (toks[b-1].lower == "it" || toks[b-1].lower == "they" || toks[b-1].lower == "he" || toks[b-1].lower == "she") {
		b--
	}
	for b-1 > k && danglingWords[toks[b-1].lower] {
		b--
	}
	if b <= k {
		return ""
	}
	return x.text[toks[k].start:toks[b-1].end]
}

// danglingWords never end a proposal's words.
var danglingWords = set("by", "of", "to", "the", "a", "an", "and", "or", "with", "from", "for", "that", "which", "its", "their", "his", "her")

// auxiliaries stand before a verb's participle.
var auxiliaries = set("has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "also",
	"then", "later", "already", "had", "and", "who", "which", "that", "repeatedly", "previously", "once", "never", "not")

// contentStops are auxiliaries and reporting verbs that end a proposal's
// words: "legislation that would force ... has been put to".
var contentStops = set("has", "have", "had", "is", "was", "were", "are", "been", "could", "can", "may",
	"might", "did", "does", "said", "says", "was", "appeared", "came", "amounted", "drew", "sparked", "prompted", "triggered", "angered")

// modals keep the verb after them inside a proposal's words: "would
// have forced".
var modals = set("would", "could", "will", "may", "might", "must", "should")

// clauseText returns the text of tokens [a,b) cut at the clause's end.
func (x *extractor) clauseText(si, a, b int) string {
	toks := x.sents[si].toks
	e := a
	for e < b && toks[e].text != ";" && toks[e].text != "." && e < a+30 {
		e++
	}
	if e <= a {
		return ""
	}
	return strings.TrimRight(x.text[toks[a].start:toks[e-1].end], ",")
}

// nounProposal handles a proposal noun at token k: "A European Commission
// proposal that would ...", "Labor's amendments", "its demands for
// changes", "the bill" (a reference).
func (x *extractor) nounProposal(si, k int, fam string) *proposal {
	toks := x.sents[si].toks
	if toks[k].cap && k != x.firstWord(si) {
		return nil // part of a name
	}
	if x.hypothetical(si, k) {
		return nil
	}
	// "In a letter to Meta, the ministry also asked the company to": the
	// verb that follows states the proposal and whom it is put to.
	if npA := x.npStart(si, k); npA > 0 && toks[npA-1].lower == "in" && x.laterProposalVerb(si, k) {
		return nil
	}
	// "In a letter to the Commission, X called for ...": the same.
	if npA := x.npStart(si, k); npA == 1 && toks[0].lower == "in" && x.laterAnyProposalVerb(si, k) {
		return nil
	}
	// "did not respond to a request for comment": the reporter's, no
	// proposal.
	if k+2 < len(toks) && toks[k+1].lower == "for" && toks[k+2].lower == "comment" {
		return nil
	}
	// A noun used as a verb: "court orders", "will order", "to ban", "he
	// plans to".
	if k > 0 && (toks[k-1].lower == "to" || toks[k-1].lower == "will" || toks[k-1].lower == "would" || toks[k-1].lower == "could" ||
		personPronouns[toks[k-1].lower] && toks[k-1].lower != "his" && toks[k-1].lower != "her" || toks[k-1].lower == "they" || toks[k-1].lower == "it") {
		return nil
	}
	if p := x.outerProposal(si, k); p != nil {
		return p
	}
	if p := x.referenceAt(si, x.npStart(si, k)); p != nil {
		// "the so-called traceability requirement" describes it further.
		if k-x.npStart(si, k) >= 2 {
			p.e.addForm(trimDeterminer(x.text[toks[x.npStart(si, k)].start:toks[k].end]))
		}
		// "submitted the bill to parliament. The bill would let police
		// hack phones": what it would do names it too.
		if x.npStart(si, k) == x.firstWord(si) && k+2 < len(toks) && (toks[k+1].lower == "would" || toks[k+1].lower == "will") {
			if rest := x.contentFrom(si, k+1); len(strings.Fields(rest)) >= 3 {
				p.e.addForm(toks[k].lower + " that " + rest)
			}
		}
		// "A and B made the request in a joint letter to C": who made it
		// asks, and the letter's addressee is asked.
		var who, ads []*entity
		if v := x.governingVerb(si, k); v >= 0 && (toks[v].lower == "made" || toks[v].lower == "make" || toks[v].lower == "makes") && k-v <= 3 {
			who = x.mainSubjects(si, v)
			for j := k + 1; j+1 < len(toks) && j < k+8; j++ {
				if toks[j].lower == "to" && (toks[j-1].lower == "letter" || toks[j-1].lower == "letters") {
					ads = x.actorsAfterTo(si, j+1)
					break
				}
				if toks[j].text == "." || toks[j].text == ";" {
					break
				}
			}
		}
		// "backed Moldova's request": the owner made it.
		if m := x.mentionAt(si, x.npStart(si, k)); m != nil && m.t0 == x.npStart(si, k) && isActor(m.e.kind) && m.t1 < len(toks) && toks[m.t1].kind == tPoss {
			who = appendUnique(who, m.e)
		}
		x.joinProposal(p, si, who, append(ads, x.aimedAt(si, k)...))
		return p
	}
	npA := x.npStart(si, k)
	for j := npA; j < k; j++ {
		switch toks[j].lower {
		case "existing", "current", "previous", "old", "other", "similar":
			return nil
		}
	}
	owner := x.nounOwner(si, k)
	content, requested := "", ""
	contentEnd := -1 // byte offset where the content ends
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		switch toks[j].lower {
		case "that", "to", "for", "on", "against", "requiring", "which", "obliging", "forcing", "giving", "letting",
			"banning", "allowing", "barring", "creating", "making", "prohibiting", "restricting", "compelling", "setting", "imposing", "criminalising", "criminalizing":
			content = x.contentFrom(si, j)
			if i := strings.Index(x.text[toks[j].start:], content); content != "" && i >= 0 {
				contentEnd = toks[j].start + i + len(content)
			}
		}
		if content != "" || toks[j].kind == tPunct {
			break
		}
		// Beyond a few words only a "by" phrase may come between the
		// noun and its content.
		if j == k+4 && toks[k+1].lower != "by" && toks[k+1].lower != "from" {
			break
		}
	}
	// "blocked access to the app, after a request from the regulator":
	// what the clause did is what was requested.
	if owner == nil && content == "" && k+1 < len(toks) && (toks[k+1].lower == "from" || toks[k+1].lower == "by") && npA > 0 &&
		(toks[npA-1].lower == "after" || toks[npA-1].lower == "following") && (fam == "request" || fam == "suit") {
		var askers []*entity
		for j := k + 2; j < len(toks) && j < k+16; j++ {
			if toks[j].text == "." || toks[j].text == ";" {
				break
			}
			// "a complaint by Telefonica's pay-TV arm, Movistar Plus, and
			// the broadcaster Mediapro": not the possessor.
			if m := x.mentionAt(si, j); m != nil && m.t0 == j && isActor(m.e.kind) {
				if m.t1 >= len(toks) || toks[m.t1].kind != tPoss {
					askers = appendUnique(askers, m.e)
				}
				j = m.t1 - 1
			}
		}
		if len(askers) > 0 {
			owner = askers[0]
		}
		// "A judge ordered X to ..., after a complaint by Y": Y asked for
		// the order the sentence made.
		if lt := x.lastTrigger; owner != nil && lt.si == si && lt.p != nil && lt.tok < npA {
			x.joinProposal(lt.p, si, askers, nil)
			return lt.p
		}
		if owner != nil {
			for j := 0; j < npA; j++ {
				if t := toks[j]; t.kind == tWord && !t.cap && strings.HasSuffix(t.lower, "ed") && x.mentionAt(si, j) == nil && (opposeVerbs[t.lower] || policyPast[t.lower]) {
					content = x.contentFrom(si, j)
					requested = content
					break
				}
			}
		}
	}
	// "a request by the watchdog, Roskomnadzor, for ...", "received a
	// request from the Federal Police to unlock the phone".
	if owner == nil && k+1 < len(toks) && (toks[k+1].lower == "by" || toks[k+1].lower == "from" && fam == "request") {
		for j := k + 2; j < len(toks) && j < k+7; j++ {
			if m := x.mentionAt(si, j); m != nil && isActor(m.e.kind) {
				owner = m.e
				break
			}
		}
	}
	v := x.governingVerb(si, k)
	if owner == nil && content == "" && v >= 0 {
		// "France will make proposals".
		if subj := x.mainSubjects(si, v); len(subj) > 0 {
			owner = subj[0]
		}
	}
	if owner == nil && content == "" {
		return nil
	}
	// Words such as "rules" or "text" are proposals only with their content.
	if content == "" && fam == "law" && toks[k].lower != "bill" && toks[k].lower != "draft" && toks[k].lower != "legislation" {
		return nil
	}
	// What the owner proposes; a proposal noun as the object of a verb of
	// proposing gets the verb's subject ("Zuckerberg set out plans").
	var proposers []*entity
	if owner != nil {
		proposers = []*entity{owner}
	} else if v >= 0 {
		proposers = x.mainSubjects(si, v)
	}
	np := x.text[toks[npA].start:toks[k].end]
	if requested != "" {
		// "blocked access to the app, after a request from X": what was
		// done names what was asked.
		np = requested
	} else if content != "" && k+1 < len(toks) && toks[k+1].lower == "from" && owner != nil {
		// "a request from the Federal Police to unlock the phone": the
		// asker is the proponent, not part of the name.
		np = x.text[toks[npA].start:toks[k].end] + " to " + content
	} else if contentEnd > toks[k].end {
		// The words as written: "request by the Ministry ... to block".
		np = x.text[toks[npA].start:contentEnd]
	} else if content != "" {
		np += " " + content
	} else if rest := x.contentFrom(si, k+1); rest != "" && len(strings.Fields(np)) < 3 {
		np += " " + rest
	}
	np = trimDeterminer(np)
	// "Zentro Corp received a request from X to ...": the receiver is
	// asked; "rejected a demand from X" also refuses it.
	var receivers []*entity
	receiverOpposes := false
	if k+1 < len(toks) && toks[k+1].lower == "from" && owner != nil && npA > 0 && receivingVerbs[toks[npA-1].lower] {
		receivers = x.subjects(si, npA-1)
		receiverOpposes = opposeVerbs[toks[npA-1].lower] || toks[npA-1].lower == "ignored"
	}
	var p *proposal
	undoTarget := x.lastTrigger.si == si && x.lastTrigger.p != nil && x.undoContent(si, x.lastTrigger.tok)
	// "ask the Senate to pass a bill that would ...": the demand's verb
	// states the law and whom it is put to; the bill is no word about an
	// earlier proposal.
	if len(proposers) == 0 && npA >= 2 && enactVerbs[toks[npA-1].lower] && toks[npA-2].lower == "to" {
		return nil
	}
	// "said in a letter to the prime minister that the decree would drive
	// away investment": a letter that reports a judgement asks nothing.
	if toks[k].lower == "letter" && x.judgingLetter(si, k) {
		return nil
	}
	if len(proposers) == 0 && len(x.proposals) > 0 && !undoTarget {
		// Words about a proposal no one is said to make here elaborate the
		// one the story is telling ("Rules for detecting grooming ...").
		p = x.latestProposal(si, "")
		if si-p.last > 2 {
			return nil
		}
		p.e.addForm(np)
		// "Androulakis said in a letter to Mitsotakis that the ban should
		// also cover exports": the writer asks for it too.
		if npA >= 2 && toks[npA-1].lower == "in" && (toks[npA-2].lower == "said" || toks[npA-2].lower == "says" || toks[npA-2].lower == "wrote") {
			proposers = x.subjects(si, npA-2)
		}
	} else {
		p = x.mergeOrCreate(si, proposers, nil, fam, np, x.clauseText(si, x.clauseStart(si, k), len(toks)))
	}
	if p == nil {
		return nil
	}
	var ads []*entity
	for j := k + 1; j < len(toks) && j < k+12; j++ {
		if toks[j].lower == "to" {
			ads = x.actorsAfterTo(si, j+1)
			break
		}
		// "an order requiring it to help", "a rule that would require it
		// to identify": who must act.
		if obligeWords[toks[j].lower] && j+1 < len(toks) {
			ads, _ = x.objectActors(si, j+1)
			break
		}
		if toks[j].text == "," || toks[j].text == "." {
			break
		}
	}
	ads = append(ads, receivers...)
	// "India's parliament passed a law banning ...": the law was put to
	// the legislature that passed it.
	if npA > 0 && (toks[npA-1].lower == "passed" || toks[npA-1].lower == "approved" || toks[npA-1].lower == "adopted") {
		for _, e := range x.subjects(si, npA-1) {
			if isDecidingBody(e) {
				ads = append(ads, e)
			}
		}
	}
	// "Germany's demand that Zentro Corp hand over chat logs": the
	// subject of the subjunctive is asked.
	if k+3 < len(toks) && toks[k+1].lower == "that" {
		if m := x.mentionAt(si, k+2); m != nil && m.t0 == k+2 && isActor(m.e.kind) && m.t1 < len(toks) && baseVerb(toks[m.t1]) {
			ads = append(ads, m.e)
		}
	}
	x.joinProposal(p, si, proposers, append(ads, x.aimedAt(si, k)...))
	if receiverOpposes {
		for _, e := range receivers {
			if !containsEntity(p.proposers, e) {
				x.dated(x.relate(graph.Opposes, e, p.e, "", si, "stance/rejected-request", 0.6), si)
			}
		}
	}
	return p
}

// receivingVerbs take a request as their object: "received a request
// from", "rejected a demand from".
var receivingVerbs = set("received", "receives", "got", "faced", "faces", "rejected", "rejects", "refused", "refuses", "ignored", "ignores")

// outerProposal returns the proposal a noun at k belongs to when it
// stands in the "for" or "of" phrase of a proposal noun: "a request for
// European Union legislation".
func (x *extractor) outerProposal(si, k int) *proposal {
	toks := x.sents[si].toks
	// "called for European Union rules that would ...": the noun is the
	// content of the proposal the sentence's verb just made, unless that
	// content is about undoing it ("asked the court to strike down a
	// rule").
	definite := false
	switch toks[x.npStart(si, k)].lower {
	case "the", "this", "that", "its", "his", "her", "their", "such":
		definite = true
	}
	if !definite && x.lastTrigger.si == si && x.lastTrigger.p != nil && x.lastTrigger.tok < k && k-x.lastTrigger.tok <= 12 {
		inside := true
		for j := x.lastTrigger.tok + 1; j < k; j++ {
			if toks[j].text == "," || toks[j].text == ";" || undoWords[toks[j].lower] {
				inside = false
				break
			}
		}
		if inside {
			return x.lastTrigger.p
		}
	}
	j := k - 1
	for j >= 0 && k-j <= 6 {
		t := toks[j]
		if t.lower == "for" || t.lower == "of" {
			break
		}
		if t.kind == tPunct || t.kind == tWord && !t.cap && !nounModifiers[t.lower] && x.mentionAt(si, j) == nil {
			return nil
		}
		j--
	}
	if j < 1 {
		return nil
	}
	if _, ok := proposalNouns[toks[j-1].lower]; !ok {
		return nil
	}
	for _, p := range x.proposals {
		for _, m := range p.e.ments {
			if m.Start == x.sents[si].start {
				return p
			}
		}
	}
	return nil
}

// demandModals in what a letter says make it a demand: "that the ban
// should also cover exports".
var demandModals = set("should", "must", "ought", "needed", "need", "needs")

// judgingLetter reports whether the letter at k says that something is so
// rather than asks for anything: a "that" clause follows it with no
// modal of demand, and no verb of asking stands in the sentence after it.
func (x *extractor) judgingLetter(si, k int) bool {
	toks := x.sents[si].toks
	that := -1
	for j := k + 1; j < len(toks) && j <= k+10; j++ {
		if toks[j].lower == "that" {
			that = j
			break
		}
		if toks[j].kind == tPunct {
			return false
		}
	}
	if that < 0 {
		return false
	}
	for j := that + 1; j < len(toks); j++ {
		if demandModals[toks[j].lower] {
			return false
		}
		if toks[j].text == ";" || toks[j].text == "." {
			break
		}
	}
	return true
}

// obligeWords say who a rule or order obliges: "requiring it to".
var obligeWords = set("requiring", "ordering", "forcing", "obliging", "directing", "require", "requires",
	"force", "forces", "oblige", "obliges", "compel", "compels", "order", "orders")

// governingVerb returns the verb of making a proposal that governs the
// noun at k ("set out plans", "laid out plans", "will make proposals",
// "adopting a resolution"), or -1.
func (x *extractor) governingVerb(si, k int) int {
	toks := x.sents[si].toks
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch toks[j].lower {
		case "make", "made", "makes", "set", "laid", "lay", "unveiled", "unveil", "adopting", "adopted",
			"put", "floated", "tabled", "announced", "outlined", "drafted", "presented", "presents", "introduced", "filed",
			"ordered", "orders", "launched", "proposed", "demanded", "sought":
			return j
		}
		if toks[j].kind == tPunct {
			return -1
		}
	}
	return -1
}

// npStart returns the first token of the noun phrase ending at noun k.
func (x *extractor) npStart(si, k int) int {
	toks := x.sents[si].toks
	a := k
	for a > 0 {
		t := toks[a-1]
		// "the proposed ban", "the planned law": a participle after a
		// determiner describes the noun.
		if nounModifiers[t.lower] && a >= 2 && (determiners[toks[a-2].lower] || toks[a-2].lower == "this") {
			a--
			continue
		}
		if t.kind == tPunct || t.lower == "and" || t.lower == "or" || prepositions[t.lower] || proposalVerbs[t.lower] != "" || t.lower == "said" || t.lower == "that" {
			break
		}
		if t.kind == tWord && !t.cap && (strings.HasSuffix(t.lower, "ed") && !strings.Contains(t.lower, "-") && t.lower != "detailed" || t.lower == "is" || t.lower == "was" || t.lower == "has" || t.lower == "had" || t.lower == "will") {
			break
		}
		a--
		if t.lower == "the" || t.lower == "a" || t.lower == "an" || t.lower == "this" || t.lower == "its" || t.lower == "his" || t.lower == "her" || t.lower == "their" || t.lower == "such" {
			break
		}
	}
	return a
}

func trimDeterminer(s string) string {
	for _, d := range []string{"the ", "The ", "a ", "A ", "an ", "An ", "this ", "This ", "such ", "Such "} {
		s = strings.TrimPrefix(s, d)
	}
	return s
}

// nounOwner returns the actor whose proposal the noun at k is: a possessive
// ("Labor's amendments", "her demand", "its demands"), or an attributive
// name ("A European Commission proposal").
func (x *extractor) nounOwner(si, k int) *entity {
	toks := x.sents[si].toks
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := toks[j]
		if t.kind == tPoss {
			if m := x.mentionAt(si, j-1); m != nil && isActor(m.e.kind) {
				return m.e
			}
			return nil
		}
		if t.lower == "its" || t.lower == "his" || t.lower == "her" || t.lower == "their" {
			if r := x.resolveAt(si, j); r != nil && isActor(r.e.kind) {
				return r.e
			}
			if t.lower == "its" || t.lower == "their" {
				// "its demands": the subject of the clause.
				if s := x.subjects(si, j); len(s) > 0 {
					return s[0]
				}
			}
			return nil
		}
		if m := x.mentionAt(si, j); m != nil {
			if isActor(m.e.kind) && m.t1 == j+1 && (j == k-1 || nounModifiers[toks[j+1].lower]) {
				return m.e
			}
			return nil
		}
		if t.kind != tWord || t.cap || !nounModifiers[t.lower] {
			return nil
		}
	}
	return nil
}

// nounModifiers may stand between an owner and a proposal noun ("Labor's
// proposed amendments", "the FSB's new demand").
var nounModifiers = set("new", "draft", "proposed", "legislative", "joint", "global", "international",
	"open", "so-called", "nationwide", "fresh", "latest", "controversial", "planned", "formal", "written",
	"european", "national", "two", "own")

// referenceAt returns the proposal a definite description at k refers to:
// "the bill", "the plan", "the proposal", "it" after "pushed for", "Her
// demand", "The block" or a named bill already seen.
func (x *extractor) referenceAt(si, k int) *proposal {
	toks := x.sents[si].toks
	if k >= len(toks) || len(x.proposals) == 0 {
		return nil
	}
	w := toks[k].lower
	if w == "it" {
		return x.latestProposal(si, "")
	}
	// "Hoff's plan was endorsed by": the owner's proposal.
	if m := x.mentionAt(si, k); m != nil && m.t0 == k && isActor(m.e.kind) && m.t1+1 < len(toks) && toks[m.t1].kind == tPoss {
		for j := m.t1 + 1; j < len(toks) && j <= m.t1+3; j++ {
			if _, ok := proposalNouns[toks[j].lower]; ok {
				for i := len(x.proposals) - 1; i >= 0; i-- {
					if p := x.proposals[i]; p.first <= si && overlap(p.proposers, []*entity{m.e}) {
						return p
					}
				}
				return nil
			}
			if toks[j].kind != tWord || toks[j].cap {
				return nil
			}
		}
		return nil
	}
	if w != "the" && w != "this" && w != "that" && w != "such" && w != "her" && w != "his" && w != "its" && w != "their" {
		return nil
	}
	// "its demands", "her demand": the owner's own proposal, if any.
	var owner *entity
	if w == "her" || w == "his" || w == "its" || w == "their" {
		r := x.resolveAt(si, k)
		if r == nil || r.t1 != k+1 {
			return nil
		}
		owner = r.e
	}
	var mods []string
	for j := k + 1; j < len(toks) && j < k+4; j++ {
		fam, ok := proposalNouns[toks[j].lower]
		if !ok && referenceNouns[toks[j].lower] && w != "his" && w != "her" && w != "its" && w != "their" {
			// "backed the talks", "criticised the move": a word that only
			// refers back to what was just proposed; "welcomed the vote":
			// the vote on a bill or amendment.
			fam, ok = "", true
			if toks[j].lower == "vote" && w == "the" {
				for _, f := range []string{"law", "amend"} {
					if p := x.latestProposal(si, f); p != nil {
						return p
					}
				}
				return nil
			}
		}
		if ok {
			// "the bill's", "the bill," or the end: no new content.
			if j+1 < len(toks) && (w == "the" || w == "a") {
				switch toks[j+1].lower {
				case "that", "against", "requiring", "obliging":
					return nil
				case "to":
					// "the bill to parliament" names whom; "the block to
					// take effect" says what.
					n := j + 2
					if n < len(toks) && toks[n].lower == "the" {
						n++
					}
					if n >= len(toks) || x.mentionAt(si, n) == nil {
						return nil
					}
				}
			}
			// "the ruling": what a court decided.
			switch toks[j].lower {
			case "ruling", "verdict", "decision", "judgment", "judgement":
				for i := len(x.proposals) - 1; i >= 0; i-- {
					if p := x.proposals[i]; p.first <= si && p.decided {
						return p
					}
				}
			}
			if owner != nil {
				for i := len(x.proposals) - 1; i >= 0; i-- {
					if p := x.proposals[i]; p.first <= si && overlap(p.proposers, []*entity{owner}) {
						return p
					}
				}
				return nil
			}
			// "backed the call for an investigation": the words after
			// "for" pick the proposal whose words they share.
			if j+2 < len(toks) && toks[j+1].lower == "for" && w == "the" {
				if p := x.proposalSharing(si, j+2); p != nil {
					return p
				}
			}
			// "the call" for "the Safe Phones Call", "the police request"
			// for what the police asked: the words of the reference pick
			// the proposal they describe over the latest one.
			if p := x.describedProposal(si, toks[j].lower, mods); p != nil {
				return p
			}
			if x.judging {
				if p := x.leadProposal(si, fam); p != nil {
					return x.toldBefore(si, k, p)
				}
			}
			if p := x.latestProposal(si, fam); p != nil {
				return x.toldBefore(si, k, p)
			}
			p := x.toldBefore(si, k, x.latestProposal(si, ""))
			// "the legislation" is not a promise to scrap one.
			if p != nil && fam == "law" && repealVerbs[strings.ToLower(firstWords(p.content, 1))] {
				for i := len(x.proposals) - 1; i >= 0; i-- {
					if q := x.proposals[i]; q.first <= si && q != p && !repealVerbs[strings.ToLower(firstWords(q.content, 1))] {
						return q
					}
				}
			}
			return p
		}
		// "the Commission's plan": the owner's proposal.
		if m := x.mentionAt(si, j); m != nil && m.t1 < len(toks) && toks[m.t1].kind == tPoss && owner == nil {
			owner = m.e
			j = m.t1
			continue
		}
		// "the government's proposal": the owner the description names.
		if toks[j].kind == tPoss && owner == nil && w == "the" {
			if r := x.resolveAt(si, k); r != nil && r.t1 == j && isActor(r.e.kind) {
				owner = r.e
			}
			// An owner the story does not name: "the minister's demand"
			// still refers back.
			mods = nil
			continue
		}
		if toks[j].kind != tWord || isCapWord(toks[j]) {
			return nil
		}
		mods = append(mods, toks[j].lower)
	}
	return nil
}

// proposalSharing returns the latest proposal told by sentence si whose
// words share a stem with the content words from token k to the end of
// its phrase ("an investigation" for "investigate whether ..."); nil when
// none does.
func (x *extractor) proposalSharing(si, k int) *proposal {
	toks := x.sents[si].toks
	var stems []string
	for j := k; j < len(toks) && j < k+4 && toks[j].kind == tWord; j++ {
		w := toks[j].lower
		if len(w) >= 6 && !proposalFiller[w] && !functionWords[w] {
			stems = append(stems, w[:6])
		}
	}
	for i := len(x.proposals) - 1; i >= 0; i-- {
		p := x.proposals[i]
		if p.first > si {
			continue
		}
		for _, st := range stems {
			if containsPrefix(strings.ToLower(p.content), st) {
				return p
			}
			for _, f := range p.e.forms {
				if containsPrefix(strings.ToLower(f), st) {
					return p
				}
			}
		}
	}
	return nil
}

// leadProposal returns, for a bare reference of family fam in a stance
// at sentence si, the story's first proposal of that family when the
// latest one was told more than a sentence before: "The Socialists
// slammed the ban" two paragraphs after a minister's second, smaller
// request still speaks of the ban the story opened with. Nil when the
// latest is close enough to be meant, or there is no choice.
func (x *extractor) leadProposal(si int, fam string) *proposal {
	var first, latest *proposal
	for _, p := range x.proposals {
		if p.first > si || fam != "" && p.family != fam && !(fam == "request" && p.family == "order") && !(fam == "order" && p.family == "request") {
			continue
		}
		if first == nil || p.first < first.first {
			first = p
		}
		if latest == nil || p.first > latest.first {
			latest = p
		}
	}
	if first == nil || first == latest || latest.first >= si-1 {
		return nil
	}
	return first
}

// referenceNouns refer back to a proposal but never state one.
var referenceNouns = set("talks", "move", "step", "decision", "crackdown", "push", "effort", "efforts", "initiative", "vote",
	"agreement", "accord", "announcement", "change", "overhaul", "reform")

// describedProposal returns the latest proposal told so far whose name
// ends in the reference's noun ("the call": "the Safe Phones Call") or
// whose proponents the reference's modifier names ("the police request":
// the sentence that stated it names the police before its words).
func (x *extractor) describedProposal(si int, noun string, mods []string) *proposal {
	for i := len(x.proposals) - 1; i >= 0; i-- {
		p := x.proposals[i]
		if p.first > si {
			continue
		}
		name := strings.Fields(p.e.name)
		if len(name) > 1 && len(name) <= 5 && strings.ToLower(name[len(name)-1]) == noun && properName(name) {
			return p
		}
		sum := strings.ToLower(p.e.summary)
		at := strings.Index(sum, strings.ToLower(firstWords(p.content, 3)))
		// "the talks" for "was in talks with Y about building"; "the
		// proposal" for what someone "proposed".
		if referenceNouns[noun] && at > 0 && containsWord(sum[:at], noun) {
			return p
		}
		// "the letter" for what someone "asked ... in a letter to" do.
		// The summary keeps its case so that "Bill Shorten" is no bill.
		// In the sentence that made it, the word is this reference itself:
		// "said the measure would help police and asked operators to".
		if proposalNouns[noun] == "request" && at > 0 && p.first != si && len(sum) == len(p.e.summary) && containsWord(p.e.summary[:at], noun) {
			return p
		}
		// "the ban" for what a government said it "will block": the
		// noun of the verb that opens the proposal's words.
		if actionNouns[noun][strings.ToLower(firstWords(p.content, 1))] {
			return p
		}
		// "the ban" for a call for the app "to be banned"; not for a call
		// to lift one.
		if first := strings.ToLower(firstWords(p.content, 1)); !undoWords[first] && !repealVerbs[first] {
			for v := range actionNouns[noun] {
				if strings.Contains(strings.ToLower(p.content), " "+v+"ned") || strings.Contains(strings.ToLower(p.content), " "+v+"ed") {
					return p
				}
			}
		}
		for _, stem := range verbNounStems[noun] {
			if at > 0 && statesWithStem(sum[:at], stem, noun) {
				return p
			}
		}
		for _, m := range mods {
			if at > 0 && containsWord(sum[:at], m) {
				return p
			}
			// "the ban proposal" for a call for the app "to be banned".
			if actionNouns[m] != nil && containsPrefix(strings.ToLower(p.content), m) {
				return p
			}
		}
	}
	// "the registration rule" for an order to "register": a modifier
	// that shares its stem with a proposal's words, when nothing closer
	// says which.
	for i := len(x.proposals) - 1; i >= 0; i-- {
		p := x.proposals[i]
		if p.first > si {
			continue
		}
		for _, m := range mods {
			if len(m) >= 6 && containsPrefix(strings.ToLower(p.content), m[:6]) {
				return p
			}
		}
	}
	return nil
}

// actionNouns name the measure of the verbs that open a proposal's words:
// "block TikTok for a year" is "the ban".
var actionNouns = map[string]map[string]bool{
	"ban":         set("ban", "block", "prohibit", "outlaw", "bar"),
	"block":       set("block", "ban"),
	"shutdown":    set("shut", "close", "block"),
	"suspension":  set("suspend"),
	"requirement": set("require", "force", "oblige", "compel"),
}

// statesWithStem reports whether a word of s begins with stem, other
// than noun itself referred to with "the": "ordered Globe to block"
// states an order; "said the order was needed, and urged banks to"
// refers to one made before.
func statesWithStem(s, stem, noun string) bool {
	f := strings.Fields(s)
	for i, w := range f {
		if !strings.HasPrefix(w, stem) {
			continue
		}
		if w == noun && i > 0 && (f[i-1] == "the" || f[i-1] == "this" || f[i-1] == "that") {
			continue
		}
		return true
	}
	return false
}

// properName reports whether every word of a name is capitalised.
func properName(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// verbNounStems are the stems a proposal noun shares with the verb that
// makes one: "the proposal" is what was "proposed".
var verbNounStems = map[string][]string{"proposal": {"propos"}, "request": {"request", "asked", "asks"}, "demand": {"demand"},
	"pledge": {"pledg"}, "plan": {"plan"}, "order": {"order"}}

// containsPrefix reports whether a word of s begins with prefix.
func containsPrefix(s, prefix string) bool {
	for _, f := range strings.Fields(s) {
		if strings.HasPrefix(f, prefix) {
			return true
		}
	}
	return false
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[:n]
	}
	return strings.Join(w, " ")
}

// containsWord reports whether s holds w as a whole word.
func containsWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if f == w {
			return true
		}
	}
	return false
}

// latestProposal returns the proposal last referred to, of the family when
// given ("law" for "the bill").
func (x *extractor) latestProposal(si int, fam string) *proposal {
	var best *proposal
	for _, p := range x.proposals {
		if p.first > si {
			continue
		}
		if fam != "" && p.family != fam && !(fam == "request" && p.family == "order") && !(fam == "order" && p.family == "request") {
			continue
		}
		// "vowed to scrap the bill" is no bill "the legislation" names.
		if fam == "law" && repealVerbs[strings.ToLower(firstWords(p.content, 1))] {
			continue
		}
		if best == nil || p.last > best.last || p.last == best.last && p.first > best.first {
			best = p
		}
	}
	return best
}

// aimedAt returns the actors a reference is aimed at: "Her demand is aimed
// squarely at Facebook Inc", "The pledge appeared to take aim at
// technology firms such as Facebook Inc ... and Apple Inc".
func (x *extractor) aimedAt(si, k int) []*entity {
	toks := x.sents[si].toks
	for j := k + 1; j < len(toks) && j < k+8; j++ {
		if (toks[j].lower == "aimed" || toks[j].lower == "aim") && j+1 < len(toks) {
			for a := j + 1; a < len(toks) && a < j+3; a++ {
				if toks[a].lower == "at" {
					ads, _ := x.objectActors(si, a+1)
					return ads
				}
			}
		}
	}
	return nil
}

// namedLaw handles the name of a bill or act at token k: "the Online Safety
// Bill", "the Communications Data Bill", "the Telecommunications and Other
// Legislation Amendment (Assistance and Access) Bill".
func (x *extractor) namedLaw(si, k int) *proposal {
	toks := x.sents[si].toks
	if !toks[k].cap || (k > 0 && isCapWord(toks[k-1])) {
		return nil
	}
	end := x.lawEnd(si, k)
	if end <= k+1 || !lawHeads[toks[end-1].text] || toks[end-1].text == "Charter" || toks[end-1].text == "Convention" || toks[end-1].text == "Treaty" {
		return nil
	}
	name := x.text[toks[k].start:toks[end-1].end]
	for _, p := range x.proposals {
		if p.law == name {
			x.joinProposal(p, si, nil, nil)
			return p
		}
	}
	var proposers []*entity
	if v := x.governingLawVerb(si, k); v >= 0 {
		proposers = x.mainSubjects(si, v)
	}
	// "the government over its Online Safety Bill": the description the
	// possessive points back to.
	if len(proposers) == 0 && k > 0 && (toks[k-1].lower == "its" || toks[k-1].lower == "their") {
		for j := k - 2; j >= 0 && j >= k-5; j-- {
			if r := x.resolveAt(si, j); r != nil && isActor(r.e.kind) {
				proposers = []*entity{r.e}
				break
			}
		}
	}
	var ads []*entity
	for j := end; j < len(toks) && j < end+4; j++ {
		if toks[j].lower == "before" || toks[j].lower == "to" {
			ads = x.actorsAfterTo(si, j+1)
			break
		}
	}
	// An Act or a Regulation is a law in force unless the story proposes
	// it ("a draft ... Act", "the ... Act, a bill that would").
	if len(proposers) == 0 && len(ads) == 0 && !proposedLaw(toks, k, end) {
		return nil
	}
	// The bill a story has been describing by its content.
	if p := x.latestProposal(si, "law"); p != nil && p.law == "" && si-p.last <= 2 {
		p.law = name
		p.e.addForm(name)
		x.joinProposal(p, si, proposers, ads)
		return p
	}
	p := x.mergeOrCreate(si, proposers, ads, "law", name, x.clauseText(si, x.clauseStart(si, k), len(toks)))
	if p != nil {
		p.law = name
		x.joinProposal(p, si, proposers, ads)
	}
	return p
}

// proposedLaw reports whether the law named at tokens [k,end) is a
// proposal: a Bill or an Amendment, or a law described as draft, proposed,
// new or "a bill".
func proposedLaw(toks []token, k, end int) bool {
	switch toks[end-1].text {
	case "Bill", "Amendment":
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].lower {
		case "draft", "proposed", "new", "planned", "controversial":
			return true
		}
		// "introduced the ... Act".
		if _, ok := proposalVerbs[toks[j].lower]; ok {
			return true
		}
	}
	// "The ... Act was unveiled by ...".
	// "The ... Act, which was introduced by ...".
	from := end
	if end+1 < len(toks) && toks[end].text == "," && (toks[end+1].lower == "which" || toks[end+1].lower == "that") {
		from = end + 1
	}
	for j := from; j < len(toks) && j <= from+3; j++ {
		if _, ok := proposalVerbs[toks[j].lower]; ok && j > from {
			return true
		}
		if w := toks[j].lower; w != "was" && w != "were" && w != "is" && w != "has" && w != "had" && w != "been" && w != "being" && j > from {
			break
		}
	}
	if end+2 < len(toks) && toks[end].text == "," && (toks[end+1].lower == "a" || toks[end+1].lower == "the") {
		for j := end + 2; j < len(toks) && j < end+5; j++ {
			if toks[j].lower == "bill" || toks[j].lower == "proposal" || toks[j].lower == "draft" {
				return true
			}
		}
	}
	return false
}

// governingLawVerb returns the verb that makes the subject the bill's
// proponent ("would bring the ... Bill back", "introduced the ... Bill").
func (x *extractor) governingLawVerb(si, k int) int {
	toks := x.sents[si].toks
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch toks[j].lower {
		case "bring", "brought", "introduced", "introduce", "tabled", "proposed", "drafted", "unveiled", "revive", "revived", "put":
			return j
		}
	}
	return -1
}

// lawEnd returns the end of a capitalised name that may carry a bracketed
// short title before its head.
func (x *extractor) lawEnd(si, k int) int {
	toks := x.sents[si].toks
	end := x.capsEnd(si, k)
	// The name ends at its last law word: "the Digital Safety Bill on
	// Monday".
	for j := end; j > k; j-- {
		if lawHeads[toks[j-1].text] {
			return j
		}
	}
	return end
}

// capsEnd returns the end of the capitalised name starting at k, which may
// carry a bracketed short title.
func (x *extractor) capsEnd(si, k int) int {
	toks := x.sents[si].toks
	j := k
	for j < len(toks) {
		t := toks[j]
		if isCapWord(t) || (isConnector(t) && j+1 < len(toks) && isCapWord(toks[j+1])) {
			j++
			continue
		}
		if t.text == "(" {
			c := j + 1
			for c < len(toks) && toks[c].text != ")" && c < j+8 {
				c++
			}
			if c+1 < len(toks) && toks[c].text == ")" && isCapWord(toks[c+1]) {
				j = c + 1
				continue
			}
		}
		break
	}
	return j
}

// modalDemand reads a demand reported as what must or should happen:
// "Services like WhatsApp must stop offering militants a hidden channel,
// she said"; "Britain should not tolerate ..., Prime Minister David
// Cameron said".
func (x *extractor) modalDemand(si int) {
	toks := x.sents[si].toks
	modal := -1
	for k, t := range toks {
		if t.lower == "must" || t.lower == "should" {
			modal = k
			break
		}
	}
	if modal < 0 {
		return
	}
	var speaker []*entity
	for k := modal + 1; k < len(toks) && speaker == nil; k++ {
		switch toks[k].lower {
		case "said", "says", "told", "argued", "added", "adds", "wrote":
			speaker = x.speakerAround(si, k, modal)
		}
	}
	if speaker == nil {
		// "X said the company should not go ahead".
		for k := modal - 1; k >= 0; k-- {
			if toks[k].lower == "said" || toks[k].lower == "says" {
				speaker = x.subjects(si, k)
				break
			}
		}
	}
	if len(speaker) == 0 {
		return
	}
	// "the law should be scrapped" is a stance on it (see stanceSentence).
	for k := modal + 1; k+1 < len(toks) && k <= modal+3; k++ {
		if toks[k].lower == "be" && undoneWords[toks[k+1].lower] {
			return
		}
	}
	var p *proposal
	for k, t := range toks {
		if t.lower != "must" && t.lower != "should" {
			continue
		}
		start := x.clauseStart(si, k)
		for j := k - 1; j > start; j-- {
			// "X said the company must ...": the demand is the reported
			// clause, never the words naming who reports it.
			if toks[j].text == "," || toks[j].lower == "and" || reportVerbs[toks[j].lower] {
				start = j + 1
				break
			}
		}
		content := x.contentFrom(si, start)
		if p == nil {
			p = x.mergeOrCreate(si, speaker, nil, "request", content, x.clauseText(si, start, len(toks)))
		} else {
			p.e.addForm(content)
		}
	}
	if p != nil {
		x.joinProposal(p, si, speaker, nil)
	}
}

// speakerAround returns who a reporting verb at k attributes the words
// before it to: "..., she said", "..., Prasad said", "..., said Cook".
func (x *extractor) speakerAround(si, k, after int) []*entity {
	toks := x.sents[si].toks
	for j := k - 1; j > after && j >= k-8; j-- {
		if m := x.mentionAt(si, j); m != nil && isActor(m.e.kind) {
			return []*entity{m.e}
		}
		if r := x.resolveAt(si, j); r != nil && isActor(r.e.kind) {
			return []*entity{r.e}
		}
		if toks[j].text == "," && j < k-1 {
			break
		}
	}
	if m := x.mentionAt(si, k+1); m != nil && isActor(m.e.kind) {
		return []*entity{m.e}
	}
	return nil
}

// mergeOrCreate returns the proposal a new statement adds to, or a new
// one. A statement by the same proponents within a few sentences, or by
// anyone right after a proposal whose proponent was not yet named, is the
// same proposal told again.
func (x *extractor) mergeOrCreate(si int, proposers, addressees []*entity, fam, name, summary string) *proposal {
	name = trimDeterminer(trimTimeWords(strings.TrimSpace(name)))

	// "Interior Minister Jonas Weber's proposal to let police ...": the
	// owner is the proponent, not part of the name.
	if i := strings.Index(name, "'s "); i > 0 && i < len(name)/2 {
		if _, ok := proposalNouns[strings.ToLower(firstWords(name[i+3:], 1))]; ok && len(strings.Fields(name[i+3:])) >= 3 {
			name = name[i+3:]
		}
	}
	for i := len(x.proposals) - 1; i >= 0 && !x.fresh; i-- {
		p := x.proposals[i]
		if si-p.last > 3 {
			continue
		}
		// "urged the government to lift the ban": undoing a proposal is
		// never the proposal itself.
		if w := strings.ToLower(firstWords(name, 1)); (undoWords[w] || repealVerbs[w]) && !strings.HasPrefix(strings.ToLower(p.content), w+" ") {
			continue
		}
		// "asked X to A, and urged lawmakers to B": a second demand in the
		// sentence that made the first is another proposal.
		if p.first == si && name != "" && len(strings.Fields(name)) >= 3 && !strings.Contains(p.content, firstWords(name, 3)) && x.secondVerb(si, p) {
			continue
		}
		// "Budi also plans to require ...": the same actor asks for
		// something more.
		if x.also && overlap(p.proposers, proposers) {
			continue
		}
		// "Rama said Albania would block TikTok ... Education Minister
		// Manastirliu said she would put forward rules barring pupils
		// from using phones": two members of one government, two
		// measures that share no word.
		if overlap(p.proposers, proposers) && (len(addressees) == 0 || len(p.addressees) == 0 || overlap(p.addressees, addressees)) && familiesAgree(p.family, fam) && !(otherContent(p, name) && !sameProposer(p.proposers, proposers)) {
			p.e.addForm(name)
			return p
		}
		if len(p.proposers) == 0 && si-p.last <= 1 && p.family == fam {
			p.e.addForm(name)
			return p
		}
	}
	if name == "" {
		return nil
	}
	if len(strings.Fields(name)) < 2 {
		return nil
	}
	// "the bill to be withdrawn": named as the act asked for,
	// "withdrawal of the bill"; the words as told stay an alias and its
	// content.
	shown := passiveRequestName(name)
	e := x.entity(graph.Proposal, shown, x.story.ID)
	e.name = shown
	e.summary = summary
	// "wants parliament to pass a law that would ...": a law asked for
	// is a law, whatever verb asked for it.
	if f := contentFamily(name); f != "" {
		fam = f
	}
	p := &proposal{e: e, family: fam, first: si, last: si, content: name, tok: x.curTok}
	if shown != name {
		e.addForm(name)
	}
	x.proposals = append(x.proposals, p)
	return p
}

// passiveNouns name the act a passive infinitive asks for: "the bill to
// be withdrawn" asks for its withdrawal.
var passiveNouns = map[string]string{"withdrawn": "withdrawal of", "scrapped": "scrapping of", "repealed": "repeal of",
	"lifted": "lifting of", "banned": "ban on", "blocked": "blocking of", "dropped": "dropping of",
	"suspended": "suspension of", "rejected": "rejection of", "registered": "registration of", "removed": "removal of",
	"closed": "closure of", "investigated": "investigation of", "reviewed": "review of", "amended": "amendment of",
	"postponed": "postponement of", "restored": "restoration of", "unblocked": "unblocking of", "released": "release of"}

// passiveRequestName renames "bill to be withdrawn" as "withdrawal of
// the bill", "Telegram to be registered as a media outlet" as
// "registration of Telegram as a media outlet"; other words unchanged.
func passiveRequestName(name string) string {
	w := strings.Fields(name)
	for i := 1; i+2 < len(w) && i <= 5; i++ {
		if w[i] != "to" || w[i+1] != "be" {
			continue
		}
		noun, ok := passiveNouns[strings.ToLower(w[i+2])]
		if !ok {
			return name
		}
		subj := strings.Join(w[:i], " ")
		if _, isNoun := proposalNouns[strings.ToLower(w[0])]; isNoun || strings.ToLower(w[0]) == "app" || strings.ToLower(w[0]) == "platform" {
			subj = "the " + subj
		}
		rest := w[i+3:]
		// "lifted immediately": the manner is no part of the act.
		for len(rest) > 0 && strings.HasSuffix(rest[len(rest)-1], "ly") {
			rest = rest[:len(rest)-1]
		}
		return strings.TrimSpace(noun + " " + subj + " " + strings.Join(rest, " "))
	}
	return name
}

// genericHeads name a collection of measures, not a measure: "a package
// of changes".
var genericHeads = set("package", "set", "raft", "series", "batch", "slew", "number", "changes", "proposals", "measures")

// includedMeasure returns the words of the measure a generic noun phrase
// at k names as its part: "a package of changes to media rules, including
// a provision that would make news websites legally responsible for
// comments" gives "provision that would make news websites legally
// responsible for comments posted by their readers"; "" otherwise.
func (x *extractor) includedMeasure(si, k int) string {
	toks := x.sents[si].toks
	j := k
	if j < len(toks) && (toks[j].lower == "a" || toks[j].lower == "an" || toks[j].lower == "the" || toks[j].lower == "new") {
		j++
	}
	if j >= len(toks) || !genericHeads[toks[j].lower] {
		return ""
	}
	for n := j + 1; n+3 < len(toks) && n < j+12; n++ {
		if toks[n].text == "." || toks[n].text == ";" {
			return ""
		}
		if toks[n].text != "," || toks[n+1].lower != "including" {
			continue
		}
		a := n + 2
		if toks[a].lower == "a" || toks[a].lower == "an" || toks[a].lower == "one" {
			a++
		}
		if _, ok := proposalNouns[toks[a].lower]; !ok {
			return ""
		}
		if c := x.contentFrom(si, a); len(strings.Fields(c)) >= 4 {
			return c
		}
		return ""
	}
	return ""
}

// widerAdjectives open the name of a law a measure is part of.
var widerAdjectives = set("wider", "broader", "larger", "bigger", "sweeping", "new")

// widerBill reads a law a measure is to be part of: "The ban, which
// would be introduced as part of a wider bill on education, ..." tells
// a second proposal, the bill, by the measure's proposers, so that "the
// bill" later is the bill and not the ban.
func (x *extractor) widerBill(si int, here *proposal) {
	toks := x.sents[si].toks
	for k := 2; k+3 < len(toks); k++ {
		if toks[k].lower != "of" || toks[k-1].lower != "part" || toks[k+1].lower != "a" && toks[k+1].lower != "an" || !widerAdjectives[toks[k+2].lower] {
			continue
		}
		if fam, ok := proposalNouns[toks[k+3].lower]; !ok || fam != "law" {
			continue
		}
		part := here
		if part == nil {
			part = x.referenceAt(si, x.clauseStart(si, 0))
		}
		if part == nil {
			return
		}
		// "bill on education": the law, not how wide it is.
		name := x.contentFrom(si, k+3)
		if len(strings.Fields(name)) < 2 {
			name = x.contentFrom(si, k+2)
		}
		if len(strings.Fields(name)) < 2 {
			return
		}
		x.fresh = true
		p := x.mergeOrCreate(si, part.proposers, nil, "law", name, x.clauseText(si, 0, len(toks)))
		x.fresh = false
		if p != nil && p != part {
			x.joinProposal(p, si, part.proposers, nil)
		}
		return
	}
}

// toldBefore returns p, or, when sentence si tells p only after token k
// ("The Greens backed the push, while the Free Democrats said the party
// should be defeated"), the latest proposal told before k.
func (x *extractor) toldBefore(si, k int, p *proposal) *proposal {
	if p == nil || p.first != si || p.tok <= k {
		return p
	}
	var best *proposal
	for _, q := range x.proposals {
		if q.first > si || q.first == si && q.tok > k {
			continue
		}
		if best == nil || q.last > best.last || q.last == best.last && q.first > best.first {
			best = q
		}
	}
	return best
}

// sameProposer reports whether two lists of proponents share an entity
// itself, not only through a role.
func sameProposer(a, b []*entity) bool {
	for _, e := range b {
		if containsEntity(a, e) {
			return true
		}
	}
	return false
}

// otherContent reports whether name, the words of a new statement, says
// something other than proposal p: it opens with no reference ("the
// plan", "it") and shares no content word with any form of p.
func otherContent(p *proposal, name string) bool {
	words := contentWords(name)
	if len(words) < 2 {
		return false
	}
	// "approve the measure", "keep working on the text": a definite
	// reference keeps the words on the proposal told before.
	ws := strings.Fields(strings.ToLower(name))
	for i, w := range ws {
		if w == "it" || w == "them" {
			return false
		}
		// "sent a joint letter to the Commission": the vehicle of a
		// request, not its content.
		fam, noun := proposalNouns[w]
		if fam == "request" || referenceNouns[w] {
			return false
		}
		if i > 0 && noun && (ws[i-1] == "the" || ws[i-1] == "this" || ws[i-1] == "that" || ws[i-1] == "its" || ws[i-1] == "their" || strings.HasSuffix(ws[i-1], "'s")) {
			return false
		}
	}
	return !sharesContent(p, words)
}

// sharesContent reports whether any form of proposal p holds one of the
// content stems in words.
func sharesContent(p *proposal, words map[string]bool) bool {
	for _, f := range append([]string{p.content}, p.e.forms...) {
		for w := range contentWords(f) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// contentWords returns the stems of the lower-case words of s that carry
// its meaning: four letters or more, not a function word.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if len(f) >= 4 && !functionWords[f] && !proposalFiller[f] {
			// "verify" and "verified" share a stem.
			if len(f) > 5 {
				f = f[:5]
			}
			out[f] = true
		}
	}
	return out
}

// proposalFiller words carry no content of a proposal's words.
var proposalFiller = set("that", "this", "these", "those", "would", "could", "should", "will", "with", "from",
	"into", "their", "them", "they", "which", "what", "when", "where", "while", "about", "also", "more", "most",
	"some", "such", "than", "then", "over", "under", "after", "before", "within", "without", "other", "others",
	"year", "years", "week", "weeks", "month", "months", "next", "last", "make", "made", "have", "been", "being",
	"every", "each", "only", "just", "able", "must", "until", "against", "between", "through", "during")

// repealVerbs open a proposal to undo another.
var repealVerbs = set("scrap", "repeal", "overturn", "annul", "quash", "reverse", "withdraw", "lift")

// verbParticles left at the head of a proposal's words belong to its
// verb: "put forward a plan", "set out plans".
var verbParticles = set("forward", "out", "up", "ahead")

// trimTimeWords removes a verb's particle at the head of a proposal's
// words and the time adverbials in them ("on Tuesday", "last week"): they
// date the statement, they do not name what is proposed.
func trimTimeWords(name string) string {
	w := strings.Fields(name)
	if len(w) > 1 && verbParticles[w[0]] {
		w = w[1:]
	}
	out := w[:0:0]
	for i := 0; i < len(w); i++ {
		if i+1 < len(w) {
			next := strings.TrimRight(w[i+1], ",")
			switch {
			case w[i] == "on" && calendarWords[next]:
				i++
				continue
			case (w[i] == "last" || w[i] == "this" || w[i] == "next") && (next == "week" || next == "month" || next == "year" || calendarWords[next]):
				i++
				continue
			}
		}
		out = append(out, w[i])
	}
	return strings.Join(out, " ")
}

// secondVerb reports whether sentence si holds another proposal verb
// after the one that made p, joined by "and": the sentence states two
// demands.
func (x *extractor) secondVerb(si int, p *proposal) bool {
	toks := x.sents[si].toks
	seen := 0
	for k, t := range toks {
		// "said websites would be blocked, and called on": the passive
		// future made the first.
		if (t.lower == "would" || t.lower == "will") && k+2 < len(toks) && toks[k+1].lower == "be" && passiveMeasures[toks[k+2].lower] != "" {
			seen++
			continue
		}
		if _, ok := proposalVerbs[t.lower]; ok && k > 0 {
			seen++
			if seen >= 2 && (toks[k-1].lower == "and" || k > 1 && toks[k-2].lower == "and") {
				return true
			}
		}
	}
	return false
}

func familiesAgree(a, b string) bool {
	distinct := func(f string) bool { return f == "amend" || f == "suit" || f == "meeting" }
	return a == b || !distinct(a) && !distinct(b)
}

// overlap reports whether two lists of proponents share one, counting a
// person and the body they hold a role in as one side.
func overlap(a, b []*entity) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || holds(x, y) || holds(y, x) {
				return true
			}
		}
	}
	return false
}

func holds(p, body *entity) bool {
	for _, r := range p.roles {
		if r.Of == body.id {
			return true
		}
	}
	return false
}

// joinProposal adds what sentence si says about p.
func (x *extractor) joinProposal(p *proposal, si int, proposers, addressees []*entity) {
	if si > p.last {
		p.last = si
	}
	x.mentionSentence(si, p.e)
	for _, e := range proposers {
		if e.kind == graph.Proposal {
			continue
		}
		if !containsEntity(p.proposers, e) {
			p.proposers = append(p.proposers, e)
			x.dated(x.relate(graph.Proposed, e, p.e, "", si, "proposal/proponent", 0.7), si)
		}
	}
	for _, e := range addressees {
		if containsEntity(p.proposers, e) {
			continue
		}
		if !containsEntity(p.addressees, e) {
			p.addressees = append(p.addressees, e)
			x.dated(x.relate(graph.AddressedTo, p.e, e, "", si, "proposal/addressee", 0.65), si)
		}
	}
}

func containsEntity(list []*entity, e *entity) bool {
	for _, o := range list {
		if o == e {
			return true
		}
	}
	return false
}

// topicWords name subjects of debate; a proposal whose words contain one
// concerns it.
var topicWords = []string{"end-to-end encryption", "encryption", "surveillance", "data retention",
	"privacy", "backdoor", "lawful access", "child sexual abuse", "terrorism", "traceability",
	"scanning", "decryption", "interception", "online safety", "disinformation", "hate speech",
	"data protection", "content moderation", "metadata"}

// finishProposal sets the proposal's date, topics and the services it
// concerns.
func (x *extractor) finishProposal(p *proposal) {
	e := p.e
	if e.date == "" {
		e.date = x.sentenceDate(p.first)
		if e.date == "" && x.published.ok {
			e.date = x.story.Published
		}
	}
	var words strings.Builder
	for _, f := range e.forms {
		words.WriteString(strings.ToLower(f))
		words.WriteByte(' ')
	}
	words.WriteString(strings.ToLower(e.summary))
	text := words.String()
	for _, tw := range topicWords {
		if strings.Contains(text, tw) {
			if tw == "encryption" && strings.Contains(text, "end-to-end encryption") {
				continue
			}
			t := x.entity(graph.Topic, tw, "")
			x.mentionSentence(p.first, t)
			e.topics = append(e.topics, t.id)
			x.relate(graph.Concerns, e, t, "", p.first, "proposal/topic", 0.6)
		}
	}
	for _, s := range x.order {
		if s.kind == graph.Service && len(s.ments) > 0 && strings.Contains(text, strings.ToLower(s.name)) {
			x.relate(graph.Concerns, e, s, "", p.first, "proposal/service", 0.6)
		}
	}
}

// stanceSentence reads support and opposition: an actor with a stance
// word, about a proposal the sentence names or, failing that, the one the
// story last spoke of.
func (x *extractor) stanceSentence(si int) {
	if len(x.proposals) == 0 {
		return
	}
	toks := x.sents[si].toks
	for k, t := range toks {
		verb, word, support := opposeVerbs[t.lower], opposeWords[t.lower], supportWords[t.lower]
		defied := false
		// "the law should be scrapped, X said".
		if undoneWords[t.lower] && k >= 2 && toks[k-1].lower == "be" && modals[toks[k-2].lower] {
			word = true
		}
		switch t.lower {
		case "bad":
			// "said the rule was a bad move"; not "bad actors".
			word = k > 0 && toks[k-1].lower == "a" && k+1 < len(toks) && (toks[k+1].lower == "move" || toks[k+1].lower == "idea" || toks[k+1].lower == "decision" || toks[k+1].lower == "law" || toks[k+1].lower == "policy")
		case "illegal":
			// "called the order illegal"; not "illegal content".
			word = k+1 >= len(toks) || toks[k+1].kind == tPunct || toks[k+1].lower == "and"
		case "harm":
			// "would harm users"; not "protect young people from harm".
			word = k > 0 && (toks[k-1].lower == "would" || toks[k-1].lower == "could" || toks[k-1].lower == "will")
		case "oversight", "safeguards":
			// "without adequate oversight".
			word = k >= 2 && (toks[k-1].lower == "without" || toks[k-2].lower == "without" || toks[k-1].lower == "no" || toks[k-2].lower == "no")
		case "less":
			// "would make everyone less safe".
			word = k+1 < len(toks) && (toks[k+1].lower == "safe" || toks[k+1].lower == "secure")
		case "behind":
			// "threw his weight behind the law".
			support = k > 0 && toks[k-1].lower == "weight"
		case "motivated":
			// "said the plan was politically motivated".
			word = k > 0 && toks[k-1].lower == "politically"
		case "far":
			// "went too far".
			word = k > 0 && toks[k-1].lower == "too"
		case "beyond":
			// "said the request went beyond the law".
			word = k > 0 && (toks[k-1].lower == "went" || toks[k-1].lower == "goes" || toks[k-1].lower == "go")
		case "attack", "assault", "blow", "mistake", "setback":
			// "branded the measure an attack on online freedom"; not "called
			// the attack cowardly".
			word = k > 0 && (toks[k-1].lower == "an" || toks[k-1].lower == "a") && x.judgedBy(si, k) != nil
		case "comply", "cooperate":
			// "said it would not comply with the law": defiance.
			defied = k > 0 && toks[k-1].lower == "not" || k > 1 && toks[k-1].lower == "to" && refusalVerbs[toks[k-2].lower]
			verb = defied
		case "threatened", "threatens", "endangers", "endangered":
			// "said the plan threatened free expression"; not "threatened
			// to block", which makes a plan.
			word = !(k+1 < len(toks) && toks[k+1].lower == "to")
		case "argued", "argues":
			// "has long argued for": support; "argued that": a report.
			support = k+1 < len(toks) && toks[k+1].lower == "for"
		case "signed", "signs":
			// "signed up to the pledge", "signed the pledge"; not "signed
			// into law" by the one who enacts it.
			support = !(k+1 < len(toks) && toks[k+1].lower == "into")
		case "join", "sign", "joined", "joins":
			// "joined Sweden in attacking the plan": both attack it.
			// "joined the foundation in attacking": a body described.
			var joined *entity
			end := -1
			if m := x.mentionAt(si, k+1); m != nil {
				joined, end = m.e, m.t1
			} else if r := x.resolveAt(si, k+1); r != nil {
				joined, end = r.e, r.t1
			}
			// "joined the criticism": the proposal just criticised.
			if k+2 < len(toks) && toks[k+1].lower == "the" && criticismNouns[toks[k+2].lower] {
				support, verb = false, true
				if p := x.proposalInReach(si); p != nil {
					for _, s := range x.subjects(si, k) {
						if isActor(s.kind) && !containsEntity(p.proposers, s) {
							x.dated(x.relate(graph.Opposes, s, p.e, "", si, "stance/oppose", 0.6), si)
						}
					}
				}
				continue
			}
			if joined != nil && end+1 < len(toks) && toks[end].lower == "in" && attackGerunds[toks[end+1].lower] {
				support, verb = false, true
				if p := x.stanceObject(si, end+1); p != nil && isActor(joined.kind) && !containsEntity(p.proposers, joined) {
					x.dated(x.relate(graph.Opposes, joined, p.e, "", si, "stance/oppose", 0.6), si)
				}
			}
		case "attempt", "bid", "ploy":
			// "said the law was an attempt to muzzle the media", "called
			// the move a bid to control criticism"; not "a bid for".
			word = k > 0 && (toks[k-1].lower == "an" || toks[k-1].lower == "a" || toks[k-1].lower == "cynical" || toks[k-1].lower == "thinly-veiled") && k+1 < len(toks) && toks[k+1].lower == "to"
		case "broad", "vague":
			// "said the text was too broad", "vaguely worded"; not "broad
			// support".
			word = k > 0 && (toks[k-1].lower == "too" || toks[k-1].lower == "overly" || toks[k-1].lower == "very")
		case "surveillance":
			// "mass surveillance"; not "surveillance cameras".
			word = !(k+1 < len(toks) && surveillanceGear[toks[k+1].lower])
		case "takeover", "grab":
			// "said the bill amounted to a political takeover", "a power
			// grab"; not "a takeover bid".
			word = k > 0 && (toks[k-1].lower == "political" || toks[k-1].lower == "hostile" || toks[k-1].lower == "power")
		case "for":
			// "said it would vote for the ban".
			support = k > 0 && (toks[k-1].lower == "vote" || toks[k-1].lower == "voted" || toks[k-1].lower == "votes" || toks[k-1].lower == "voting")
		case "concerned", "alarmed", "troubled":
			// "said it was concerned the law could be used to"; not "the
			// concerned companies".
			word = k > 0 && (copulas[toks[k-1].lower] || toks[k-1].lower == "deeply" || toks[k-1].lower == "very" || toks[k-1].lower == "gravely")
		case "against":
			// "warned against a blanket demand".
			verb = k > 0 && (toks[k-1].lower == "warned" || toks[k-1].lower == "warns" || toks[k-1].lower == "argued" || toks[k-1].lower == "campaigned" || toks[k-1].lower == "voted" || toks[k-1].lower == "vote" || toks[k-1].lower == "votes" || toks[k-1].lower == "lobbied" || toks[k-1].lower == "lobbying" || toks[k-1].lower == "fought")
		}
		// "declined to join", "refused to sign".
		if support && k >= 2 && toks[k-1].lower == "to" && refusalVerbs[toks[k-2].lower] {
			support, verb = false, true
		}
		// "has not said whether he will sign it": no stance yet.
		if support && x.openQuestion(si, k) {
			continue
		}
		// "urging Newsom to sign the bill": what he is asked to do, not
		// his stance.
		if support && x.askedTo(si, k) {
			continue
		}
		// "failed to back a proposal": no support, and no stance either.
		if support && k >= 2 && toks[k-1].lower == "to" && (toks[k-2].lower == "failed" || toks[k-2].lower == "fails" || toks[k-2].lower == "unable") {
			continue
		}
		// "welcomed the plan but warned ...": the reservation wins, unless
		// it is about another proposal.
		if support && x.butWarned(si, k) && !x.butOther(si, k) {
			continue
		}
		if t.lower == "back" {
			// "pushed back" opposes, "backed the bill" supports.
			verb = k > 0 && toks[k-1].lower == "pushed"
			word = false
			support = !verb && k+1 < len(toks) && toks[k+1].lower != "on" && toks[k+1].lower != "before"
		}
		if !verb && !word && !support {
			continue
		}
		// "the fight against terrorism": a noun, not a stance.
		if verb && k > 0 && (toks[k-1].lower == "the" || toks[k-1].lower == "a" || toks[k-1].lower == "its") {
			continue
		}
		// "blocked access to Discord", "blocked Telegram": a measure taken,
		// not a stance on one.
		if verb && (t.lower == "blocked" || t.lower == "blocks") && k+1 < len(toks) {
			if m := x.mentionAt(si, k+1); toks[k+1].lower == "access" || m != nil && m.e.kind == graph.Service {
				continue
			}
		}
		// "The order, requested by Conatel, accuses the platform of
		// ...": the proposal itself is the subject; nobody judges it.
		if verb && k > 0 && toks[k-1].text == "," && x.referenceAt(si, 0) != nil && x.mentionAt(si, k-2) != nil {
			continue
		}
		// "would help it fight cybercrime": what the measure is for.
		if verb && (t.lower == "fight" || t.lower == "fighting") && (k >= 1 && helpVerbs[toks[k-1].lower] || k >= 2 && helpVerbs[toks[k-2].lower]) {
			continue
		}
		negated := k > 0 && (toks[k-1].lower == "not" || toks[k-1].lower == "no" || toks[k-1].lower == "nor" || toks[k-1].lower == "neither")
		// "said they would not back the bill": a refusal to back it.
		if negated && support && k >= 2 && modals[toks[k-2].lower] && t.lower != "through" {
			support, verb, negated = false, true, false
		}
		// "with no oversight": the lack is the complaint.
		if negated && (t.lower == "oversight" || t.lower == "safeguards") {
			negated = false
		}
		if negated && !defied && !(t.lower == "proportionate" || t.lower == "justified") {
			continue
		}
		if (t.lower == "proportionate" || t.lower == "justified") && !negated {
			continue
		}
		if t.lower == "appeal" && !(k > 0 && (toks[k-1].lower == "would" || toks[k-1].lower == "will" || toks[k-1].lower == "to")) {
			continue
		}
		if t.lower == "through" && !(k > 1 && toks[k-2].lower == "let" || k > 2 && toks[k-3].lower == "let") {
			continue
		}
		if k+1 < len(toks) && notProposals[toks[k+1].lower] {
			continue
		}
		// "The call was backed by Justice Minister X": the agents take a
		// stance on the proposal the subject names.
		if support || verb {
			if passive, agents := x.passiveAgents(si, k); passive && len(agents) > 0 {
				if q := x.referenceAt(si, x.clauseStart(si, k)); q != nil {
					typ, rule := graph.Opposes, "stance/oppose-passive"
					if support {
						typ, rule = graph.Supports, "stance/support-passive"
					}
					for _, a := range agents {
						if !containsEntity(q.proposers, a) && !(support && isDecidingBody(a)) {
							x.dated(x.relate(typ, a, q.e, "", si, rule, 0.6), si)
						}
					}
					continue
				}
			}
		}
		// The proposal: what the stance word governs, else — for a verb
		// of opposition or a harsh word someone is reported saying — the
		// proposal this sentence or the one before speaks of.
		p := x.stanceObject(si, k)
		// "went beyond the law": the law is the yardstick, not the
		// proposal judged.
		if t.lower == "beyond" {
			p = nil
		}
		// "The proposal, which Technology Secretary Peter Kyle endorsed,
		// will be": the relative clause's object is the noun before it.
		if p == nil && (support || verb) {
			if q, who := x.relativeObject(si, k); q != nil && len(who) > 0 {
				typ, rule := graph.Opposes, "stance/oppose-relative"
				if support {
					typ, rule = graph.Supports, "stance/support-relative"
				}
				for _, a := range who {
					if !containsEntity(q.proposers, a) {
						x.dated(x.relate(typ, a, q.e, "", si, rule, 0.6), si)
					}
				}
				continue
			}
		}
		var subj []*entity
		switch {
		case p != nil:
			v := k
			if t.lower == "through" && k >= 2 && toks[k-2].lower == "let" {
				v = k - 2 // "would let it through": the subject of "let"
			}
			if r := x.pronounReporter(si, v); r != nil {
				subj = []*entity{r}
			} else {
				subj = x.subjects(si, v)
			}
			for _, s := range x.speakers(si, k) {
				subj = appendUnique(subj, s)
			}
			// "Kakao said it would comply but warned that the request went
			// too far": the subject of the first conjunct.
			if len(subj) == 0 {
				if c := x.clauseStart(si, v); c > 0 && (toks[c-1].lower == "but" || toks[c-1].lower == "and") {
					subj = x.subjects(si, c-1)
				}
			}
			if len(subj) == 0 {
				subj = x.reportedSubjects(si, k)
			}
			if len(subj) == 0 {
				subj = x.membersOf(si, v)
			}
			if len(subj) == 0 {
				subj = x.possessiveBody(si, v)
			}
		case support:
			continue
		case verb:
			// "accused the government of overreach": the object's own
			// proposal, if it made one.
			if obj := x.objectActor(si, k+1); obj != nil {
				p = x.proposalOf(si, obj)
			}
			// "criticized Apple for failing to": the object is an actor;
			// "accused the government of overreach" still judges its plan.
			if m := x.mentionAt(si, k+1); p == nil && m != nil && isActor(m.e.kind) && t.lower != "accused" && t.lower != "accuses" && t.lower != "joined" && t.lower != "join" {
				continue
			}
			// "the order was needed to fight text scams": a purpose, not
			// a stance, unless what is fought is a proposal ("vowed to
			// fight the bill").
			if p == nil && k > 0 && toks[k-1].lower == "to" && opposeVerbs[t.lower] {
				continue
			}
			if p == nil {
				p = x.proposalInReach(si)
			}
			subj = x.subjects(si, k)
			// "was blocked by the Liberal Democrats".
			if passive, agents := x.passiveAgents(si, k); passive {
				subj = agents
			}
		default:
			// "said the retention law went too far": the proposal the
			// judged clause names.
			p = x.clauseReference(si, k)
			// "warned that blocking the platforms would cut off ...": the
			// measure the gerund names.
			gerund := false
			if p == nil {
				p = x.gerundMeasure(si, k)
				gerund = p != nil
			}
			if p == nil {
				p = x.proposalInReach(si)
			}
			// "called it an attempt to silence its voters": what the
			// judgement verb governs.
			if jv := x.judgementVerbBefore(si, k); jv >= 0 && jv+1 < len(toks) && (toks[jv+1].lower == "it" || toks[jv+1].lower == "them") {
				if q := x.stanceObject(si, jv); q != nil {
					p = q
				}
			}
			subj = x.speakers(si, k)
			// "Access Now warned that ...": the warning's subject.
			if len(subj) == 0 && gerund && (t.lower == "warned" || t.lower == "warns") {
				subj = x.subjects(si, k)
			}
			if len(subj) == 0 {
				subj = x.judgedBy(si, k)
			}
			if len(subj) == 0 {
				subj = x.reportedSubjects(si, k)
			}
			// "Critics, including Amnesty International, said the plan
			// would undermine privacy".
			if len(subj) == 0 {
				subj = x.includedActors(si, k)
			}
			// "A spokesman for Zentro Corp said the plan was unworkable".
			if len(subj) == 0 {
				if v := x.reportVerbBefore(si, k); v >= 0 {
					subj = x.membersOf(si, v)
				}
			}
			// "Snap Inc welcomed the goal but warned that ...", "endorsed
			// the letter but said the law went too far"; not "but the
			// rights group X criticised it", whose clause has a subject.
			if len(subj) == 0 {
				if c := x.clauseStart(si, k); c > 0 && (toks[c-1].lower == "but" || toks[c-1].lower == "and") && !toks[c].cap && !determiners[toks[c].lower] && x.mentionAt(si, c) == nil && x.resolveAt(si, c) == nil {
					subj = x.subjects(si, c-1)
				}
			}
		}
		// "Yair Golan, whose Labour party voted against the bill,": the
		// party votes.
		if (t.lower == "against" || t.lower == "for") && k >= 3 && (toks[k-1].lower == "voted" || toks[k-1].lower == "votes") {
			for j := k - 2; j >= 1 && j >= k-6; j-- {
				if toks[j].lower != "whose" {
					continue
				}
				if m := x.mentionAt(si, j+1); m != nil && m.t0 == j+1 && (m.e.kind == graph.Organization || m.e.kind == graph.Country) {
					subj = appendUnique(subj, m.e)
				}
				break
			}
		}
		// "The United States embassy said in a statement it was concerned
		// the law ...": the pronoun is the reporter, whom the coreference
		// of "it" may miss.
		if who, ok := x.concernedReporter(si, k); ok && word {
			subj = who
		}
		// "China's embassy in Vilnius called the ban discriminatory": the
		// country of the unnamed body that judges.
		if jv := x.judgementVerbBefore(si, k); len(subj) == 0 && jv > 0 && (word || verb) {
			subj = x.possessiveBody(si, jv)
		}
		if p == nil || len(subj) == 0 {
			continue
		}
		// "passed a law allowing the government to close networks deemed
		// a threat to national security": a harsh word among the
		// proposal's own words says what it aims at, not what anyone
		// thinks of it.
		if word && !verb && !support && x.ownWord(si, t.lower) {
			continue
		}
		// "Several European Parliament members, including German lawmaker
		// Alexandra Geese, backed the demand": the member named.
		if named := x.includedPersons(si, k); len(named) > 0 {
			subj = named
		}
		// "Whittaker, president of the Signal Foundation, said the
		// organisation would leave rather than ...": its head speaks too.
		for _, r := range x.reportedSubjects(si, k) {
			for _, s := range subj {
				if r.kind == graph.Person && s.kind == graph.Organization && holds(r, s) {
					subj = appendUnique(subj, r)
				}
			}
		}
		typ := graph.Opposes
		rule := "stance/oppose"
		if support {
			typ, rule = graph.Supports, "stance/support"
		}
		// "dismissed the prime minister's plans": every proposal of that
		// owner the story has told so far.
		if x.pluralObject(si, k) {
			for _, q := range x.proposals {
				if q != p && q.first <= si && overlap(q.proposers, p.proposers) {
					for _, s := range subj {
						if !containsEntity(q.proposers, s) && s.kind != graph.Proposal {
							x.dated(x.relate(typ, s, q.e, "", si, rule+"/plural", 0.5), si)
						}
					}
				}
			}
		}
		for _, s := range subj {
			if s.kind == graph.Proposal {
				continue
			}
			if containsEntity(p.proposers, s) {
				// "Meta rejected the plan" after Meta said it would stop
				// paying for news: no one rejects its own plan; the plan
				// judged is the one before it.
				if q := x.proposalNotBy(si, p, s); q != nil && !support && opposeVerbs[t.lower] {
					x.dated(x.relate(typ, s, q.e, "", si, rule+"/not-own", 0.5), si)
				}
				continue
			}
			if support && (isDecidingBody(s) || s.kind == graph.Person && holdsTitle(s, "judge")) {
				p.decided = true
				// "Judge X of the Y Court granted a request": it was put
				// to her court.
				for _, r := range s.roles {
					if court, ok := x.ents[r.Of]; ok && isDecidingBody(court) {
						x.joinProposal(p, si, nil, []*entity{court})
					}
				}
			}
			// "Japan's government on Friday approved a bill that would
			// ...": a cabinet that approves a bill no one is said to have
			// made before puts it forward.
			if support && (t.lower == "approved" || t.lower == "approves") && s.kind == graph.Country && p.first == si && len(p.proposers) == 0 {
				x.joinProposal(p, si, []*entity{s}, nil)
				continue
			}
			// A legislature or court that approves or grants a proposal
			// is whom it was put to; so is "A United Nations committee"
			// that approves a treaty.
			if support && (isDecidingBody(s) || (t.lower == "approved" || t.lower == "approves" || t.lower == "adopted") && x.bodyOfMembers(si, s)) {
				x.joinProposal(p, si, nil, []*entity{s})
				// "..., sending it to the Senate": the next chamber is
				// asked too.
				if on := x.sentOn(si); len(on) > 0 {
					x.joinProposal(p, si, nil, on)
				}
				if t.lower == "approved" || t.lower == "approves" {
					continue
				}
			}
			x.dated(x.relate(typ, s, p.e, "", si, rule, 0.6), si)
			x.mentionSentence(si, p.e)
			// The head of a company or group speaks for it.
			for _, org := range x.ledBy(s) {
				if !containsEntity(p.proposers, org) && !containsEntity(subj, org) {
					x.dated(x.relate(typ, org, p.e, "", si, rule+"/for-body", 0.5), si)
				}
			}
		}
	}
}

// openQuestion reports whether the word at k stands in a clause that
// "whether" or "if" opens: "has not said whether he will sign it".
func (x *extractor) openQuestion(si, k int) bool {
	toks := x.sents[si].toks
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j].lower == "whether" || toks[j].lower == "if" {
			return true
		}
		if toks[j].kind == tPunct {
			return false
		}
	}
	return false
}

// courtHeads name a court or its judge.
var courtHeads = set("court", "judge", "tribunal")

// unnamedCourt reports whether the subject of the verb at k is a court
// the story does not name: "A Turkish court on Wednesday ordered", "a
// district judge ordered".
func (x *extractor) unnamedCourt(si, k int) bool {
	toks := x.sents[si].toks
	j := k - 1
	if j >= 1 && toks[j].cap && isWeekday(toks[j].lower) && toks[j-1].lower == "on" {
		j -= 2
	}
	if j < 1 || !courtHeads[toks[j].lower] {
		return false
	}
	for a := j - 1; a >= 0 && a >= j-4; a-- {
		switch {
		case toks[a].lower == "a" || toks[a].lower == "an":
			return a == 0 || toks[a-1].kind == tPunct || toks[a-1].lower == "after" || toks[a-1].lower == "when"
		case toks[a].kind != tWord:
			return false
		}
	}
	return false
}

// toAct reports whether the object from token k is told to do
// something: "internet providers to block access"; not "access to the
// app to be restricted", where what is done is the object's own.
func (x *extractor) toAct(si, k int) bool {
	toks := x.sents[si].toks
	for j := k + 1; j+1 < len(toks) && j < k+10; j++ {
		if toks[j].kind == tPunct {
			return false
		}
		if toks[j].lower == "to" {
			n := toks[j+1]
			return n.kind == tWord && !n.cap && !functionWords[n.lower] && n.lower != "be"
		}
	}
	return false
}

// memberBodies are the parts of a body that decide for it.
var memberBodies = set("committee", "panel", "assembly", "council", "chamber", "commission")

// bodyOfMembers reports whether sentence si names e only as the owner of
// a deciding part: "A United Nations committee approved ...".
func (x *extractor) bodyOfMembers(si int, e *entity) bool {
	toks := x.sents[si].toks
	for _, m := range x.ments[si] {
		if m.e == e && m.t1 < len(toks) && memberBodies[toks[m.t1].lower] {
			return true
		}
	}
	return false
}

// judgedBy returns the subjects of a judgement verb right before a harsh
// word: "X called it regrettable", "Y described the plan as dangerous".
func (x *extractor) judgedBy(si, k int) []*entity {
	toks := x.sents[si].toks
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		if judgementVerbs[toks[j].lower] {
			return x.subjects(si, j)
		}
		// "called the legislation \"a tool of repression\"": the
		// quotation is what it was called.
		if toks[j].kind == tPunct && !quoteMarks[toks[j].text] {
			return nil
		}
	}
	return nil
}

// askedTo reports whether the word at k is what someone is asked to do:
// "urging Newsom to sign the bill", "asked lawmakers to back it".
func (x *extractor) askedTo(si, k int) bool {
	toks := x.sents[si].toks
	if k < 2 || toks[k-1].lower != "to" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-8; j-- {
		if role, ok := proposalVerbs[toks[j].lower]; ok && role == "obj" {
			return j < k-2
		}
		if toks[j].kind == tPunct {
			return false
		}
	}
	return false
}

// gerundMeasure returns the proposal a measure's gerund right after the
// word at k names: "warned that blocking the platforms would ...".
func (x *extractor) gerundMeasure(si, k int) *proposal {
	toks := x.sents[si].toks
	j := k + 1
	if j < len(toks) && toks[j].lower == "that" {
		j++
	}
	if j >= len(toks) {
		return nil
	}
	w := toks[j].lower
	if !strings.HasSuffix(w, "ing") || len(w) < 6 {
		return nil
	}
	// "blocking" -> "block", "shutting" -> "shut", "banning" -> "ban".
	base := strings.TrimSuffix(w, "ing")
	if n := len(base); n >= 4 && base[n-1] == base[n-2] {
		base = base[:n-1]
	}
	if len(base) < 3 {
		return nil
	}
	for i := len(x.proposals) - 1; i >= 0; i-- {
		p := x.proposals[i]
		if p.first > si {
			continue
		}
		for _, f := range append([]string{p.content}, p.e.forms...) {
			for _, fw := range strings.Fields(strings.ToLower(f)) {
				if fw == base || strings.HasPrefix(fw, base) && len(fw)-len(base) <= 3 {
					return p
				}
			}
		}
	}
	return nil
}

// ownWord reports whether w is among the words of a proposal sentence si
// told.
func (x *extractor) ownWord(si int, w string) bool {
	for _, q := range x.proposals {
		if q.first == si && containsWord(strings.ToLower(q.e.name), w) {
			return true
		}
	}
	return false
}

// judgementVerbBefore returns the judgement verb ("called") shortly
// before token k in its clause, or -1.
func (x *extractor) judgementVerbBefore(si, k int) int {
	toks := x.sents[si].toks
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		if judgementVerbs[toks[j].lower] {
			return j
		}
		if toks[j].kind == tPunct && !quoteMarks[toks[j].text] {
			return -1
		}
	}
	return -1
}

// quoteMarks open or close a quotation.
var quoteMarks = set("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019")

// butWarned reports whether support at k is taken back later in its
// sentence: "welcomed the plan but warned it went too far".
func (x *extractor) butWarned(si, k int) bool {
	toks := x.sents[si].toks
	for j := k + 1; j+1 < len(toks); j++ {
		if toks[j].lower != "but" {
			continue
		}
		for n := j + 1; n < len(toks) && n <= j+3; n++ {
			if w := toks[n].lower; w == "warned" || w == "warns" || opposeVerbs[w] || w == "said" && n+1 < len(toks) && opposeWords[toks[n+1].lower] {
				return true
			}
		}
	}
	return false
}

// clauseReference returns the proposal a definite description names
// between the start of k's clause and k: "said the retention law went too
// far".
func (x *extractor) clauseReference(si, k int) *proposal {
	toks := x.sents[si].toks
	for j := x.clauseStart(si, k); j < k; j++ {
		if toks[j].kind == tPunct {
			continue
		}
		// A proposal this sentence makes later ("... and urged the
		// government to lift it") is not what it judges.
		if p := x.referenceAt(si, j); p != nil && p.first < si {
			return p
		}
	}
	return nil
}

// butOther reports whether the clause after "but" that follows the
// support at k speaks of another proposal than the one supported:
// "endorsed the letter but said the retention law went too far".
func (x *extractor) butOther(si, k int) bool {
	toks := x.sents[si].toks
	supported := x.stanceObject(si, k)
	if supported == nil {
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		if toks[j].lower != "but" {
			continue
		}
		for n := j + 1; n < len(toks) && n <= j+6; n++ {
			if p := x.referenceAt(si, n); p != nil {
				return p != supported
			}
		}
	}
	return false
}

// objectActor returns the actor named or described right at token k
// ("the government", "Kenya").
func (x *extractor) objectActor(si, k int) *entity {
	if m := x.mentionAt(si, k); m != nil && m.t0 == k {
		if isActor(m.e.kind) {
			return m.e
		}
		return nil
	}
	if r := x.resolveAt(si, k); r != nil && isActor(r.e.kind) && x.sents[si].toks[k].lower == "the" {
		return r.e
	}
	return nil
}

// proposalOf returns the latest proposal told so far that e made, or one
// of a body e holds a role in.
func (x *extractor) proposalOf(si int, e *entity) *proposal {
	for i := len(x.proposals) - 1; i >= 0; i-- {
		p := x.proposals[i]
		if p.first <= si && overlap(p.proposers, []*entity{e}) {
			return p
		}
	}
	return nil
}

// pluralObject reports whether a stance word's object is a plural
// proposal noun: "the prime minister's plans".
func (x *extractor) pluralObject(si, k int) bool {
	toks := x.sents[si].toks
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		switch toks[j].lower {
		case "plans", "proposals", "measures", "demands", "laws", "rules":
			return true
		}
		if toks[j].kind == tPunct {
			return false
		}
	}
	return false
}

// stanceObject returns the proposal the object of a stance word refers
// to: "backed the bill", "condemned the ruling", "let it through".
func (x *extractor) stanceObject(si, k int) *proposal {
	toks := x.sents[si].toks
	// "would let it through": the bill before this sentence.
	if toks[k].lower == "through" && k > 0 && toks[k-1].lower == "it" {
		var best *proposal
		for _, p := range x.proposals {
			if p.first < si && (best == nil || p.family == "law" && best.family != "law" || p.family == best.family && p.last > best.last) {
				best = p
			}
		}
		return best
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if (toks[j].lower == "it" || toks[j].lower == "them") && j <= k+2 {
			// "backed the talks, while X criticised them": the proposal
			// this sentence already spoke of.
			for _, p := range x.proposals {
				if p.first < si && mentionedIn(p.e, x.sents[si].start) {
					return p
				}
			}
			// "The Socialist Party backed the plan. The Left Bloc opposed
			// it.": the proposal the sentence before spoke of, else the
			// latest told.
			var best *proposal
			if si > 0 {
				for _, p := range x.proposals {
					if p.first < si && mentionedIn(p.e, x.sents[si-1].start) && (best == nil || p.first > best.first) {
						best = p
					}
				}
			}
			if best != nil {
				return best
			}
			for _, p := range x.proposals {
				if p.first < si && (best == nil || p.first > best.first) {
					best = p
				}
			}
			return best
		}
		if p := x.referenceAt(si, j); p != nil {
			return p
		}
		if p := x.namedAgain(si, j); p != nil {
			return p
		}
		// "granted a request by ...", "approved the Online Harms Act": the
		// object introduces the proposal this sentence speaks of.
		// "to fight text scams": a bare singular noun in front of
		// another is a modifier, not the object.
		bare := !strings.HasSuffix(toks[j].lower, "s") && toks[j].lower != "legislation" && !toks[j].cap && !determiners[toks[j-1].lower] && toks[j-1].kind != tPoss
		if _, ok := proposalNouns[toks[j].lower]; ok && !bare || lawHeads[toks[j].text] {
			for _, p := range x.proposals {
				for _, m := range p.e.ments {
					if m.Start == x.sents[si].start {
						return p
					}
				}
			}
		}
		if toks[j].kind == tPunct {
			break
		}
	}
	return nil
}

// mentionedIn reports whether e has a mention in the sentence starting
// at offset start.
func mentionedIn(e *entity, start int) bool {
	for _, m := range e.ments {
		if m.Start == start {
			return true
		}
	}
	return false
}

// namedAgain returns the proposal whose name the words after the
// determiner at j repeat: "warned against any licensing system" for "a
// licensing system for sellers".
func (x *extractor) namedAgain(si, j int) *proposal {
	toks := x.sents[si].toks
	switch toks[j].lower {
	case "the", "a", "an", "any", "such", "this", "that", "its", "their":
	default:
		return nil
	}
	if j+2 >= len(toks) || toks[j+1].kind != tWord || toks[j+2].kind != tWord {
		return nil
	}
	words := toks[j+1].lower + " " + toks[j+2].lower
	for i := len(x.proposals) - 1; i >= 0; i-- {
		p := x.proposals[i]
		if p.first <= si && strings.HasPrefix(strings.ToLower(trimDeterminer(p.e.name))+" ", words+" ") {
			return p
		}
	}
	return nil
}

// proposalInReach returns the proposal sentence si or the one before it
// speaks of.
func (x *extractor) proposalInReach(si int) *proposal {
	// One the sentence itself speaks of wins; otherwise the one the last
	// sentences spoke of most, the latest on a tie.
	var best *proposal
	bestScore := 0
	for _, p := range x.proposals {
		score, here := 0, false
		for _, m := range p.e.ments {
			for back := 0; back <= 2; back++ {
				s := si - back
				if s >= 0 && m.Start == x.sents[s].start {
					here = here || back == 0
					score += 3 - back
				}
			}
		}
		if here {
			score += 100
		}
		if score > 0 && (score > bestScore || score == bestScore && best != nil && p.last >= best.last) {
			best, bestScore = p, score
		}
	}
	return best
}

// reportedSubjects returns who a sentence reports as saying what follows:
// "X said that ...", "X has warned that ...".
func (x *extractor) reportedSubjects(si, k int) []*entity {
	toks := x.sents[si].toks
	for j := k - 1; j >= 0; j-- {
		switch toks[j].lower {
		case "said", "says", "warned", "argued", "added", "wrote", "told", "warn", "say":
			return x.subjects(si, j)
		}
	}
	return nil
}

// leaderTitles speak for the body they lead.
var leaderTitles = set("head", "president", "chief", "executive", "founder", "co-founder", "director",
	"chairman", "chairwoman", "chair", "ceo", "spokesman", "spokeswoman", "spokesperson", "boss")

// ledBy returns the companies and groups (not states, not parties) a
// person leads or speaks for.
func (x *extractor) ledBy(p *entity) []*entity {
	if p.kind != graph.Person {
		return nil
	}
	var out []*entity
	for _, r := range p.roles {
		words := strings.Fields(strings.ToLower(r.Title))
		if len(words) == 0 || r.Of == "" {
			continue
		}
		lead := false
		for _, w := range words {
			lead = lead || leaderTitles[w]
		}
		org, ok := x.ents[r.Of]
		// A judge rules for her court.
		if ok && isDecidingBody(org) && words[len(words)-1] == "judge" {
			lead = true
		}
		if !lead || !ok || org.kind != graph.Organization || strings.Contains(org.name, "Party") || strings.Contains(org.name, "Democrats") {
			continue
		}
		out = appendUnique(out, org)
	}
	return out
}

// dated sets the date sentence si gives a fact ("on Thursday"), if any.
func (x *extractor) dated(r *graph.Relation, si int) {
	if r != nil && r.Date == "" {
		r.Date = x.sentenceDate(si)
	}
}

// holdsTitle reports whether a person holds a title ending in head.
func holdsTitle(p *entity, head string) bool {
	for _, t := range p.titles {
		if strings.HasSuffix(t, head) {
			return true
		}
	}
	return false
}

// isDecidingBody reports whether an organization decides on proposals:
// a legislature or a court.
func isDecidingBody(e *entity) bool {
	if e.kind != graph.Organization {
		return false
	}
	for _, w := range strings.Fields(e.name) {
		if legislatures[w] || w == "Court" || w == "Tribunal" {
			return true
		}
	}
	for _, h := range legislativeChambers {
		if strings.Contains(e.name, h) {
			return true
		}
	}
	return false
}

// legislativeChambers name the chambers of a legislature whose words are
// shared with other bodies ("Chamber of Commerce").
var legislativeChambers = []string{"Chamber of Deputies", "House of Representatives", "National Assembly", "House of Commons", "House of Lords"}

// sentOn returns whom sentence si says a bill was sent on to: "approved
// a bill ..., sending it to the Senate".
func (x *extractor) sentOn(si int) []*entity {
	toks := x.sents[si].toks
	for j := 1; j+3 < len(toks); j++ {
		if toks[j-1].text == "," && (toks[j].lower == "sending" || toks[j].lower == "passing") && (toks[j+1].lower == "it" || toks[j+1].lower == "the") {
			for n := j + 2; n < len(toks) && n < j+5; n++ {
				if toks[n].lower == "to" {
					return x.actorsAfterTo(si, n+1)
				}
			}
		}
	}
	return nil
}

// speakers returns who a sentence reports: "..., Borggreen argued",
// "..., the ministry said".
func (x *extractor) speakers(si, k int) []*entity {
	toks := x.sents[si].toks
	for j := k + 1; j < len(toks); j++ {
		switch toks[j].lower {
		case "said", "says", "argued", "added", "wrote", "warned":
			// ", Borggreen argued" / ", the ministry said": a reporting
			// clause set off by a comma.
			c := j - 1
			for c > k && toks[c].text != "," && j-c <= 8 {
				c--
			}
			if c <= k || toks[c].text != "," {
				return nil
			}
			// ", while SAFEnet said ...": another clause with its own
			// speaker and stance, not a reporting clause.
			if c+1 < len(toks) && (clauseOpeners[toks[c+1].lower] || toks[c+1].lower == "and" || toks[c+1].lower == "whereas") {
				return nil
			}
			// ", Will Cathcart, who runs the app for Meta Platforms,
			// said": step over the relative clause to the name.
			if c == j-1 {
				r := c - 1
				for r > k && toks[r].text != "," && c-r <= 12 {
					r--
				}
				if r > k && toks[r].text == "," && r+1 < len(toks) && (toks[r+1].lower == "who" || toks[r+1].lower == "which") {
					c2 := r - 1
					for c2 > k && toks[c2].text != "," && r-c2 <= 8 {
						c2--
					}
					if c2 > k && toks[c2].text == "," {
						c, j = c2, r
					}
				}
			}
			var out []*entity
			for a := c + 1; a < j; a++ {
				if m := x.mentionAt(si, a); m != nil && isActor(m.e.kind) && !x.titlePrefix(si, m) {
					out = appendUnique(out, m.e)
					a = m.t1 - 1
				} else if r := x.resolveAt(si, a); r != nil && isActor(r.e.kind) {
					out = appendUnique(out, r.e)
					a = r.t1 - 1
				}
			}
			if len(out) == 0 && (j == c+1 || j == c+2 && (toks[c+1].text == "\"" || toks[c+1].text == "\u201d")) {
				// ", said Cook", ',” said Olga Cronin', '," said its
				// director Carolina Botero'.
				n := j + 1
				if n < len(toks) && (toks[n].lower == "its" || toks[n].lower == "their" || toks[n].lower == "the") {
					for n++; n < len(toks) && n <= j+5 && toks[n].kind == tWord && !toks[n].cap && !functionWords[toks[n].lower]; n++ {
					}
					if m := x.mentionAt(si, n); m == nil || m.e.kind != graph.Person {
						n = j + 1
					}
				}
				if m := x.mentionAt(si, n); m != nil && isActor(m.e.kind) {
					out = append(out, m.e)
					// "said Olga Cronin of the Irish Council for Civil
					// Liberties": she speaks for her body.
					if m.e.kind == graph.Person {
						if org := x.ofAfter(si, m.t1); org != nil && org.kind == graph.Organization {
							out = append(out, org)
						}
					}
				}
			}
			return out
		}
	}
	return nil
}

// adverbialStarts open a phrase that may stand between an object and the
// "to" of what it is asked: "asked Apple and Google in a letter on
// Wednesday to remove".
var adverbialStarts = set("in", "on", "at", "during", "last", "this", "earlier", "through", "via")

// toPastAdverbial returns the "to" that follows the adverbial phrases
// starting at token j, or -1 when no adverbial stands there.
func (x *extractor) toPastAdverbial(si, j int) int {
	toks := x.sents[si].toks
	if j >= len(toks) || !adverbialStarts[toks[j].lower] {
		return -1
	}
	for i := j + 1; i+1 < len(toks) && i < j+9; i++ {
		t := toks[i]
		if t.kind != tWord || t.cap && !calendarWords[t.text] {
			return -1
		}
		if t.lower == "to" {
			n := toks[i+1]
			if n.kind == tWord && !n.cap && !determiners[n.lower] && !personPronouns[n.lower] {
				return i
			}
		}
	}
	return -1
}

// enactVerbs make a law when a proposal asks for one: "pass a law".
var enactVerbs = set("pass", "adopt", "approve", "introduce", "enact")

// effectVerbs tell what a measure would do to others: "said it would
// let governments pursue critics".
var effectVerbs = set("let", "allow", "enable", "force", "oblige", "expose", "turn", "criminalise", "criminalize")

// ratifyVerbs take up what others drew up: "urged countries not to
// ratify it".
var ratifyVerbs = set("ratify", "sign", "back", "support", "endorse", "implement")

// contentFamily returns "law" when a proposal's words name a law ("bill
// that would ...") or ask to enact one ("pass a law that would require
// ...", "introduce legislation").
func contentFamily(content string) string {
	w := strings.Fields(strings.ToLower(content))
	// "bill that would make platforms liable": named as a law.
	if len(w) >= 2 && (w[0] == "bill" || w[0] == "law" || w[0] == "legislation") {
		return "law"
	}
	if len(w) < 2 || !enactVerbs[w[0]] {
		return ""
	}
	// "pass a cyber fraud bill": the law's noun may follow a few
	// modifiers.
	for _, n := range w[1:min(len(w), 6)] {
		if n == "that" || n == "to" || n == "which" {
			break
		}
		if proposalNouns[n] == "law" {
			return "law"
		}
	}
	return ""
}

// pronounReporter returns the actor named right before a reporting verb
// whose clause has a pronoun subject: "FACUA rejected the order, and
// Zentro Corp said it would challenge it", where the clause's first actor
// is not the one that challenges.
func (x *extractor) pronounReporter(si, v int) *entity {
	toks := x.sents[si].toks
	j := v - 1
	for j >= 0 && (modals[toks[j].lower] || adverbs[toks[j].lower]) {
		j--
	}
	if j < 2 || !(toks[j].lower == "it" || toks[j].lower == "they" || toks[j].lower == "he" || toks[j].lower == "she") {
		return nil
	}
	j--
	if toks[j].lower == "that" {
		j--
	}
	if j < 1 || !reportVerbs[toks[j].lower] || toks[j].lower == "that" {
		return nil
	}
	if m := x.mentionAt(si, j-1); m != nil && m.t1 == j && isActor(m.e.kind) {
		return m.e
	}
	return nil
}

// officialPlurals are unnamed officials who act for their state: "a group
// of Chilean senators called on".
var officialPlurals = set("senators", "lawmakers", "legislators", "officials", "ministers", "deputies", "diplomats",
	"regulators", "authorities", "prosecutors", "police", "chiefs")

// membersOf returns the body whose unnamed members are the subject of the
// verb at k: "lawmakers from the ruling People Power Party tabled a bill",
// "members of the Green Party criticised the plan".
func (x *extractor) membersOf(si, k int) []*entity {
	toks := x.sents[si].toks
	c := x.clauseStart(si, k)
	for j := c; j+2 < k; j++ {
		if !officialPlurals[toks[j].lower] && toks[j].lower != "members" && !spokesNouns[toks[j].lower] {
			continue
		}
		if toks[j+1].lower != "from" && toks[j+1].lower != "of" && toks[j+1].lower != "for" {
			return nil
		}
		for n := j + 2; n < k && n <= j+5; n++ {
			if m := x.mentionAt(si, n); m != nil && m.t0 == n {
				if m.e.kind != graph.Organization || m.t1 > k {
					return nil
				}
				// The members' phrase is the verb's subject: only
				// adverbs and a day stand between them.
				for b := m.t1; b < k; b++ {
					w := toks[b].lower
					if !adverbs[w] && !subjectAdverbs[w] && !calendarWords[toks[b].text] && !strings.HasSuffix(w, "ly") {
						return nil
					}
				}
				return []*entity{m.e}
			}
			if !determiners[toks[n].lower] && !descriptorModifiers[toks[n].lower] && toks[n].lower != "main" && toks[n].lower != "governing" {
				return nil
			}
		}
		return nil
	}
	return nil
}

// subordinators open a clause inside a sentence.
var subordinators = set("after", "when", "while", "because", "since", "although", "though", "as")

// unnamedDemanders make a demand the story names no proposer of: "a
// petition by a businessman called for", "parents' groups are pushing
// for".
// demandingBodies are the heads of bodies a story may leave unnamed: "the
// regulator", "the electoral tribunal".
var demandingBodies = set("regulator", "watchdog", "tribunal", "ministry", "commission", "authority", "agency", "council", "government")

var unnamedDemanders = set("petition", "petitions", "campaigners", "activists", "parents", "critics", "residents", "experts")

// spokesNouns speak for the body named after "for": "A spokesman for
// Zentro Corp said".
var spokesNouns = set("spokesman", "spokeswoman", "spokesperson", "representative", "lawyer", "lawyers")

// demonymOfficials returns the country whose officials, unnamed, are the
// subject of the verb at k: "A group of Chilean senators on Monday called
// on Meta to" (Chile).
func (x *extractor) demonymOfficials(si, k int) []*entity {
	toks := x.sents[si].toks
	for j := x.clauseStart(si, k); j < k; j++ {
		m := x.mentionAt(si, j)
		if m == nil {
			continue
		}
		if m.e.kind != graph.Country || m.t1 >= k || !officialPlurals[toks[m.t1].lower] {
			return nil
		}
		return []*entity{m.e}
	}
	return nil
}

// rejectVerbs in what someone is asked to do with a proposal make the
// asking a stance against it: "urged lawmakers to reject it".
var rejectVerbs = set("reject", "oppose", "defeat", "block", "throw", "veto")

// clauseWords inside what follows a verb show a clause rather than its
// object: "told reporters the order was needed to".
var clauseWords = set("the", "a", "an", "was", "were", "is", "are", "would", "will", "had")

// unnamedOfficials reports whether the subject of the verb at k is a
// group of officials the story does not name: "European lawmakers",
// "a group of senators".
func (x *extractor) unnamedOfficials(si, k int) bool {
	toks := x.sents[si].toks
	found := false
	// "..., after a petition by a businessman called for": the clause
	// the subordinator opens.
	c := x.clauseStart(si, k)
	for j := k - 1; j > c; j-- {
		if subordinators[toks[j].lower] {
			c = j + 1
			break
		}
	}
	for j := c; j < k; j++ {
		if m := x.mentionAt(si, j); m != nil && isActor(m.e.kind) {
			// "Britain's police chiefs": the country only says whose.
			if m.e.kind == graph.Country && m.t1 < k && toks[m.t1].kind == tPoss {
				j = m.t1
				continue
			}
			return false
		}
		if officialPlurals[toks[j].lower] || unnamedDemanders[toks[j].lower] {
			found = true
		}
		// "The regulator also asked Meta to", "the electoral tribunal
		// asked TikTok to": a body the story does not name.
		if demandingBodies[toks[j].lower] && j > c && (toks[j-1].lower == "the" || toks[j-1].kind == tWord && !toks[j-1].cap && !determiners[toks[j-1].lower]) {
			found = true
		}
	}
	return found
}

// sharedWordProposal returns the latest proposal told before sentence si
// whose words share a word of four letters or more with content: "lower
// fees" for "force Apple to cut the fees".
func (x *extractor) sharedWordProposal(si int, content string) *proposal {
	words := strings.Fields(strings.ToLower(content))
	for i := len(x.proposals) - 1; i >= 0; i-- {
		p := x.proposals[i]
		if p.first >= si {
			continue
		}
		name := strings.ToLower(p.e.name)
		for _, w := range words {
			w = strings.Trim(w, ",.")
			if len(w) >= 4 && !functionWords[w] && !modals[w] && containsWord(name, w) && !policyVerbs[w] {
				return p
			}
		}
	}
	return nil
}

// laterProposalVerb reports whether a verb that asks for something
// follows token k in its sentence.
func (x *extractor) laterProposalVerb(si, k int) bool {
	for _, t := range x.sents[si].toks[k+1:] {
		if role, ok := proposalVerbs[t.lower]; ok && role == "obj" {
			return true
		}
	}
	return false
}

// laterAnyProposalVerb reports whether a proposal verb follows token k
// in its sentence.
func (x *extractor) laterAnyProposalVerb(si, k int) bool {
	for _, t := range x.sents[si].toks[k+1:] {
		if _, ok := proposalVerbs[t.lower]; ok {
			return true
		}
	}
	return false
}

// relativeObject reads a stance verb that closes a relative clause on a
// proposal ("the proposal, which X endorsed,"): the proposal and the
// actors of the clause.
func (x *extractor) relativeObject(si, k int) (*proposal, []*entity) {
	toks := x.sents[si].toks
	if k+1 < len(toks) && toks[k+1].kind != tPunct {
		return nil, nil
	}
	w := -1
	for j := k - 1; j > 0 && j >= k-8; j-- {
		if toks[j].lower == "which" || toks[j].lower == "that" {
			w = j
			break
		}
		if toks[j].kind == tPunct {
			return nil, nil
		}
	}
	if w < 1 {
		return nil, nil
	}
	n := w - 1
	if toks[n].text == "," && n > 0 {
		n--
	}
	q := x.referenceAt(si, x.npStart(si, n))
	if q == nil {
		return nil, nil
	}
	var who []*entity
	for j := w + 1; j < k; j++ {
		if m := x.mentionAt(si, j); m != nil && m.t0 == j && isActor(m.e.kind) && !x.titlePrefix(si, m) {
			who = appendUnique(who, m.e)
			j = m.t1 - 1
		}
	}
	return q, who
}

// titleHolderAfter returns the person named right after a title that
// starts at token k: "Chief Executive Tim Cook", "President Ursula von der
// Leyen".
func (x *extractor) titleHolderAfter(si, k int) *entity {
	toks := x.sents[si].toks
	head := false
	for j := k; j < len(toks) && j < k+4; j++ {
		w := toks[j].lower
		switch {
		case titleHeads[w] || w == "executive" || w == "officer":
			head = true
		case titleModifiers[w] || w == "chief":
		default:
			if m := x.mentionAt(si, j); head && m != nil && m.t0 == j && m.e.kind == graph.Person {
				return m.e
			}
			return nil
		}
	}
	return nil
}

// letterRecipient adds whom a letter went to as an addressee of the
// latest proposal when a sentence that proposes nothing new tells only
// where the letter went: "The letter was sent to Apple Chief Executive Tim
// Cook.", "In a letter to Commission President Ursula von der Leyen, he
// said national rules alone could not protect children".
func (x *extractor) letterRecipient(si int) {
	for _, p := range x.proposals {
		if p.first == si {
			return
		}
	}
	toks := x.sents[si].toks
	f := x.firstWord(si)
	var ads []*entity
	switch {
	case f+5 < len(toks) && toks[f].lower == "in" && (toks[f+1].lower == "a" || toks[f+1].lower == "his" || toks[f+1].lower == "her" || toks[f+1].lower == "its") &&
		toks[f+2].lower == "letter" && toks[f+3].lower == "to":
		ads = x.actorsAfterTo(si, f+4)
	case f+5 < len(toks) && toks[f].lower == "the" && (toks[f+1].lower == "letter" || toks[f+1].lower == "request") &&
		(toks[f+2].lower == "was" || toks[f+2].lower == "is") && (toks[f+3].lower == "sent" || toks[f+3].lower == "addressed") && toks[f+4].lower == "to":
		ads = x.actorsAfterTo(si, f+5)
	}
	if len(ads) == 0 {
		return
	}
	p := x.latestProposal(si, "")
	if p == nil || p.last < si-2 {
		return
	}
	for _, a := range ads {
		if !containsEntity(p.proposers, a) {
			p.addressees = appendUnique(p.addressees, a)
		}
	}
}

// reporterAsks are what a reporter asks someone to do.
var reporterAsks = set("comment", "respond", "reply", "elaborate", "speak")

// passiveRecipient reads a demand put to the subject of a passive verb:
// "Zentro Corp has been ordered to cut access to the sites", "Meta was
// asked to do the same". What is asked after "to" is the proposal, or,
// for "do the same", the latest one told; the agents after "by", if any,
// made it.
func (x *extractor) passiveRecipient(si, k int, agents []*entity) *proposal {
	toks := x.sents[si].toks
	t := toks[k].lower
	if !(advocacyVerbs[t] || orderVerbs[t]) {
		return nil
	}
	// "was asked by the minister to": the agent stands before "to".
	to := k + 1
	if to < len(toks) && toks[to].lower == "by" {
		for to < len(toks) && to < k+9 && toks[to].lower != "to" && toks[to].kind != tPunct {
			to++
		}
	}
	if to+1 >= len(toks) || toks[to].lower != "to" || !baseVerb(toks[to+1]) {
		return nil
	}
	b := k - 1
	for b > 0 && (auxiliaries[toks[b].lower] || toks[b].lower == "also") {
		b--
	}
	if b == k-1 {
		return nil
	}
	m := x.mentionAt(si, b)
	if m == nil || m.t1 != b+1 || !isActor(m.e.kind) {
		return nil
	}
	who := []*entity{m.e}
	if s := x.mainSubjects(si, k); containsEntity(s, m.e) {
		who = s
	}
	if to+3 < len(toks) && toks[to+1].lower == "do" && toks[to+2].lower == "the" && toks[to+3].lower == "same" {
		p := x.latestProposal(si, "")
		if p == nil || p.last < si-2 {
			return nil
		}
		x.joinProposal(p, si, agents, who)
		return p
	}
	// "was asked to comment": a reporter's question, no demand.
	if reporterAsks[toks[to+1].lower] {
		return nil
	}
	content := x.contentFrom(si, to+1)
	if len(strings.Fields(content)) < 2 {
		return nil
	}
	// "The regulator has ordered internet providers to block the sites.
	// Maroc Telecom has been ordered to cut access ...": one of the class
	// the order told just before named no one in.
	if fam := familyOfVerb(t); fam == "order" {
		if q := x.latestProposal(si, fam); q != nil && q.first == si-1 && q.last == si-1 && len(q.addressees) == 0 {
			x.joinProposal(q, si, agents, who)
			return q
		}
	}
	p := x.mergeOrCreate(si, agents, who, familyOfVerb(t), content, x.clauseText(si, x.clauseStart(si, k), len(toks)))
	if p != nil {
		x.joinProposal(p, si, agents, who)
	}
	return p
}

// requiredOf reads whom a proposal told before binds when the sentence
// names it as the subject: "The order requires Orange and Inwi to do the
// same", "The law would force Zentro Corp to verify users' ages", "The
// order applies to Sonatel and Expresso". Those it binds are whom it is
// put to.
func (x *extractor) requiredOf(si int) {
	toks := x.sents[si].toks
	for k := 1; k+1 < len(toks); k++ {
		applies := false
		switch toks[k].lower {
		case "requires", "require", "forces", "force", "obliges", "oblige", "compels", "compel":
		case "applies", "apply":
			// "The order applies to Sonatel, Free Senegal and Expresso".
			applies = toks[k+1].lower == "to"
			if !applies {
				continue
			}
		default:
			continue
		}
		b := k - 1
		for b > 0 && (toks[b].lower == "would" || toks[b].lower == "will" || toks[b].lower == "also") {
			b--
		}
		if toks[b].kind != tWord {
			continue
		}
		if _, ok := proposalNouns[toks[b].lower]; !ok {
			continue
		}
		a := x.npStart(si, b)
		if a != x.clauseStart(si, k) {
			continue
		}
		p := x.referenceAt(si, a)
		if p == nil || p.first == si {
			continue
		}
		if applies {
			if who := x.actorsFrom(si, k+2); len(who) > 0 {
				x.joinProposal(p, si, nil, who)
			}
			continue
		}
		who := x.actorsFrom(si, k+1)
		if len(who) == 0 {
			continue
		}
		to := k + 1
		for to < len(toks) && to < k+12 && toks[to].lower != "to" && toks[to].kind != tPunct {
			to++
		}
		if to+1 >= len(toks) || toks[to].lower != "to" || !baseVerb(toks[to+1]) {
			continue
		}
		x.joinProposal(p, si, nil, who)
	}
}

// bodyCountry returns the country a description between tokens a and b
// names by its adjective, else e, what the description was resolved to:
// "urged the Estonian government to" asks Estonia, whatever government
// the story spoke of before.
func (x *extractor) bodyCountry(si, a, b int, e *entity) *entity {
	for j := a; j < b; j++ {
		if m := x.mentionAt(si, j); m != nil && m.e.kind == graph.Country {
			return m.e
		}
	}
	return e
}

// legislatureHeads are the last words of a legislature's name: "parliament",
// "the Senate", "the National Assembly".
var legislatureHeads = set("parliament", "congress", "senate", "assembly", "legislature")

// billMoves are the verbs that take a bill to a legislature: "tabled in
// parliament", "bring before parliament", "pushed the bill through
// parliament", "now goes to parliament", "has been pending in parliament".
var billMoves = set("tabled", "table", "tables", "introduced", "introduce", "introduces", "submitted", "submit", "submits",
	"sent", "send", "sends", "goes", "go", "went", "bring", "brings", "brought", "pushed", "push", "pushes",
	"presented", "present", "presents", "pending", "laid", "lay", "rushed", "steered", "put", "puts")

// billInParliament reads a bill or law told before that is taken to a
// legislature: the legislature is whom it is put to. "The bill, tabled in
// parliament by X, would ...", "the legislation, which he will bring
// before parliament in the autumn", "the party, which pushed the bill
// through parliament".
func (x *extractor) billInParliament(si int) {
	toks := x.sents[si].toks
	for k := 1; k+1 < len(toks); k++ {
		switch toks[k].lower {
		case "to", "before", "through", "in", "into":
		default:
			continue
		}
		m := x.mentionAt(si, k+1)
		if m == nil && toks[k+1].lower == "the" {
			m = x.mentionAt(si, k+2)
		}
		if m == nil || m.e.kind != graph.Organization || !legislatureHeads[toks[m.t1-1].lower] {
			continue
		}
		// The verb that moves the bill, with at most its object between.
		v := -1
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			if billMoves[toks[j].lower] {
				v = j
				break
			}
			if toks[j].kind == tPunct {
				break
			}
		}
		if v < 0 {
			continue
		}
		var p *proposal
		if v+1 < k {
			p = x.referenceAt(si, v+1)
		}
		// "the legislation, which he will bring before parliament": the
		// noun the relative clause describes.
		for j := v - 1; p == nil && j >= 2 && j >= v-6; j-- {
			if toks[j].lower == "which" && toks[j-1].text == "," {
				p = x.referenceAt(si, x.npStart(si, j-2))
			}
		}
		if p == nil {
			p = x.referenceAt(si, x.firstWord(si))
		}
		if p == nil || p.family != "law" || p.first == si {
			continue
		}
		if !containsEntity(p.proposers, m.e) {
			x.joinProposal(p, si, nil, []*entity{m.e})
		}
	}
}

// underMeasure reads whom a measure binds when the sentence opens with it:
// "Under a draft decree, companies such as Google and TikTok would have
// to verify ...", "Under the proposed rules, Zentro Corp must verify ...".
// The actors bound are whom it is put to; a measure not told before is
// one of its own, named by what they would have to do.
func (x *extractor) underMeasure(si int, here *proposal) *proposal {
	toks := x.sents[si].toks
	f := x.firstWord(si)
	if f+4 >= len(toks) || toks[f].lower != "under" {
		return nil
	}
	c := f + 1
	for c < len(toks) && c < f+8 && toks[c].text != "," {
		c++
	}
	if c+1 >= len(toks) || toks[c].text != "," {
		return nil
	}
	noun := -1
	for j := f + 1; j < c; j++ {
		if _, ok := proposalNouns[toks[j].lower]; ok && !toks[j].cap {
			noun = j
		}
	}
	if noun < 0 {
		return nil
	}
	var who []*entity
	if bindingHeads[toks[c+1].lower] {
		who = x.actorsAfterTo(si, c+1)
	} else if m := x.mentionAt(si, c+1); m != nil && m.t0 == c+1 && isActor(m.e.kind) {
		who = x.actorsFrom(si, c+1)
	}
	if len(who) == 0 {
		return nil
	}
	// The duty: "would (also) have to", "will have to", "must", "would be
	// required to", then the verb.
	v := -1
	for j := c + 2; j+1 < len(toks) && j < c+20 && toks[j].text != "." && toks[j].text != ";"; j++ {
		w := toks[j].lower
		if w == "must" && baseVerb(toks[j+1]) {
			v = j + 1
			break
		}
		if (w == "have" || w == "required" || w == "obliged" || w == "forced") && toks[j+1].lower == "to" && j+2 < len(toks) && baseVerb(toks[j+2]) {
			v = j + 2
			break
		}
	}
	if v < 0 {
		return nil
	}
	p := here
	if p == nil {
		p = x.referenceAt(si, f+1)
	}
	if p == nil {
		content := x.contentFrom(si, v)
		if len(strings.Fields(content)) < 3 {
			return nil
		}
		p = x.mergeOrCreate(si, nil, who, proposalNouns[toks[noun].lower], content, x.clauseText(si, f, len(toks)))
		if p == nil {
			return nil
		}
		p.e.addForm(x.clauseText(si, f+1, c))
	}
	x.joinProposal(p, si, nil, who)
	return p
}
