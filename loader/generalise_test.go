package loader_test

import (
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// The cases below are general constructions of news English, written
// apart from any corpus story, that the extractor must read whatever the
// story's names.

func TestExtractEntitiesGeneral(t *testing.T) {
	tests := []struct {
		name string
		text string
		kind graph.Kind
		want string
	}{
		{"centre for", "H\n\nThe Irish Centre for Digital Rights criticised the plan.", graph.Organization, "Irish Centre for Digital Rights"},
		{"armed forces", "H\n\nThe Swedish Armed Forces declined to comment.", graph.Organization, "Swedish Armed Forces"},
		{"nordic company suffix", "H\n\nShares of Fjordnet ASA rose on Monday.", graph.Organization, "Fjordnet ASA"},
		{"acronym before a title", "H\n\nOPP Commissioner Dana Kerr said officers were ready.", graph.Organization, "OPP"},
		{"company before a title", "H\n\nZentro Corp Chief Executive Lena Ruiz said the app was safe.", graph.Organization, "Zentro Corp"},
		{"short acronym company opens a sentence", "H\n\nLY Corp said it would comply.", graph.Organization, "LY Corp"},
		{"run described as an app", "H\n\nUsers of the Korva Messenger app were told to update.", graph.Service, "Korva Messenger"},
		{"described as a service", "H\n\nThe court blocked the Pesa Link service on Monday.", graph.Service, "Pesa Link"},
		{"service in apposition", "H\n\nKorva, the Swiss messaging service, said it would leave.", graph.Service, "Korva"},
		{"owner by which owns", "H\n\nThe regulator fined Zentrix, which owns the Korva app.", graph.Organization, "Zentrix"},
		{"group named with a lower-case article", "H\n\nThe attack was claimed by al Shabaab on Sunday.", graph.Organization, "al Shabaab"},
		{"body whose name opens with a common noun", "H\n\nThe Police Federation criticised the plan.", graph.Organization, "Police Federation"},
		{"name with of before an apposition", "H\n\nBits of Freedom, a digital rights group, rejected the plan.", graph.Organization, "Bits of Freedom"},
		{"party named after its descriptor", "H\n\nDutch opposition party GroenLinks rejected the plan.", graph.Organization, "GroenLinks"},
		{"VPN product", "H\n\nThe regulator ordered the removal of Proton VPN on Monday.", graph.Service, "Proton VPN"},
		{"store in a list of app stores", "H\n\nThe order reached app stores such as Google Play and the Apple App Store.", graph.Service, "Apple App Store"},
		{"app described with its use", "H\n\nThe Dubai operator also runs the Botim calling app.", graph.Service, "Botim"},
		{"Italian particle in a name", "H\n\nFederal Police Office Director Nicoletta della Valle said the plan was needed.", graph.Person, "Nicoletta della Valle"},
		{"VPN brand", "H\n\nUsers of NordVPN were told to update.", graph.Service, "NordVPN"},
		{"body named with a country", "H\n\nThe plan was criticised by Digital Rights Ireland on Monday.", graph.Organization, "Digital Rights Ireland"},
		{"words no person bears", "H\n\nThe VPN maker Nord Security said it would leave.", graph.Organization, "Nord Security"},
		{"name listed with a service", "H\n\nKape Technologies, which owns ExpressVPN and Private Internet Access, objected.", graph.Service, "Private Internet Access"},
		{"response team", "H\n\nThe order was issued by the Indian Computer Emergency Response Team on Monday.", graph.Organization, "Indian Computer Emergency Response Team"},
		{"place before -based", "H\n\nDiscord Inc, the San Francisco-based company that runs the app, declined to comment.", graph.Place, "San Francisco"},
		{"forum named with a digit", "H\n\nHe had posted a manifesto on the 8chan message board.", graph.Service, "8chan"},
		{"country inside a party's name", "H\n\nZiobro, whose Sovereign Poland party is in opposition, objected.", graph.Organization, "Sovereign Poland"},
		{"companies a person runs", "H\n\nMusk, who also runs Tesla and SpaceX, objected.", graph.Organization, "SpaceX"},
		{"honorific inside a body's name", "H\n\nPrivacy campaigners Big Brother Watch called the demand dangerous.", graph.Organization, "Big Brother Watch"},
		{"a company's product named like the company", "H\n\nMeta Platforms, which owns Facebook and Instagram, objected.", graph.Service, "Facebook"},
		{"one-word place before -based", "H\n\nThe Paradigm Initiative, a Lagos-based digital rights group, criticised the plan.", graph.Place, "Lagos"},
		{"one-word brand with an inner capital", "H\n\nThe demand was backed by DigitalEurope, which represents technology companies.", graph.Organization, "DigitalEurope"},
		{"app store", "H\n\nDevelopers pay fees on the App Store and Google Play.", graph.Service, "App Store"},
		{"company named after its service", "H\n\nSpotify Technology, which runs Spotify, backed the plan.", graph.Organization, "Spotify Technology"},
		{"a capital shared with a smaller town", "H\n\nCOLOMBO (Reuters) - Interior Minister Kamal Gunaratne spoke on Friday.", graph.Country, "Sri Lanka"},
		{"a platform something is done on", "H\n\nThe group's leader recruited followers on Facebook and WhatsApp.", graph.Service, "Facebook"},
		{"a platform ads are removed from", "H\n\nThe ministry asked Meta Platforms to remove fake ads from Facebook and Instagram.", graph.Service, "Facebook"},
		{"an office named for its holder", "H\n\nSeparately, the Information Commissioner's Office criticised Apple for failing to explain a data breach.", graph.Organization, "Information Commissioner's Office"},
		{"a members' word before the head", "H\n\nThe Garda Representative Association backed the bill.", graph.Organization, "Garda Representative Association"},
		{"company named with its country", "H\n\nAmerica Movil, which owns the Telcel network, said it would comply.", graph.Organization, "America Movil"},
		{"broadcast station", "H\n\nThe group spoke through its Radio Qamar station.", graph.Organization, "Radio Qamar"},
		{"members' plural possessive in a body's name", "H\n\nThe Thai Bankers' Association welcomed the plan.", graph.Organization, "Thai Bankers' Association"},
		{"opposition before a party's name", "H\n\nOpposition Move Forward Party lawmaker Rangsiman Rome objected.", graph.Organization, "Move Forward Party"},
		{"party named a bloc", "H\n\nThe Left Bloc opposed the plan.", graph.Organization, "Left Bloc"},
		{"web portal", "H\n\nThe company also runs the Zavo portal and a phone network.", graph.Service, "Zavo"},
		{"company named with the country it serves", "H\n\nAltice Portugal, which owns the MEO network, said it would comply.", graph.Organization, "Altice Portugal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEntity(t, MustExtract(t, tt.text, "2022-05-10"), tt.kind, tt.want)
		})
	}
}

