package loader_test

import (
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// The cases below are ways news English states a proposal, whom it is put
// to and where others stand on it, written apart from any corpus story.

func TestExtractProposalRelationsGeneral(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		typ       graph.RelationType
		subj, obj string
	}{
		{"a second minister's measure is a proposal of its own", "H\n\nTIRANA (Reuters) - Albania will block the Zavo app for a year, Prime Minister Arben Kola said on Saturday.\n\nEducation Minister Drita Hoxha said she would put forward rules barring pupils from using mobile phones during lessons.",
			graph.Proposed, "Drita Hoxha", "mobile phones"},
		{"a restatement by a second minister stays one proposal", "H\n\nBANGKOK (Reuters) - Thailand's digital economy ministry is seeking to require social media users to verify their identities, Digital Economy Minister Arun Chai said on Tuesday.\n\nArun said he had written to Zentro Corp asking it to link accounts to verified phone numbers.",
			graph.AddressedTo, "verify their identities", "Zentro Corp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2024-05-10")
			if !hasRelation(x, tt.typ, tt.subj, tt.obj) {
				t.Errorf("no %s %q -> %q; got %v", tt.typ, tt.subj, tt.obj, relationLines(x))
			}
		})
	}
}

func TestExtractNoProposalRelationGeneral(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		typ       graph.RelationType
		subj, obj string
	}{
		{"a minister's measure is not the prime minister's", "H\n\nTIRANA (Reuters) - Albania will block the Zavo app for a year, Prime Minister Arben Kola said on Saturday.\n\nEducation Minister Drita Hoxha said she would put forward rules barring pupils from using mobile phones during lessons.",
			graph.Proposed, "Arben Kola", "mobile phones"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2024-05-10")
			if hasRelation(x, tt.typ, tt.subj, tt.obj) {
				t.Errorf("got %s %q -> %q; all: %v", tt.typ, tt.subj, tt.obj, relationLines(x))
			}
		})
	}
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

var _ = strings.Contains
