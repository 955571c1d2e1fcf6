package loader_test

import (
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// The cases below are constructions of news English for services used,
// attacks and who carried them out, ownership, meetings and roles, written
// apart from any corpus story.

func TestExtractUsesAttacksGeneral(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		typ       graph.RelationType
		subj, obj string
	}{
		{"blamed a group for the blast", "H\n\nA bomb on a bus killed seven people in Kampala on Friday. Police blamed the Eastern Liberation Front, a militant group, for the blast.",
			graph.Perpetrated, "Eastern Liberation Front", "bombing"},
		{"its fighters had carried out", "H\n\nA bomb on a bus killed seven people in Kampala on Friday. The Eastern Liberation Front said its fighters had carried out the bombing.",
			graph.Perpetrated, "Eastern Liberation Front", "bombing"},
		{"accused a body of organising the attack", "H\n\nTALLINN (Reuters) - Estonia accused the Northern Directorate of organising an arson attack on a Tallinn supermarket.",
			graph.Perpetrated, "Northern Directorate", "arson"},
		{"is behind this attack", "H\n\nGunmen killed five people at a market in Djerba on Monday. “The Northern Directorate is behind this attack,” the minister said.",
			graph.Perpetrated, "Northern Directorate", "shooting"},
		{"who is accused of throwing the grenade", "H\n\nA grenade attack on a bakery in Cali wounded eleven people. Police arrested two men, among them Dario Mena, 19, who is accused of throwing the grenade.",
			graph.Perpetrated, "Dario Mena", "grenade"},
		{"names in apposition set fire", "H\n\nAn arson attack destroyed a supermarket in Tallinn in May. Prosecutors said two men, Ivo Ranta and Pavel Lind, set fire to the building.",
			graph.Perpetrated, "Pavel Lind", "arson"},
		{"members of a gang carried out", "H\n\nA grenade attack on a bakery in Cali wounded eleven people. Prosecutors said members of the Rojos gang had carried out the attack.",
			graph.Perpetrated, "Rojos", "grenade"},
		{"swapped instructions on a service", "H\n\nA bomb on a bus killed seven people in Kampala on Friday. Police said Omar Kato had swapped instructions on WhatsApp before the attack.",
			graph.Uses, "Omar Kato", "WhatsApp"},
		{"announced in a chat group", "H\n\nA student shot dead six people at a university in Brno. The gunman, named by police as Tomas Vrba, had announced the shooting in a Discord chat group.",
			graph.Uses, "Tomas Vrba", "Discord"},
		{"a statement on a service", "H\n\nA bomb on a bus killed seven people in Kampala on Friday. The Eastern Liberation Front said in a statement on Telegram that it carried out the bombing.",
			graph.Uses, "Eastern Liberation Front", "Telegram"},
		{"one of its channels", "H\n\nA gunman killed five people at a synagogue in Djerba. The Eastern Liberation Front claimed the attack in a message posted on one of its Telegram channels.",
			graph.Uses, "Eastern Liberation Front", "Telegram"},
		{"the gang through a service", "H\n\nPolice said the Rojos gang extorted shopkeepers in Cali. The gang demanded weekly payments through Telegram, police said.",
			graph.Uses, "Rojos", "Telegram"},
		{"an official who uses a service", "H\n\nOpposition leader Mira Sand, who uses WhatsApp to reach her supporters, criticised the plan.",
			graph.Uses, "Mira Sand", "WhatsApp"},
		{"used a product company's platform", "H\n\nPolice arrested blogger Tran Van Minh, who had used Facebook to call for protests.",
			graph.Uses, "Tran Van Minh", "Facebook"},
		{"x-owned name", "H\n\nByteDance-owned TikTok opened a data centre in Hanoi.",
			graph.Owns, "ByteDance", "TikTok"},
		{"which also owns", "H\n\nZentrix Corp, which also owns Viber and Threema, said it would comply.",
			graph.Owns, "Zentrix Corp", "Threema"},
		{"sat down with", "H\n\nTelecoms Minister Omar Haque sat down with Indian Telecom Minister Ravi Menon in New Delhi on Thursday.",
			graph.Met, "Omar Haque", "Ravi Menon"},
		{"received a guest in a city", "H\n\nPrime Minister Karim Said received Algeria's Interior Minister Nadir Bouzid in Tunis on Thursday.",
			graph.Met, "Karim Said", "Nadir Bouzid"},
		{"will discuss with a counterpart in a city", "H\n\nInterior Minister Ivo Maric will discuss the plan with Hungarian Interior Minister Lajos Kertesz in Budapest next week.",
			graph.Met, "Ivo Maric", "Lajos Kertesz"},
		{"pair with an apposition met", "H\n\nElection chief Sipho Dlamini and Meta's head of policy, Amara Diallo, met in Cape Town on Friday.",
			graph.Met, "Sipho Dlamini", "Amara Diallo"},
		{"acronym portfolio of a minister", "H\n\nKAMPALA (Reuters) - ICT Minister Chris Okello said the plan was needed.",
			graph.HoldsRole, "Chris Okello", "Uganda"},
		{"demonym and portfolio before minister", "H\n\nThe minister met Indian Telecom Minister Ravi Menon in New Delhi.",
			graph.HoldsRole, "Ravi Menon", "India"},
		{"cabinet secretary", "H\n\nKenya's ICT Cabinet Secretary Margaret Wanjiru said the plan was needed.",
			graph.HoldsRole, "Margaret Wanjiru", "Kenya"},
		{"whose chairman", "H\n\nThe Telecommunication Regulatory Commission, whose chairman Shyam Sikder attended the briefing, will send letters.",
			graph.HoldsRole, "Shyam Sikder", "Telecommunication Regulatory Commission"},
		{"party led by", "H\n\nThe opposition ANO party, led by Andrej Novak, said it supported stricter checks.",
			graph.HoldsRole, "Andrej Novak", "ANO"},
		{"the body's title with an adjective", "H\n\nThe Electoral Commission asked Meta to act. The commission's chief electoral officer, Sy Mamabolo, said hoaxes had spread.",
			graph.HoldsRole, "Sy Mamabolo", "Electoral Commission"},
		{"a company's title with a phrase", "H\n\nMeta's head of public policy for Africa, Amara Diallo, said the company would help.",
			graph.HoldsRole, "Amara Diallo", "Meta"},
		{"a unit of a company", "H\n\nPolice said the gang used the Pesapay mobile wallet. Pesapay, a unit of Kora Bank, said it had frozen the accounts.",
			graph.Owns, "Kora Bank", "Pesapay"},
		{"named him as after the bomber", "H\n\nA suicide bomber killed nine worshippers at a church in Alexandria. The bomber blew himself up at the gate. The ministry named him as Karim Sayed, a 27-year-old.",
			graph.Perpetrated, "Karim Sayed", "bombing"},
		{"suspects among them", "H\n\nMasked gunmen stormed a television studio in Guayaquil, wounding two people. Thirteen suspects were arrested at the scene, among them the group's alleged local boss, Julio Mena.",
			graph.Perpetrated, "Julio Mena", "Guayaquil"},
		{"suspected hitmen in apposition", "H\n\nReporter Ana Ruiz was shot dead outside her home in Culiacan. Two suspected hitmen, Jesus Beltran and Omar Felix, were detained on Saturday.",
			graph.Perpetrated, "Omar Felix", "shooting"},
		{"blamed a cell of a cartel", "H\n\nReporter Ana Ruiz was shot dead outside her home in Culiacan. Prosecutors blamed a cell of the Sinaloa Cartel for the murder.",
			graph.Perpetrated, "Sinaloa Cartel", "shooting"},
		{"members of a group were behind the attack", "H\n\nMasked gunmen stormed a television studio in Guayaquil, wounding two people. Police said members of Los Lobos, one of the country's biggest gangs, were behind the attack.",
			graph.Perpetrated, "Los Lobos", "Guayaquil"},
		{"a branch's claim is its group's", "H\n\nA suicide bomber killed nine worshippers at a church in Alexandria. Islamic State's Sinai Province claimed the bombing.",
			graph.Perpetrated, "Islamic State", "bombing"},
		{"identified by a body as", "H\n\nA gunman killed five people outside a synagogue in Djerba. The attacker, a guard identified by the Interior Ministry as Wissem Kadri, shot dead two guards before he was killed.",
			graph.Perpetrated, "Wissem Kadri", "shooting"},
		{"channels used by a group", "H\n\nEgypt demanded that Telegram close channels used by Islamic State to spread propaganda.",
			graph.Uses, "Islamic State", "Telegram"},
		{"instructions through a described app", "H\n\nA suicide bomber killed nine worshippers at a church in Alexandria. Police said Karim Sayed had received instructions from a handler in Libya through the encrypted messaging app Threema.",
			graph.Uses, "Karim Sayed", "Threema"},
		{"the group's news agency", "H\n\nA bomber killed nine people in Alexandria. Islamic State claimed the bombing in a statement carried by the group's Amaq news agency.",
			graph.Owns, "Islamic State", "Amaq"},
		{"owned by past an apposition", "H\n\nTC Television, the station that was attacked, is owned by the state holding company Ecuador TV Holdings.",
			graph.Owns, "Ecuador TV Holdings", "TC Television"},
		{"owned by a person's company", "H\n\nTelcel, the mobile carrier owned by billionaire Carlos Slim's America Movil, said it cooperated.",
			graph.Owns, "America Movil", "Telcel"},
		{"a body's chief with plain words", "H\n\nThe minister met United Nations human rights chief Volker Turk in Geneva on Monday.",
			graph.HoldsRole, "Volker Turk", "United Nations"},
		{"hosted a counterpart named by demonym", "H\n\nPresident Daniel Noboa hosted his Peruvian counterpart Dina Boluarte in Quito on Friday.",
			graph.Met, "Daniel Noboa", "Dina Boluarte"},
		{"a party led by a described person", "H\n\nThe opposition Tisza party, led by former government insider Peter Varga, rejected the fine.",
			graph.HoldsRole, "Peter Varga", "Tisza"},
		{"government spokesman serves the state", "H\n\nBUDAPEST (Reuters) - Hungary fined Meta Platforms on Wednesday. Government spokesman Zoltan Kiss said the fine was fair.",
			graph.HoldsRole, "Zoltan Kiss", "Hungary"},
		{"campaigns on a platform past an apposition", "H\n\nThe opposition Tisza party rejected the fine. Tisza, led by Peter Varga, campaigns mostly on Facebook.",
			graph.Uses, "Tisza", "Facebook"},
		{"followers on a platform", "H\n\nThe party campaigns mostly on Facebook, where Peter Varga has more than 500,000 followers.",
			graph.Uses, "Peter Varga", "Facebook"},
		{"a channel linked to a group", "H\n\nA drone attack on a gas field killed four workers. A Telegram channel linked to Kataib Hezbollah posted footage of the fire.",
			graph.Uses, "Kataib Hezbollah", "Telegram"},
		{"paid through after and", "H\n\nPolice said the Rojos gang recruited youths over WhatsApp and paid them through the Pesapay mobile money service.",
			graph.Uses, "Rojos", "Pesapay"},
		{"a subsidiary of a country's company", "H\n\nVodacom Mozambique, a subsidiary of South Africa's Vodacom Group, said it would comply.",
			graph.Owns, "Vodacom Group", "Vodacom Mozambique"},
		{"the parent of two services", "H\n\nMeta, the parent of Facebook and Instagram, said it would appeal.",
			graph.Owns, "Meta", "Facebook"},
		{"the attack by a described person", "H\n\nA knife attack in Plovdiv killed two people. The attack by a 19-year-old student, Nikolai Radev, was the deadliest in years.",
			graph.Perpetrated, "Nikolai Radev", "Plovdiv"},
		{"messages sent on a service by a person", "H\n\nA knife attack in Plovdiv killed two people. Prosecutors said messages sent on Signal by Nikolai Radev to a contact showed he had planned it.",
			graph.Uses, "Nikolai Radev", "Signal"},
		{"posted on a service by a group", "H\n\nAn attack on an army base near Djibo killed at least 30 soldiers. Videos of the attack were posted on Telegram by az-Zallaqa, JNIM's media arm.",
			graph.Uses, "az-Zallaqa", "Telegram"},
		{"runs channels on a service", "H\n\nAn attack on an army base near Djibo killed 30 soldiers. Videos were posted by az-Zallaqa, JNIM's media arm, which also runs channels on WhatsApp.",
			graph.Uses, "az-Zallaqa", "WhatsApp"},
		{"a group's media arm", "H\n\nVideos were posted by az-Zallaqa, JNIM's media arm, on Friday.",
			graph.Owns, "JNIM", "az-Zallaqa"},
		{"a service run by a company after an apposition", "H\n\nFraudsters stole millions, mostly through MTN MoMo, the mobile money service run by MTN Ghana.",
			graph.Owns, "MTN Ghana", "MTN MoMo"},
		{"a country's rank", "H\n\nOUAGADOUGOU (Reuters) - Captain Ibrahim Traore received Mali's Colonel Assimi Goita in Ouagadougou on Saturday.",
			graph.HoldsRole, "Assimi Goita", "Mali"},
		{"received a guest with a rank", "H\n\nOUAGADOUGOU (Reuters) - Captain Ibrahim Traore received Mali's Colonel Assimi Goita in Ouagadougou on Saturday.",
			graph.Met, "Ibrahim Traore", "Assimi Goita"},
		{"a governor after a bank's name", "H\n\nBank of Ghana Governor Ernest Addison met MTN Group Chief Executive Ralph Mupita in Accra on Friday.",
			graph.Met, "Ernest Addison", "Ralph Mupita"},
		{"an attack that killed soldiers", "H\n\nAn attack on an army base near Djibo killed at least 30 soldiers. JNIM claimed responsibility for the assault.",
			graph.OccurredIn, "Djibo", "Djibo"},
		{"a group's agency says the attacker was its soldier", "H\n\nA gunman killed five people at a Christmas market in Strasbourg. Islamic State's Amaq news agency said the attacker was one of its soldiers.",
			graph.Perpetrated, "Islamic State", "Strasbourg"},
		{"named by police as an aged person", "H\n\nA suicide bomber killed 14 people at a concert in Leeds. The bomber, named by police as 23-year-old Rashid Malik, detonated a device in the foyer.",
			graph.Perpetrated, "Rashid Malik", "Leeds"},
		{"the gunman with a rank", "H\n\nA gunman shot dead three sailors at a naval base in Pensacola. Barr said the gunman, Second Lieutenant Saeed al-Qahtani, had acted alone.",
			graph.Perpetrated, "Saeed al-Qahtani", "Pensacola"},
		{"watched videos on a service", "H\n\nA suicide bomber killed 14 people at a concert in Leeds. The bomber, named by police as Rashid Malik, had watched bomb-making videos on YouTube.",
			graph.Uses, "Rashid Malik", "YouTube"},
		{"a group in a region", "H\n\nA gunman shot dead three sailors at a naval base in Pensacola. Al Qaeda in the Arabian Peninsula claimed responsibility for the shooting.",
			graph.Perpetrated, "Al Qaeda in the Arabian Peninsula", "Pensacola"},
		{"charged friends with helping", "H\n\nA suicide bomber killed 16 people on a metro train in Brussels. Police have charged two of Amrani's friends, Mehdi Belkadi and Ayoub Tahar, with helping him prepare the explosives.",
			graph.Perpetrated, "Ayoub Tahar", "Brussels"},
		{"an attack near a town", "H\n\nA suicide car bombing killed 40 policemen in the region. Jaish-e-Mohammed claimed responsibility for the attack near Pulwama.",
			graph.OccurredIn, "bombing", "Pulwama"},
		{"a video the group circulated", "H\n\nJaish-e-Mohammed, a Pakistan-based militant group, claimed the bombing. The bomber had recorded a video message that the group circulated on WhatsApp and Twitter after the blast.",
			graph.Uses, "Jaish-e-Mohammed", "Twitter"},
		{"the company-owned service is the story's topic", "H\n\nIndia asked WhatsApp to trace messages. WhatsApp said it would not. The group circulated the video on WhatsApp and Twitter. The minister said the Facebook-owned service must find a way.",
			graph.Owns, "Facebook", "WhatsApp"},
		{"police chief serves the state", "H\n\nAMSTERDAM (Reuters) - Dutch police want new powers. Police chief Henk van Dam said officers needed access to apps.",
			graph.HoldsRole, "Henk van Dam", "Netherlands"},
		{"a body's word in a title", "H\n\nBRUSSELS (Reuters) - The European Commission proposed new rules on Monday. Commission President Ursula von der Leyen said they were needed.",
			graph.HoldsRole, "Ursula von der Leyen", "European Commission"},
		{"a hyphenated title", "H\n\nEuropean Commission Executive Vice-President Henna Virta said the rules were needed.",
			graph.HoldsRole, "Henna Virta", "European Commission"},
		{"the maker of a game", "H\n\nApple rejected the call. Epic Games, the maker of Fortnite, has long argued for lower fees.",
			graph.Owns, "Epic Games", "Fortnite"},
		{"the company that sells a tool", "H\n\nPhones were infected with the Predator tool. Intellexa, the company that sells Predator, did not comment.",
			graph.Owns, "Intellexa", "Predator"},
		{"which owns an unknown name", "H\n\nAylo, which owns Pornhub, said age checks did not work.",
			graph.Owns, "Aylo", "Pornhub"},
		{"the pronoun before the verb is the user", "H\n\nA man stabbed three people near a synagogue in central Vienna. The attacker, whom police identified as Beran K., pledged allegiance to Islamic State in a video he sent to friends over Telegram.",
			graph.Uses, "Beran", "Telegram"},
		{"an attack that killed a woman, blamed on a gang", "H\n\nA bomb destroyed an apartment block entrance in Malmo and killed a 19-year-old woman. Police said the attackers planned the bombing, which they blamed on the Foxtrot network.",
			graph.Perpetrated, "Foxtrot", "Malmo"},
		{"teenagers suspected of planting the bomb", "H\n\nA bomb destroyed an apartment block entrance in Malmo and killed a 19-year-old woman. Two teenagers suspected of planting the bomb, Elias Hadad and Noah Lind, were detained on Monday.",
			graph.Perpetrated, "Noah Lind", "Malmo"},
		{"named one of the gunmen as", "H\n\nGunmen stormed a shopping mall in Nairobi and killed 15 people. Police named one of the four gunmen as Abdirahim Omar, a law graduate.",
			graph.Perpetrated, "Abdirahim Omar", "Nairobi"},
		{"which it announced on a service", "H\n\nGunmen stormed a shopping mall in Nairobi and killed 15 people. The militant group al Shabaab said its fighters had carried out the attack, which it announced in real time on Twitter.",
			graph.Uses, "al Shabaab", "Twitter"},
		{"a gang led by a person after a descriptor", "H\n\nPolice blamed the Foxtrot network, a criminal gang led by Rawa Majid, for the bombing.",
			graph.HoldsRole, "Rawa Majid", "Foxtrot"},
		{"a product's parent", "H\n\nFacebook's parent Meta Platforms lobbied against the rule.",
			graph.Owns, "Meta Platforms", "Facebook"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2024-05-10")
			// A meeting is stored either way round.
			if !hasRelation(x, tt.typ, tt.subj, tt.obj) && !(tt.typ == graph.Met && hasRelation(x, tt.typ, tt.obj, tt.subj)) {
				var got []string
				for _, r := range x.Relations {
					got = append(got, string(r.Type)+" "+r.Subject+" -> "+r.Object)
				}
				t.Errorf("no %s %q -> %q; got %v", tt.typ, tt.subj, tt.obj, got)
			}
		})
	}
}