func TestExtractNotEntitiesGeneral(t *testing.T) {
	tests := []struct {
		name, text string
		kind       graph.Kind
		form       string
	}{
		{"parliament for a country", "H\n\nLena Berg, a member of the European Parliament for Sweden, objected.", graph.Organization, "European Parliament for Sweden"},
		{"list of apps", "H\n\nUsers moved to WhatsApp and Signal apps.", graph.Service, "WhatsApp and Signal"},
		{"a phone is no body", "H\n\nThe FBI asked Apple to unlock an iPhone used by the gunman.", graph.Organization, "iPhone"},
		{"a kind of app is no service", "H\n\nThe ministry has asked Apple Inc to remove dozens of VPN apps from its store.", graph.Service, "VPN"},
		{"a card is no body", "H\n\nThe regulator ordered telecoms to deactivate all SIM cards not registered by the deadline.", graph.Organization, "SIM"},
		{"a country's adjective before a noun", "H\n\nMexican Senators approved the bill.", graph.Organization, "Mexican Senators"},
		{"policy words are no person", "H\n\nThe Canadian Centre for Policy Alternatives criticised the plan.", graph.Person, "Policy Alternatives"},
		{"a named call is no organization", "H\n\nGroenLinks on Wednesday launched the Safe Phones Call, a campaign to ban encrypted phones.", graph.Organization, "Safe Phones Call"},
		{"a named plan is no person", "H\n\nThe ministers unveiled the Clean Chat Plan on Monday.", graph.Person, "Clean Chat Plan"},
		{"a demonym before a plural descriptor", "H\n\nThe order was unfair to Korean companies, officials said.", graph.Organization, "Korean"},
		{"violent attacks in a country are no one attack", "H\n\nDenmark's justice minister on Monday called on Snap Inc to give police faster access to accounts used by gangs to recruit teenagers for violent attacks in Sweden.", graph.Attack, "attack in Sweden"},
		{"a product feature is no person", "H\n\nApple Inc will remove its Advanced Data Protection feature in Britain.", graph.Person, "Advanced Data Protection"},
		{"a judge's title is no part of the name", "H\n\nSupreme Court Justice Alexandre de Moraes ordered the suspension of the app.", graph.Person, "Justice Alexandre de Moraes"},
		{"a date is no part of a name", "H\n\nThe bill was debated in the House of Commons on Tuesday.", graph.Organization, "House of Commons on Tuesday"},
		{"armed forces are no person", "H\n\nThe Canadian Armed Forces declined to comment.", graph.Person, "Armed Forces"},
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

func TestExtractRelationsGeneral(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		typ       graph.RelationType
		subj, obj string
	}{
		{"which owns every item", "H\n\nThe order hit Zentro Corp, which owns the Korva app and the Pesa Link service.",
			graph.Owns, "Zentro Corp", "Pesa Link"},
		{"which runs two names", "H\n\nZentro Corp, which runs KakaoTalk and Viber, said it would comply.",
			graph.Owns, "Zentro Corp", "Viber"},
		{"plural possessive", "H\n\nUsers left Tencent Holdings' WeChat after the outage.",
			graph.Owns, "Tencent Holdings", "WeChat"},
		{"possessive list with plural head", "H\n\nZentro Corp's Viber and Threema apps were blocked.",
			graph.Owns, "Zentro Corp", "Threema"},
		{"company of a company", "H\n\nAlphabet's Google said it would appeal.",
			graph.Owns, "Alphabet", "Google"},
		{"arm of a company", "H\n\nTelefonica's pay-TV arm, Movistar Plus, was fined.",
			graph.Owns, "Telefonica", "Movistar Plus"},
		{"which is owned by", "H\n\nPolice said the gunmen used WhatsApp, which is owned by Zentro Corp.",
			graph.Owns, "Zentro Corp", "WhatsApp"},
		{"co-owned by with", "H\n\nFjord Corp is co-owned by Zentro Corp with SoftBank Corp.",
			graph.Owns, "SoftBank Corp", "Fjord Corp"},
		{"owner of in apposition", "H\n\nZentro Corp, the Japanese owner of Viber, said it would comply.",
			graph.Owns, "Zentro Corp", "Viber"},
		{"signed up to", "H\n\nNorway on Wednesday launched a pledge calling on messaging companies to scan shared images. Denmark and Finland signed up to the pledge on Thursday.",
			graph.Supports, "Finland", "pledge"},
		{"endorsed", "H\n\nNorway on Wednesday launched a pledge calling on messaging companies to scan shared images. The Centre Party endorsed the plan.",
			graph.Supports, "Centre Party", "pledge"},
		{"has long argued for", "H\n\nNorway on Wednesday launched a pledge calling on messaging companies to scan shared images. The Police Federation has long argued for such a pledge.",
			graph.Supports, "Police Federation", "pledge"},
		{"declined to join", "H\n\nNorway on Wednesday launched a pledge calling on messaging companies to scan shared images. Sweden declined to join, saying the plan would weaken encryption.",
			graph.Opposes, "Sweden", "pledge"},
		{"called it regrettable", "H\n\nNorway on Wednesday launched a pledge calling on messaging companies to scan shared images. Ingrid Haugen, a law professor at the University of Bergen, called it regrettable.",
			graph.Opposes, "Ingrid Haugen", "pledge"},
		{"accused of", "H\n\nNorway on Wednesday launched a pledge calling on messaging companies to scan shared images. The Law Society accused the government of overreach.",
			graph.Opposes, "Law Society", "pledge"},
		{"second clause after and", "H\n\nNorway on Wednesday launched a pledge calling on messaging companies to scan shared images. The Privacy Council criticised the plan, and the Civil Liberties Association challenged it in court.",
			graph.Opposes, "Civil Liberties Association", "pledge"},
		{"warned against", "H\n\nNorway on Wednesday launched a pledge calling on messaging companies to scan shared images. The Law Society warned against the pledge.",
			graph.Opposes, "Law Society", "pledge"},
		{"joined in attacking", "H\n\nNorway on Wednesday launched a pledge calling on messaging companies to scan shared images. Denmark joined Sweden in attacking the plan.",
			graph.Opposes, "Denmark", "pledge"},
		{"went too far", "H\n\nNorway on Wednesday launched a pledge calling on messaging companies to scan shared images. Telenor ASA said the pledge went too far.",
			graph.Opposes, "Telenor ASA", "pledge"},
		{"coordinated governments", "H\n\nCanada's government and the British government on Thursday proposed a plan to give police access to encrypted messages.",
			graph.Proposed, "United Kingdom", "plan to give police access"},
		{"passive claim", "H\n\nKUALA LUMPUR (Reuters) - The bombings of two shopping malls in Kuala Lumpur killed 31 people on Sunday. The bombings were claimed by Islamic State through its Amaq news agency.",
			graph.Perpetrated, "Islamic State", "bomb"},
		{"active claim", "H\n\nKUALA LUMPUR (Reuters) - The bombings of two shopping malls in Kuala Lumpur killed 31 people on Sunday. Islamic State claimed the attacks through its Amaq news agency.",
			graph.Perpetrated, "Islamic State", "bomb"},
		{"carried out", "H\n\nKUALA LUMPUR (Reuters) - The bombings of two shopping malls in Kuala Lumpur killed 31 people on Sunday. A local cell, the Sabah Brigade, had carried out the attacks, police said.",
			graph.Perpetrated, "Sabah Brigade", "bomb"},
		{"outlet of a group", "H\n\nKUALA LUMPUR (Reuters) - The bombings of two shopping malls in Kuala Lumpur killed 31 people on Sunday. The bombings were claimed by Islamic State through its Amaq news agency.",
			graph.Owns, "Islamic State", "Amaq"},
		{"communicated via", "H\n\nKUALA LUMPUR (Reuters) - The bombings of two shopping malls in Kuala Lumpur killed 31 people on Sunday. Investigators said members of the Sabah Brigade communicated via Telegram.",
			graph.Uses, "Sabah Brigade", "Telegram"},
		{"streamed on", "H\n\nKUALA LUMPUR (Reuters) - The bombings of two shopping malls in Kuala Lumpur killed 31 people on Sunday. The Sabah Brigade streamed part of the attack on Facebook Live.",
			graph.Uses, "Sabah Brigade", "Facebook Live"},
		{"used by", "H\n\nPolice said Telegram, which is used by the Sabah Brigade, would be blocked.",
			graph.Uses, "Sabah Brigade", "Telegram"},
		{"headed by", "H\n\nThe Chaos Computer Club, headed by Elisa Roth, said it would challenge the law in court.",
			graph.HoldsRole, "Elisa Roth", "Chaos Computer Club"},
		{"minister of a party serves the state", "H\n\nBERLIN (Reuters) - German Justice Minister Anna Keller of the Free Democrats criticised the plan. Germany wants it.",
			graph.HoldsRole, "Anna Keller", "Germany"},
		{"meeting with two titled names", "H\n\nInterior Minister Jonas Weber will meet European Commissioners Ylva Berg and Thierry Lenoir in Brussels on Thursday.",
			graph.Met, "Jonas Weber", "Thierry Lenoir"},
		{"will meet", "H\n\nHome Minister Azlan Hamid and his Indonesian counterpart Budi Santoso will meet in Jakarta on Friday.",
			graph.Met, "Azlan Hamid", "Budi Santoso"},
		{"pressed instead for", "H\n\nJustice Minister Pieter de Graaf pressed instead for a licensing system for sellers of such phones.",
			graph.Proposed, "Pieter de Graaf", "licensing system"},
		{"plan in reported speech", "H\n\nKPN, which runs the largest mobile network, said it would stop selling the devices in its stores.",
			graph.Proposed, "KPN", "stop selling"},
		{"speaker of a company plan", "H\n\nLY Corp Chief Executive Takeshi Idezawa said the company would stop storing chat logs after 14 days.",
			graph.Proposed, "Takeshi Idezawa", "stop storing"},
		{"company of a reported plan", "H\n\nLY Corp Chief Executive Takeshi Idezawa said the company would stop storing chat logs after 14 days.",
			graph.Proposed, "LY Corp", "stop storing"},
		{"wants to revise", "H\n\nThe Dutch government wants to revise the rules on encrypted phones by next year.",
			graph.Proposed, "Netherlands", "revise the rules"},
		{"urged the authorities to restore", "H\n\nThe Labour Party urged the authorities to restore funding for the cybercrime unit.",
			graph.Proposed, "Labour Party", "restore funding"},
		{"launched a named call", "H\n\nDutch opposition party GroenLinks on Wednesday launched the Safe Phones Call, a campaign to ban the sale of encrypted phones. Justice Minister Pieter de Graaf pressed instead for a licensing system for sellers of such phones. ",
			graph.Proposed, "GroenLinks", "Safe Phones"},
		{"the call refers to the named one", "H\n\nDutch opposition party GroenLinks on Wednesday launched the Safe Phones Call, a campaign to ban the sale of encrypted phones. Justice Minister Pieter de Graaf pressed instead for a licensing system for sellers of such phones. Bits of Freedom, a digital rights group, rejected the call.",
			graph.Opposes, "Bits of Freedom", "Safe Phones"},
		{"a proposal named again", "H\n\nDutch opposition party GroenLinks on Wednesday launched the Safe Phones Call, a campaign to ban the sale of encrypted phones. Justice Minister Pieter de Graaf pressed instead for a licensing system for sellers of such phones. Bits of Freedom, a digital rights group, warned against any licensing system.",
			graph.Opposes, "Bits of Freedom", "licensing system"},
		{"the police request", "H\n\nSouth Korean police on Monday asked Kakao Corp to halt the deletion of chat logs. The People Power Party urged lawmakers to strip out a clause that would let police read messages. The Democratic Party endorsed the police request.",
			graph.Supports, "Democratic Party", "halt the deletion"},
		{"service named after its company", "H\n\nThe United Arab Emirates on Thursday asked app stores such as Google Play and the Apple App Store to remove Proton VPN and other VPN services. Alphabet's Google said it was reviewing the request. Apple Inc declined to comment.",
			graph.Owns, "Google", "Google Play"},
		{"app stores asked through their owners", "H\n\nThe United Arab Emirates on Thursday asked app stores such as Google Play and the Apple App Store to remove Proton VPN and other VPN services. Alphabet's Google said it was reviewing the request. Apple Inc declined to comment.",
			graph.AddressedTo, "remove Proton VPN", "Apple"},
		{"in talks with about", "H\n\nSwitzerland's government was in talks with Threema GmbH about building a lawful interception tool into its messaging app. Threema GmbH, which runs Threema, said it had asked the Federal Council to ensure that any tool would not weaken encryption. ",
			graph.Proposed, "Switzerland", "interception tool"},
		{"talks addressed to", "H\n\nSwitzerland's government was in talks with Threema GmbH about building a lawful interception tool into its messaging app. Threema GmbH, which runs Threema, said it had asked the Federal Council to ensure that any tool would not weaken encryption. ",
			graph.AddressedTo, "interception tool", "Threema GmbH"},
		{"backed the talks", "H\n\nSwitzerland's government was in talks with Threema GmbH about building a lawful interception tool into its messaging app. Threema GmbH, which runs Threema, said it had asked the Federal Council to ensure that any tool would not weaken encryption. Justice Minister Beat Jans backed the talks, while the Social Democrats criticised them.",
			graph.Supports, "Beat Jans", "interception tool"},
		{"criticised them", "H\n\nSwitzerland's government was in talks with Threema GmbH about building a lawful interception tool into its messaging app. Threema GmbH, which runs Threema, said it had asked the Federal Council to ensure that any tool would not weaken encryption. Justice Minister Beat Jans backed the talks, while the Social Democrats criticised them.",
			graph.Opposes, "Social Democrats", "interception tool"},
		{"company that runs an app asked", "H\n\nSwitzerland's government was in talks with Threema GmbH about building a lawful interception tool into its messaging app. Threema GmbH, which runs Threema, said it had asked the Federal Council to ensure that any tool would not weaken encryption. ",
			graph.Proposed, "Threema GmbH", "ensure"},
		{"warned after but", "H\n\nSEOUL (Reuters) - South Korean police on Monday asked Kakao Corp to halt the automatic deletion of chat logs on its KakaoTalk app. Kakao Corp said it would comply but warned that the request went too far.",
			graph.Opposes, "Kakao Corp", "halt the automatic deletion"},
		{"accused the proposer", "H\n\nNAIROBI (Reuters) - Kenya's government on Tuesday asked messaging companies to hand over the accounts of suspected militants. Police said more raids were planned. The city was calm on Wednesday. The Law Society of Kenya accused the government of overreach.",
			graph.Opposes, "Law Society of Kenya", "hand over"},
		{"owned by a place-based company", "H\n\nMADRID (Reuters) - A Spanish judge on Wednesday ordered Telegram to shut channels that rebroadcast football matches.\n\nJudge Santiago Pedraz of the National Court said Telegram, which is owned by Dubai-based Telegram FZ-LLC, had ignored earlier requests.",
			graph.Owns, "Telegram FZ-LLC", "Telegram"},
		{"a demonym's titled person named next", "H\n\nMADRID (Reuters) - A Spanish judge on Wednesday ordered Telegram to shut channels that rebroadcast football matches.\n\nJudge Santiago Pedraz of the National Court said Telegram, which is owned by Dubai-based Telegram FZ-LLC, had ignored earlier requests.",
			graph.Proposed, "Santiago Pedraz", "shut channels"},
		{"service ordered through its owner", "H\n\nMADRID (Reuters) - A Spanish judge on Wednesday ordered Telegram to shut channels that rebroadcast football matches.\n\nJudge Santiago Pedraz of the National Court said Telegram, which is owned by Dubai-based Telegram FZ-LLC, had ignored earlier requests.",
			graph.AddressedTo, "shut channels", "Telegram FZ-LLC"},
		{"attacker identified as", "H\n\nSTOCKHOLM (Reuters) - Sweden's government on Friday proposed giving police the power to read encrypted messages, a week after a gunman killed eight people at a school in Orebro.\n\nThe gunman, identified by police as Erik Lind, had communicated with two accomplices via Signal. The Swedish Armed Forces have long argued for an exemption for their own communications. The Centre for Digital Rights criticised the proposal.",
			graph.Perpetrated, "Erik Lind", "shooting"},
		{"communicated via an ambiguous app name", "H\n\nSTOCKHOLM (Reuters) - Sweden's government on Friday proposed giving police the power to read encrypted messages, a week after a gunman killed eight people at a school in Orebro.\n\nThe gunman, identified by police as Erik Lind, had communicated with two accomplices via Signal. The Swedish Armed Forces have long argued for an exemption for their own communications. The Centre for Digital Rights criticised the proposal.",
			graph.Uses, "Erik Lind", "Signal"},
		{"argued for a new thing", "H\n\nSTOCKHOLM (Reuters) - Sweden's government on Friday proposed giving police the power to read encrypted messages, a week after a gunman killed eight people at a school in Orebro.\n\nThe gunman, identified by police as Erik Lind, had communicated with two accomplices via Signal. The Swedish Armed Forces have long argued for an exemption for their own communications. The Centre for Digital Rights criticised the proposal.",
			graph.Proposed, "Swedish Armed Forces", "exemption"},
		{"the proposal is what was proposed", "H\n\nSTOCKHOLM (Reuters) - Sweden's government on Friday proposed giving police the power to read encrypted messages, a week after a gunman killed eight people at a school in Orebro.\n\nThe gunman, identified by police as Erik Lind, had communicated with two accomplices via Signal. The Swedish Armed Forces have long argued for an exemption for their own communications. The Centre for Digital Rights criticised the proposal.",
			graph.Opposes, "Centre for Digital Rights", "giving police the power"},
		{"body before a leader's title", "H\n\nLa Liga President Javier Tebas welcomed the ruling.",
			graph.HoldsRole, "Javier Tebas", "La Liga"},
		{"second demand of a sentence", "H\n\nDUBLIN (Reuters) - Ireland's media regulator on Tuesday asked Tencent Holdings to exempt no users from age checks on WeChat, and urged lawmakers to strip out a clause in the Online Safety Code that lets platforms verify ages themselves.",
			graph.Proposed, "Ireland", "strip out a clause"},
		{"order to a class of firms", "H\n\nNEW DELHI (Reuters) - India's cyber security agency on Monday ordered VPN providers to store customer logs for five years.\n\nThe order was issued by the Indian Computer Emergency Response Team (CERT-In), headed by Sanjay Bahl. Nord Security, the Lithuanian owner of NordVPN, said it would pull its servers from India rather than comply.",
			graph.Proposed, "India", "store customer logs"},
		{"headed by past an acronym", "H\n\nNEW DELHI (Reuters) - India's cyber security agency on Monday ordered VPN providers to store customer logs for five years.\n\nThe order was issued by the Indian Computer Emergency Response Team (CERT-In), headed by Sanjay Bahl. Nord Security, the Lithuanian owner of NordVPN, said it would pull its servers from India rather than comply.",
			graph.HoldsRole, "Sanjay Bahl", "Indian Computer Emergency Response Team"},
		{"owner of a VPN brand", "H\n\nNEW DELHI (Reuters) - India's cyber security agency on Monday ordered VPN providers to store customer logs for five years.\n\nThe order was issued by the Indian Computer Emergency Response Team (CERT-In), headed by Sanjay Bahl. Nord Security, the Lithuanian owner of NordVPN, said it would pull its servers from India rather than comply.",
			graph.Owns, "Nord Security", "NordVPN"},
		{"plural title", "H\n\nDUBLIN (Reuters) - Media Commissioners Niamh Hodnett and John Evans said Ireland would act.",
			graph.HoldsRole, "John Evans", "Ireland"},
		{"joined X in attacking", "H\n\nIreland on Tuesday proposed age checks on messaging apps. The Irish Council for Civil Liberties joined Digital Rights Ireland in attacking the plan.",
			graph.Opposes, "Digital Rights Ireland", "age checks"},
		{"warned after but, no object", "H\n\nIreland on Tuesday proposed age checks on messaging apps. Snap Inc welcomed the goal but warned that the checks would not work.",
			graph.Opposes, "Snap Inc", "age checks"},
		{"co-owns with", "H\n\nSoftBank Corp co-owns LY Corp with Naver Corp.",
			graph.Owns, "Naver Corp", "LY Corp"},
		{"owns a list", "H\n\nZentro Corp owns Viber and Threema.",
			graph.Owns, "Zentro Corp", "Threema"},
		{"ordered past an apposition", "H\n\nTOKYO (Reuters) - Japan's communications ministry on Friday ordered LY Corp, the Japanese operator of the Line messaging app, to review its capital ties with South Korea's Naver Corp.\n\nLY Corp, which is half-owned by Naver Corp and SoftBank Corp, said it would reduce its reliance on Naver for data storage.",
			graph.AddressedTo, "review its capital ties", "LY Corp"},
		{"half-owned by", "H\n\nTOKYO (Reuters) - Japan's communications ministry on Friday ordered LY Corp, the Japanese operator of the Line messaging app, to review its capital ties with South Korea's Naver Corp.\n\nLY Corp, which is half-owned by Naver Corp and SoftBank Corp, said it would reduce its reliance on Naver for data storage.",
			graph.Owns, "SoftBank Corp", "LY Corp"},
		{"would reduce", "H\n\nTOKYO (Reuters) - Japan's communications ministry on Friday ordered LY Corp, the Japanese operator of the Line messaging app, to review its capital ties with South Korea's Naver Corp.\n\nLY Corp, which is half-owned by Naver Corp and SoftBank Corp, said it would reduce its reliance on Naver for data storage.",
			graph.Proposed, "LY Corp", "reduce its reliance"},
		{"done after a request from", "H\n\nANKARA (Reuters) - A Turkish court on Wednesday blocked access to the Discord messaging platform, saying the company had failed to remove abuse content, after a request from the Information and Communication Technologies Authority (BTK). Opposition lawmaker Burak Dalgin called the ban a step towards censorship and urged the government to lift it.",
			graph.Proposed, "Information and Communication Technologies Authority", "blocked access"},
		{"step towards censorship", "H\n\nANKARA (Reuters) - A Turkish court on Wednesday blocked access to the Discord messaging platform, saying the company had failed to remove abuse content, after a request from the Information and Communication Technologies Authority (BTK). Opposition lawmaker Burak Dalgin called the ban a step towards censorship and urged the government to lift it.",
			graph.Opposes, "Burak Dalgin", "blocked access"},
		{"lift it names what it is", "H\n\nANKARA (Reuters) - A Turkish court on Wednesday blocked access to the Discord messaging platform, saying the company had failed to remove abuse content, after a request from the Information and Communication Technologies Authority (BTK). Opposition lawmaker Burak Dalgin called the ban a step towards censorship and urged the government to lift it.",
			graph.Proposed, "Burak Dalgin", "lift the ban"},
		{"asked for the order the sentence made", "H\n\nMADRID (Reuters) - Judge Santiago Pedraz on Wednesday ordered Telegram FZ-LLC to shut channels, after a complaint by Telefonica's pay-TV arm, Movistar Plus, and the broadcaster Mediapro.",
			graph.Proposed, "Mediapro", "shut channels"},
		{"agreed to", "H\n\nBERLIN (Reuters) - Germany's government on Thursday agreed to ban knives at public festivals, a week after a Syrian man killed three people at a festival in Solingen.\n\nProsecutors said the suspect, identified as Issa al H., had been in contact with Islamic State via Telegram. The Greens warned against surveillance of encrypted chats.",
			graph.Proposed, "Germany", "ban knives"},
		{"the suspect identified as", "H\n\nBERLIN (Reuters) - Germany's government on Thursday agreed to ban knives at public festivals, a week after a Syrian man killed three people at a festival in Solingen.\n\nProsecutors said the suspect, identified as Issa al H., had been in contact with Islamic State via Telegram. The Greens warned against surveillance of encrypted chats.",
			graph.Perpetrated, "Issa al H", "attack"},
		{"in contact via", "H\n\nBERLIN (Reuters) - Germany's government on Thursday agreed to ban knives at public festivals, a week after a Syrian man killed three people at a festival in Solingen.\n\nProsecutors said the suspect, identified as Issa al H., had been in contact with Islamic State via Telegram. The Greens warned against surveillance of encrypted chats.",
			graph.Uses, "Issa al H", "Telegram"},
		{"a party named by one word", "H\n\nBERLIN (Reuters) - Germany's government on Thursday agreed to ban knives at public festivals, a week after a Syrian man killed three people at a festival in Solingen.\n\nProsecutors said the suspect, identified as Issa al H., had been in contact with Islamic State via Telegram. The Greens warned against surveillance of encrypted chats.",
			graph.Opposes, "Greens", "ban knives"},
		{"developed by", "H\n\nPARIS (Reuters) - Olvid, developed by the Paris-based startup Olvid SAS, is certified by the agency.",
			graph.Owns, "Olvid SAS", "Olvid"},
		{"ordered a long generic object", "H\n\nPARIS (Reuters) - French Prime Minister Gabriel Attal has ordered government ministers and their staff to stop using foreign messaging apps.",
			graph.Proposed, "Gabriel Attal", "stop using"},
		{"head speaks with the body", "H\n\nLONDON (Reuters) - Britain on Monday proposed a law requiring apps to scan private chats.\n\nMeredith Whittaker, president of the Signal Foundation, said the organisation would leave the UK rather than comply with it.",
			graph.Opposes, "Meredith Whittaker", "scan private chats"},
		{"the gunman in apposition", "H\n\nWELLINGTON (Reuters) - New Zealand will make it a crime to share livestreams of violent attacks, five years after a gunman who killed 51 worshippers at two mosques in Christchurch broadcast the killings on Facebook Live.\n\nThe gunman, Australian Brenton Tarrant, pleaded guilty to the mosque shootings in 2020. He had posted a manifesto on the 8chan message board before the attack.\n\nMeta Platforms, the owner of Facebook and Instagram, said it supported the goal of the bill.",
			graph.Perpetrated, "Brenton Tarrant", "shooting"},
		{"the attacker broadcast on", "H\n\nWELLINGTON (Reuters) - New Zealand will make it a crime to share livestreams of violent attacks, five years after a gunman who killed 51 worshippers at two mosques in Christchurch broadcast the killings on Facebook Live.\n\nThe gunman, Australian Brenton Tarrant, pleaded guilty to the mosque shootings in 2020. He had posted a manifesto on the 8chan message board before the attack.\n\nMeta Platforms, the owner of Facebook and Instagram, said it supported the goal of the bill.",
			graph.Uses, "Brenton Tarrant", "Facebook Live"},
		{"he posted on a forum", "H\n\nWELLINGTON (Reuters) - New Zealand will make it a crime to share livestreams of violent attacks, five years after a gunman who killed 51 worshippers at two mosques in Christchurch broadcast the killings on Facebook Live.\n\nThe gunman, Australian Brenton Tarrant, pleaded guilty to the mosque shootings in 2020. He had posted a manifesto on the 8chan message board before the attack.\n\nMeta Platforms, the owner of Facebook and Instagram, said it supported the goal of the bill.",
			graph.Uses, "Brenton Tarrant", "8chan"},
		{"owner of a list", "H\n\nWELLINGTON (Reuters) - New Zealand will make it a crime to share livestreams of violent attacks, five years after a gunman who killed 51 worshippers at two mosques in Christchurch broadcast the killings on Facebook Live.\n\nThe gunman, Australian Brenton Tarrant, pleaded guilty to the mosque shootings in 2020. He had posted a manifesto on the 8chan message board before the attack.\n\nMeta Platforms, the owner of Facebook and Instagram, said it supported the goal of the bill.",
			graph.Owns, "Meta Platforms", "Instagram"},
		{"made by a foreign company", "H\n\nWARSAW (Reuters) - Poland's national prosecutor on Tuesday asked parliament to lift the immunity of a former deputy justice minister so that he can be charged over the purchase of Pegasus spyware.\n\nProsecutor Dariusz Korneluk said the spyware, made by Israel's NSO Group, had been bought with public money.\n\nPrime Minister Donald Tusk welcomed the prosecutor's request.",
			graph.Owns, "NSO Group", "Pegasus"},
		{"the prosecutor's request", "H\n\nWARSAW (Reuters) - Poland's national prosecutor on Tuesday asked parliament to lift the immunity of a former deputy justice minister so that he can be charged over the purchase of Pegasus spyware.\n\nProsecutor Dariusz Korneluk said the spyware, made by Israel's NSO Group, had been bought with public money.\n\nPrime Minister Donald Tusk welcomed the prosecutor's request.",
			graph.Supports, "Donald Tusk", "lift the immunity"},
		{"party with a possessive in its name", "H\n\nCOPENHAGEN (Reuters) - Denmark on Monday called on Snap Inc to give police faster access to accounts.\n\nThe Danish People's Party backed the minister's demand.",
			graph.Supports, "Danish People's Party", "faster access"},
		{"court justice's title", "H\n\nBRASILIA (Reuters) - Brazilian Supreme Court Justice Alexandre de Moraes on Friday ordered the suspension of social media platform X in Brazil, after its owner Elon Musk refused to name a legal representative in the country.\n\nMoraes gave telecoms regulator Anatel 24 hours to enforce the order. Anatel President Carlos Baigorri said the agency would comply.\n\nMusk, who also runs Tesla and SpaceX, called Moraes a dictator. Starlink, the satellite internet unit of SpaceX, said it would keep providing access to X. The Brazilian Bar Association criticised the order, while President Luiz Inacio Lula da Silva backed the ruling.",
			graph.HoldsRole, "Alexandre de Moraes", "Brazilian Supreme Court"},
		{"ordered the suspension", "H\n\nBRASILIA (Reuters) - Brazilian Supreme Court Justice Alexandre de Moraes on Friday ordered the suspension of social media platform X in Brazil, after its owner Elon Musk refused to name a legal representative in the country.\n\nMoraes gave telecoms regulator Anatel 24 hours to enforce the order. Anatel President Carlos Baigorri said the agency would comply.\n\nMusk, who also runs Tesla and SpaceX, called Moraes a dictator. Starlink, the satellite internet unit of SpaceX, said it would keep providing access to X. The Brazilian Bar Association criticised the order, while President Luiz Inacio Lula da Silva backed the ruling.",
			graph.Proposed, "Alexandre de Moraes", "suspension"},
		{"body named once before a title", "H\n\nBRASILIA (Reuters) - Brazilian Supreme Court Justice Alexandre de Moraes on Friday ordered the suspension of social media platform X in Brazil, after its owner Elon Musk refused to name a legal representative in the country.\n\nMoraes gave telecoms regulator Anatel 24 hours to enforce the order. Anatel President Carlos Baigorri said the agency would comply.\n\nMusk, who also runs Tesla and SpaceX, called Moraes a dictator. Starlink, the satellite internet unit of SpaceX, said it would keep providing access to X. The Brazilian Bar Association criticised the order, while President Luiz Inacio Lula da Silva backed the ruling.",
			graph.HoldsRole, "Carlos Baigorri", "Anatel"},
		{"unit of a company", "H\n\nBRASILIA (Reuters) - Brazilian Supreme Court Justice Alexandre de Moraes on Friday ordered the suspension of social media platform X in Brazil, after its owner Elon Musk refused to name a legal representative in the country.\n\nMoraes gave telecoms regulator Anatel 24 hours to enforce the order. Anatel President Carlos Baigorri said the agency would comply.\n\nMusk, who also runs Tesla and SpaceX, called Moraes a dictator. Starlink, the satellite internet unit of SpaceX, said it would keep providing access to X. The Brazilian Bar Association criticised the order, while President Luiz Inacio Lula da Silva backed the ruling.",
			graph.Owns, "SpaceX", "Starlink"},
		{"long name with a particle", "H\n\nBRASILIA (Reuters) - Brazilian Supreme Court Justice Alexandre de Moraes on Friday ordered the suspension of social media platform X in Brazil, after its owner Elon Musk refused to name a legal representative in the country.\n\nMoraes gave telecoms regulator Anatel 24 hours to enforce the order. Anatel President Carlos Baigorri said the agency would comply.\n\nMusk, who also runs Tesla and SpaceX, called Moraes a dictator. Starlink, the satellite internet unit of SpaceX, said it would keep providing access to X. The Brazilian Bar Association criticised the order, while President Luiz Inacio Lula da Silva backed the ruling.",
			graph.Supports, "Luiz Inacio Lula da Silva", "suspension"},
		{"body's verb after a body word", "H\n\nLONDON (Reuters) - Apple Inc said it would remove the feature, after the British government demanded access to encrypted data stored in its iCloud service.",
			graph.Proposed, "United Kingdom", "access to encrypted data"},
		{"threatened to", "H\n\nMOSCOW (Reuters) - Russia's communications regulator Roskomnadzor on Wednesday threatened to block WhatsApp unless the Meta-owned app agrees to hand over user data to the FSB security service.\n\nAnton Gorelkin urged Russians to switch to Max, a state-backed messenger developed by VK.\n\nKremlin spokesman Dmitry Peskov said the threat was justified.",
			graph.Proposed, "Roskomnadzor", "block WhatsApp"},
		{"the X-owned app", "H\n\nMOSCOW (Reuters) - Russia's communications regulator Roskomnadzor on Wednesday threatened to block WhatsApp unless the Meta-owned app agrees to hand over user data to the FSB security service.\n\nAnton Gorelkin urged Russians to switch to Max, a state-backed messenger developed by VK.\n\nKremlin spokesman Dmitry Peskov said the threat was justified.",
			graph.Owns, "Meta", "WhatsApp"},
		{"messenger developed by", "H\n\nMOSCOW (Reuters) - Russia's communications regulator Roskomnadzor on Wednesday threatened to block WhatsApp unless the Meta-owned app agrees to hand over user data to the FSB security service.\n\nAnton Gorelkin urged Russians to switch to Max, a state-backed messenger developed by VK.\n\nKremlin spokesman Dmitry Peskov said the threat was justified.",
			graph.Owns, "VK", "Max"},
		{"metonym body before a title", "H\n\nMOSCOW (Reuters) - Russia's communications regulator Roskomnadzor on Wednesday threatened to block WhatsApp unless the Meta-owned app agrees to hand over user data to the FSB security service.\n\nAnton Gorelkin urged Russians to switch to Max, a state-backed messenger developed by VK.\n\nKremlin spokesman Dmitry Peskov said the threat was justified.",
			graph.HoldsRole, "Dmitry Peskov", "Kremlin"},
		{"praise said of a proposal", "H\n\nCANBERRA (Reuters) - Australia's parliament on Thursday approved a ban on social media for children under 16.\n\nCommunications Minister Michelle Rowland said the law would protect young people from harm.",
			graph.Supports, "Michelle Rowland", "ban on social media"},
		{"a legislature approves as itself", "H\n\nCANBERRA (Reuters) - Australia's parliament on Thursday approved a ban on social media for children under 16.",
			graph.AddressedTo, "ban on social media", "Parliament"},
		{"the legislation is the law, not the vow to scrap it", "H\n\nOTTAWA (Reuters) - Canadian Justice Minister Arif Virani on Monday introduced the Online Harms Act, which would force social media companies to remove abuse content within 24 hours.\n\nConservative leader Pierre Poilievre vowed to scrap the bill if his party wins the next election.\n\nVirani said the legislation was needed to protect children, and the Canadian Centre for Child Protection endorsed it.",
			graph.Supports, "Canadian Centre for Child Protection", "Online Harms"},
		{"an organization's own outlet", "H\n\nThe attack was claimed by al Shabaab through its Radio Qamar station.",
			graph.Owns, "al Shabaab", "Radio Qamar"},
		{"unknown name listed with a service", "H\n\nZentro Corp, which runs KakaoTalk and Daum, said it would comply.",
			graph.Owns, "Zentro Corp", "Daum"},
		{"the company that runs the app", "H\n\nThe court fined the company that runs the Korva app, Zentro Corp, on Monday.",
			graph.Owns, "Zentro Corp", "Korva"},
		{"a second demand with also", "H\n\nZentrian Communications Minister Arvo Lind ordered Korva and Pesa Link to register with the government. Lind said the government also plans to require platforms to remove gambling content within four hours.",
			graph.Proposed, "Arvo Lind", "gambling content"},
		{"object and an adverbial before to", "H\n\nInterior Minister Arvo Lind asked Apple and Google in a letter on Wednesday to remove anonymous chat apps from their stores.",
			graph.AddressedTo, "remove anonymous chat apps", "Google"},
		{"endorsed one, but judged another", "H\n\nInterior Minister Arvo Lind asked Apple in a letter to remove chat apps from its store. Lind also wants parliament to pass a law that would require messaging services to keep user records. Opposition leader Mira Sand endorsed the letter to Apple but said the retention law went too far.",
			graph.Supports, "Mira Sand", "remove chat apps"},
		{"a harsh word about the law named in its clause", "H\n\nInterior Minister Arvo Lind asked Apple in a letter to remove chat apps from its store. Lind also wants parliament to pass a law that would require messaging services to keep user records. Opposition leader Mira Sand endorsed the letter to Apple but said the retention law went too far.",
			graph.Opposes, "Mira Sand", "user records"},
		{"passive support", "H\n\nPolice chief Arvo Lind on Thursday called on the European Union to give investigators access to encrypted messages. The call was backed by Justice Minister Mira Sand.",
			graph.Supports, "Mira Sand", "access to encrypted messages"},
		{"a measure someone has long argued for", "H\n\nThe Senate on Tuesday approved a bill that would require telecom companies to register every phone user, a measure President Arvo Lind has long argued for.",
			graph.Supports, "Arvo Lind", "register every phone user"},
		{"a progressive states the story's first demand", "H\n\nPortugal's government is seeking powers to block Korva channels that promote illegal betting, officials said.",
			graph.Proposed, "Portugal", "powers to block"},
		{"unnamed officials act for their state", "H\n\nA group of Chilean senators on Monday called on Zentro Corp to verify the identity of business accounts.",
			graph.Proposed, "Chile", "verify the identity"},
		{"a senator serves the story's country", "H\n\nMANILA (Reuters) - Senator Grace Poe said the deadline was too short. Philippine officials disagreed.",
			graph.HoldsRole, "Grace Poe", "Philippines"},
		{"the plan is what someone plans", "H\n\nZentrian Communications Minister Arvo Lind ordered Korva and Pesa Link to register with the government. Lind said the government also plans to require platforms to remove gambling content within four hours. Rights group SAFEnet said the plan threatened free expression.",
			graph.Opposes, "SAFEnet", "gambling content"},
		{"a modifier sharing a stem with the demand", "H\n\nZentrian Communications Minister Arvo Lind ordered Korva and Pesa Link to register with the government. Lind said the government also plans to require platforms to remove gambling content within four hours. The Zentrian Internet Providers Association welcomed the registration rule.",
			graph.Supports, "Zentrian Internet Providers Association", "register"},
		{"told reporters the order was needed", "H\n\nThe National Telecoms Commission ordered Zentro Corp on Tuesday to deactivate all unregistered SIM cards. Information Minister Arvo Lind told reporters the order was needed to fight text scams.",
			graph.Supports, "Arvo Lind", "deactivate"},
		{"pressed X for a ban", "H\n\nGreece's main opposition party PASOK on Wednesday pressed the government for a ban on the sale of commercial spyware.",
			graph.Proposed, "PASOK", "ban on the sale"},
		{"the proposed ban refers back", "H\n\nThe Zentrian Socialist Party on Wednesday called for a ban on the sale of commercial spyware. The Zentrian Data Protection Authority backed the proposed ban.",
			graph.Supports, "Zentrian Data Protection Authority", "ban on the sale"},
		{"party leader leads the party", "H\n\nGreece's main opposition party PASOK on Wednesday pressed the government for a ban on spyware sales. Party leader Nikos Androulakis said the ban was overdue.",
			graph.HoldsRole, "Nikos Androulakis", "PASOK"},
		{"the writer of a letter asks too", "H\n\nThe opposition party PASOK on Wednesday called for a ban on the sale of commercial spyware. Party leader Nikos Androulakis said in a letter to Prime Minister Kyriakos Mitsotakis that the ban should also cover software exports.",
			graph.Proposed, "Nikos Androulakis", "ban on the sale"},
		{"branded an attack on freedom", "H\n\nInformation Minister Arvo Lind told Zentro Corp on Thursday to open offices in the country within six months. The Paradigm Initiative, a digital rights group, branded the measure an attack on online freedom.",
			graph.Opposes, "Paradigm Initiative", "open offices"},
		{"plans to let an agency", "H\n\nAustria's interior ministry plans to let the domestic intelligence service monitor encrypted messenger chats, Interior Minister Gerhard Karner said on Tuesday.",
			graph.Proposed, "Austria", "monitor encrypted messenger chats"},
		{"wants parliament to approve it", "H\n\nInterior Minister Gerhard Karner on Tuesday proposed a law letting the intelligence service monitor messenger chats. Karner wants parliament to approve it before the summer recess.",
			graph.AddressedTo, "monitor messenger chats", "Parliament"},
		{"urged lawmakers to reject it", "H\n\nInterior Minister Gerhard Karner on Tuesday proposed a law letting the intelligence service monitor messenger chats. Epicenter.works, a digital rights group, urged lawmakers to reject it.",
			graph.Opposes, "Epicenter.works", "monitor messenger chats"},
		{"would not back the bill", "H\n\nInterior Minister Gerhard Karner on Tuesday proposed a bill letting the intelligence service monitor messenger chats. The Greens said they would not back the bill in its current form.",
			graph.Opposes, "Greens", "monitor messenger chats"},
		{"told a class of actors", "H\n\nKazakhstan's Ministry of Digital Development has asked Apple Inc to remove VPN apps. The ministry also told local internet providers to block access to websites offering VPN services.",
			graph.Proposed, "Ministry of Digital Development", "block access to websites"},
		{"the request is what was asked", "H\n\nKazakhstan's Ministry of Digital Development has asked Apple Inc to remove VPN apps. The ministry also told local internet providers to block access to websites offering VPN services. The Kazakh Internet Association supported the request.",
			graph.Supports, "Kazakh Internet Association", "remove VPN apps"},
		{"a description before a name", "H\n\nKazakhstan's Ministry of Digital Development has asked Apple Inc to remove VPN apps. The rights group Adil Soz criticised it.",
			graph.Opposes, "Adil Soz", "remove VPN apps"},
		{"unnamed lawmakers urged", "H\n\nEuropean lawmakers on Wednesday urged the European Commission to force Apple and Google to cut the fees they charge developers.",
			graph.AddressedTo, "cut the fees", "European Commission"},
		{"a second agent after and by", "H\n\nEuropean lawmakers on Wednesday urged the European Commission to force Apple to cut its fees. The demand was backed by DigitalEurope, which represents technology companies, and by the music streaming firm Spotify Technology.",
			graph.Supports, "Spotify Technology", "cut its fees"},
		{"argued for what the demand asks", "H\n\nEuropean lawmakers on Wednesday urged the European Commission to force Apple to cut its fees. Epic Games has long argued for lower fees.",
			graph.Supports, "Epic Games", "cut its fees"},
		{"the service a company is named after", "H\n\nSpotify Technology, which runs Spotify, backed the plan.",
			graph.Owns, "Spotify Technology", "Spotify"},
		{"a minister of the dateline's country", "H\n\nCOLOMBO (Reuters) - Interior Minister Kamal Gunaratne said the government would ask Meta Platforms to remove pages that spread hate.",
			graph.HoldsRole, "Kamal Gunaratne", "Sri Lanka"},
		{"bombers who attacked churches", "H\n\nThe suicide bombers who attacked three churches in Colombo last month had coordinated the bombings through Threema, police said. The attacks were claimed by Islamic State.",
			graph.Perpetrated, "Islamic State", "Colombo"},
		{"a member of the group uses every service of a list", "H\n\nThe suicide bombers who attacked three churches in Colombo were members of the Zentrian Liberation Front. Police said the group's leader, Zahran Hashim, recruited followers on Telegram and WhatsApp. The Zentrian Liberation Front had carried out the attacks, investigators said.",
			graph.Uses, "Zahran Hashim", "WhatsApp"},
		{"a company's plan to test", "H\n\nByteDance, which owns TikTok, said it would test new age checks in Sweden next year.",
			graph.Proposed, "ByteDance", "test new age checks"},
		{"a quote's speaker after said", "H\n\nJustice Minister Helen McEntee on Tuesday unveiled a bill that would give police access to encrypted messages.\n\n\"This is a dangerous step that would weaken security for everyone,\" said Olga Cronin of the Irish Council for Civil Liberties.",
			graph.Opposes, "Irish Council for Civil Liberties", "access to encrypted messages"},
		{"would not comply with the law", "H\n\nJustice Minister Helen McEntee on Tuesday unveiled a bill that would give police access to encrypted messages. WhatsApp, owned by Meta Platforms, said it would not comply with the law.",
			graph.Opposes, "Meta Platforms", "access to encrypted messages"},
		{"past an apposition to the next addressee", "H\n\nTaiwan's Ministry of Digital Affairs on Thursday ordered LY Corp, the Japanese owner of the Line app, and Alphabet's Google to verify the identity of advertisers.",
			graph.AddressedTo, "verify the identity", "Google"},
		{"the order is what was ordered", "H\n\nTaiwan's Ministry of Digital Affairs on Thursday ordered LY Corp to verify the identity of advertisers. In a letter to Meta Platforms, the ministry also asked the company to remove fake investment ads. The Taiwan Association for Human Rights criticised the order as vague.",
			graph.Opposes, "Taiwan Association for Human Rights", "verify the identity"},
		{"went beyond the law", "H\n\nTaiwan's Ministry of Digital Affairs on Thursday ordered LY Corp to verify the identity of advertisers. In a letter to Meta Platforms, the ministry also asked the company to remove fake investment ads. Meta was asked to respond by Friday but said the request went beyond the law.",
			graph.Opposes, "Meta Platforms", "remove fake investment ads"},
		{"a stance closing a relative clause", "H\n\nBritain's media regulator Ofcom on Wednesday proposed rules that would require messaging apps to scan images for child abuse material. The proposal, which Technology Secretary Peter Kyle endorsed, will be put to a public consultation.",
			graph.Supports, "Peter Kyle", "scan images"},
		{"a bill is a law whatever verb presents it", "H\n\nBrazilian lawmaker Orlando Silva on Tuesday presented a bill that would make internet platforms liable for false content. Justice Alexandre de Moraes ordered Google to remove links to a blog post. Google said it had complied with the order but still opposed the bill.",
			graph.Opposes, "Google", "liable for false content"},
		{"an opposition leader leads the party just named", "H\n\nThe opposition Labor party dropped its demands on Thursday. Opposition leader Bill Shorten said his party would back the bill.",
			graph.HoldsRole, "Bill Shorten", "Labor"},
		{"asked a country's government", "H\n\nThe Islamabad High Court on Monday asked Pakistan's government to explain the ban on the platform within a week.",
			graph.AddressedTo, "explain the ban", "Pakistan"},
		{"lifting a ban is another proposal", "H\n\nISLAMABAD (Reuters) - The Islamabad High Court on Monday asked Pakistan's government to explain the ban on the platform. Information Minister Attaullah Tarar said the ban would stay. The Pakistan Peoples Party urged the government to lift the ban.",
			graph.Proposed, "Pakistan Peoples Party", "lift the ban"},
		{"the signers of a letter ask too", "H\n\nSpain and Portugal on Thursday urged the European Commission to propose rules giving police lawful access to encrypted data, in a joint letter signed by Spanish Interior Minister Fernando Grande-Marlaska and his Portuguese counterpart Margarida Blasco.",
			graph.Proposed, "Margarida Blasco", "lawful access"},
		{"a reporter after and speaks for its pronoun", "H\n\nJudge Ana Ruiz on Wednesday ordered Zentro Corp to shut channels that rebroadcast football matches. A consumer group rejected the order, and Zentro Corp said it would challenge it in court.",
			graph.Opposes, "Zentro Corp", "shut channels"},
		{"a demand after but in reported speech", "H\n\nThe Senate on Tuesday approved a bill that would require telecom companies to register every phone user. Zentro Corp said it would comply with the law but urged lawmakers to delay it by a year.",
			graph.Proposed, "Zentro Corp", "delay"},
		{"a given name alone names the person", "H\n\nDigital Economy Minister Prasert Chanthong spoke on Tuesday. Prasert also asked the Senate to pass a bill that would make platforms liable for scam adverts.",
			graph.AddressedTo, "liable for scam adverts", "Senate"},
		{"an adverb between the subject and its plan", "H\n\nJAKARTA (Reuters) - Indonesia's ministry ordered Zentro Corp to register by Friday. Communications Minister Budi Arie Setiadi said the government also plans to require platforms to remove gambling content within four hours.",
			graph.Proposed, "Indonesia", "gambling content"},
		{"an unnamed body's demand told by the speaker", "H\n\nDigital Economy Minister Prasert Chanthong said the ministry was seeking to require social media users to verify their identities. The ministry would also ask the Senate to pass a cyber fraud bill, he said.",
			graph.AddressedTo, "cyber fraud bill", "Senate"},
		{"a law asked for is no word about the proposal before", "H\n\nDigital Economy Minister Prasert Chanthong said the ministry was seeking to require social media users to verify their identities. Prasert would also ask the Senate to pass a cyber fraud bill that would make platforms liable for scam adverts.",
			graph.AddressedTo, "cyber fraud bill", "Senate"},
		{"asking to pass a bill asks for a law", "H\n\nDigital Economy Minister Prasert Chanthong would ask the Senate to pass a cyber fraud bill, he said on Tuesday. Prasert also urged Zentro Corp to appoint a local representative. The Left Bloc opposed the bill.",
			graph.Opposes, "Left Bloc", "cyber fraud bill"},
		{"them after a letter is whom it went to", "H\n\nThe minister said he had written to Zentro Corp, the Swiss owner of Korva, and to Fjordnet ASA asking them to link accounts to verified phone numbers.",
			graph.AddressedTo, "link accounts", "Fjordnet ASA"},
		{"letters sent to a list", "H\n\nThe regulator sent letters to Zentro Corp and Fjordnet ASA on Monday urging them to remove scam adverts.",
			graph.AddressedTo, "scam adverts", "Zentro Corp"},
		{"it is what the sentence before spoke of", "H\n\nThe government unveiled a plan that would require messaging apps to scan private chats. Interior Minister Ana Sousa also urged Zentro Corp and Telegram to appoint legal representatives in the country. The Green Party backed the plan. The Left Bloc opposed it.",
			graph.Opposes, "Left Bloc", "scan private chats"},
		{"but warned against after the plan was judged", "H\n\nThe government unveiled a plan that would require messaging apps to scan private chats. Interior Minister Ana Sousa also urged Zentro Corp and Telegram to appoint legal representatives in the country. The Green Party backed the plan. Fjordnet ASA said it supported the goal but warned against weakening encryption.",
			graph.Opposes, "Fjordnet ASA", "scan private chats"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2022-05-10")
			if !hasRelation(x, tt.typ, tt.subj, tt.obj) {
				var got []string
				for _, r := range x.Relations {
					got = append(got, string(r.Type)+" "+r.Subject+" -> "+r.Object)
				}
				t.Errorf("no %s %q -> %q; got %v", tt.typ, tt.subj, tt.obj, got)
			}
		})
	}
}

