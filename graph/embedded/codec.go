package embedded

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// A story record is a binary encoding of the story's text hash and its
// extraction (format policygraph-embedded/2). Format 1 stored the record
// as JSON; Open rewrites such a store once (see Store.load), and
// decodeRecord still reads a JSON record, which always starts with '{'.
//
// The encoding is laid out for Open, which decodes every record: the whole
// value is copied into one string and every string of the story is a
// slice of it, every list a slice of one array per record. Sentences and
// mention texts that are slices of the story text are kept as offsets into
// it, and relation ends, places, role holders and topics naming an entity
// of the story as its index, so the file holds each once.
//
//	record   = tag:0x02 hash:str story count[5] entities relations
//	story    = id title published source url dateline agency:str
//	           ingestedAt:bytes credits:n*(name role:str) text:str
//	count    = uvarint: the mentions, evidence, roles, aliases and topics
//	           of the whole record, which size the arrays
//	entities = n n*id:str n*(kind:code name:str aliases:n*str roles:n*(title:str of:ref)
//	           date:str place:ref summary:str topics:n*ref
//	           mentions:n*(sentence:text start end:int text:text))
//	relations= n*(id:str type:code subject object:ref qualifier date:str
//	           place:ref quote:str evidence:n*(sentence:text start end:int
//	           rule:str confidence:float64))
//	str      = uvarint length, bytes
//	text     = uvarint 0, str | uvarint start+1, uvarint length (of the text)
//	ref      = uvarint 0, str | uvarint index+1 (of the record's entities)
//	code     = byte index+1 (of graph.Kinds or graph.RelationTypes) | 0, str
//	int      = zig-zag varint; n = uvarint count
const recordTag = 0x02

// encodeRecord encodes a story's text hash and extraction.
func encodeRecord(hash string, x *graph.Extraction) []byte {
	e := encoder{text: x.Story.Text, entities: make(map[string]int, len(x.Entities))}
	for i := range x.Entities {
		e.entities[x.Entities[i].ID] = i
	}
	var counts [5]int
	for i := range x.Entities {
		p := &x.Entities[i]
		counts[0] += len(p.Mentions)
		counts[2] += len(p.Roles)
		counts[3] += len(p.Aliases)
		counts[4] += len(p.Topics)
	}
	e.sentences = map[string]int{}
	for i := range x.Relations {
		counts[1] += len(x.Relations[i].Evidence)
		for _, ev := range x.Relations[i].Evidence {
			if ev.Start >= 0 && ev.Start <= ev.End && ev.End <= len(e.text) && e.text[ev.Start:ev.End] == ev.Sentence {
				e.sentences[ev.Sentence] = ev.Start
			}
		}
	}
	e.b = make([]byte, 0, 64+2*len(x.Story.Text)+200*(len(x.Entities)+len(x.Relations)))
	e.b = append(e.b, recordTag)
	e.str(hash)
	s := &x.Story
	for _, v := range []string{s.ID, s.Title, s.Published, s.Source, s.URL, s.Dateline, s.Agency} {
		e.str(v)
	}
	at, err := s.IngestedAt.MarshalBinary()
	if err != nil {
		// Only a time whose zone offset is not a whole minute fails;
		// the store sets IngestedAt in UTC.
		at, _ = s.IngestedAt.UTC().MarshalBinary()
	}
	e.str(string(at))
	e.n(len(s.Credits))
	for _, c := range s.Credits {
		e.str(c.Name)
		e.str(c.Role)
	}
	e.str(s.Text)
	for _, c := range counts {
		e.n(c)
	}
	e.n(len(x.Entities))
	for i := range x.Entities {
		e.str(x.Entities[i].ID)
	}
	for i := range x.Entities {
		p := &x.Entities[i]
		e.code(string(p.Kind), kindCode(p.Kind))
		e.str(p.Name)
		e.n(len(p.Aliases))
		for _, a := range p.Aliases {
			e.str(a)
		}
		e.n(len(p.Roles))
		for _, r := range p.Roles {
			e.str(r.Title)
			e.ref(r.Of)
		}
		e.str(p.Date)
		e.ref(p.Place)
		e.str(p.Summary)
		e.n(len(p.Topics))
		for _, t := range p.Topics {
			e.ref(t)
		}
		e.n(len(p.Mentions))
		for _, m := range p.Mentions {
			e.textRef(m.Sentence, -1, -1)
			e.int(m.Start)
			e.int(m.End)
			e.textRef(m.Text, m.Start, m.End)
		}
	}
	e.n(len(x.Relations))
	for i := range x.Relations {
		r := &x.Relations[i]
		e.str(r.ID)
		e.code(string(r.Type), typeCode(r.Type))
		e.ref(r.Subject)
		e.ref(r.Object)
		e.str(r.Qualifier)
		e.str(r.Date)
		e.ref(r.Place)
		e.str(r.Quote)
		e.n(len(r.Evidence))
		for _, ev := range r.Evidence {
			e.textRef(ev.Sentence, ev.Start, ev.End)
			e.int(ev.Start)
			e.int(ev.End)
			e.str(ev.Rule)
			e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(ev.Confidence))
		}
	}
	return e.b
}

