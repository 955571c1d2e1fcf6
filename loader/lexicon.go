package loader

import (
	_ "embed"
	"strings"
	"sync"
)

// The gazetteers are derived from maintained data sets by data/gen/gen.py;
// data/README.md names the sources and licences.
var (
	//go:embed data/countries.tsv
	countriesTSV string
	//go:embed data/countries_extra.tsv
	countriesExtraTSV string
	//go:embed data/places.tsv
	placesTSV string
)

// placeInfo is a gazetteer entry for a city or region.
type placeInfo struct {
	name    string // the gazetteer's spelling
	class   byte   // '0' < 100k people, '1' < 1M, '2' >= 1M, 'S' a state
	country string // ISO 3166 alpha-2 code
}

type gazetteer struct {
	// countryForm maps a name, alternative spelling or demonym, exactly as
	// written, to the country's common name.
	countryForm map[string]string
	// demonym records which forms are adjectives or demonyms, not names.
	demonym   map[string]bool
	countryCC map[string]string // ISO code -> common name
	places    map[string]placeInfo
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

func lexicon() *gazetteer {
	gazOnce.Do(func() { gaz = loadGazetteer() })
	return gaz
}

func loadGazetteer() *gazetteer {
	g := &gazetteer{
		countryForm: map[string]string{},
		demonym:     map[string]bool{},
		countryCC:   map[string]string{},
		places:      make(map[string]placeInfo, 40000),
	}
	for _, src := range []string{countriesTSV, countriesExtraTSV} {
		for _, line := range strings.Split(src, "\n") {
			f := strings.Split(line, "\t")
			if len(f) < 2 || f[0] == "" {
				continue
			}
			canon := f[0]
			for _, n := range strings.Split(f[1], "|") {
				if n != "" {
					if _, dup := g.countryForm[n]; !dup {
						g.countryForm[n] = canon
					}
				}
			}
			if len(f) > 2 {
				for _, d := range strings.Split(f[2], "|") {
					if d != "" {
						if _, dup := g.countryForm[d]; !dup {
							g.countryForm[d] = canon
							g.demonym[d] = true
						}
					}
				}
			}
			if len(f) > 3 && f[3] != "" {
				g.countryCC[f[3]] = canon
			}
		}
	}
	for _, line := range strings.Split(placesTSV, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 3 || f[0] == "" || f[1] == "" {
			continue
		}
		p := placeInfo{name: f[0], class: f[1][0], country: f[2]}
		if _, isCountry := g.countryForm[f[0]]; isCountry {
			continue
		}
		g.places[f[0]] = p
		if strings.HasPrefix(f[0], "Saint ") {
			// News English writes "St Petersburg" and "St. Petersburg".
			rest := strings.TrimPrefix(f[0], "Saint ")
			for _, v := range []string{"St " + rest, "St. " + rest} {
				if _, ok := g.places[v]; !ok {
					g.places[v] = p
				}
			}
		}
	}
	return g
}

// country returns the common name of the country a form names.
func (g *gazetteer) country(form string) (string, bool) {
	c, ok := g.countryForm[form]
	return c, ok
}

// place looks up a city or region as written or in title case (datelines
// are in capitals).
func (g *gazetteer) place(form string) (placeInfo, bool) {
	if p, ok := g.places[form]; ok {
		return p, true
	}
	if strings.ToUpper(form) == form {
		if p, ok := g.places[titleCase(form)]; ok {
			return p, true
		}
	}
	return placeInfo{}, false
}

func titleCase(s string) string {
	b := []byte(strings.ToLower(s))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' ' || c == '-'
	}
	return string(b)
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// services are well-known messaging and online services and apps.
var services = set("WhatsApp", "Telegram", "Signal", "iMessage", "Messenger", "Instagram", "Wickr",
	"Skype", "Viber", "WeChat", "Snapchat", "TikTok", "FaceTime", "Gmail", "YouTube", "Threema",
	"Discord", "KakaoTalk", "Facebook Messenger", "iCloud", "Tor", "Threads", "Zoom", "Session",
	"Briar", "ProtonMail", "Proton Mail", "Hotmail", "Outlook", "BlackBerry Messenger", "Line",
	"Facebook Live", "Instagram Live", "YouTube Live", "Google Meet", "Microsoft Teams", "Twitch", "Rumble",
	"Vimeo", "Pinterest", "Tumblr", "Mastodon", "Bluesky", "Truth Social", "Weibo", "Douyin", "VKontakte",
	"Odnoklassniki", "Element", "Matrix", "Olvid", "Kik", "Botim",
	"App Store", "Apple App Store", "Google Play", "Google Play Store", "Play Store", "Spotify", "Netflix")

// ambiguousServices are also ordinary English words: they are a service
// only where the sentence talks about apps or messaging.
var ambiguousServices = set("Signal", "Session", "Threads", "Zoom", "Line", "Messenger", "Tor", "Briar", "Outlook", "Element", "Matrix", "Rumble")

// companies are well-known technology and telecommunications companies, so
// that a bare "Facebook" or "Google" is taken as an organization.
var companies = set("Facebook", "Google", "Apple", "Microsoft", "Amazon", "Twitter", "Meta", "Alphabet",
	"Yahoo", "Netflix", "Samsung", "Huawei", "Tencent", "ByteDance", "Nokia", "Ericsson", "Vodafone",
	"BlackBerry", "IBM", "Intel", "Cisco", "Uber", "Baidu", "Alibaba", "Verizon", "AT&T", "Oracle",
	"Mozilla", "Cloudflare", "Qualcomm", "Sony", "Xiaomi", "Orange", "Telefonica", "Deutsche Telekom",
	"Amazon.com", "OpenAI", "Snap", "Dropbox", "LinkedIn", "Reddit")

// militantGroups are groups that claim attacks, known by name alone.
var militantGroups = set("Islamic State", "al Qaeda", "al-Qaeda", "Al Qaeda", "Al-Qaeda", "Taliban",
	"Hamas", "Hezbollah", "Boko Haram", "al Shabaab", "al-Shabaab", "ISIS", "ISIL", "Daesh",
	"Islamic State of Iraq and the Levant")

// knownOrgs are international bodies and groups whose names carry no
// organization word.
var knownOrgs = set("United Nations", "Red Cross", "Reporters Without Borders", "Greenpeace", "Interpol",
	"Europol", "NATO", "OPEC", "ASEAN", "G7", "G20", "WikiLeaks", "Wikimedia", "Anonymous", "Hezbollah",
	"World Trade Organization", "Mozilla", "Kremlin", "White House", "Pentagon", "Elysee", "Downing Street")

// knownAcronyms expand acronyms that wire copy uses without spelling out.
var knownAcronyms = map[string]string{
	"EU": "European Union", "UN": "United Nations", "U.N.": "United Nations",
	"NATO": "NATO", "FBI": "Federal Bureau of Investigation", "CIA": "Central Intelligence Agency",
	"NSA": "National Security Agency", "GCHQ": "GCHQ", "FSB": "Federal Security Service",
	"Europol": "Europol", "Interpol": "Interpol",
}

// corpSuffixes end a company's legal name; the name without them is the
// company's short form.
var corpSuffixes = set("Inc", "Inc.", "Corp", "Corp.", "Corporation", "LLC", "LLP", "Ltd", "Ltd.",
	"Plc", "PLC", "plc", "Co", "Co.", "AG", "SA", "NV", "GmbH", "ASA", "AB", "Oyj", "SpA", "BV", "KK", "FZ-LLC", "FZE", "FZCO", "SAS", "SARL", "Sarl", "SRL", "S.A.", "Limited", "Holdings", "Platforms", "Group", "Technology", "Technologies", "Labs")

// orgHeads are the words that end (or, before "of", head) the name of a
// government body, party, court, company or association.
var orgHeads = set("Party", "Brotherhood", "Commission", "Council", "Ministry", "Department", "Agency", "Bureau",
	"Court", "Parliament", "Senate", "Congress", "Assembly", "Committee", "Board", "Association",
	"Foundation", "Union", "Institute", "University", "Police", "Office", "Authority", "Organisation",
	"Organization", "Federation", "Alliance", "Front", "Army", "Network", "House", "Service",
	"Services", "Supervisor", "Democrats", "Republicans", "Conservatives", "Government", "Cabinet",
	"Directorate", "Regulator", "Tribunal", "Bank", "Fund", "League", "Movement", "Brigades",
	"Coalition", "Commons", "Lords", "Group", "Forum", "Centre", "Center", "Society", "Trust",
	"Watch", "Initiative", "Secretariat", "Presidency", "Guard", "Command",
	"Legislature", "Duma", "Bundestag", "Knesset", "Inc", "Inc.", "Corp", "LLC", "LLP", "Ltd", "Plc",
	"International", "Club", "Labs", "Technologies", "Systems", "Networks", "Media", "Telecom", "Industries",
	"Collective", "Academy", "College", "School", "Agencies", "Ministries", "Commissioner's",
	"Platforms", "Corporation", "Holdings", "Times", "Post", "Journal", "News", "Forces", "Brigade", "Battalion",
	"Team", "Bloc", "Caucus", "Chamber")

// nonPersonWords never stand in a person's name; a run of capitals made
// of them names a body ("Nord Security", "Digital Rights Ireland").
var nonPersonWords = set("Security", "Digital", "Rights", "Freedom", "Liberties", "Privacy", "Internet",
	"Access", "Data", "Computer", "Emergency", "Response", "Technology", "Technologies", "Media", "Cyber",
	"Civil", "Human", "Open", "Online", "Software", "Telecom", "Telecoms", "Communications", "Mobile",
	"Network", "Networks", "Safety", "Policy", "Research", "Labs", "Solutions", "Energy",
	"Entertainment", "Gaming", "Games", "Interactive", "Studios", "Ventures", "Capital", "Broadcasting")

// partyNames name a political party by a single plural word: "the
// Greens warned".
var partyNames = set("Greens", "Liberals", "Conservatives", "Socialists", "Communists", "Democrats", "Republicans", "Tories")

// legislatures name a body by a single word.
var legislatures = set("Senate", "Parliament", "Congress", "Knesset", "Bundestag", "Duma", "Cabinet", "Bundesrat", "Storting", "Riksdag", "Sejm")

// regionWords name parts of the world, never people ("Middle East").
var regionWords = set("East", "West", "North", "South", "Asia", "Africa", "America", "Europe", "Latin",
	"Central", "Southeast", "Northeast", "Southwest", "Northwest", "Pacific", "Atlantic", "Arctic",
	"Gulf", "Caribbean", "Balkans", "Sahel", "Baltic", "Mediterranean")

// placeWords end the names of buildings and sites, which are never
// people ("Elysee Palace", "Christ The Good Shepherd Church").
var placeWords = set("Palace", "Church", "Cathedral", "Mosque", "Synagogue", "Temple", "Square", "Street",
	"Hall", "Tower", "Airport", "Station", "Stadium", "Bridge", "Park", "Hotel", "Museum", "Prison", "Embassy",
	"Hospital", "Market", "Metro", "Valley", "Island", "Islands", "Coast", "Bay", "Sea", "Ocean", "River",
	"Mountains", "Avenue", "Road", "Building", "Centre", "Center", "Arena", "Harbour", "Harbor", "Year", "Eve")

// lawHeads end the name of a bill, law or treaty ("Online Safety Bill").
var lawHeads = set("Bill", "Act", "Law", "Regulation", "Directive", "Amendment", "Treaty", "Charter", "Convention", "Code", "Ordinance", "Decree")

// bodyWords are lower-case words that name an institution by themselves.
var bodyWords = map[string]string{"parliament": "Parliament"}

// titleHeads end a title before a name ("Interior Minister Bernard
// Cazeneuve") or after one in an apposition ("Amber Rudd, the home
// secretary").
var titleHeads = set("minister", "secretary", "president", "judge", "commissioner", "chancellor",
	"executive", "leader", "spokesman", "spokeswoman", "spokesperson", "director", "chairman",
	"chairwoman", "chair", "officer", "governor", "senator", "ambassador", "mayor", "king", "queen",
	"general", "prosecutor", "head", "founder", "co-founder", "chief", "member", "lawmaker", "premier",
	"attorney", "envoy", "commander", "adviser", "advisor", "counsel", "ceo", "coordinator",
	"deputy", "sheriff", "inspector", "superintendent", "commissioner", "representative", "speaker",
	"counterpart", "boss", "manager", "editor", "researcher", "professor", "analyst", "lawyer", "owner",
	"magistrate", "ombudsman", "mp", "mep", "emperor", "prince", "crown", "dictator", "cfo", "cto", "coo")

// governmentTitles are titles held for a state unless the sentence says
// otherwise.
var governmentTitles = set("minister", "secretary", "president", "judge", "chancellor", "premier",
	"attorney", "general", "prosecutor", "ambassador", "magistrate", "king", "queen", "governor",
	"justice", "envoy", "emperor", "prince", "commissioner", "ombudsman")

// honorifics precede a name and are not part of it.
var honorifics = set("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Father", "Sir", "Dame",
	"Lord", "Lady", "Rev", "Rev.", "Reverend", "Sheikh", "Imam", "Rabbi", "Pastor", "Brother", "Sister")

// nameParticles may stand lower-case inside a person's name.
var nameParticles = set("de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "dos", "das", "del", "della", "dei", "degli", "ter", "te")

// functionWords start sentences in capitals but are never names.
var functionWords = set("the", "a", "an", "in", "on", "at", "of", "for", "to", "and", "but", "or", "as",
	"it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "this", "that",
	"these", "those", "there", "here", "when", "while", "after", "before", "under", "with", "without",
	"by", "from", "since", "until", "if", "though", "although", "because", "some", "many", "most",
	"any", "no", "not", "both", "all", "each", "every", "other", "such", "last", "next", "first",
	"new", "more", "also", "still", "yet", "so", "then", "now", "what", "which", "who", "whose",
	"where", "how", "why", "one", "two", "three", "four", "five", "only", "even", "meanwhile",
	"however", "instead", "asked", "speaking", "critics", "officials", "police", "investigators",
	"detectives", "prosecutors", "privacy", "security", "about", "among", "against", "during",
	"over", "despite", "once", "earlier", "later", "late", "my", "your", "several", "few", "is",
	"was", "were", "are", "be", "has", "have", "had", "will", "would", "can", "could", "may", "might",
	"should", "must", "do", "does", "did", "just", "then", "thus", "according", "around", "nearly")

// weekdays and months carry capitals but name dates, not things.
var calendarWords = set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
	"November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
	"Christmas", "Easter", "Ramadan")

// orgDescriptors are nouns that, right before or in apposition to a
// capitalised name, say it is an organization ("broadcaster ORF", "DIGI,
// a lobby group").
var orgDescriptors = set("broadcaster", "newspaper", "weekly", "daily", "magazine", "agency", "regulator",
	"watchdog", "company", "firm", "group", "carrier", "carriers", "operator", "operators", "party",
	"union", "court", "bank", "charity", "organisation", "organization", "ministry", "network",
	"non-profit", "nonprofit", "startup", "maker", "giant", "provider", "providers", "lobby", "insurer",
	"publisher", "outlet", "body", "association", "tribunal", "department", "unit", "subsidiary",
	"companies", "firms", "groups", "organisations", "organizations", "daily", "website", "tabloid",
	"militia", "faction", "movement", "coalition", "consortium", "retailer", "developer",
	"telecoms", "operator", "exchange", "alliance", "think-tank", "campaign", "station", "broadcaster", "arm", "division", "affiliate")

// serviceDescriptors are nouns that mark a capitalised name as a service
// ("the Signal app", "the WhatsApp messaging service").
var serviceDescriptors = set("app", "apps", "application", "service", "services", "messenger", "platform", "network")