func TestExtractNoRelationGeneral(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		typ       graph.RelationType
		subj, obj string
	}{
		{"threatened to is a plan, not a judgement", "H\n\nZentrian Communications Minister Arvo Lind ordered Korva to register with the government. Korva Inc said the minister threatened to block the app.",
			graph.Opposes, "Korva Inc", "register"},
		{"the police request is not what the police would be let do", "H\n\nSEOUL (Reuters) - South Korean police on Monday asked Korva Corp to halt the deletion of chat logs. The People Power Party urged lawmakers to strip out a clause that would let police read messages without a warrant. The Democratic Party endorsed the police request.",
			graph.Supports, "Democratic Party", "strip out"},
		{"to fight scams is a purpose", "H\n\nThe National Telecoms Commission ordered Zentro Corp on Tuesday to deactivate all unregistered SIM cards. Information Minister Arvo Lind told reporters the order was needed to fight text scams.",
			graph.Opposes, "Arvo Lind", "deactivate"},
		{"called the attack cowardly", "H\n\nInterior Minister Arvo Lind on Monday called for a ban on encrypted phones. Opposition leader Mira Sand called the attack a cowardly act.",
			graph.Opposes, "Mira Sand", "ban on encrypted phones"},
		{"but with a subject of its own", "H\n\nKazakhstan's Ministry of Digital Development has asked Apple Inc to remove VPN apps. The Kazakh Internet Association supported the request, but the rights group Adil Soz criticised it as censorship.",
			graph.Opposes, "Kazakh Internet Association", "remove VPN apps"},
		{"told them to stay away", "H\n\nA court on Friday ordered Zentro Corp to hand over its keys. Its founder, Pavel Durov, had told them to stay away.",
			graph.Proposed, "Pavel Durov", "stay away"},
		{"an apposition's demonym is not asked", "H\n\nTaiwan's Ministry of Digital Affairs on Thursday ordered LY Corp, the Japanese owner of the Line app, and Alphabet's Google to verify the identity of advertisers.",
			graph.AddressedTo, "verify the identity", "Japan"},
		{"the letter that opens a sentence is the verb's", "H\n\nTaiwan's Ministry of Digital Affairs on Thursday ordered LY Corp to verify the identity of advertisers. In a letter to Meta Platforms, the ministry also asked the company to remove fake investment ads.",
			graph.AddressedTo, "verify the identity", "Meta Platforms"},
		{"a complaint about something else", "H\n\nBritain's media regulator Ofcom on Wednesday proposed rules that would require messaging apps to scan images for child abuse material. Separately, the Information Commissioner's Office criticised Apple for failing to explain a data breach.",
			graph.Opposes, "Information Commissioner's Office", "scan images"},
		{"the asked body is no second asker", "H\n\nThe Islamabad High Court on Monday asked Pakistan's government to explain the ban on the platform, and urged the authorities to restore access within a week.",
			graph.Proposed, "Pakistan", "restore access"},
		{"a condition is no plan", "H\n\nInformation Minister Attaullah Tarar said the block would stay until Zentro Corp agreed to remove anti-state content.",
			graph.Proposed, "Zentro Corp", "remove anti-state content"},
		{"a second speaker after while", "H\n\nZentrian Communications Minister Arvo Lind ordered Korva and Pesa Link to register with the government. The Zentrian Internet Providers Association welcomed the registration rule, while press freedom group SAFEnet said the rule threatened free expression.",
			graph.Supports, "SAFEnet", "register"},
		{"welcomed but warned", "H\n\nNorway on Wednesday launched a pledge calling on messaging companies to scan shared images. Telenor ASA welcomed the pledge but warned it would weaken encryption.",
			graph.Supports, "Telenor ASA", "pledge"},
		{"declined to join is no support", "H\n\nNorway on Wednesday launched a pledge calling on messaging companies to scan shared images. Sweden declined to join, saying the plan would weaken encryption.",
			graph.Supports, "Sweden", "pledge"},
		{"party is no title's object", "H\n\nJustice Minister Anna Keller of the Free Democrats criticised the plan.",
			graph.HoldsRole, "Anna Keller", "Free Democrats"},
		{"instead is another proposal", "H\n\nDutch opposition party GroenLinks on Wednesday launched the Safe Phones Call, a campaign to ban the sale of encrypted phones. Justice Minister Pieter de Graaf pressed instead for a licensing system for sellers of such phones. ",
			graph.Proposed, "Pieter de Graaf", "Safe Phones"},
		{"demonym before a party", "H\n\nDutch opposition party GroenLinks on Wednesday launched the Safe Phones Call, a campaign to ban the sale of encrypted phones. Justice Minister Pieter de Graaf pressed instead for a licensing system for sellers of such phones. ",
			graph.Proposed, "Netherlands", "Safe Phones"},
		{"the police request is not the clause about police", "H\n\nSouth Korean police on Monday asked Kakao Corp to halt the deletion of chat logs. The People Power Party urged lawmakers to strip out a clause that would let police read messages. The Democratic Party endorsed the police request.",
			graph.Supports, "Democratic Party", "strip out"},
		{"a demonym before a title is no proposer", "H\n\nMADRID (Reuters) - A Spanish judge on Wednesday ordered Telegram to shut channels that rebroadcast football matches.\n\nJudge Santiago Pedraz of the National Court said Telegram, which is owned by Dubai-based Telegram FZ-LLC, had ignored earlier requests.",
			graph.Proposed, "Spain", "shut channels"},
		{"argued for a proposal made before backs it", "H\n\nNorway launched a pledge calling on messaging companies to scan images. The Police Federation has long argued for such a pledge.",
			graph.Proposed, "Police Federation", "pledge"},
		{"meeting others is no meeting of the two", "H\n\nMedia Commissioners Niamh Hodnett and John Evans said the two would meet platform executives in Cork.",
			graph.Met, "Niamh Hodnett", "John Evans"},
		{"a new possessor ends the list", "H\n\nTencent Holdings' WeChat and Snap Inc's Snapchat are among the apps affected.",
			graph.Owns, "Tencent Holdings", "Snap Inc"},
		{"users exempted use nothing", "H\n\nThe regulator asked Tencent Holdings to exempt no users from age checks on WeChat.",
			graph.Uses, "Tencent Holdings", "WeChat"},
		{"European title is not the home country's", "H\n\nBERLIN (Reuters) - German Interior Minister Jonas Weber will meet European Commissioners Ylva Berg and Thierry Lenoir in Brussels.",
			graph.HoldsRole, "Thierry Lenoir", "Germany"},
		{"a court's block is no stance", "H\n\nANKARA (Reuters) - A Turkish court on Wednesday blocked access to the Discord messaging platform, saying the company had failed to remove abuse content, after a request from the Information and Communication Technologies Authority (BTK). Opposition lawmaker Burak Dalgin called the ban a step towards censorship and urged the government to lift it.",
			graph.Opposes, "Turk", "blocked access"},
		{"the possessor of the asker asks nothing", "H\n\nMADRID (Reuters) - Judge Santiago Pedraz on Wednesday ordered Telegram FZ-LLC to shut channels, after a complaint by Telefonica's pay-TV arm, Movistar Plus, and the broadcaster Mediapro.",
			graph.Proposed, "Telefonica", "shut channels"},
		{"the head of a body that speaks is no speaker", "H\n\nBERLIN (Reuters) - Germany on Monday proposed a law requiring apps to scan private chats.\n\nThe Chaos Computer Club, headed by Elisa Roth, said it would challenge the law in court.",
			graph.Opposes, "Elisa Roth", "scan private chats"},
		{"failed to back is no support", "H\n\nBRUSSELS (Reuters) - European Union governments on Thursday failed to back a European Commission proposal that would require messaging services to scan chats.",
			graph.Supports, "European Union", "scan chats"},
		{"a later clause names no addressee", "H\n\nBRASILIA (Reuters) - Brazilian Supreme Court Justice Alexandre de Moraes on Friday ordered the suspension of social media platform X in Brazil, after its owner Elon Musk refused to name a legal representative in the country.\n\nMoraes gave telecoms regulator Anatel 24 hours to enforce the order. Anatel President Carlos Baigorri said the agency would comply.\n\nMusk, who also runs Tesla and SpaceX, called Moraes a dictator. Starlink, the satellite internet unit of SpaceX, said it would keep providing access to X. The Brazilian Bar Association criticised the order, while President Luiz Inacio Lula da Silva backed the ruling.",
			graph.AddressedTo, "suspension", "Elon Musk"},
		{"a legislature's approval is not its country's", "H\n\nCANBERRA (Reuters) - Australia's parliament on Thursday approved a ban on social media for children under 16.",
			graph.Supports, "Australia", "ban on social media"},
		{"praise denied is no support", "H\n\nCANBERRA (Reuters) - Australia on Thursday proposed a ban on social media for children under 16.\n\nCritic Jane Doe said the law would not protect young people.",
			graph.Supports, "Jane Doe", "ban on social media"},
		{"praise of the law backs no repeal", "H\n\nOTTAWA (Reuters) - Canadian Justice Minister Arif Virani on Monday introduced the Online Harms Act, which would force social media companies to remove abuse content within 24 hours.\n\nConservative leader Pierre Poilievre vowed to scrap the bill if his party wins the next election.\n\nVirani said the legislation was needed to protect children, and the Canadian Centre for Child Protection endorsed it.",
			graph.Supports, "Canadian Centre for Child Protection", "scrap"},
		{"possessive binds its namesake only", "H\n\nUsers of Snap Inc's Snapchat and Discord were told to update.",
			graph.Owns, "Snap Inc", "Discord"},
		{"company after a clause of its own", "H\n\nFirms such as Zentro Corp, which owns the Korva app, and Apple Inc, whose iMessage app is encrypted, objected.",
			graph.Owns, "Zentro Corp", "Apple Inc"},
		{"it is not the latest demand when the sentence before judged another", "H\n\nThe government unveiled a plan that would require messaging apps to scan private chats. Interior Minister Ana Sousa also urged Zentro Corp and Telegram to appoint legal representatives in the country. The Green Party backed the plan. The Left Bloc opposed it.",
			graph.Opposes, "Left Bloc", "legal representatives"},
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

func TestExtractProposalNamesGeneral(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // words the proposal's name holds
		not        string // words it must not hold
	}{
		{"purpose clause", "H\n\nProsecutor Adam Nowak asked parliament to lift the immunity of a former minister so that he can be charged.",
			"lift the immunity", "so that"},
		{"particle of put forward", "H\n\nCanada and Britain on Thursday put forward a plan to give police access to encrypted messages.",
			"plan to give police access", "forward"},
		{"weekday", "H\n\nThe minister on Monday proposed a ban on anonymous prepaid phones on Tuesday.",
			"ban on anonymous prepaid phones", "Tuesday"},
		{"a request for comment is the reporter's", "H\n\nThe opposition party PASOK on Wednesday called for a ban on the sale of commercial spyware. Intellexa did not respond to a request for comment.",
			"ban on the sale", "comment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2022-05-10")
			found := false
			for _, e := range x.Entities {
				if e.Kind != graph.Proposal {
					continue
				}
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					if strings.Contains(n, tt.not) {
						t.Errorf("proposal %q (named %q) holds %q", e.Name, n, tt.not)
					}
				}
				found = found || strings.Contains(e.Name, tt.want)
			}
			if !found {
				t.Errorf("no proposal holding %q", tt.want)
			}
		})
	}
}