type encoder struct {
	b    []byte
	text string
	// entities maps the ids of the record's entities to their index;
	// sentences maps the evidence sentences to where they start in text.
	entities  map[string]int
	sentences map[string]int
}

func (e *encoder) n(v int)      { e.b = binary.AppendUvarint(e.b, uint64(v)) }
func (e *encoder) int(v int)    { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *encoder) str(s string) { e.n(len(s)); e.b = append(e.b, s...) }

// textRef encodes s as a slice of the text when it is one: at start..end
// when those are its offsets (start < 0 when none are known), or where the
// same sentence of an item of evidence is, or where it first occurs.
func (e *encoder) textRef(s string, start, end int) {
	if s != "" {
		if start < 0 || start > end || end > len(e.text) || e.text[start:end] != s {
			var ok bool
			if start, ok = e.sentences[s]; !ok {
				start = strings.Index(e.text, s)
			}
		}
		if start >= 0 {
			e.n(start + 1)
			e.n(len(s))
			return
		}
	}
	e.n(0)
	e.str(s)
}

func (e *encoder) ref(id string) {
	if i, ok := e.entities[id]; ok {
		e.n(i + 1)
		return
	}
	e.n(0)
	e.str(id)
}

func (e *encoder) code(s string, c int) {
	e.b = append(e.b, byte(c))
	if c == 0 {
		e.str(s)
	}
}

func kindCode(k graph.Kind) int {
	for i, c := range graph.Kinds {
		if c == k {
			return i + 1
		}
	}
	return 0
}

func typeCode(t graph.RelationType) int {
	for i, c := range graph.RelationTypes {
		if c == t {
			return i + 1
		}
	}
	return 0
}

// legacyRecord is a format 1 record.
type legacyRecord struct {
	Hash       string            `json:"hash"`
	Extraction *graph.Extraction `json:"extraction"`
}

// decodeRecord decodes a story record, binary or JSON. legacy is the binary
// encoding of a JSON record, to write in its place; nil for a binary one.
func decodeRecord(v []byte) (r *storyRec, legacy []byte, err error) {
	if len(v) > 0 && v[0] == '{' {
		var j legacyRecord
		if err := json.Unmarshal(v, &j); err != nil {
			return nil, nil, err
		}
		if j.Extraction == nil {
			return nil, nil, errors.New("no extraction")
		}
		v = encodeRecord(j.Hash, j.Extraction)
		legacy = v
	}
	d := decoder{s: string(v)}
	r = d.record()
	if d.err != nil {
		return nil, nil, d.err
	}
	return r, legacy, nil
}

