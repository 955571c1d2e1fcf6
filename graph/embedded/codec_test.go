package embedded

import (
	"encoding/json"
	"math"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/graphtest"
)

// oddExtraction has what the encoding must keep although it cannot keep it
// as offsets or indexes: sentences and mention texts that are not in the
// text or not at their offsets, offsets out of the text, ids of entities
// of other stories, kinds and types of no list, and empty strings.
func oddExtraction() *graph.Extraction {
	text := "Ünïcode first. Second sentence here. Second sentence here."
	sid := "odd/story ✓"
	return &graph.Extraction{
		Story: graph.Story{ID: sid, Title: "T", Published: "2020-01-02", Source: "S", URL: "u", Dateline: "D", Agency: "A",
			Credits:    []graph.Credit{{Name: "N"}, {Name: "M", Role: "editing"}},
			Text:       text,
			IngestedAt: time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)},
		Entities: []graph.Entity{
			{ID: "person/a", Kind: graph.Person, Name: "A", Aliases: []string{"", "Ä"},
				Roles: []graph.Role{{Title: "", Of: "country/elsewhere"}, {Title: "t", Of: "odd/b"}},
				Date:  "2020-01-01", Place: "odd/b", Summary: "s", Topics: []string{"topic/x", "person/a"},
				Mentions: []graph.Mention{
					{StoryID: sid, Sentence: "Second sentence here.", Start: 15, End: 21, Text: "Second"},
					{StoryID: sid, Sentence: "not in the text", Start: -5, End: math.MaxInt64, Text: "nowhere"},
					{StoryID: sid, Sentence: "", Start: 1 << 40, End: math.MinInt64, Text: ""},
					{StoryID: sid, Sentence: "Ünïcode first.", Start: 0, End: 3, Text: "Ünï"},
				}},
			{ID: "odd/b", Kind: "WIZARD", Name: "B"},
		},
		Relations: []graph.Relation{
			{ID: "r1", Type: graph.Met, Subject: "odd/b", Object: "person/a", Qualifier: "q", Date: "2020-01-01", Place: "place/far", Quote: "",
				Evidence: []graph.Evidence{
					{StoryID: sid, Sentence: "Second sentence here.", Start: 37, End: 58, Rule: "r", Confidence: 0.25},
					{StoryID: sid, Sentence: "Second sentence here.", Start: 0, End: 3, Rule: "", Confidence: math.SmallestNonzeroFloat64},
					{StoryID: sid, Sentence: "elsewhere", Start: 2, End: 1, Rule: "r", Confidence: 1},
				}},
			{ID: "r2", Type: "LOVES", Subject: "person/a", Quote: "We will.",
				Evidence: []graph.Evidence{{StoryID: sid, Sentence: text, Start: 0, End: len(text)}}},
		},
	}
}

func TestRecordRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		x    *graph.Extraction
	}{
		{"odd values", oddExtraction()},
		{"story alone", &graph.Extraction{Story: graph.Story{ID: "s", Text: "t"}}},
	}
	for i, x := range graphtest.Fixture() {
		tests = append(tests, struct {
			name string
			x    *graph.Extraction
		}{"fixture " + string(rune('a'+i)), x})
	}
	for _, x := range graphtest.Synthetic(5, 20, 100, 400) {
		tests = append(tests, struct {
			name string
			x    *graph.Extraction
		}{x.Story.ID, x})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, legacy, err := decodeRecord(encodeRecord("h", tt.x))
			if err != nil || legacy != nil {
				t.Fatalf("decode: %v (legacy %d bytes)", err, len(legacy))
			}
			hash, x := r.hash, r.extraction()
			if hash != "h" || !reflect.DeepEqual(x, tt.x) {
				t.Errorf("decoded %q, %+v; want %+v", hash, x, tt.x)
			}
			// A format 1 record decodes to the same.
			v, err := json.Marshal(legacyRecord{Hash: "h", Extraction: tt.x})
			if err != nil {
				t.Fatal(err)
			}
			r, legacy, err = decodeRecord(v)
			if err != nil || legacy == nil {
				t.Fatalf("decode JSON: %v (legacy %d bytes)", err, len(legacy))
			}
			hash, x = r.hash, r.extraction()
			want := tt.x.Clone()
			// JSON keeps times to the location's offset, not its name.
			want.Story.IngestedAt = x.Story.IngestedAt
			if !x.Story.IngestedAt.Equal(tt.x.Story.IngestedAt) {
				t.Errorf("IngestedAt %v, want %v", x.Story.IngestedAt, tt.x.Story.IngestedAt)
			}
			if hash != "h" || !reflect.DeepEqual(x, want) {
				t.Errorf("decoded JSON %q, %+v; want %+v", hash, x, want)
			}
		})
	}
}

// TestDamagedRecord checks that a record cut short or with a byte changed
// decodes to an error or to some extraction, never to a panic or a huge
// allocation.
func TestDamagedRecord(t *testing.T) {
	v := encodeRecord("h", oddExtraction())
	for n := 0; n < len(v); n++ {
		if _, _, err := decodeRecord(v[:n]); err == nil {
			t.Errorf("record cut to %d of %d bytes decodes", n, len(v))
		}
	}
	if _, _, err := decodeRecord(append(v[:len(v):len(v)], 0)); err == nil {
		t.Errorf("record with a byte more decodes")
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		w := []byte(strings.Clone(string(v)))
		w[1+rng.Intn(len(w)-1)] = byte(rng.Intn(256))
		if r, _, err := decodeRecord(w); err == nil {
			// Whatever decodes can be read back.
			r.extraction()
		}
	}
}
