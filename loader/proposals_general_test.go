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
		{"the ban is the measure that blocks", "H\n\nTIRANA (Reuters) - Albania will block the Zavo app for a year, Prime Minister Arben Kola said. He also urged the European Commission to examine whether the app's algorithm breaks EU rules.\n\nThe opposition Democratic Party slammed the ban as an attack on free speech.",
			graph.Opposes, "Democratic Party", "block the Zavo app"},
		{"urged to pass the bill: the bill told before, put to them", "H\n\nWASHINGTON (Reuters) - Senator Ann Reed on Monday introduced a bill that would require social media platforms to protect children.\n\nPresident Joe Biden urged the House of Representatives to pass the bill quickly.",
			graph.AddressedTo, "protect children", "House of Representatives"},
		{"urged to pass another's bill backs it", "H\n\nWASHINGTON (Reuters) - Senator Ann Reed on Monday introduced a bill that would require social media platforms to protect children.\n\nPresident Joe Biden urged the House of Representatives to pass the bill quickly.",
			graph.Supports, "Joe Biden", "protect children"},
		{"a named act which was introduced by", "H\n\nWASHINGTON (Reuters) - The Senate on Tuesday passed a bill that would require social media platforms to protect children.\n\nThe Kids Online Safety Act, which was introduced by Senator Ann Reed and Senator Tom Hale, would make companies liable.",
			graph.Proposed, "Tom Hale", "protect children"},
		{"wants a class of actors to do something", "H\n\nBERLIN (Reuters) - Germany's Interior Ministry wants telecoms operators to remove components made by Zentro Corp from their networks by 2026.",
			graph.Proposed, "Interior Ministry", "remove components"},
		{"politically motivated", "H\n\nBERLIN (Reuters) - Germany on Monday proposed a law requiring operators to remove parts made by Zentro Corp from their networks.\n\nZentro Corp said the plan was politically motivated.",
			graph.Opposes, "Zentro Corp", "remove parts"},
		{"unnamed officials pushing for something", "H\n\nLONDON (Reuters) - Britain's police chiefs are pushing for access to the passport database to run facial recognition searches.\n\nThe National Police Chiefs' Council put the proposal to Home Secretary Yvette Cooper in a letter last month.",
			graph.Proposed, "National Police Chiefs' Council", "passport database"},
		{"the proposal put to a minister named before", "H\n\nLONDON (Reuters) - Britain's police chiefs are pushing for access to the passport database to run facial recognition searches.\n\nThe National Police Chiefs' Council put the proposal to Home Secretary Yvette Cooper in a letter last month.",
			graph.AddressedTo, "passport database", "Yvette Cooper"},
		{"lawmakers from a party table a bill", "H\n\nSEOUL (Reuters) - President Lee Min-ho has called for a thorough investigation, and lawmakers from the ruling Unity Party on Tuesday tabled a bill that would make possessing deepfake pornography a crime.",
			graph.Proposed, "Unity Party", "possessing deepfake"},
		{"members of a party criticise", "H\n\nSEOUL (Reuters) - The government on Monday proposed a bill that would make possessing deepfake pornography a crime.\n\nMembers of the opposition Unity Party criticised the bill.",
			graph.Opposes, "Unity Party", "possessing deepfake"},
		{"a service asked to act", "H\n\nCHISINAU (Reuters) - Moldova's Information and Security Service has asked Telegram to close dozens of channels it says spread disinformation.",
			graph.Proposed, "Information and Security Service", "close dozens of channels"},
		{"the request sent in a letter to a service's founder", "H\n\nCHISINAU (Reuters) - Moldova's Information and Security Service has asked Telegram to close dozens of channels it says spread disinformation.\n\nPresident Maia Sandu said on Friday the request was sent in a letter to Telegram founder Pavel Durov last week.",
			graph.AddressedTo, "close dozens of channels", "Pavel Durov"},
		{"companies such as those a bill binds", "H\n\nWASHINGTON (Reuters) - The Senate on Tuesday passed a bill that would require social media platforms to protect children.\n\nThe bill would make companies such as Zentro Corp and Fjordnet ASA liable if they fail to limit addictive features.",
			graph.AddressedTo, "protect children", "Fjordnet ASA"},
		{"under the draft, companies such as", "H\n\nHANOI (Reuters) - Vietnam's Ministry of Information and Communications has drafted a decree that would require foreign social media companies to store users' data inside the country.\n\nUnder the draft, companies such as Zentro Corp would also have to remove illegal content within 24 hours.",
			graph.AddressedTo, "store users' data", "Zentro Corp"},
		{"told a news conference the rules were needed", "H\n\nHANOI (Reuters) - Vietnam's Ministry of Information and Communications has drafted a decree that would require foreign social media companies to store users' data inside the country.\n\nDeputy Minister Nguyen Van Hai told a news conference the rules were needed to fight online fraud.",
			graph.Supports, "Nguyen Van Hai", "store users' data"},
		{"welcomed the vote on the amendment", "H\n\nPRAGUE (Reuters) - Czech lawmakers on Wednesday approved an amendment that would let police seize firearms from people deemed a threat, which was drafted by Interior Minister Jan Novak.\n\nThe gun owners' association LEX said it would ask the Constitutional Court to review the changes.\n\nNational police chief Petr Dvorak welcomed the vote.",
			graph.Supports, "Petr Dvorak", "seize firearms"},
		{"told a class of actors on a weekday to", "H\n\nNEW DELHI (Reuters) - India's technology ministry told social media companies on Friday to label content generated by artificial intelligence.\n\nThe advisory, which was sent to companies including Zentro Corp and Fjordnet ASA, also asks platforms to warn users that sharing deepfakes is a crime.",
			graph.Proposed, "India", "label content"},
		{"the advisory, which was sent to companies including", "H\n\nNEW DELHI (Reuters) - India's technology ministry told social media companies on Friday to label content generated by artificial intelligence.\n\nThe advisory, which was sent to companies including Zentro Corp and Fjordnet ASA, also asks platforms to warn users that sharing deepfakes is a crime.",
			graph.AddressedTo, "label content", "Fjordnet ASA"},
		{"welcomed the advisory", "H\n\nNEW DELHI (Reuters) - India's technology ministry told social media companies on Friday to label content generated by artificial intelligence.\n\nThe advisory, which was sent to companies including Zentro Corp and Fjordnet ASA, also asks platforms to warn users that sharing deepfakes is a crime.\n\nIndustry body Nasscom welcomed the advisory.",
			graph.Supports, "Nasscom", "label content"},
		{"called it unlawful", "H\n\nNEW DELHI (Reuters) - India's technology ministry told social media companies on Friday to label content generated by artificial intelligence.\n\nThe advisory, which was sent to companies including Zentro Corp and Fjordnet ASA, also asks platforms to warn users that sharing deepfakes is a crime.\n\nThe Internet Freedom Foundation called the advisory vague and unlawful.",
			graph.Opposes, "Internet Freedom Foundation", "label content"},
		{"a bad move", "H\n\nNEW DELHI (Reuters) - India's technology ministry told social media companies on Friday to label content generated by artificial intelligence.\n\nThe advisory, which was sent to companies including Zentro Corp and Fjordnet ASA, also asks platforms to warn users that sharing deepfakes is a crime.\n\nAravind Srinivas, chief executive of Perplexity, said the rule was a bad move for India.",
			graph.Opposes, "Aravind Srinivas", "label content"},
		{"the measure would help", "H\n\nLIMA (Reuters) - Peru's Congress on Thursday approved a bill that would require mobile operators to block stolen phones within two hours.\n\nInterior Minister Juan Jose Santivanez said the measure would help police and asked operators to share the location of stolen phones with investigators.",
			graph.Supports, "Juan Jose Santivanez", "block stolen phones"},
		{"called the bill a good first step", "H\n\nLIMA (Reuters) - Peru's Congress on Thursday approved a bill that would require mobile operators to block stolen phones within two hours.\n\nConsumer group Aspec called the bill a good first step.",
			graph.Supports, "Aspec", "block stolen phones"},
		{"ordered the dissolution of", "H\n\nOTTAWA (Reuters) - Canada on Wednesday ordered the dissolution of Zentro Corp's Canadian business after a national security review.",
			graph.Proposed, "Canada", "dissolution"},
		{"members, including a named one, backed", "H\n\nBRUSSELS (Reuters) - European Commissioner Thierry Breton on Monday urged Elon Musk in a letter to make sure that X removes illegal content.\n\nSeveral European Parliament members, including German lawmaker Alexandra Geese, backed Breton's demand.",
			graph.Supports, "Alexandra Geese", "illegal content"},
		{"demanded that a country provide", "H\n\nBEIJING (Reuters) - China on Thursday demanded that Canada provide a fair business environment for Chinese companies.",
			graph.AddressedTo, "fair business environment", "Canada"},
		{"offered to pay", "H\n\nROME (Reuters) - Zentro Corp said on Friday it had offered to pay a smaller penalty to settle the case.",
			graph.Proposed, "Zentro Corp", "smaller penalty"},
		{"a letter opening the sentence names whom a call is put to", "H\n\nBERLIN (Reuters) - In a letter to the European Commission, Justice Minister Lena Hoff called for an EU-wide ban on spyware.",
			graph.AddressedTo, "ban on spyware", "European Commission"},
		{"the proposal, which X unveiled, would", "H\n\nBERLIN (Reuters) - The proposal, which Justice Minister Lena Hoff unveiled on Monday, would let police hack phones.",
			graph.Proposed, "Lena Hoff", "hack phones"},
		{"under the plan, told by its author", "H\n\nBERLIN (Reuters) - Under the plan, messaging services would have to scan images for abuse material, Justice Minister Lena Hoff said.",
			graph.Proposed, "Lena Hoff", "scan images"},
		{"objected to", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nZentro Corp objected to the proposal.",
			graph.Opposes, "Zentro Corp", "hack phones"},
		{"threw his weight behind", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nChancellor Olaf Scholz threw his weight behind the law.",
			graph.Supports, "Olaf Scholz", "hack phones"},
		{"would make everyone less safe", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nThe Chaos Computer Club said the law would make everyone less safe.",
			graph.Opposes, "Chaos Computer Club", "hack phones"},
		{"would harm users", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nZentro Corp said the law would harm users.",
			graph.Opposes, "Zentro Corp", "hack phones"},
		{"would vote against", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nOpposition leader Karl Brandt said he would vote against the bill.",
			graph.Opposes, "Karl Brandt", "hack phones"},
		{"joined calls for it to be scrapped", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nThe Green Party joined calls for the law to be scrapped.",
			graph.Opposes, "Green Party", "hack phones"},
		{"threatened to block the bill", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nThe Free Democrats have threatened to block the bill in parliament.",
			graph.Opposes, "Free Democrats", "hack phones"},
		{"appealed to a body to act", "H\n\nBERLIN (Reuters) - Interior Minister Jonas Weber appealed to the European Commission to ban the sale of spyware.",
			graph.AddressedTo, "ban the sale", "European Commission"},
		{"gave a company hours to act", "H\n\nBERLIN (Reuters) - Interior Minister Jonas Weber gave Zentro Corp 24 hours to remove the channels.",
			graph.AddressedTo, "remove the channels", "Zentro Corp"},
		{"instructed an agency to act", "H\n\nBERLIN (Reuters) - Interior Minister Jonas Weber instructed the Federal Network Agency to block the app.",
			graph.AddressedTo, "block the app", "Federal Network Agency"},
		{"asked a company for access to", "H\n\nBERLIN (Reuters) - Interior Minister Jonas Weber has asked Zentro Corp for access to the suspect's messages.",
			graph.Proposed, "Jonas Weber", "access to the suspect"},
		{"ask parliament next month for", "H\n\nBERLIN (Reuters) - Interior Minister Jonas Weber said he would ask parliament next month for powers to block apps.",
			graph.AddressedTo, "powers to block apps", "Parliament"},
		{"demanded something from a company", "H\n\nBERLIN (Reuters) - Interior Minister Jonas Weber demanded access to the suspect's messages from Zentro Corp.",
			graph.AddressedTo, "access to the suspect", "Zentro Corp"},
		{"drew criticism from", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nThe proposal drew criticism from Zentro Corp.",
			graph.Opposes, "Zentro Corp", "hack phones"},
		{"has the support of", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nThe proposal has the support of France.",
			graph.Supports, "France", "hack phones"},
		{"critics, including", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nCritics, including Amnesty International, said the plan would undermine privacy.",
			graph.Opposes, "Amnesty International", "hack phones"},
		{"lobbied against", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nZentro Corp and Fjordnet ASA have lobbied against the law.",
			graph.Opposes, "Fjordnet ASA", "hack phones"},
		{"the bill, sponsored by", "H\n\nBRASILIA (Reuters) - A group of senators on Tuesday introduced a bill that would ban all advertising by online betting companies.\n\nThe bill, sponsored by Senator Styvenson Valentim, would also bar clubs from carrying the logos of betting firms.",
			graph.Proposed, "Styvenson Valentim", "advertising"},
		{"the bill, tabled in parliament by", "H\n\nSINGAPORE (Reuters) - Singapore on Monday proposed a law that would let police restrict the bank accounts of scam victims.\n\nThe bill, tabled in parliament by Home Affairs Minister K Shanmugam, would allow police to issue orders to banks.",
			graph.Proposed, "K Shanmugam", "bank accounts"},
		{"a government approving a new bill puts it forward", "H\n\nTOKYO (Reuters) - Japan's government on Friday approved a bill that would let police hack into the servers of hostile actors.",
			graph.Proposed, "Japan", "hack into"},
		{"would seek amendments", "H\n\nTOKYO (Reuters) - Japan's government on Friday approved a bill that would let police hack into the servers of hostile actors.\n\nThe opposition Constitutional Democratic Party said it would seek amendments to protect privacy.",
			graph.Proposed, "Constitutional Democratic Party", "amendments"},
		{"without adequate oversight", "H\n\nTOKYO (Reuters) - Japan's government on Friday approved a bill that would let police hack into the servers of hostile actors.\n\nThe Japan Federation of Bar Associations said the plan would let the state monitor communications without adequate oversight.",
			graph.Opposes, "Japan Federation of Bar Associations", "hack into"},
		{"backed the call for an investigation", "H\n\nWARSAW (Reuters) - Digital Affairs Minister Krzysztof Gawkowski on Monday called on the European Commission to investigate whether Zentro Corp had done enough to stop foreign adverts.\n\nHe also wants platforms to suspend all political advertising in the final week before the vote.\n\nThe Panoptykon Foundation backed the call for an investigation.",
			graph.Supports, "Panoptykon Foundation", "investigate"},
		{"the person who opens the next sentence is the minister described", "H\n\nWARSAW (Reuters) - Poland's digital affairs minister on Monday called on the European Commission to investigate whether Zentro Corp had done enough to stop foreign adverts.\n\nKrzysztof Gawkowski said in a letter to Commission Executive Vice-President Henna Virkkunen that Poland had found dozens of adverts.",
			graph.Proposed, "Krzysztof Gawkowski", "investigate"},
		{"a petition's call of its own", "H\n\nNAIROBI (Reuters) - A committee of Kenya's parliament on Thursday asked Zentro Corp to submit a report on how it removes sexual content, after a petition by a Nairobi businessman called for the app to be banned.\n\nInformation Minister Eliud Owalo opposed the ban.",
			graph.Opposes, "Eliud Owalo", "banned"},
		{"is considering a ban", "H\n\nBERLIN (Reuters) - Germany is considering a ban on the sale of encrypted phones, Interior Minister Jonas Weber said.",
			graph.Proposed, "Germany", "encrypted phones"},
		{"is preparing legislation", "H\n\nBERLIN (Reuters) - The German government is preparing legislation that would force messaging apps to store metadata.",
			graph.Proposed, "Germany", "store metadata"},
		{"moved on a weekday to ban", "H\n\nBERLIN (Reuters) - Germany moved on Monday to ban the Zavo app from government phones.",
			graph.Proposed, "Germany", "Zavo app"},
		{"suggested that", "H\n\nBERLIN (Reuters) - Interior Minister Jonas Weber suggested that messaging apps should be required to hand over data.",
			graph.Proposed, "Jonas Weber", "hand over data"},
		{"told parliament that a law was needed", "H\n\nBERLIN (Reuters) - Interior Minister Jonas Weber told parliament that a law allowing police to hack phones was needed.",
			graph.AddressedTo, "hack phones", "Parliament"},
		{"what the bill told before would do names it", "H\n\nBERLIN (Reuters) - Interior Minister Jonas Weber submitted the bill to parliament on Tuesday. The bill would let police hack phones.",
			graph.Proposed, "Jonas Weber", "hack phones"},
		{"a demand judged paragraphs later is the one the story opened with", "H\n\nCHISINAU (Reuters) - Moldova's Information and Security Service has asked Telegram to close dozens of channels it says spread disinformation.\n\nPresident Maia Sandu said Moldova had also asked the European Commission to put pressure on the company.\n\nThe service wants the channels closed within 10 days, a source said.\n\nBusinessman Ilan Shor slammed the demand as censorship.",
			graph.Opposes, "Ilan Shor", "close dozens"},
		{"a demand judged right after a second one is that one", "H\n\nCHISINAU (Reuters) - Moldova's Information and Security Service has asked Telegram to close dozens of channels it says spread disinformation.\n\nPresident Maia Sandu said Moldova had also asked the European Commission to put pressure on the company.\n\nBusinessman Ilan Shor slammed the demand as censorship.",
			graph.Opposes, "Ilan Shor", "put pressure"},
		{"a country's embassy judges for it", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nChina's embassy in Berlin slammed the plan as discriminatory.",
			graph.Opposes, "China", "hack phones"},
		{"shared the goal but urged another way", "H\n\nOSLO (Reuters) - Norway's government on Friday proposed a law that would set an age limit of 15 for social media.\n\nMeta Platforms said it shared the goal but urged the government to place the responsibility for age checks on app stores.",
			graph.Opposes, "Meta Platforms", "age limit"},
		{"received a request from X to", "H\n\nBERLIN (Reuters) - Zentro Corp received a request from the Federal Police to unlock the phone.",
			graph.Proposed, "Federal Police", "unlock the phone"},
		{"the receiver of a request is asked", "H\n\nBERLIN (Reuters) - Zentro Corp received a request from the Federal Police to unlock the phone.",
			graph.AddressedTo, "unlock the phone", "Zentro Corp"},
		{"rejected a demand from X to", "H\n\nBERLIN (Reuters) - Zentro Corp rejected a demand from Interior Minister Jonas Weber to hand over chat logs.",
			graph.Opposes, "Zentro Corp", "hand over chat logs"},
		{"will submit a joint proposal to", "H\n\nBERLIN (Reuters) - Germany and France will submit a joint proposal to the European Commission to ban spyware sales.",
			graph.Proposed, "France", "spyware"},
		{"a demand that a company hand over", "H\n\nBERLIN (Reuters) - Germany's demand that Zentro Corp hand over chat logs drew criticism from privacy groups.",
			graph.AddressedTo, "hand over chat logs", "Zentro Corp"},
		{"published a bill", "H\n\nDUBLIN (Reuters) - Ireland's justice minister on Tuesday published a bill that would allow police to use facial recognition technology.\n\nJim O'Callaghan said the bill included safeguards.",
			graph.Proposed, "Jim O'Callaghan", "facial recognition"},
		{"pressed for the powers and welcomed the bill", "H\n\nDUBLIN (Reuters) - Ireland's justice minister on Tuesday published a bill that would allow police to use facial recognition technology.\n\nJim O'Callaghan said the bill included safeguards.\n\nThe Garda Representative Association has long pressed for the powers and welcomed the bill.",
			graph.Supports, "Garda Representative Association", "facial recognition"},
		{"urged lawmakers to reject the bill", "H\n\nDUBLIN (Reuters) - Ireland's justice minister on Tuesday published a bill that would allow police to use facial recognition technology.\n\nJim O'Callaghan said the bill included safeguards.\n\nThe Irish Council for Civil Liberties urged lawmakers to reject the bill.",
			graph.Opposes, "Irish Council for Civil Liberties", "facial recognition"},
		{"sent Congress a bill", "H\n\nMEXICO CITY (Reuters) - Mexican President Claudia Sheinbaum on Wednesday sent Congress a bill that would create a new telecommunications agency.",
			graph.AddressedTo, "telecommunications agency", "Congress"},
		{"impose a charge on platforms such as", "H\n\nSYDNEY (Reuters) - Australia will impose a charge on large digital platforms such as Meta Platforms and Google that do not sign deals to pay news publishers.\n\nThe charge is designed to push the companies back to the table after Meta said it would stop paying for news content in Australia.\n\nMeta rejected the plan, saying it misunderstood how its platforms work.",
			graph.AddressedTo, "impose a charge", "Google"},
		{"no one rejects its own plan", "H\n\nSYDNEY (Reuters) - Australia will impose a charge on large digital platforms such as Meta Platforms and Google that do not sign deals to pay news publishers.\n\nThe charge is designed to push the companies back to the table after Meta said it would stop paying for news content in Australia.\n\nMeta rejected the plan, saying it misunderstood how its platforms work.",
			graph.Opposes, "Meta Platforms", "impose a charge"},
		{"the bill, which was sponsored by", "H\n\nSALT LAKE CITY (Reuters) - Utah lawmakers on Wednesday passed a bill that would require Apple and Google to verify the ages of users.\n\nGovernor Spencer Cox said he would sign the bill, which was sponsored by state Senator Todd Weiler.\n\nApple urged lawmakers to consider a narrower approach. Google also opposed the bill.",
			graph.Proposed, "Todd Weiler", "verify the ages"},
		{"also opposed the bill after another request", "H\n\nSALT LAKE CITY (Reuters) - Utah lawmakers on Wednesday passed a bill that would require Apple and Google to verify the ages of users.\n\nGovernor Spencer Cox said he would sign the bill, which was sponsored by state Senator Todd Weiler.\n\nApple urged lawmakers to consider a narrower approach. Google also opposed the bill.",
			graph.Opposes, "Google", "verify the ages"},
		{"a law banning, passed by parliament", "H\n\nNEW DELHI (Reuters) - India's parliament on Thursday passed a law banning online games played for money.\n\nThe bill, which was introduced by Information Technology Minister Ashwini Vaishnaw, would also bar banks from processing payments to gaming companies.",
			graph.AddressedTo, "banning online games", "Parliament"},
		{"the bill, which was introduced by, is the law passed", "H\n\nNEW DELHI (Reuters) - India's parliament on Thursday passed a law banning online games played for money.\n\nThe bill, which was introduced by Information Technology Minister Ashwini Vaishnaw, would also bar banks from processing payments to gaming companies.",
			graph.Proposed, "Ashwini Vaishnaw", "banning online games"},
		{"a service named after its kind is asked", "H\n\nANKARA (Reuters) - Turkey's Information and Communication Technologies Authority on Wednesday ordered social media platform X to block more than 700 accounts.",
			graph.Proposed, "Information and Communication Technologies Authority", "block more than 700 accounts"},
		{"urged lawmakers to throw it out", "H\n\nABUJA (Reuters) - Senator Ned Nwoko on Wednesday introduced a bill that would require social media platforms to open offices in Nigeria.\n\nThe Nigerian Bar Association urged lawmakers to throw it out.",
			graph.Opposes, "Nigerian Bar Association", "open offices"},
		{"the order is what was ordered, not what was urged after a mention of it", "H\n\nMANILA (Reuters) - The National Telecommunications Commission on Monday ordered Globe Telecom to block text messages containing links to scam websites within an hour.\n\nCommissioner Ella Lopena said the order was needed to protect consumers, and urged banks to share data on fraudulent accounts with the regulator.\n\nGlobe Telecom said it supported the order but warned that filtering messages could delay legitimate texts.",
			graph.Opposes, "Globe Telecom", "block text messages"},
		{"a spokesman for a company speaks for it", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nA spokesman for Zentro Corp said the plan was unworkable.",
			graph.Opposes, "Zentro Corp", "hack phones"},
		{"the owner's plan endorsed by ministers from two countries", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nHoff's plan was endorsed by interior ministers from France and Italy.",
			graph.Supports, "Italy", "hack phones"},
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

