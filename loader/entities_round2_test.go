package loader_test

import (
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// Names, titles, subjects and roles on wordings the first rules cut short,
// merged or misread.

func TestExtractEntitiesRound2(t *testing.T) {
	tests := []struct {
		name string
		text string
		kind graph.Kind
		want string
	}{
		{"body of members in a country", "H\n\nThe Federation of Farmers in Norway welcomed the plan.", graph.Organization, "Federation of Farmers in Norway"},
		{"hyphenated country pair before a council", "H\n\nThe U.S.-India Business Council criticised the rules.", graph.Organization, "U.S.-India Business Council"},
		{"party named with and", "H\n\nThe ruling Peace and Freedom party rejected the plan.", graph.Organization, "Peace and Freedom"},
		{"minister title dropped from the name", "H\n\nDeputy Finance Minister Lena Ruiz said the levy was fair.", graph.Person, "Lena Ruiz"},
		{"hyphenated title dropped from the name", "H\n\nVice-Chancellor Arvo Lind said the levy was fair.", graph.Person, "Arvo Lind"},
		{"brand with a digit", "H\n\nThe ministry fined Play24 for failing to verify users.", graph.Organization, "Play24"},
		{"alias introduced by as it is known", "H\n\nItaly's data protection authority, the Autorita, as the watchdog is known, opened an inquiry.", graph.Organization, "Autorita"},
		{"regnal numeral", "H\n\nPope Leo XIV condemned the attack.", graph.Person, "Leo XIV"},
		{"numbered body", "H\n\nThe rights group Article 21 criticised the law.", graph.Organization, "Article 21"},
		{"a company's namesake app it runs", "H\n\nZentro Holdings, which runs the Zentro ride-hailing and payments app, said it was studying the bill.", graph.Service, "Zentro"},
		{"brand with a plus sign", "H\n\nZentro, the pay-TV group controlled by France's Kanal+, said it would comply.", graph.Organization, "Kanal+"},
		{"service with a plus sign", "H\n\nUsers can watch the series on Korva+ and Netflix.", graph.Service, "Korva+"},
		{"Romance body's name with lower-case words", "H\n\nThe Fédération des journalistes de Belgique, a union, criticised the plan.", graph.Organization, "Fédération des journalistes de Belgique"},
		{"Romance party's name with its acronym", "H\n\nThe Partido de los Trabajadores (PT) objected to the bill.", graph.Organization, "PT"},
		{"a coalition named with its country", "H\n\nThe opposition Kenya Against Graft coalition said the plan was a distraction.", graph.Organization, "Kenya Against Graft"},
		{"company's branch with the country's native name", "H\n\nVodafone España said it would comply with the order.", graph.Organization, "Vodafone España"},
		{"company's branch with de and the country", "H\n\nThe regulator fined Telefonica de Argentina on Monday.", graph.Organization, "Telefonica de Argentina"},
		{"a charity named for a person", "H\n\nThe Molly Rose Foundation, a suicide prevention charity, said the plan did not go far enough.", graph.Organization, "Molly Rose Foundation"},
		{"a body opening with All", "H\n\nAll Kenya Gaming Federation said it would appeal.", graph.Organization, "All Kenya Gaming Federation"},
		{"a company's national arm", "H\n\nZentro Corp Australia said it welcomed the charge.", graph.Organization, "Zentro Corp Australia"},
		{"a Romance alliance before party", "H\n\nThe centre-right Alianza para el Progreso party backed the bill.", graph.Organization, "Alianza para el Progreso"},
		{"a person described at the sentence's start", "H\n\nBillionaire Arvo Lind objected to the bill.", graph.Person, "Arvo Lind"},
		{"a town after in that the gazetteer lacks", "H\n\nPolice said the gang's leader, who was arrested in Kottawa last month, had collected payments.", graph.Place, "Kottawa"},
		{"a region after a noun and in", "H\n\nA bomb hit a paramilitary convoy in Zenkash that killed 40 policemen.", graph.Place, "Zenkash"},
		{"a group named before its article's hyphenated word", "H\n\nAn al Qaeda-linked group claimed responsibility for the attack.", graph.Organization, "al Qaeda"},
		{"a town after its kind", "H\n\nClashes spread to the regional capital Bahir Dar on Friday.", graph.Place, "Bahir Dar"},
		{"treasurer's title is no part of the name", "H\n\nAssistant Treasurer Mira Sand said the levy was fair.", graph.Person, "Mira Sand"},
		{"body named for its aim", "H\n\nThe Committee to End Online Abuse criticised the law.", graph.Organization, "Committee to End Online Abuse"},
		{"company named with its country in a list", "H\n\nThe order applies to Zentel, Free Kenya and Korvan Mobile.", graph.Organization, "Free Kenya"},
		{"monarch's one name", "H\n\nRights groups urged King Letsie to withhold his approval.", graph.Person, "Letsie"},
		{"state before a governor's title", "H\n\nOhio Governor Mira Sand signed the bill on Monday.", graph.Place, "Ohio"},
		{"province's possessive before a title", "H\n\nSindh's Chief Minister Arvo Lind condemned the attack.", graph.Place, "Sindh"},
		{"state before its lawmakers", "H\n\nOhio lawmakers passed the bill on Monday.", graph.Place, "Ohio"},
		{"country after an organization's name", "H\n\nThe plan was criticised by Human Rights Watch Kenya on Monday.", graph.Organization, "Human Rights Watch Kenya"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEntity(t, MustExtract(t, tt.text, "2022-05-10"), tt.kind, tt.want)
		})
	}
}

