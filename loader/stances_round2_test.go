package loader_test

import (
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// The cases below are constructions of news English for stances,
// proposers and addressees, written apart from any corpus story; the
// names are made up.

func TestExtractStancesRound2(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		typ       graph.RelationType
		subj, obj string
	}{
		{"a deadline given to a class named by example", "H\n\nOSLO (Reuters) - Norway on Thursday gave social media companies including Zentro Corp and Fjordnet ASA seven days to register with the government.",
			graph.AddressedTo, "register with the government", "Zentro Corp"},
		{"a deadline given to a class: the giver proposes", "H\n\nOSLO (Reuters) - Norway on Thursday gave social media companies including Zentro Corp and Fjordnet ASA seven days to register with the government.",
			graph.Proposed, "Norway", "register with the government"},
		{"who wrote the bill", "H\n\nWASHINGTON (Reuters) - The Senate on Wednesday passed a bill that would require app stores to verify the ages of users.\n\nSenator Ann Reed, who wrote the bill, said it would protect children.",
			graph.Proposed, "Ann Reed", "verify the ages"},
		{"an order requested by a described regulator", "H\n\nLIMA (Reuters) - A court on Thursday ordered internet providers to block access to the Zavo app for 10 days.\n\nThe order, requested by telecoms regulator Osiptel, accuses the app of spreading hatred.",
			graph.Proposed, "Osiptel", "block access"},
		{"an unnamed minister of a country, in a second conjunct", "H\n\nLONDON (Reuters) - Latvia's digital minister said on Tuesday that the Zavo app had failed to label paid political content, and called on the European Commission to open an investigation into the app.",
			graph.Proposed, "Latvia", "investigation"},
		{"an unnamed minister of a country on a weekday", "H\n\nLONDON (Reuters) - Latvia's digital minister on Tuesday called on the European Commission to open an investigation into the Zavo app.",
			graph.AddressedTo, "investigation", "European Commission"},
		{"an unnamed minister is the one the story titles", "H\n\nLONDON (Reuters) - Latvia's interior minister on Tuesday asked Zentro Corp to close accounts linked to the attackers.\n\nThe attack killed four people.\n\nPolice said the gunmen had met online.\n\nInterior Minister Maris Ozols said the company had been too slow.",
			graph.Proposed, "Maris Ozols", "close accounts"},
		{"an unnamed minister is the person who speaks next", "H\n\nLONDON (Reuters) - Latvia's digital minister said on Tuesday that websites had ignored the rules, and called on the European Commission to force platforms to check ages.\n\nIeva Kalnina said the regulator had written to five sites.",
			graph.Proposed, "Ieva Kalnina", "check ages"},
		{"a committee approves what is put to its body", "H\n\nNEW YORK (Reuters) - A United Nations committee on Thursday approved a treaty on cybercrime, which would let governments share electronic evidence.\n\nRussia, which first proposed the treaty, hailed the vote.",
			graph.AddressedTo, "treaty", "United Nations"},
		{"an unnamed court's order is judged", "H\n\nANKARA (Reuters) - A Turkish court on Wednesday ordered the Zavo app to block more than 700 accounts.\n\nThe opposition Unity Party condemned the court order.",
			graph.Opposes, "Unity Party", "block more than 700 accounts"},
		{"urged countries not to ratify it", "H\n\nNEW YORK (Reuters) - Russia urged the United Nations to adopt a global treaty on cybercrime.\n\nHuman Rights Watch said it would let authoritarian governments pursue critics abroad and urged countries not to ratify it.",
			graph.Opposes, "Human Rights Watch", "treaty on cybercrime"},
		{"a country's measure taken", "H\n\nRIGA (Reuters) - Latvia has banned the use of the Zavo messaging app on devices issued to government officials, the National Security Council said on Friday.",
			graph.Proposed, "Latvia", "ban on the use of the Zavo messaging app"},
		{"the body announcing a measure took it", "H\n\nRIGA (Reuters) - Latvia has banned the use of the Zavo messaging app on devices issued to government officials, the National Security Council said on Friday.",
			graph.Proposed, "National Security Council", "ban on the use"},
		{"welcomed the restriction", "H\n\nRIGA (Reuters) - Latvia has banned the use of the Zavo messaging app on devices issued to government officials, the National Security Council said on Friday.\n\nLawmaker Janis Berzins welcomed the restriction.",
			graph.Supports, "Janis Berzins", "ban on the use"},
		{"the decision was justified", "H\n\nRIGA (Reuters) - Latvia has banned the use of the Zavo messaging app on devices issued to government officials, the National Security Council said on Friday.\n\nThe Baltic Media Centre said the decision was justified.",
			graph.Supports, "Baltic Media Centre", "ban on the use"},
		{"a measure on a service named after its kind", "H\n\nTUNIS (Reuters) - Tunisia on Friday blocked the messaging platform Zavo, a week after a gunman killed five people.\n\nThe Tunisian League for Human Rights said the block was unconstitutional.",
			graph.Proposed, "Tunisia", "block on the messaging platform Zavo"},
		{"restricted access to services", "H\n\nKUALA LUMPUR (Reuters) - Malaysia on Sunday restricted access to Zavo and Korva after the bombings.\n\nThe Malaysian Bar Council criticised the restrictions as excessive.",
			graph.Opposes, "Malaysian Bar Council", "restricted access"},
		{"would vote for the ban", "H\n\nBUCHAREST (Reuters) - Prime Minister Ion Popa said he would ask parliament to ban paid political advertising on social media.\n\nThe Save Romania Union said it would vote for the ban.",
			graph.Supports, "Save Romania Union", "ban paid political advertising"},
		{"an embassy concerned, after a court is named", "H\n\nLUSAKA (Reuters) - Zambia's parliament passed a cyber security bill that allows police to intercept communications.\n\nThe Law Association of Zambia said it would challenge the law in the Constitutional Court.\n\nThe United States embassy in Lusaka said in a statement it was concerned the law could be used to restrict freedom of expression.",
			graph.Opposes, "United States", "intercept communications"},
		{"a quotation is what the law was called", "H\n\nLUSAKA (Reuters) - Zambia's parliament passed a cyber security bill that allows police to intercept communications.\n\nOpposition leader Makebi Zulu called the legislation \"a tool of repression\".",
			graph.Opposes, "Makebi Zulu", "intercept communications"},
		{"with no oversight", "H\n\nLUSAKA (Reuters) - Zambia's parliament passed a cyber security bill that allows police to intercept communications.\n\nChapter One Foundation, a civil rights group, said the measure gave police sweeping powers with no oversight.",
			graph.Opposes, "Chapter One Foundation", "intercept communications"},
		{"said blocking violated the constitution", "H\n\nCARACAS (Reuters) - Venezuela's telecoms regulator Conatel on Thursday ordered internet providers to block access to the Zavo app for 10 days.\n\nThe National Union of Press Workers said the block violated the constitution.",
			graph.Opposes, "National Union of Press Workers", "block access"},
		{"vowed to veto it", "H\n\nTBILISI (Reuters) - Georgia's parliament on Tuesday passed a law requiring media funded from abroad to register as foreign agents.\n\nPresident Salome Zourabichvili has vowed to veto it.",
			graph.Opposes, "Salome Zourabichvili", "register as foreign agents"},
		{"a party which proposed the bill", "H\n\nTBILISI (Reuters) - Georgia's parliament on Tuesday passed a law requiring media funded from abroad to register as foreign agents.\n\nThe ruling Georgian Dream party, which proposed the bill, says it will make funding transparent.",
			graph.Proposed, "Georgian Dream", "register as foreign agents"},
		{"a quotation's speaker named after his title", "H\n\nBOGOTA (Reuters) - Colombia's telecoms regulator on Monday proposed rules that would require operators to check the fingerprints of SIM card buyers.\n\n\"Collecting the data of 40 million people is a disproportionate response,\" said its director Carolina Botero.",
			graph.Opposes, "Carolina Botero", "fingerprints"},
		{"a political takeover", "H\n\nBRATISLAVA (Reuters) - Slovakia's government on Wednesday approved a bill that would replace the public broadcaster with a new organisation.\n\nThe broadcaster's director Lubos Machaj said the bill amounted to a political takeover.",
			graph.Opposes, "Lubos Machaj", "replace the public broadcaster"},
		{"the change was needed", "H\n\nBRATISLAVA (Reuters) - Slovakia's government on Wednesday approved a bill that would replace the public broadcaster with a new organisation.\n\nCulture Minister Martina Simkovicova said the change was needed.",
			graph.Supports, "Martina Simkovicova", "replace the public broadcaster"},
		{"a passive future in reported speech", "H\n\nPARIS (Reuters) - Digital Minister Anne Morel said on Tuesday that pornography websites that fail to verify users' ages would be blocked within weeks.",
			graph.Proposed, "Anne Morel", "blocking of pornography websites that fail to verify users' ages"},
		{"a passive future, then a call on another body", "H\n\nPARIS (Reuters) - France's digital minister said on Tuesday that websites that fail to verify users' ages would be blocked within weeks, and called on the European Commission to force platforms across the bloc to do the same.\n\nAnne Morel said the regulator had written to five sites.",
			graph.AddressedTo, "force platforms", "European Commission"},
		{"the sanction of a demand just made is part of it", "H\n\nKATHMANDU (Reuters) - Nepal on Thursday gave social media companies including Zentro Corp and Fjordnet ASA seven days to register with the government, and said platforms that failed to do so would be blocked.\n\nThe Federation of Nepali Journalists condemned the decision.",
			graph.Opposes, "Federation of Nepali Journalists", "register with the government"},
		{"the minister again, after a president is named", "H\n\nBUCHAREST (Reuters) - Romania's digital minister said on Tuesday that the Zavo app had failed to label paid political content, and called on the European Commission to open an investigation into the app.\n\nPresident Ion Popa backed the call, saying foreign interference could not go unanswered.\n\nThe minister also said he would ask parliament to ban paid political advertising on social media.",
			graph.Proposed, "Romania", "ban paid political advertising"},
		{"called it: the proposal the sentence before judged", "H\n\nBUCHAREST (Reuters) - Romania's digital minister on Tuesday called on the European Commission to open an investigation into the Zavo app.\n\nPrime Minister Ion Popa said he would ask parliament to ban paid political advertising on social media.\n\nThe Save Romania Union said it would vote for the ban. The nationalist Unity Party called it an attempt to silence its voters.",
			graph.Opposes, "Unity Party", "ban paid political advertising"},
		{"the push is what was told before, not a plan told later in its sentence", "H\n\nBERLIN (Reuters) - A group of German lawmakers on Wednesday filed a motion asking the Constitutional Court to ban the far-right Homeland Party.\n\nThe Greens backed the push, while the Free Democrats said the party should be defeated at the ballot box.",
			graph.Supports, "Greens", "ban the far-right Homeland Party"},
		{"an attempt to muzzle the media", "H\n\nLAHORE (Reuters) - The Punjab assembly on Monday passed a defamation law that would let tribunals fine people who spread false statements about officials.\n\nThe Federal Union of Journalists said the law was an attempt to muzzle the media.",
			graph.Opposes, "Federal Union of Journalists", "defamation law"},
		{"urged the government to withdraw it", "H\n\nLAHORE (Reuters) - The Punjab assembly on Monday passed a defamation law that would let tribunals fine people who spread false statements about officials.\n\nThe Human Rights Commission urged the government to withdraw it.",
			graph.Opposes, "Human Rights Commission", "defamation law"},
		{"joined the criticism", "H\n\nZAGREB (Reuters) - Croatia's government on Thursday presented a bill that would make news websites legally responsible for comments posted by their readers.\n\nThe Croatian Journalists' Association slammed the plan. The European Federation of Journalists joined the criticism.",
			graph.Opposes, "European Federation of Journalists", "comments posted by their readers"},
		{"warned that the measure's gerund would", "H\n\nKATHMANDU (Reuters) - Nepal on Thursday gave social media companies including Zentro Corp and Fjordnet ASA seven days to register with the government, and said platforms that failed to do so would be blocked.\n\nThe opposition Unity Party said the deadline was unrealistic.\n\nInternet rights group Access Now warned that blocking the platforms would cut off millions of Nepalis working abroad from their families.",
			graph.Opposes, "Access Now", "register with the government"},
		{"the deadline was unrealistic", "H\n\nKATHMANDU (Reuters) - Nepal on Thursday gave social media companies including Zentro Corp and Fjordnet ASA seven days to register with the government.\n\nThe opposition Unity Party said the deadline was unrealistic.",
			graph.Opposes, "Unity Party", "register with the government"},
		{"would use it to: backs the law", "H\n\nJERUSALEM (Reuters) - Israel's parliament on Monday passed a law allowing the government to close foreign news networks deemed a threat to national security, and Prime Minister Dan Levi said he would use it to shut down the Zavo channel's operations in the country.",
			graph.Supports, "Dan Levi", "close foreign news networks"},
		{"would use it to: a plan of its own", "H\n\nJERUSALEM (Reuters) - Israel's parliament on Monday passed a law allowing the government to close foreign news networks deemed a threat to national security, and Prime Minister Dan Levi said he would use it to shut down the Zavo channel's operations in the country.",
			graph.Proposed, "Dan Levi", "shut down the Zavo channel's operations"},
		{"urged to act and called the law an assault", "H\n\nTALLAHASSEE (Reuters) - Florida Governor Ron Hale on Monday signed a law that would bar children under 14 from holding social media accounts.\n\nThe Civil Liberties Union urged parents to contact lawmakers and called the law an assault on young people's free speech rights.",
			graph.Opposes, "Civil Liberties Union", "bar children under 14"},
		{"whose party voted against the bill", "H\n\nJERUSALEM (Reuters) - Israel's parliament on Monday passed a law allowing the government to close foreign news networks.\n\nOpposition lawmaker Yair Golan, whose Labour party voted against the bill, said it was aimed at silencing critics of the government.",
			graph.Opposes, "Labour", "close foreign news networks"},
		{"a chamber approves and sends it on", "H\n\nMONTEVIDEO (Reuters) - Uruguay's Chamber of Deputies on Wednesday approved a bill that would make it a crime to share sexual deepfakes of real people, sending it to the Senate.",
			graph.AddressedTo, "sexual deepfakes", "Senate"},
		{"the text was too broad", "H\n\nMONTEVIDEO (Reuters) - Uruguay's Chamber of Deputies on Wednesday approved a bill that would make it a crime to share sexual deepfakes of real people.\n\nThe Uruguayan Press Association said the text was too broad.",
			graph.Opposes, "Uruguayan Press Association", "sexual deepfakes"},
		{"an embassy called the ban discriminatory", "H\n\nVILNIUS (Reuters) - Lithuania has banned the Zavo app on phones used by ministers, the National Cyber Security Centre said on Tuesday.\n\nChina's embassy in Vilnius called the ban discriminatory and said it would harm relations between the two countries.",
			graph.Opposes, "China", "ban on the Zavo app"},
		{"the bill a measure is part of is a proposal of its own", "H\n\nROME (Reuters) - Education Minister Ana Rossi on Monday presented a plan to ban mobile phones in schools.\n\nThe ban, which would be introduced as part of a wider bill on education, was welcomed by the Parents Association.\n\nThe bill would also cut funding for private schools. The Teachers Union criticised the bill.",
			graph.Opposes, "Teachers Union", "bill on education"},
		{"welcomed by: the agent of the second passive", "H\n\nROME (Reuters) - Education Minister Ana Rossi on Monday presented a plan to ban mobile phones in schools.\n\nThe ban, which would be introduced as part of a wider bill on education, was welcomed by the Parents Association.",
			graph.Supports, "Parents Association", "ban mobile phones"},
		{"criticised the treaty", "H\n\nNEW YORK (Reuters) - A United Nations committee on Thursday approved a treaty on cybercrime, which would let governments share electronic evidence.\n\nZentro Corp criticised the treaty, saying it could turn the industry into a tool of surveillance.",
			graph.Opposes, "Zentro Corp", "treaty"},
		{"praised the agreement", "H\n\nNEW YORK (Reuters) - A United Nations committee on Thursday approved a treaty on cybercrime, which would let governments share electronic evidence.\n\nThe European Union praised the agreement.",
			graph.Supports, "European Union", "treaty"},
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

func TestExtractProposalNamesRound2(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the proposal's name
	}{
		{"a package named by the measure it includes", "H\n\nZAGREB (Reuters) - Croatia's government on Thursday presented a package of changes to media rules, including a provision that would make news websites legally responsible for comments posted by their readers.",
			"provision that would make news websites legally responsible for comments posted by their readers"},
		{"a passive request named as the act", "H\n\nCARACAS (Reuters) - A court on Thursday ordered internet providers to block the Zavo app.\n\nThe Press Workers Union called for the order to be lifted immediately.",
			"lifting of the order"},
		{"a passive request about a service", "H\n\nKYIV (Reuters) - Lawmaker Yaroslav Zhelezniak has called for Zavo to be registered as a media outlet in Ukraine.",
			"registration of Zavo as a media outlet in Ukraine"},
		{"a measure taken named as the measure", "H\n\nRIGA (Reuters) - Latvia has banned the use of the Zavo messaging app on devices issued to government officials.",
			"ban on the use of the Zavo messaging app on devices issued to government officials"},
		{"a passive future named as the act", "H\n\nPARIS (Reuters) - Digital Minister Anne Morel said on Tuesday that pornography websites that fail to verify users' ages would be blocked within weeks.",
			"blocking of pornography websites that fail to verify users' ages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2024-05-10")
			var names []string
			for _, e := range x.Entities {
				if e.Kind == graph.Proposal {
					if e.Name == tt.want {
						return
					}
					names = append(names, e.Name)
				}
			}
			t.Errorf("no proposal named %q; got %q", tt.want, names)
		})
	}
}