func TestExtractNoUsesGeneral(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		typ       graph.RelationType
		subj, obj string
	}{
		{"a participle after its noun", "H\n\nThe regulator asked Meta Platforms to remove deepfakes, as outrage grows over images shared in chat rooms on Telegram.",
			graph.Uses, "Meta Platforms", "Telegram"},
		{"its victims through a service", "H\n\nPolice said the Rojos gang extorted shopkeepers. The gang demanded payments from its victims through Telegram.",
			graph.Owns, "Rojos", "Telegram"},
		{"planned to ban a service", "H\n\nThe minister said the government planned to ban Telegram.",
			graph.Uses, "Telegram", "Telegram"},
		{"blamed for something else", "H\n\nA bomb on a bus killed seven people in Kampala on Friday. The minister blamed the Eastern Liberation Front for the unrest in the north.",
			graph.Perpetrated, "Eastern Liberation Front", "bombing"},
		{"received a letter from", "H\n\nPrime Minister Karim Said received a letter from Nadir Bouzid on Thursday.",
			graph.Met, "Karim Said", "Nadir Bouzid"},
		{"discussed by phone", "H\n\nInterior Minister Ivo Maric discussed the plan with Lajos Kertesz by phone.",
			graph.Met, "Ivo Maric", "Lajos Kertesz"},
		{"police spokesman speaks for no group", "H\n\nA bomb on a bus killed seven people in Kampala. The Eastern Liberation Front said its fighters had carried out the bombing. Police spokesman Fred Okot said the suspects had been arrested.",
			graph.HoldsRole, "Fred Okot", "Eastern Liberation Front"},
		{"a body named before an official's title", "H\n\nThe RCMP asked for the data. RCMP Commissioner Dana Kerr said officers were ready.",
			graph.HoldsRole, "Dana Kerr", "Canada"},
		{"the victim of a passive killing", "H\n\nReporter Ana Ruiz was shot dead outside her home in Culiacan on Friday.",
			graph.Perpetrated, "Ana Ruiz", "shooting"},
		{"the EU executive is no official", "H\n\nLISBON (Reuters) - Portugal wants powers to block channels, Secretary of State for Digitalisation Mario Campo said. In a letter, Campo asked the EU executive to let regulators close channels.",
			graph.AddressedTo, "close channels", "Mario Campo"},
		{"several gunmen are not the one named", "H\n\nMasked gunmen stormed a television studio in Guayaquil, wounding two people. Thirteen suspects were arrested, among them Julio Mena. The gunmen had posted clips on TikTok.",
			graph.Uses, "Julio Mena", "TikTok"},
		{"did not claim the attack", "H\n\nA drone attack on a gas field in Erbil killed four workers. Kataib Hezbollah posted footage but did not claim the attack.",
			graph.Perpetrated, "Kataib Hezbollah", "attack"},
		{"a company's business on its own service", "H\n\nThe authority ordered Meta Platforms to label all political adverts on Facebook and Instagram. Meta, the parent of Facebook and Instagram, said it would appeal.",
			graph.Uses, "Meta", "Facebook"},
		{"ordered to act on a service", "H\n\nThe regulator fined Zentrix Corp and ordered it to remove adverts on Telegram.",
			graph.Uses, "Zentrix Corp", "Telegram"},
		{"said with a service far in the clause", "H\n\nThe Bank of Ghana said fraudsters stole 120 million cedis last year, mostly through MTN MoMo.",
			graph.Uses, "Bank of Ghana", "MTN MoMo"},
		{"bought a company's business", "H\n\nTelecel Ghana, which bought Vodafone's Ghanaian business in 2023, said it blocked accounts.",
			graph.Owns, "Telecel Ghana", "Vodafone"},
		{"a service named after a company that another runs", "H\n\nFraudsters used MTN MoMo, the mobile money service run by MTN Ghana. MTN Group Chief Executive Ralph Mupita said it would help.",
			graph.Owns, "MTN Group", "MTN MoMo"},
		{"handed over a service's backups", "H\n\nApple said it had already handed over iCloud backups to the FBI.",
			graph.Uses, "Apple", "iCloud"},
		{"a group's operatives before the verb", "H\n\nA gunman shot dead three sailors at a naval base in Pensacola. Barr said the gunman, Saeed Qahtani, had been in contact with al Qaeda operatives and had posted messages on Twitter.",
			graph.Uses, "al Qaeda", "Twitter"},
		{"an unnamed possessor's spokesman", "H\n\nThe minister summoned Google to a meeting. Labour's home affairs spokesman, Tom Ash, said the plan was wrong.",
			graph.HoldsRole, "Tom Ash", "Google"},
		{"an attacker's rank is not the state's", "H\n\nWASHINGTON (Reuters) - A gunman shot dead three sailors at a naval base in Pensacola. The gunman, Second Lieutenant Saeed Qahtani, was a Saudi officer.",
			graph.HoldsRole, "Saeed Qahtani", "United States"},
		{"charged with fraud", "H\n\nA suicide bomber killed 16 people on a metro train in Brussels. Police charged Mehdi Belkadi with tax fraud.",
			graph.Perpetrated, "Mehdi Belkadi", "Brussels"},
		{"a company-owned service is not the last one named", "H\n\nIndia asked WhatsApp to trace messages. WhatsApp said it would not. The group circulated the video on WhatsApp and Twitter. The minister said the Facebook-owned service must find a way.",
			graph.Owns, "Facebook", "Twitter"},
		{"a group named before the pronoun", "H\n\nA man stabbed three people near a synagogue in central Vienna. The attacker, whom police identified as Beran K., pledged allegiance to Islamic State in a video he sent to friends over Telegram.",
			graph.Uses, "Islamic State", "Telegram"},
		{"a secretary's portfolio is no body of the story", "H\n\nWASHINGTON (Reuters) - The U.S. Chamber of Commerce backed the rule. Commerce Secretary Gina Rainer said it would take effect in May.",
			graph.HoldsRole, "Gina Rainer", "Chamber of Commerce"},
		{"blamed on the weather", "H\n\nA bomb killed a woman in Malmo. The minister blamed the delays on the Foxtrot network.",
			graph.Perpetrated, "Foxtrot", "Malmo"},
		{"accused of fraud", "H\n\nA bomb on a bus killed seven people in Kampala on Friday. Police arrested Omar Kato, who is accused of fraud.",
			graph.Perpetrated, "Omar Kato", "bombing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2024-05-10")
			if hasRelation(x, tt.typ, tt.subj, tt.obj) || tt.typ == graph.Met && hasRelation(x, tt.typ, tt.obj, tt.subj) {
				t.Errorf("got %s %q -> %q, want none", tt.typ, tt.subj, tt.obj)
			}
		})
	}
}