func TestExtractNotEntitiesRound2(t *testing.T) {
	tests := []struct {
		name, text string
		kind       graph.Kind
		form       string
	}{
		{"a list of companies is no company", "H\n\nThe bill was backed by Zentro, Korvan and Fjordnet Inc.", graph.Organization, "Korvan and Fjordnet Inc"},
		{"a title is no part of a person's name", "H\n\nDeputy Finance Minister Lena Ruiz said the levy was fair.", graph.Person, "Deputy Finance Minister Lena Ruiz"},
		{"a hyphenated title is no part of a person's name", "H\n\nVice-Chancellor Arvo Lind said the levy was fair.", graph.Person, "Vice-Chancellor Arvo Lind"},
		{"a place in a body's name is not cut off", "H\n\nThe Federation of Farmers in Norway welcomed the plan.", graph.Organization, "Federation of Farmers"},
		{"and in a party's name is not cut", "H\n\nThe ruling Peace and Freedom party rejected the plan.", graph.Organization, "Freedom"},
		{"a ministry is not named for where it sits", "H\n\nThe Ministry of Transport in Norway welcomed the plan.", graph.Organization, "Ministry of Transport in Norway"},
		{"a country before an office is no chapter", "H\n\nA researcher at the Human Rights Watch Kenya office said the plan was flawed.", graph.Organization, "Human Rights Watch Kenya"},
		{"a Romance head before a verb is no name", "H\n\nThe Liga de fútbol said it would appeal.", graph.Organization, "Liga de fútbol"},
		{"a word inside a Romance name is no name of its own", "H\n\nThe Partido de los Trabajadores (PT) objected to the bill.", graph.Organization, "Trabajadores"},
		{"a native country name that is a given name is no country", "H\n\nMaurice Levy said the company would comply.", graph.Country, "Mauritius"},
		{"former is no part of a body's name", "H\n\nFormer House Speaker Mira Sand objected to the bill.", graph.Organization, "Former House"},
		{"a description is no part of a person's name", "H\n\nBillionaire Arvo Lind objected to the bill.", graph.Person, "Billionaire Arvo Lind"},
		{"a sentence's opening adverb is no name", "H\n\nReportedly the plan failed on Monday.", graph.Person, "Reportedly"},
		{"a language after in is no place", "H\n\nThe minister wrote the letter in Tagalog, officials said.", graph.Place, "Tagalog"},
		{"a creed after in is no place", "H\n\nThe suspect said he believed in God and acted alone.", graph.Place, "God"},
		{"what one is involved in is no place", "H\n\nThe company was involved in Andromeda, officials said.", graph.Place, "Andromeda"},
		{"a possessor after in is no place", "H\n\nThe bill was debated in Zentria's parliament on Monday.", graph.Place, "Zentria"},
		{"a continent's adjective is no body", "H\n\nKorvan, the European consumer organisation, welcomed the move.", graph.Organization, "European"},
		{"a company's short name is no service", "H\n\nZentro Holdings said on Monday that Zentro would comply with the bill.", graph.Service, "Zentro"},
		{"a model number is no brand", "H\n\nThe army flew F16 jets over the city.", graph.Organization, "F16"},
		{"a name before a count is not numbered", "H\n\nThe regulator fined Korva Inc 20 million euros.", graph.Organization, "Korva Inc 20"},
		{"two parties are not one", "H\n\nThe Labour and Conservative party leaders met.", graph.Organization, "Labour and Conservative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2022-05-10")
			if e := entityNamed(x, tt.kind, tt.form); e != nil {
				t.Errorf("%s %q extracted", e.Kind, e.Name)
			}
		})
	}
}

