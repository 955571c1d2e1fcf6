package loader_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/internal/cputime"
	"github.com/policygraph/policygraph/loader"
)

// benchStories is the size of the generated corpus BenchmarkExtract cycles
// through.
const benchStories = 10000

var (
	benchFirst   = []string{"Anna", "Marco", "Jens", "Priya", "Tomas", "Elena", "Samir", "Laura", "Kenji", "Olga", "Pierre", "Ines", "David", "Fatima", "Lars", "Chiara"}
	benchLast    = []string{"Keller", "Rossi", "Novak", "Sharma", "Dvorak", "Petrova", "Haddad", "Moreau", "Tanaka", "Ivanova", "Laurent", "Silva", "Brennan", "Okafor", "Lindqvist", "Conti"}
	benchCountry = []struct{ name, adj, city string }{
		{"France", "French", "Paris"}, {"Germany", "German", "Berlin"}, {"Italy", "Italian", "Rome"},
		{"Spain", "Spanish", "Madrid"}, {"Poland", "Polish", "Warsaw"}, {"Japan", "Japanese", "Tokyo"},
		{"India", "Indian", "New Delhi"}, {"Brazil", "Brazilian", "Brasilia"}, {"Canada", "Canadian", "Ottawa"},
		{"Australia", "Australian", "Canberra"}, {"Sweden", "Swedish", "Stockholm"}, {"Austria", "Austrian", "Vienna"},
	}
	benchTitle   = []string{"Interior Minister", "Justice Minister", "Prime Minister", "Digital Minister", "Home Affairs Minister"}
	benchService = []string{"WhatsApp", "Telegram", "Signal", "Viber", "WeChat", "Instagram"}
	benchOwner   = []string{"Meta Platforms", "Telegram Messenger LLP", "Signal Foundation", "Rakuten Inc", "Tencent", "Meta Platforms"}
	benchVerb    = []string{"urged %s to", "asked %s to", "called on %s to", "pressed %s to"}
	benchAsk     = []string{"give police access to encrypted messages", "scan private chats for abuse material", "store message metadata for a year", "identify the first sender of viral messages"}
	benchGroup   = []string{"Digital Rights Watch", "Open Net Association", "Privacy First Foundation", "Civil Liberties Union"}
	benchDay     = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
)

// benchCorpus generates wire stories from templates with varied names,
// countries, services and verbs. The seed is fixed, so every run measures
// the same text.
func benchCorpus(n int) []graph.Story {
	r := rand.New(rand.NewSource(1))
	pick := func(s []string) string { return s[r.Intn(len(s))] }
	out := make([]graph.Story, n)
	for i := range out {
		c := benchCountry[r.Intn(len(benchCountry))]
		o := benchCountry[r.Intn(len(benchCountry))]
		first, last := pick(benchFirst), pick(benchLast)
		ofirst, olast := pick(benchFirst), pick(benchLast)
		k := r.Intn(len(benchService))
		svc, owner := benchService[k], benchOwner[k]
		title := pick(benchTitle)
		var b strings.Builder
		fmt.Fprintf(&b, "%s minister presses %s on encrypted chats\n\n", c.adj, svc)
		fmt.Fprintf(&b, "%s %s %s %s arrives for a meeting in %s, %s, May %d, 2021. REUTERS/%s %s\n\n",
			c.adj, title, first, last, c.city, c.name, 1+r.Intn(28), pick(benchFirst), pick(benchLast))
		fmt.Fprintf(&b, "%s (Reuters) - %s %s %s %s on %s %s, saying criminals were hiding behind encrypted apps.\n\n",
			strings.ToUpper(c.city), c.adj, title, first, last, pick(benchDay),
			fmt.Sprintf(pick(benchVerb), owner)+" "+pick(benchAsk))
		fmt.Fprintf(&b, "%s, which owns %s, said it would study the request but warned that weakening encryption would put users at risk. "+
			"%s met his %s counterpart, %s %s, in %s and the two ministers will send proposals to the European Commission.\n\n",
			owner, svc, last, o.adj, ofirst, olast, c.city)
		fmt.Fprintf(&b, "The %s criticised the plan. Last month a gunman killed %d people in %s, and investigators said he had used %s to plan the attack.\n\n",
			pick(benchGroup), 2+r.Intn(9), o.city, svc)
		fmt.Fprintf(&b, "Reporting by %s %s; Editing by %s %s\n", pick(benchFirst), pick(benchLast), pick(benchFirst), pick(benchLast))
		out[i] = graph.Story{ID: fmt.Sprintf("bench-%05d", i), Published: "2021-06-10", Text: b.String()}
	}
	return out
}

// BenchmarkExtract measures Extract over a generated corpus of wire
// stories: one operation is one story; MB/s comes from the average story
// size. Run with -cpu 1 for a per-core figure.
func BenchmarkExtract(b *testing.B) {
	stories := benchCorpus(benchStories)
	total := 0
	for _, s := range stories {
		total += len(s.Text)
	}
	// Warm the gazetteers outside the timer.
	if _, err := loader.Extract(stories[0]); err != nil {
		b.Fatal(err)
	}
	avg := total / len(stories)
	b.SetBytes(int64(avg))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, ok := cputime.Process()
	for i := 0; i < b.N; i++ {
		if _, err := loader.Extract(stories[i%len(stories)]); err != nil {
			b.Fatal(err)
		}
	}
	// On a shared machine wall time includes waiting for a core; the
	// process's CPU time (garbage collection included) is the cost.
	if cpu1, ok1 := cputime.Process(); ok && ok1 && b.N > 0 {
		perOp := float64(cpu1-cpu0) / float64(b.N)
		b.ReportMetric(perOp, "cpu-ns/op")
		b.ReportMetric(float64(avg)/perOp*1e3, "cpu-MB/s")
	}
}

// TestBenchCorpusExtracts checks that the generated stories are real work:
// each yields people, countries, a proposal and relations.
func TestBenchCorpusExtracts(t *testing.T) {
	for _, s := range benchCorpus(20) {
		x, err := loader.Extract(s)
		if err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
		kinds := map[graph.Kind]int{}
		for _, e := range x.Entities {
			kinds[e.Kind]++
		}
		if kinds[graph.Person] < 2 || kinds[graph.Country] < 1 || kinds[graph.Proposal] < 1 || len(x.Relations) < 4 {
			t.Errorf("%s: kinds %v, %d relations; want persons, a country, a proposal and relations\n%s", s.ID, kinds, len(x.Relations), s.Text)
		}
	}
}