func TestExtractEntitiesServicesPlacesGeneral(t *testing.T) {
	tests := []struct {
		name string
		text string
		kind graph.Kind
		want string
	}{
		{"a gang named before its head", "H\n\nProsecutors said members of the Rojos gang had carried out the attack.", graph.Organization, "Rojos"},
		{"an app listed before a described one", "H\n\nThe minister demanded that the Zavo and Telegram messaging apps open offices in the country.", graph.Service, "Zavo"},
		{"a mobile wallet", "H\n\nThe gang collected payments through the Pesapay mobile wallet.", graph.Service, "Pesapay"},
		{"a city before a company noun", "H\n\nDiscord Inc, the San Francisco company behind the Discord app, said it had suspended the account.", graph.Place, "San Francisco"},
		{"a body in apposition", "H\n\nFundacion Karisma, a Bogota-based digital rights group, warned that the request went too far.", graph.Organization, "Fundacion Karisma"},
		{"a product company's platform after a use verb", "H\n\nPolice arrested blogger Tran Van Minh, who had used Facebook to call for protests.", graph.Service, "Facebook"},
		{"a Spanish article opens a gang's name", "H\n\nPolice said members of Los Lobos were behind the attack.", graph.Organization, "Los Lobos"},
		{"a cartel", "H\n\nProsecutors blamed the Sinaloa Cartel for the murder.", graph.Organization, "Sinaloa Cartel"},
		{"a branch after its group's possessive", "H\n\nIslamic State's Sinai Province claimed the bombing.", graph.Organization, "Sinai Province"},
		{"an Arabic article in a surname", "H\n\nPresident Abdel Fattah al-Sisi met church leaders in Cairo.", graph.Person, "Abdel Fattah al-Sisi"},
		{"a title through a second for", "H\n\nThe bill was tabled, Minister of State for Home Affairs Faishal Ibrahim said.", graph.Person, "Faishal Ibrahim"},
		{"initiative for", "H\n\nThe Egyptian Initiative for Personal Rights said a ban would hurt users.", graph.Organization, "Egyptian Initiative for Personal Rights"},
		{"an app with two kinds", "H\n\nThe Pesapay ride-hailing and payments app was blocked on Monday.", graph.Service, "Pesapay"},
		{"a word before a known group", "H\n\nA channel linked to Kataib Hezbollah posted footage.", graph.Organization, "Kataib Hezbollah"},
		{"a known group's branch after it", "H\n\nIslamic State Mozambique Province said its militants had seized the town.", graph.Organization, "Islamic State Mozambique Province"},
		{"a company word ends the name", "H\n\nThe field is run by Dana Gas, which said output had stopped.", graph.Organization, "Dana Gas"},
		{"a mobile money service", "H\n\nFighters were paid through the Pesapay mobile money service.", graph.Service, "Pesapay"},
		{"a news agency before that", "H\n\nThe group said through its Amaq news agency that its militants had seized the town.", graph.Organization, "Amaq"},
		{"an Arabic article opens a name", "H\n\nVideos were posted by az-Zallaqa, JNIM's media arm, on Friday.", graph.Organization, "az-Zallaqa"},
		{"a bracketed acronym after an Arabic name", "H\n\nJama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the assault.", graph.Organization, "Jama'at Nusrat al-Islam wal-Muslimin"},
		{"a chamber's plural title word stays in its name", "H\n\nPresident Joe Biden urged the House of Representatives to pass the bill quickly.", graph.Organization, "House of Representatives"},
		{"a bank's name before its governor", "H\n\nBank of Ghana Governor Ernest Addison said the rule would help.", graph.Organization, "Bank of Ghana"},
		{"a state's abbreviation before its department", "H\n\nThe U.S. Justice Department asked Apple Inc to help.", graph.Country, "United States"},
		{"the department after the state's abbreviation", "H\n\nThe U.S. Justice Department asked Apple Inc to help.", graph.Organization, "Justice Department"},
		{"a royal's name with bint", "H\n\nBarr met Saudi Ambassador Princess Reema bint Bandar on Tuesday.", graph.Person, "Reema bint Bandar"},
		{"a town before its arena", "H\n\nA bomber struck a concert at the Leeds Arena on Friday.", graph.Place, "Leeds"},
		{"a descriptor before a name with of", "H\n\nDigital rights group Bits of Freedom also opposed the plan.", graph.Organization, "Bits of Freedom"},
		{"a hyphenated title is no part of a name", "H\n\nExecutive Vice-President Henna Virta said the rules were needed.", graph.Person, "Henna Virta"},
		{"what a company owns", "H\n\nAmerica Movil, which owns Telcel, said it would comply.", graph.Service, "Telcel"},
		{"what a company makes", "H\n\nEpic Games, the maker of Fortnite, has long argued for lower fees.", graph.Service, "Fortnite"},
		{"a product company's pages", "H\n\nThe Philippines asked Meta Platforms to take down Facebook pages run by militants.", graph.Service, "Facebook"},
		{"a city before a body's name in apposition", "H\n\nOSLO (Reuters) - Police asked Apple to unlock the phone of a man suspected of a shooting in Oslo, the Police Security Service said.", graph.Place, "Oslo"},
		{"a site's town the gazetteer lacks", "H\n\nA gunman shot dead nine people at two shisha bars in Hanau.", graph.Place, "Hanau"},
		{"a demonym before a portfolio", "H\n\nThe minister met Indian Telecom Minister Ravi Menon in New Delhi.", graph.Country, "India"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEntity(t, MustExtract(t, tt.text, "2024-05-10"), tt.kind, tt.want)
		})
	}
}