// decoder reads a record from s. Its first error stops it: later reads
// return zero values, and every count is checked against the bytes left
// so that a damaged record cannot make it allocate much.
type decoder struct {
	s    string
	i    int
	err  error
	text string
	ents []entityPart
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("damaged record: bad %s at byte %d", what, d.i)
	}
	d.i = len(d.s)
}

// uvarint64 reads an unsigned varint, as binary.AppendUvarint writes it.
func (d *decoder) uvarint64(what string) uint64 {
	var v uint64
	for shift := 0; shift < 64 && d.i < len(d.s); shift += 7 {
		c := d.s[d.i]
		d.i++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	d.fail(what)
	return 0
}

// uvarint reads a length, index or count: less than the record's size.
func (d *decoder) uvarint(what string) int {
	v := d.uvarint64(what)
	if v > uint64(len(d.s)) {
		d.fail(what)
		return 0
	}
	return int(v)
}

// n reads a count of items each at least one byte long.
func (d *decoder) n(what string) int {
	v := d.uvarint(what)
	if v > len(d.s)-d.i {
		d.fail(what)
		return 0
	}
	return v
}

// int reads a zig-zag varint, as binary.AppendVarint writes it.
func (d *decoder) int(what string) int {
	u := d.uvarint64(what)
	return int(int64(u>>1) ^ -int64(u&1))
}

func (d *decoder) str(what string) string {
	n := d.uvarint(what)
	if n > len(d.s)-d.i {
		d.fail(what)
		return ""
	}
	s := d.s[d.i : d.i+n]
	d.i += n
	return s
}

// textRef reads a string that may be a slice of the story text, and
// where in the text it starts, -1 when it is not one.
func (d *decoder) textRef(what string) (string, int) {
	start := d.uvarint(what)
	if start == 0 {
		return d.str(what), -1
	}
	start--
	n := d.uvarint(what)
	if start > len(d.text) || n > len(d.text)-start {
		d.fail(what)
		return "", -1
	}
	return d.text[start : start+n], start
}

func (d *decoder) ref(what string) string {
	i := d.uvarint(what)
	switch {
	case i == 0:
		return d.str(what)
	case i > len(d.ents):
		d.fail(what)
		return ""
	}
	return d.ents[i-1].id
}

// code reads a code of one of names, or the string that is not one.
func code[T ~string](d *decoder, names []T, what string) T {
	if d.i >= len(d.s) {
		d.fail(what)
		return ""
	}
	c := int(d.s[d.i])
	d.i++
	switch {
	case c == 0:
		return T(d.str(what))
	case c > len(names):
		d.fail(what)
		return ""
	}
	return names[c-1]
}

func (d *decoder) float() float64 {
	if len(d.s)-d.i < 8 {
		d.fail("confidence")
		return 0
	}
	var v uint64
	for k := 7; k >= 0; k-- {
		v = v<<8 | uint64(d.s[d.i+k])
	}
	d.i += 8
	return math.Float64frombits(v)
}

// take returns the next k items of all, each slice with no room to grow
// into its neighbour's, nil when k is 0.
func take[T any](d *decoder, all *[]T, k int, what string) []T {
	if k == 0 || d.err != nil {
		return nil
	}
	if k > len(*all) {
		d.fail(what)
		return nil
	}
	s := (*all)[:k:k]
	*all = (*all)[k:]
	return s
}

func (d *decoder) record() *storyRec {
	if len(d.s) == 0 || d.s[0] != recordTag {
		d.fail("tag")
		return nil
	}
	d.i = 1
	r := &storyRec{hash: d.str("hash")}
	s := &r.story
	for _, f := range []*string{&s.ID, &s.Title, &s.Published, &s.Source, &s.URL, &s.Dateline, &s.Agency} {
		*f = d.str("story")
	}
	if at := d.str("ingestedAt"); d.err == nil {
		if err := s.IngestedAt.UnmarshalBinary([]byte(at)); err != nil {
			d.fail("ingestedAt")
		}
	}
	if n := d.n("credits"); n > 0 {
		s.Credits = make([]graph.Credit, n)
		for i := range s.Credits {
			s.Credits[i] = graph.Credit{Name: d.str("credit"), Role: d.str("credit")}
		}
	}
	s.Text = d.str("text")
	d.text = s.Text
	mentions := make([]mention, d.n("mention count"))
	evidence := make([]graph.Evidence, d.n("evidence count"))
	roles := make([]graph.Role, d.n("role count"))
	aliases := make([]string, d.n("alias count"))
	topics := make([]string, d.n("topic count"))

	if n := d.n("entities"); n > 0 {
		r.entities = make([]entityPart, n)
	}
	// Refs name entities after them as well as before: ids come first.
	for i := range r.entities {
		r.entities[i].id = d.str("entity id")
	}
	d.ents = r.entities
	for i := range r.entities {
		p := &r.entities[i]
		p.kind = code(d, graph.Kinds, "kind")
		p.name = d.str("name")
		p.aliases = take(d, &aliases, d.n("aliases"), "aliases")
		for j := range p.aliases {
			p.aliases[j] = d.str("alias")
		}
		p.roles = take(d, &roles, d.n("roles"), "roles")
		for j := range p.roles {
			p.roles[j].Title = d.str("role")
			p.roles[j].Of = d.ref("role")
		}
		var m entityMore
		m.date = d.str("date")
		m.place = d.ref("place")
		m.summary = d.str("summary")
		m.topics = take(d, &topics, d.n("topics"), "topics")
		for j := range m.topics {
			m.topics[j] = d.ref("topic")
		}
		if m.date != "" || m.place != "" || m.summary != "" || m.topics != nil {
			p.more = &m
		}
		p.mentions = take(d, &mentions, d.n("mentions"), "mentions")
		for j := range p.mentions {
			p.mentions[j] = d.mention(r)
		}
	}
	if n := d.n("relations"); n > 0 {
		r.relations = make([]graph.Relation, n)
	}
	for i := range r.relations {
		rel := &r.relations[i]
		rel.ID = d.str("relation id")
		rel.Type = code(d, graph.RelationTypes, "type")
		rel.Subject = d.ref("subject")
		rel.Object = d.ref("object")
		rel.Qualifier = d.str("qualifier")
		rel.Date = d.str("date")
		rel.Place = d.ref("place")
		rel.Quote = d.str("quote")
		rel.Evidence = take(d, &evidence, d.n("evidence"), "evidence")
		for j := range rel.Evidence {
			ev := &rel.Evidence[j]
			ev.StoryID = s.ID
			ev.Sentence, _ = d.textRef("evidence")
			ev.Start = d.int("evidence")
			ev.End = d.int("evidence")
			ev.Rule = d.str("rule")
			ev.Confidence = d.float()
		}
	}
	switch {
	case d.err != nil:
	case d.i != len(d.s):
		d.fail("end")
	case len(mentions)+len(evidence)+len(roles)+len(aliases)+len(topics) != 0:
		d.fail("counts")
	}
	return r
}

// mention reads a mention of r: as offsets when its text and sentence are
// slices of the story text and its offsets those of its text, else into
// r.odd.
func (d *decoder) mention(r *storyRec) mention {
	sentence, sentStart := d.textRef("mention")
	start, end := d.int("mention"), d.int("mention")
	text, textStart := d.textRef("mention")
	if sentence == "" {
		sentStart = 0
	}
	if text == "" && start >= 0 && start <= len(d.text) {
		textStart = start
	}
	if sentStart >= 0 && textStart >= 0 && textStart == start && end-start == len(text) && end <= len(d.text) {
		return mention{int32(start), int32(end), int32(sentStart), int32(sentStart + len(sentence))}
	}
	r.odd = append(r.odd, graph.Mention{StoryID: r.story.ID, Sentence: sentence, Start: start, End: end, Text: text})
	return mention{start: int32(len(r.odd) - 1), end: -1}
}
