package loader_test

import (
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// The cases below are ways news English names whom a proposal is put to,
// written apart from any corpus story.

func TestExtractRecipientsRound3(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		typ       graph.RelationType
		subj, obj string
		absent    bool
	}{
		{"the letter sent to a company's chief executive in the next sentence",
			"H\n\nVILNIUS (Reuters) - Lithuanian Interior Minister Tomas Vaitkus on Monday urged Zentro Corp to remove Korva from its app store.\n\nThe letter was sent to Zentro Corp Chief Executive Lena Ruiz on Sunday. It asked the company to act within a month.",
			graph.AddressedTo, "remove Korva", "Lena Ruiz", false},
		{"a later letter to the head of a body",
			"H\n\nZAGREB (Reuters) - Croatian Prime Minister Ivo Matic wants the European Commission to set a minimum age for social media.\n\nIn a letter to Commission President Ursula von der Leyen, he said national rules alone could not protect children.",
			graph.AddressedTo, "minimum age", "Ursula von der Leyen", false},
		{"a letter to a body without a named head",
			"H\n\nZAGREB (Reuters) - Croatian Prime Minister Ivo Matic wants platforms to verify the ages of users.\n\nIn a letter to the European Commission, he said national rules alone could not protect children.",
			graph.AddressedTo, "verify the ages", "European Commission", false},
		{"a letter about something else names no recipient of a proposal told long before",
			"H\n\nZAGREB (Reuters) - Croatian Prime Minister Ivo Matic wants platforms to verify the ages of users.\n\nThe plan has been criticised by rights groups.\n\nMatic met Slovenian Prime Minister Robert Golob on Friday.\n\nThe two leaders talked about tourism.\n\nIn a letter to Golob, he said the border should stay open.",
			graph.AddressedTo, "verify the ages", "Robert Golob", true},
		{"a company ordered to act in the passive",
			"H\n\nRABAT (Reuters) - Zentro Corp has been ordered to cut access to 340 betting sites within a week, a spokesman for the regulator said.",
			graph.AddressedTo, "cut access", "Zentro Corp", false},
		{"a company asked to act in the passive, with its agent",
			"H\n\nRIGA (Reuters) - Fjordnet ASA was asked by Interior Minister Rihards Kozlovskis to verify the ages of its users.",
			graph.AddressedTo, "verify the ages", "Fjordnet ASA", false},
		{"a second company asked to do the same",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis asked Zentro Corp to label videos made with artificial intelligence. Fjordnet ASA was asked to do the same, he said.",
			graph.AddressedTo, "label videos", "Fjordnet ASA", false},
		{"a reporter's question is no demand",
			"H\n\nRIGA (Reuters) - Zentro Corp was asked to comment on the report but did not reply.",
			graph.AddressedTo, "comment", "Zentro Corp", true},
		{"a demand by a regulator the story does not name",
			"H\n\nRABAT (Reuters) - The regulator also asked Zentro Corp to remove gambling advertisements aimed at young users.",
			graph.AddressedTo, "gambling advertisements", "Zentro Corp", false},
		{"a demand by a country's unnamed tribunal",
			"H\n\nLA PAZ (Reuters) - Latvia's electoral tribunal on Friday asked Fjordnet ASA to label videos made with artificial intelligence.",
			graph.AddressedTo, "label videos", "Fjordnet ASA", false},
		{"a company named after the class an order went to",
			"H\n\nRIGA (Reuters) - Latvia's telecoms regulator has ordered internet providers to block betting sites, a spokesman said on Monday. Zentro Corp has been ordered to cut access to 340 sites within a week, the spokesman said.",
			graph.AddressedTo, "block betting sites", "Zentro Corp", false},
		{"companies an order told before requires to act",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis ordered Zentro Corp to block the betting sites. The order requires Fjordnet ASA and Kovo Ltd to do the same.",
			graph.AddressedTo, "block the betting sites", "Kovo Ltd", false},
		{"a company a law told before would force to act",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis proposed a law on betting. The law would force Zentro Corp and Fjordnet ASA to verify the ages of users.",
			graph.AddressedTo, "law on betting", "Fjordnet ASA", false},
		{"a law that requires nothing of a named actor",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis proposed a law on betting. The law requires licences for all operators, Zentro Corp said.",
			graph.AddressedTo, "law on betting", "Zentro Corp", true},
		{"another country's government named by its adjective",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis urged the Estonian government to ban the app.",
			graph.AddressedTo, "ban the app", "Estonia", false},
		{"another country's government is not the speaker's",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis urged the Estonian government to ban the app.",
			graph.AddressedTo, "ban the app", "Latvia", true},
		{"a participle demand after writing to a company",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis has written to Zentro Corp demanding the removal of the app.",
			graph.AddressedTo, "removal of the app", "Zentro Corp", false},
		{"a participle demand after writing to a company's chief",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis wrote to Zentro Corp Chief Executive Lena Ruiz demanding the removal of the app.",
			graph.AddressedTo, "removal of the app", "Lena Ruiz", false},
		{"a bill told before, tabled in parliament",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis on Monday proposed a bill that would let police block betting apps.\n\nThe bill, tabled in parliament by Kozlovskis, would also raise fines.",
			graph.AddressedTo, "block betting apps", "Parliament", false},
		{"a law told before that a relative clause brings before parliament",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis on Monday proposed a law that would let police block betting apps.\n\nKozlovskis said the legislation, which he will bring before parliament in the autumn, included safeguards.",
			graph.AddressedTo, "block betting apps", "Parliament", false},
		{"a bill a party pushed through parliament",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis on Monday proposed a bill that would let police block betting apps.\n\nThe ruling party, which pushed the bill through parliament on Tuesday, has enough votes.",
			graph.AddressedTo, "block betting apps", "Parliament", false},
		{"a speech in parliament takes no bill there",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis on Monday proposed a bill that would let police block betting apps.\n\nThe opposition leader spoke in parliament about the economy.",
			graph.AddressedTo, "block betting apps", "Parliament", true},
		{"companies an order told before applies to",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis ordered operators to block the betting sites. The order applies to Kovo Ltd, Fjordnet ASA and Zentro Corp, which serve most users.",
			graph.AddressedTo, "block the betting sites", "Fjordnet ASA", false},
		{"a rule that applies to a date names no recipient",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis ordered operators to block the betting sites. The order applies to sites registered since March, Zentro Corp said.",
			graph.AddressedTo, "block the betting sites", "Zentro Corp", true},
		{"a country's unnamed authority makes the demand for the country",
			"H\n\nBUDAPEST (Reuters) - Hungary's media authority on Wednesday ordered Zentro Corp to label all political adverts on its apps.",
			graph.Proposed, "Hungary", "label all political adverts", false},
		{"a letter that asks the company it went to does not make the company ask",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis sent a letter to Zentro Corp on Sunday. It asked the company to remove Korva within a month.",
			graph.Proposed, "Zentro Corp", "remove Korva", true},
		{"a company that asks another still asks",
			"H\n\nRIGA (Reuters) - Interior Minister Rihards Kozlovskis criticised Zentro Corp on Sunday. It asked the government to drop the plan.",
			graph.Proposed, "Zentro Corp", "drop the plan", false},
		{"companies a new draft decree would bind by example",
			"H\n\nRIGA (Reuters) - Latvia's regulator blocked 300 sites on Monday. Under a draft decree, companies such as Zentro Corp and Fjordnet ASA would have to verify that advertisers hold a licence.",
			graph.AddressedTo, "advertisers hold a licence", "Fjordnet ASA", false},
		{"a company proposed rules say must act",
			"H\n\nRIGA (Reuters) - Under the proposed rules, Zentro Corp must verify the ages of its users.",
			graph.AddressedTo, "verify the ages", "Zentro Corp", false},
		{"what a company did under a law is no duty put to it",
			"H\n\nRIGA (Reuters) - Under the law, Zentro Corp paid a fine last year.",
			graph.AddressedTo, "fine", "Zentro Corp", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := MustExtract(t, tc.text, "2025-05-05")
			if got := hasRelation(x, tc.typ, tc.subj, tc.obj); got == tc.absent {
				for _, r := range x.Relations {
					t.Logf("%s %s -> %s", r.Type, r.Subject, r.Object)
				}
				t.Errorf("%s %q -> %q present = %v, want %v", tc.typ, tc.subj, tc.obj, got, !tc.absent)
			}
		})
	}
}