func TestExtractNotEntitiesServicesPlacesGeneral(t *testing.T) {
	tests := []struct {
		name string
		text string
		kind graph.Kind
		form string
	}{
		{"a portfolio acronym is no body", "H\n\nKAMPALA (Reuters) - ICT Minister Chris Okello said the plan was needed.", graph.Organization, "ICT"},
		{"a portfolio with a body's head word", "H\n\nKenya's ICT Cabinet Secretary Margaret Wanjiru said the plan was needed.", graph.Organization, "ICT Cabinet"},
		{"a person in apposition to a title", "H\n\nAmber Rudd, a former interior minister, said the plan was bad.", graph.Organization, "Amber Rudd"},
		{"a private body keeps its country", "H\n\nThe U.S. Chamber of Commerce criticised the plan.", graph.Organization, "Chamber of Commerce"},
		{"an association keeps its country", "H\n\nThe UK Internet Providers Association said the rule was unworkable.", graph.Organization, "Internet Providers Association"},
		{"a rank is no part of a name", "H\n\nCaptain Ibrahim Traore received Colonel Assimi Goita on Saturday.", graph.Person, "Captain Ibrahim Traore"},
		{"a person a minister met is no product", "H\n\nThe minister, who runs Italy's interior ministry, met Marco Rossi on Friday.", graph.Service, "Marco Rossi"},
		{"a city before a body's name is no service", "H\n\nOSLO (Reuters) - Police asked Apple to unlock the phone of a man suspected of a shooting in Oslo, the Police Security Service said.", graph.Service, "Oslo"},
		{"a place before a company that", "H\n\nProton AG, the Geneva-based company that runs Proton Mail, objected.", graph.Organization, "Geneva"},
		{"a city before a company noun is no person", "H\n\nDiscord Inc, the San Francisco company behind the Discord app, said it had suspended the account.", graph.Person, "San Francisco"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2024-05-10")
			for _, e := range x.Entities {
				if e.Kind == tt.kind && e.Name == tt.form {
					t.Errorf("got %s %q, want none", tt.kind, tt.form)
				}
			}
		})
	}
}