func TestExtractProposalWordsGeneral(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // words the proposal's name holds
		not        string // words it must not end with
	}{
		{"the subject of a clause after the content", "H\n\nCHISINAU (Reuters) - Moldova's Information and Security Service has asked Telegram to close dozens of channels it says spread disinformation.",
			"close dozens of channels", " it"},
		{"the owner of a proposal is no part of its name", "H\n\nBERLIN (Reuters) - Interior Minister Jonas Weber's proposal to let police hack phones was approved by the cabinet on Wednesday.",
			"proposal to let police hack phones", "Weber's proposal to let police hack phones"},
		{"the main verb after a demand ends its words", "H\n\nBERLIN (Reuters) - Germany's demand that Zentro Corp hand over chat logs drew criticism from privacy groups.",
			"hand over chat logs", "privacy groups"},
		{"a preposition left by the word limit", "H\n\nBERLIN (Reuters) - Germany's Interior Ministry wants telecoms operators to remove components made by Zentro Corp from the core of their fifth-generation mobile networks by 2026.",
			"remove components", " by"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2024-05-10")
			found := false
			for _, e := range x.Entities {
				if e.Kind != graph.Proposal || !strings.Contains(e.Name, tt.want) {
					continue
				}
				found = true
				if strings.HasSuffix(e.Name, tt.not) {
					t.Errorf("proposal %q ends with %q", e.Name, tt.not)
				}
			}
			if !found {
				t.Errorf("no proposal holding %q", tt.want)
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
		{"the ban is not the later request", "H\n\nTIRANA (Reuters) - Albania will block the Zavo app for a year, Prime Minister Arben Kola said. He also urged the European Commission to examine whether the app's algorithm breaks EU rules.\n\nThe opposition Democratic Party slammed the ban as an attack on free speech.",
			graph.Opposes, "Democratic Party", "algorithm"},
		{"who asks to pass another's bill did not propose it", "H\n\nWASHINGTON (Reuters) - Senator Ann Reed on Monday introduced a bill that would require social media platforms to protect children.\n\nPresident Joe Biden urged the House of Representatives to pass the bill quickly.",
			graph.Proposed, "Joe Biden", "protect children"},
		{"wants people to know is no measure", "H\n\nBERLIN (Reuters) - Interior Minister Nancy Weber wants voters to know the facts before the election.",
			graph.Proposed, "Nancy Weber", "know the facts"},
		{"unnamed officials make their country no proposer", "H\n\nLONDON (Reuters) - Britain's police chiefs are pushing for access to the passport database to run facial recognition searches.",
			graph.Proposed, "Britain", "passport database"},
		{"the bill of a party's lawmakers is not the president's", "H\n\nSEOUL (Reuters) - President Lee Min-ho has called for a thorough investigation, and lawmakers from the ruling Unity Party on Tuesday tabled a bill that would make possessing deepfake pornography a crime.",
			graph.Proposed, "Lee Min-ho", "possessing deepfake"},
		{"officials met are no subject", "H\n\nSEOUL (Reuters) - Interior Minister Lee Min-ho met officials from the Unity Party and then proposed a bill that would make possessing deepfake pornography a crime.",
			graph.Proposed, "Unity Party", "possessing deepfake"},
		{"firms such as those that fear a bill are not bound by it", "H\n\nWASHINGTON (Reuters) - The Senate on Tuesday passed a bill that would require social media platforms to protect children.\n\nTechnology firms such as Zentro Corp have lobbied against it for months.",
			graph.AddressedTo, "protect children", "Zentro Corp"},
		{"a letter that judges asks nothing", "H\n\nHANOI (Reuters) - Vietnam's Ministry of Information and Communications has drafted a decree that would require foreign social media companies to store users' data inside the country.\n\nThe Asia Internet Coalition said in a letter to Prime Minister Pham Minh Chinh that the decree would drive away investment.",
			graph.Proposed, "Asia Internet Coalition", "store users' data"},
		{"the vote is not on a later request", "H\n\nPRAGUE (Reuters) - Czech lawmakers on Wednesday approved an amendment that would let police seize firearms from people deemed a threat, which was drafted by Interior Minister Jan Novak.\n\nThe gun owners' association LEX said it would ask the Constitutional Court to review the changes.\n\nNational police chief Petr Dvorak welcomed the vote.",
			graph.Supports, "Petr Dvorak", "review"},
		{"the names in a proposal's relative clause do not ask", "H\n\nNEW DELHI (Reuters) - India's technology ministry told social media companies on Friday to label content generated by artificial intelligence.\n\nThe advisory, which was sent to companies including Zentro Corp and Fjordnet ASA, also asks platforms to warn users that sharing deepfakes is a crime.",
			graph.Proposed, "Fjordnet ASA", "warn users"},
		{"bad actors judge nothing", "H\n\nLIMA (Reuters) - Peru's Congress on Thursday approved a bill that would require mobile operators to block stolen phones within two hours.\n\nZentro Corp said bad actors would find ways around the rule.",
			graph.Opposes, "Zentro Corp", "block stolen phones"},
		{"the group whose member is named does not back", "H\n\nBRUSSELS (Reuters) - European Commissioner Thierry Breton on Monday urged Elon Musk in a letter to make sure that X removes illegal content.\n\nSeveral European Parliament members, including German lawmaker Alexandra Geese, backed Breton's demand.",
			graph.Supports, "European Parliament", "illegal content"},
		{"offered condolences proposes nothing", "H\n\nROME (Reuters) - Prime Minister Anna Rossi offered condolences to the families of the victims on Friday.",
			graph.Proposed, "Anna Rossi", "condolences"},
		{"the country in a demand's clause is no demander", "H\n\nBEIJING (Reuters) - China on Thursday demanded that Canada provide a fair business environment for Chinese companies.",
			graph.Proposed, "Canada", "fair business environment"},
		{"a letter opening the sentence is no proposal of its own", "H\n\nBERLIN (Reuters) - In a letter to the European Commission, Justice Minister Lena Hoff called for an EU-wide ban on spyware.",
			graph.AddressedTo, "letter", "European Commission"},
		{"under the plan told before adds no new plan", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday unveiled a plan to make messaging services scan images for abuse material.\n\nUnder the plan, services would have to report matches to police within a day, Hoff said.",
			graph.Proposed, "Lena Hoff", "under which"},
		{"protect from harm is praise", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nJustice Minister Lena Hoff said the law would protect young people from harm.",
			graph.Opposes, "Lena Hoff", "hack phones"},
		{"lifting a ban no one proposed undoes no other proposal", "H\n\nISLAMABAD (Reuters) - The Islamabad High Court on Monday asked the government to restore access to X within a week.\n\nThe Pakistan Peoples Party urged the government to lift the ban.",
			graph.Opposes, "Pakistan Peoples Party", "restore access"},
		{"gave a speech demands nothing", "H\n\nBERLIN (Reuters) - Justice Minister Lena Hoff on Monday proposed a law that would let police hack phones.\n\nJustice Minister Lena Hoff gave a speech to parliament to defend the plan.",
			graph.AddressedTo, "speech", "Parliament"},
		{"the content before from keeps its own words", "H\n\nBERLIN (Reuters) - Interior Minister Jonas Weber demanded access to the suspect's messages from Zentro Corp.",
			graph.Proposed, "Jonas Weber", "from Zentro"},
		{"it that stands for the speaker is not the bill", "H\n\nTOKYO (Reuters) - Japan's government on Friday approved a bill that would let police hack into the servers of hostile actors.\n\nThe opposition Constitutional Democratic Party said it would seek amendments to protect privacy.",
			graph.Supports, "Constitutional Democratic Party", "hack into"},
		{"backed by is no authorship", "H\n\nBRASILIA (Reuters) - A group of senators on Tuesday introduced a bill that would ban all advertising by online betting companies.\n\nThe bill, backed by the Brazilian Federation of Banks, would also bar clubs from carrying the logos of betting firms.",
			graph.Proposed, "Brazilian Federation of Banks", "advertising"},
		{"a petition's call is not the committee's request", "H\n\nNAIROBI (Reuters) - A committee of Kenya's parliament on Thursday asked Zentro Corp to submit a report on how it removes sexual content, after a petition by a Nairobi businessman called for the app to be banned.",
			graph.Proposed, "Parliament", "banned"},
		{"urged to reject the bill is no proposal of its own", "H\n\nDUBLIN (Reuters) - Ireland's justice minister on Tuesday published a bill that would allow police to use facial recognition technology.\n\nJim O'Callaghan said the bill included safeguards.\n\nThe Irish Council for Civil Liberties urged lawmakers to reject the bill.",
			graph.Proposed, "Irish Council for Civil Liberties", "reject"},
		{"published a report proposes nothing", "H\n\nDUBLIN (Reuters) - The Irish Council for Civil Liberties on Tuesday published a report on police use of facial recognition.",
			graph.Proposed, "Irish Council for Civil Liberties", "report"},
		{"a government defending its bill does not judge another's demand", "H\n\nLONDON (Reuters) - Britain on Monday published the Online Safety Bill, which would let the regulator require apps to scan messages.\n\nZentro Corp urged the government to write explicit protection for encryption into the bill.\n\nThe government has said the bill does not amount to a ban on encryption.",
			graph.Opposes, "United Kingdom", "explicit protection"},
		{"considering the evidence proposes nothing", "H\n\nBERLIN (Reuters) - The court is considering the evidence against Zentro Corp, Judge Anna Berg said.",
			graph.Proposed, "Anna Berg", "evidence"},
		{"a law said to be in force is no call", "H\n\nBERLIN (Reuters) - Interior Minister Jonas Weber said a law passed in 2019 was enough.",
			graph.Proposed, "Jonas Weber", "2019"},
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