func TestExtractRelationsRound2(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		typ       graph.RelationType
		subj, obj string
	}{
		{"a state's body after its name speaks", "H\n\nZentria's parliament passed a law that would punish online posts with prison terms. The U.S. State Department said the law's broad definitions could undermine journalists.",
			graph.Opposes, "State Department", "punish online posts"},
		{"an unnamed minister named when speaking next", "H\n\nOSLO (Reuters) - Norway's culture minister on Thursday proposed a law giving people copyright over their own faces.\n\nArvo Lind said the law would let people demand that platforms remove deepfakes.",
			graph.HoldsRole, "Arvo Lind", "Norway"},
		{"a title after a state's possessive with plain words", "H\n\nArvo Lind, Estonia's military intelligence chief, told the council that foreign services could read messages.",
			graph.HoldsRole, "Arvo Lind", "Estonia"},
		{"its before a title is the body just named", "H\n\nThe rights group Zentro Watch condemned the decision. \"This is censorship,\" said its director Arvo Lind.",
			graph.HoldsRole, "Arvo Lind", "Zentro Watch"},
		{"a company's national arm is a unit of the parent", "H\n\nZentel Ethiopia, a unit of Kenya's Zentel, did not respond to requests for comment.",
			graph.Owns, "Zentel", "Zentel Ethiopia"},
		{"a title in apposition before a ranked name", "H\n\nMali's junta leader, Colonel Arvo Lind, said the situation was under control.",
			graph.HoldsRole, "Arvo Lind", "Mali"},
		{"a treasurer serves the state", "H\n\nCANBERRA (Reuters) - Australia will impose a levy on platforms, Assistant Treasurer Mira Sand said on Thursday.",
			graph.HoldsRole, "Mira Sand", "Australia"},
		{"the outlet keeps publishing on services", "H\n\nThe ministry blocked the independent news outlet Zarya on Monday. Its founder, Arvo Lind, said the outlet would keep publishing on Instagram and YouTube.",
			graph.Uses, "Zarya", "YouTube"},
		{"a company's list of services", "H\n\nThe rule covers Zentro Corp's Korva, Fjord Inc's TikTok and Telegram.",
			graph.Owns, "Fjord Inc", "TikTok"},
		{"a city's governor", "H\n\nRio de Janeiro Governor Mira Sand said the state would hire guards.",
			graph.HoldsRole, "Mira Sand", "Rio de Janeiro"},
		{"an attack dated before the story's without an article", "H\n\nBRASILIA (Reuters) - A man killed four children at a daycare centre in Blumenau on Wednesday. In November, a gunman killed four people in shootings at two schools in Aracruz.",
			graph.OccurredIn, "in Aracruz", "Aracruz"},
		{"the one who carried out the attack named in apposition", "H\n\nBRASILIA (Reuters) - A man killed four children at a daycare centre in Blumenau on Wednesday. The man who carried out the Blumenau attack, Pedro Alves Lima, turned himself in.",
			graph.Perpetrated, "Pedro Alves Lima", "Blumenau"},
		{"a governor governs the state before the title", "H\n\nOhio Governor Mira Sand signed the bill on Monday.",
			graph.HoldsRole, "Mira Sand", "Ohio"},
		{"a chief minister governs the province", "H\n\nSindh's Chief Minister Arvo Lind condemned the attack.",
			graph.HoldsRole, "Arvo Lind", "Sindh"},
		{"a bare governor governs the story's state", "H\n\nCOLUMBUS (Reuters) - Ohio lawmakers passed a bill requiring app stores to verify ages. Governor Mira Sand said she would sign it.",
			graph.HoldsRole, "Mira Sand", "Ohio"},
		{"an office of a body speaks for it", "H\n\nThe government proposed a bill that would require messaging apps to scan private chats. Amnesty International's Kenya office said the bill would harm free speech.",
			graph.Opposes, "Amnesty International", "scan private chats"},
		{"a title's country is the dateline's that the headline names", "Germany bans Chinese parts\n\nBERLIN (Reuters) - Germany will ban parts made by China's Zentro Corp, according to a draft. Interior Minister Arvo Lind said the ban was needed. China's embassy said the plan was unfair to Chinese companies.",
			graph.HoldsRole, "Arvo Lind", "Germany"},
		{"a title's country is the story's when the headline names another", "Poland fines Zentro Corp\n\nBRUSSELS (Reuters) - Poland on Monday fined Zentro Corp. Digital Minister Arvo Lind said Poland would not back down. Poland also asked the European Commission to act.",
			graph.HoldsRole, "Arvo Lind", "Poland"},
		{"a town before the attack it names", "H\n\nLONDON (Reuters) - Police asked for new powers after the riots that followed the Kettering stabbings, officials said.",
			graph.OccurredIn, "stabbing", "Kettering"},
		{"a gunman killed a count of victims", "H\n\nOSLO (Reuters) - Police chief Arvo Lind called for access to encrypted chats on Thursday, three days after a gunman killed two football fans in Bergen.",
			graph.OccurredIn, "shooting", "Bergen"},
		{"a group's fighters targeted the sites", "H\n\nDAKAR (Reuters) - Gunmen attacked a police school in Bamako on Tuesday, killing 70 people. The Zentro Front said in a statement that its fighters had targeted the school.",
			graph.Perpetrated, "Zentro Front", "Bamako"},
		{"the group that killed in an older ambush", "H\n\nDAKAR (Reuters) - Gunmen attacked a police school in Bamako on Tuesday, killing 70 people. The Zentro Front claimed the attack. The group also killed at least 21 soldiers in an ambush near Boulkessi in June.",
			graph.Perpetrated, "Zentro Front", "Boulkessi"},
		{"the capital before the attack's town", "H\n\nDAKAR (Reuters) - Gunmen attacked a police school in Mali's capital Bamako on Tuesday, killing 70 people.",
			graph.OccurredIn, "attack", "Bamako"},
		{"an older attack is an attack of its own", "H\n\nKARACHI (Reuters) - A bomb exploded at a bus station in Hyderabad on Saturday, killing 12 people. The Sindh Freedom Front claimed the bombing. The group also carried out an attack on a police post in Sukkur in March, killing four officers.",
			graph.OccurredIn, "in Sukkur", "Sukkur"},
		{"the older attack's group", "H\n\nKARACHI (Reuters) - A bomb exploded at a bus station in Hyderabad on Saturday, killing 12 people. The Sindh Freedom Front claimed the bombing. The group also carried out an attack on a police post in Sukkur in March, killing four officers.",
			graph.Perpetrated, "Sindh Freedom Front", "attack in Sukkur"},
		{"the story's attack keeps its place", "H\n\nKARACHI (Reuters) - A bomb exploded at a bus station in Hyderabad on Saturday, killing 12 people. The Sindh Freedom Front claimed the bombing. The group also carried out an attack on a police post in Sukkur in March, killing four officers.",
			graph.OccurredIn, "bombing", "Hyderabad"},
		{"an attack recalled beside the story's own", "H\n\nSOFIA (Reuters) - A gunman shot dead three people at a cafe in Varna on Monday. The attack by a 22-year-old man, Petar Ivanov, was the deadliest since a bombing at Burgas airport in 2012.",
			graph.OccurredIn, "bombing", "Burgas"},
		{"the story's attacker in a sentence that recalls another attack", "H\n\nSOFIA (Reuters) - A gunman shot dead three people at a cafe in Varna on Monday. The attack by a 22-year-old man, Petar Ivanov, was the deadliest since a bombing at Burgas airport in 2012.",
			graph.Perpetrated, "Petar Ivanov", "in Varna"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2022-05-10")
			if !hasRelation(x, tt.typ, tt.subj, tt.obj) {
				t.Errorf("no %s %q -> %q; got %v", tt.typ, tt.subj, tt.obj, relationLines(x))
			}
		})
	}
}