func TestExtractNoStancesRound2(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		typ       graph.RelationType
		subj, obj string
	}{
		{"a harsh word among the law's own words", "H\n\nJERUSALEM (Reuters) - Israel's parliament on Monday passed a law allowing the government to close foreign news networks deemed a threat to national security.",
			graph.Opposes, "Parliament", "foreign news networks"},
		{"the order is the subject of accuses", "H\n\nLIMA (Reuters) - A court on Thursday ordered internet providers to block access to the Zavo app for 10 days.\n\nThe order, requested by telecoms regulator Osiptel, accuses the app of spreading hatred.",
			graph.Opposes, "Osiptel", "block access"},
		{"help it fight is a purpose", "H\n\nLUSAKA (Reuters) - Zambia's parliament on Friday passed a cyber security bill that allows police to intercept communications.\n\nThe telecoms regulator ZICTA welcomed the law, saying it would help it fight cybercrime.",
			graph.Opposes, "ZICTA", "intercept communications"},
		{"whether he will sign it", "H\n\nSACRAMENTO (Reuters) - California lawmakers on Wednesday passed a bill that would require developers of large models to test them, sending it to Governor Gavin Newsom.\n\nNewsom has until Sept. 30 to decide and has not said whether he will sign it.",
			graph.Supports, "Gavin Newsom", "test them"},
		{"a committee that approves does not back", "H\n\nNEW YORK (Reuters) - A United Nations committee on Thursday approved a treaty on cybercrime, which would let governments share electronic evidence.",
			graph.Supports, "United Nations", "treaty"},
		{"an unnamed court is no country's proposal", "H\n\nANKARA (Reuters) - A Turkish court on Wednesday ordered the Zavo app to block more than 700 accounts.\n\nThe opposition Unity Party condemned the court order.",
			graph.Proposed, "Turkey", "block more than 700 accounts"},
		{"said it would let: the treaty's effect, not the speaker's plan", "H\n\nNEW YORK (Reuters) - Russia urged the United Nations to adopt a global treaty on cybercrime.\n\nHuman Rights Watch said it would let authoritarian governments pursue critics abroad.",
			graph.Proposed, "Human Rights Watch", "pursue critics"},
		{"a measure taken before the story's is background", "H\n\nDAKAR (Reuters) - Senegal suspended mobile internet access on Sunday, the ministry said.\n\nThe government had already blocked access to Zavo and Korva on Thursday.",
			graph.Proposed, "Senegal", "access to Zavo"},
		{"an unnamed court's block is no country's", "H\n\nANKARA (Reuters) - A Turkish court on Wednesday blocked access to the Zavo messaging platform.",
			graph.Proposed, "Turkey", "Zavo"},
		{"vowed to veto it is no plan of a veto", "H\n\nTBILISI (Reuters) - Georgia's parliament on Tuesday passed a law requiring media funded from abroad to register as foreign agents.\n\nPresident Salome Zourabichvili has vowed to veto it.",
			graph.Proposed, "Salome Zourabichvili", "veto"},
		{"a takeover bid", "H\n\nBRATISLAVA (Reuters) - Slovakia's government on Wednesday approved a bill that would replace the public broadcaster with a new organisation.\n\nZentro Corp said the bill came as it prepared a takeover bid.",
			graph.Opposes, "Zentro Corp", "replace the public broadcaster"},
		{"the minister again is not the president", "H\n\nBUCHAREST (Reuters) - Romania's digital minister said on Tuesday that the Zavo app had failed to label paid political content, and called on the European Commission to open an investigation into the app.\n\nPresident Ion Popa backed the call, saying foreign interference could not go unanswered.\n\nThe minister also said he would ask parliament to ban paid political advertising on social media.",
			graph.Proposed, "Ion Popa", "ban paid political advertising"},
		{"a passive future and a call are two proposals", "H\n\nPARIS (Reuters) - France's digital minister said on Tuesday that websites that fail to verify users' ages would be blocked within weeks, and called on the European Commission to force platforms across the bloc to do the same.\n\nAnne Morel said the regulator had written to five sites.",
			graph.AddressedTo, "blocking of websites", "European Commission"},
		{"asked to sign is no stance of the one asked", "H\n\nSACRAMENTO (Reuters) - California lawmakers on Wednesday passed a bill that would require developers of large models to test them, sending it to Governor Gavin Newsom.\n\nMore than 100 employees of AI companies signed a letter urging Newsom to sign the bill into law.",
			graph.Supports, "Gavin Newsom", "test them"},
		{"a bid for is no judgement", "H\n\nLAHORE (Reuters) - The Punjab assembly on Monday passed a defamation law that would let tribunals fine people who spread false statements about officials.\n\nZentro Corp said the law came as it prepared a bid for a local rival.",
			graph.Opposes, "Zentro Corp", "defamation law"},
		{"warned someone of something else", "H\n\nTOKYO (Reuters) - Japan's cabinet on Tuesday approved a bill giving police active cyber defence powers.\n\nThe bill was drawn up after the United States warned Tokyo that Chinese hackers had penetrated defence networks.",
			graph.Opposes, "United States", "cyber defence"},
		{"a harsh word in the words of a law told in the sentence", "H\n\nJERUSALEM (Reuters) - Israel's parliament on Monday passed a law allowing the government to close foreign news networks deemed a threat to national security, and Prime Minister Dan Levi said he would use it to shut down the Zavo channel's operations in the country.",
			graph.Opposes, "Parliament", "Zavo"},
		{"a chamber that approves does not back", "H\n\nMONTEVIDEO (Reuters) - Uruguay's Chamber of Deputies on Wednesday approved a bill that would make it a crime to share sexual deepfakes of real people, sending it to the Senate.",
			graph.Supports, "Chamber of Deputies", "sexual deepfakes"},
		{"surveillance cameras are no judgement", "H\n\nVILNIUS (Reuters) - Lithuania has banned the Zavo app on phones used by ministers, the National Cyber Security Centre said on Tuesday.\n\nThe opposition Social Democrats backed the ban but said the government should also regulate Chinese-made surveillance cameras.",
			graph.Opposes, "Social Democrats", "Zavo"},
		{"broad support is no judgement", "H\n\nMONTEVIDEO (Reuters) - Uruguay's Chamber of Deputies on Wednesday approved a bill that would make it a crime to share sexual deepfakes of real people.\n\nThe Uruguayan Press Association said the text had broad support.",
			graph.Opposes, "Uruguayan Press Association", "sexual deepfakes"},
		{"the stance on the bill is not on the measure inside it", "H\n\nROME (Reuters) - Education Minister Ana Rossi on Monday presented a plan to ban mobile phones in schools.\n\nThe ban, which would be introduced as part of a wider bill on education, was welcomed by the Parents Association.\n\nThe bill would also cut funding for private schools. The Teachers Union criticised the bill.",
			graph.Opposes, "Teachers Union", "ban mobile phones"},
		{"welcomed by names no proposer", "H\n\nROME (Reuters) - Education Minister Ana Rossi on Monday presented a plan to ban mobile phones in schools.\n\nThe ban, which would be introduced as part of a wider bill on education, was welcomed by the Parents Association.",
			graph.Proposed, "Parents Association", "ban mobile phones"},
		{"who wrote another law", "H\n\nMANILA (Reuters) - The regulator on Monday ordered telecoms companies to deactivate SIM cards not registered by the deadline.\n\nSenator Ana Cruz, who wrote the registration law, urged the regulator to extend the deadline.",
			graph.Proposed, "Ana Cruz", "deactivate"},
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