func TestExtractNoRelationRound2(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		typ       graph.RelationType
		subj, obj string
	}{
		{"a last item without an owner is no one's", "H\n\nThe rule covers Zentro Corp's Korva, Fjord Inc's TikTok and Telegram.",
			graph.Owns, "Fjord Inc", "Telegram"},
		{"a participle after its noun is not the subject's use", "H\n\nThe ministry said images shared on Telegram by gangs were a threat.",
			graph.Uses, "ministry", "Telegram"},
		{"the state before its body does not speak", "H\n\nZentria's parliament passed a law that would punish online posts with prison terms. The U.S. State Department said the law's broad definitions could undermine journalists.",
			graph.Opposes, "United States", "punish online posts"},
		{"a premier is no region's", "H\n\nLAHORE (Reuters) - The assembly of Punjab province passed the bill. Lawmakers from the party of jailed former premier Arvo Lind tore up copies of it.",
			graph.HoldsRole, "Arvo Lind", "Punjab"},
		{"a bare governor serves no region when the story names several", "H\n\nBRASILIA (Reuters) - Police in Sergipe and Bahia states said they had made arrests. Governor Mira Sand said she would hire guards.",
			graph.HoldsRole, "Mira Sand", "Sergipe"},
		{"the story's attack is not the older one's place", "H\n\nBRASILIA (Reuters) - A man killed four children at a daycare centre in Blumenau on Wednesday. In November, a gunman killed four people in shootings at two schools in Aracruz.",
			graph.OccurredIn, "in Blumenau", "Aracruz"},
		{"a person named later who does not speak first holds no unnamed office", "H\n\nBUCHAREST (Reuters) - Romania's digital minister said on Tuesday that the platform had failed to label paid content.\n\nThe request follows a surge of support for candidate Arvo Lind, who won the first round.",
			graph.HoldsRole, "Arvo Lind", "Romania"},
		{"its after an app is not the court's", "H\n\nA Supreme Court judge ordered the suspension of social media platform Korva, after its owner Arvo Lind refused to name a representative.",
			graph.HoldsRole, "Arvo Lind", "Supreme Court"},
		{"a unit does not own its parent", "H\n\nZentel Ethiopia, a unit of Kenya's Zentel, did not respond to requests for comment.",
			graph.Owns, "Zentel Ethiopia", "Zentel"},
		{"a country's people use the app, not the company", "H\n\nZentro Corp welcomed the decision and said it hoped Iranians would soon be able to use Instagram freely.",
			graph.Uses, "Zentro Corp", "Instagram"},
		{"a governor does not govern the country", "H\n\nCOLUMBUS (Reuters) - Ohio lawmakers passed a bill requiring app stores to verify ages. Governor Mira Sand said she would sign it.",
			graph.HoldsRole, "Mira Sand", "United States"},
		{"a title's country is not another phrase's", "Germany bans Chinese parts\n\nBERLIN (Reuters) - Germany will ban parts made by China's Zentro Corp, according to a draft. Interior Minister Arvo Lind said the ban was needed. China's embassy said the plan was unfair to Chinese companies.",
			graph.HoldsRole, "Arvo Lind", "China"},
		{"an office's country does not speak", "H\n\nThe government proposed a bill that would require messaging apps to scan private chats. Amnesty International's Kenya office said the bill would harm free speech.",
			graph.Opposes, "Kenya", "scan private chats"},
		{"the acronym IT is no pronoun", "H\n\nZentro Corp launched a new app on Monday. Deputy IT Minister Arvo Lind said the government would propose a law requiring apps to store data locally.",
			graph.Proposed, "Zentro Corp", "store data locally"},
		{"a group a name is linked to did not claim", "H\n\nDAKAR (Reuters) - Gunmen attacked a police school in Bamako on Tuesday, killing 70 people. An al Qaeda-linked group claimed responsibility for the attack.",
			graph.Perpetrated, "al Qaeda", "Bamako"},
		{"the story's attack is not placed where an older one was", "H\n\nSOFIA (Reuters) - A gunman shot dead three people at a cafe in Varna on Monday. The attack by a 22-year-old man, Petar Ivanov, was the deadliest since a bombing at Burgas airport in 2012.",
			graph.OccurredIn, "in Varna", "Burgas"},
		{"the attacker of today did not carry out the older attack", "H\n\nSOFIA (Reuters) - A gunman shot dead three people at a cafe in Varna on Monday. The attack by a 22-year-old man, Petar Ivanov, was the deadliest since a bombing at Burgas airport in 2012.",
			graph.Perpetrated, "Petar Ivanov", "Burgas"},
		{"the same attack told again is no older one", "H\n\nKARACHI (Reuters) - A bomb exploded at a bus station in Hyderabad on Saturday, killing 12 people. The Sindh Freedom Front said it had carried out the bombing.",
			graph.OccurredIn, "bombing", "Karachi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2022-05-10")
			if hasRelation(x, tt.typ, tt.subj, tt.obj) {
				t.Errorf("got %s %q -> %q", tt.typ, tt.subj, tt.obj)
			}
		})
	}
}

func TestExtractNoAttackRound2(t *testing.T) {
	tests := []struct{ name, text string }{
		{"an assault on rights", "H\n\nThe union called the law an assault on young people's free speech rights and urged parents to complain."},
		{"an attack against press freedom", "H\n\nEditors said the raid was an attack against press freedom that would frighten people into silence."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2022-05-10")
			for _, e := range x.Entities {
				if e.Kind == graph.Attack {
					t.Errorf("attack %q extracted", e.Name)
				}
			}
		})
	}
}
