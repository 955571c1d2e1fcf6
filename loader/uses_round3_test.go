package loader_test

import (
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// Use of services by militant groups and attackers, and the groups put
// behind attacks, in wordings written apart from any corpus story.

func TestExtractUsesAndPerpetratorsRound3(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		typ       graph.RelationType
		subj, obj string
	}{
		{"behind an attack dated by its weekday", "H\n\nKARVIK (Reuters) - Police said the Harran Brotherhood, a militant network loyal to al Qaeda, was behind Sunday's bombings at two mosques in Karvik that killed 9 people.",
			graph.Perpetrated, "Harran Brotherhood", "bombing"},
		{"behind an attack named right after", "H\n\nKARVIK (Reuters) - Police said the Harran Brotherhood was behind the bombing of a market in Karvik that killed 9 people.",
			graph.Perpetrated, "Harran Brotherhood", "bombing"},
		{"the militants of the group the attack is put on", "H\n\nKARVIK (Reuters) - Gunmen killed 12 people at a market in Karvik on Sunday. Police blamed the Harran Brotherhood for the attack.\n\nInterior Minister Arvo Lind said the militants had recruited young men on Facebook for years.",
			graph.Uses, "Harran Brotherhood", "Facebook"},
		{"the militants used a service", "H\n\nKARVIK (Reuters) - A bomb exploded at a university in Karvik on Sunday, killing four people. The bombing was claimed by the Harran Brotherhood.\n\nDefence Minister Arvo Lind said the militants used Telegram to spread their propaganda.",
			graph.Uses, "Harran Brotherhood", "Telegram"},
		{"a manifesto posted on a forum named with a digit", "H\n\nKARVIK (Reuters) - A gunman shot dead 10 people at a supermarket in Karvik on Saturday.\n\nThe suspect, Tomas Varga, 19, posted a manifesto on 4chan beforehand, police said.",
			graph.Uses, "Tomas Varga", "4chan"},
		{"recruited on a service in an adjunct", "H\n\nKARVIK (Reuters) - Police said two young men, Tomas Varga and Erik Holm, set fire to a supermarket in Karvik after being recruited on Telegram by a handler.",
			graph.Uses, "Erik Holm", "Telegram"},
		{"recruited on a service in the passive", "H\n\nKARVIK (Reuters) - Tomas Varga was recruited via Telegram and paid in cryptocurrency, prosecutors said.",
			graph.Uses, "Tomas Varga", "Telegram"},
		{"an attack organised by a group", "H\n\nKARVIK (Reuters) - Two men set fire to a supermarket in Karvik in May. Prosecutors said the arson attack was organised by the Harran Brotherhood.",
			graph.Perpetrated, "Harran Brotherhood", "arson"},
		{"a group masterminded the attack", "H\n\nKARVIK (Reuters) - A bomb exploded at a market in Karvik on Sunday, killing 9 people. Police said the Harran Brotherhood masterminded the bombing.",
			graph.Perpetrated, "Harran Brotherhood", "bombing"},
		{"a party named in the subject's list runs groups on a service", "H\n\nKARVIK (Reuters) - Several parties, including the Karvik Green Party, run WhatsApp groups to mobilise supporters, officials said.",
			graph.Uses, "Karvik Green Party", "WhatsApp"},
		{"a group runs accounts named by the service first", "H\n\nKARVIK (Reuters) - The Harran Brotherhood runs Telegram channels to spread its propaganda, police said.",
			graph.Uses, "Harran Brotherhood", "Telegram"},
		{"an attack blamed on a group in the active", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. The government blamed the bombing on the Harran Brotherhood.",
			graph.Perpetrated, "Harran Brotherhood", "bombing"},
		{"the group behind the attack", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Police said the Harran Brotherhood was the group behind the attack.",
			graph.Perpetrated, "Harran Brotherhood", "bombing"},
		{"took responsibility for the attack", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. The Harran Brotherhood took responsibility for the attack.",
			graph.Perpetrated, "Harran Brotherhood", "bombing"},
		{"the attack was the work of a group", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. The attack was the work of the Harran Brotherhood, police said.",
			graph.Perpetrated, "Harran Brotherhood", "bombing"},
		{"messages sent on a service by members of a group", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Police said messages exchanged on Signal by members of the Harran Brotherhood showed the plot.",
			graph.Uses, "Harran Brotherhood", "Signal"},
		{"an app used by a group, in apposition", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Threema, an app used by the Harran Brotherhood, was blocked on Monday.",
			graph.Uses, "Harran Brotherhood", "Threema"},
		{"active on a service", "H\n\nKARVIK (Reuters) - A gunman killed 9 people at a mosque in Karvik on Friday. The Harran Brotherhood claimed the attack. Police named the gunman as Tomas Varga. Varga was active on Telegram for months.",
			graph.Uses, "Tomas Varga", "Telegram"},
		{"a following on a service", "H\n\nKARVIK (Reuters) - A gunman killed 9 people at a mosque in Karvik on Friday. The Harran Brotherhood claimed the attack. The Harran Brotherhood has a large following on TikTok.",
			graph.Uses, "Harran Brotherhood", "TikTok"},
		{"turned to a service", "H\n\nKARVIK (Reuters) - A gunman killed 9 people at a mosque in Karvik on Friday. The Harran Brotherhood claimed the attack. The Harran Brotherhood turned to Telegram after being banned from Facebook.",
			graph.Uses, "Harran Brotherhood", "Telegram"},
		{"dozens of accounts on a service", "H\n\nKARVIK (Reuters) - A gunman killed 9 people at a mosque in Karvik on Friday. The Harran Brotherhood claimed the attack. The Harran Brotherhood operates dozens of accounts on Telegram.",
			graph.Uses, "Harran Brotherhood", "Telegram"},
		{"in the name of a group named with an article", "H\n\nKARVIK (Reuters) - A gunman killed 9 people at a mosque in Karvik on Friday. Police said the attack was carried out in the name of the Harran Brotherhood.",
			graph.Perpetrated, "Harran Brotherhood", "shooting"},
		{"a person's messages on a service", "H\n\nKARVIK (Reuters) - A gunman killed 9 people at a mosque in Karvik on Friday. Police named the gunman as Tomas Varga. Police said Varga's messages on WhatsApp showed he had planned the attack.",
			graph.Uses, "Tomas Varga", "WhatsApp"},
		{"a group's posts on a service", "H\n\nKARVIK (Reuters) - A gunman killed 9 people at a mosque in Karvik on Friday. Police named the gunman as Tomas Varga. The Harran Brotherhood's posts on Telegram praised the attack.",
			graph.Uses, "Harran Brotherhood", "Telegram"},
		{"convicted of the attack", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Tomas Varga was convicted of the bombing in 2023.",
			graph.Perpetrated, "Tomas Varga", "bombing"},
		{"admitted carrying out the attack", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Tomas Varga admitted carrying out the attack.",
			graph.Perpetrated, "Tomas Varga", "bombing"},
		{"confessed to the attack", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Tomas Varga confessed to the bombing, prosecutors said.",
			graph.Perpetrated, "Tomas Varga", "bombing"},
		{"arrested on suspicion of the attack", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Police arrested Tomas Varga on suspicion of carrying out the bombing.",
			graph.Perpetrated, "Tomas Varga", "bombing"},
		{"detained on suspicion of the attack, in the passive", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Tomas Varga was detained on Saturday on suspicion of carrying out the bombing.",
			graph.Perpetrated, "Tomas Varga", "bombing"},
		{"spreads propaganda via a service, in the present", "H\n\nKARVIK (Reuters) - A gunman killed 9 people at a mosque in Karvik on Friday. The Harran Brotherhood claimed the attack. The Harran Brotherhood spreads propaganda via Telegram.",
			graph.Uses, "Harran Brotherhood", "Telegram"},
		{"sells through a service, in the present", "H\n\nKARVIK (Reuters) - A gunman killed 9 people at a mosque in Karvik on Friday. The Harran Brotherhood claimed the attack. The Harran Brotherhood sells drugs through Instagram.",
			graph.Uses, "Harran Brotherhood", "Instagram"},
		{"sends messages via a service, in the present", "H\n\nKARVIK (Reuters) - A gunman killed 9 people at a mosque in Karvik on Friday. The Harran Brotherhood claimed the attack. The Harran Brotherhood sends encrypted messages via Threema.",
			graph.Uses, "Harran Brotherhood", "Threema"},
		{"the attackers were members of a group", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Police said the attackers were members of the Harran Brotherhood.",
			graph.Perpetrated, "Harran Brotherhood", "bombing"},
		{"the bomber belonged to a group", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Police said the bomber belonged to the Harran Brotherhood.",
			graph.Perpetrated, "Harran Brotherhood", "bombing"},
		{"the attack, claimed by a group", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. The attack, claimed by the Harran Brotherhood, was the deadliest this year.",
			graph.Perpetrated, "Harran Brotherhood", "bombing"},
		{"attributed the attack to a group", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Authorities attributed the attack to the Harran Brotherhood.",
			graph.Perpetrated, "Harran Brotherhood", "bombing"},
		{"the attack was ordered by a group", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Officials said the bombing was ordered by the Harran Brotherhood.",
			graph.Perpetrated, "Harran Brotherhood", "bombing"},
		{"wrote on the platform X", "H\n\nKARVIK (Reuters) - Erik Holm wrote on X that the plan was censorship.",
			graph.Uses, "Erik Holm", "X"},
		{"an official said on a service", "H\n\nKARVIK (Reuters) - Opposition leader Erik Holm said on Telegram that the plan was censorship.",
			graph.Uses, "Erik Holm", "Telegram"},
		{"ran ads on a service", "H\n\nKARVIK (Reuters) - The Karvik Green Party ran ads on Facebook targeting young voters.",
			graph.Uses, "Karvik Green Party", "Facebook"},
		{"blew himself up", "H\n\nKARVIK (Reuters) - Tomas Varga blew himself up at a market in Karvik on Friday, killing 9 people.",
			graph.Perpetrated, "Tomas Varga", "Karvik"},
		{"named as the attacker", "H\n\nKARVIK (Reuters) - An attack killed 9 people at a market in Karvik on Friday. Tomas Varga has been named as the attacker.",
			graph.Perpetrated, "Tomas Varga", "Karvik"},
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

func TestExtractNotPlatformXRound3(t *testing.T) {
	tests := []struct{ name, text string }{
		{"a name's letter", "H\n\nKARVIK (Reuters) - Erik Holm wrote a book on Malcolm X last year."},
		{"a generation", "H\n\nKARVIK (Reuters) - Erik Holm said the plan would weigh on Generation X voters."},
		{"a letter with no posting", "H\n\nKARVIK (Reuters) - The vote on X was delayed."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if e := entityNamed(MustExtract(t, tt.text, "2022-05-10"), graph.Service, "X"); e != nil {
				t.Errorf("service %q extracted", e.Name)
			}
		})
	}
}

func TestExtractNoUsesOrPerpetratorRound3(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		typ       graph.RelationType
		subj, obj string
	}{
		{"behind a campaign, not the attack", "H\n\nKARVIK (Reuters) - Gunmen killed 12 people at a market in Karvik on Sunday.\n\nThe Karvik Civic Union was behind Sunday's campaign of protests against the attack.",
			graph.Perpetrated, "Karvik Civic Union", "attack"},
		{"militants with two groups blamed", "H\n\nKARVIK (Reuters) - Gunmen killed 12 people at a market in Karvik on Sunday. Police blamed the Harran Brotherhood and the Veda Front for the attack.\n\nInterior Minister Arvo Lind said the militants had recruited young men on Facebook.",
			graph.Uses, "Harran Brotherhood", "Facebook"},
		{"a date on a digit-led word is no site", "H\n\nKARVIK (Reuters) - The Harran Brotherhood posted a statement on 5G networks on Monday.",
			graph.Uses, "Harran Brotherhood", "5G"},
		{"an ordinal is no site", "H\n\nKARVIK (Reuters) - Tomas Varga posted the video on 2nd floor screens.",
			graph.Uses, "Tomas Varga", "2nd"},
		{"an official speaks of others recruited", "H\n\nKARVIK (Reuters) - Interior Minister Arvo Lind said teenagers were recruited on Telegram to set fires.",
			graph.Uses, "Arvo Lind", "Telegram"},
		{"protests organised against the attack", "H\n\nKARVIK (Reuters) - A bomb exploded at a market in Karvik on Sunday, killing 9 people. The Karvik Civic Union organised protests against the attack.",
			graph.Perpetrated, "Karvik Civic Union", "attack"},
		{"a company that runs its own service's groups is its owner", "H\n\nKARVIK (Reuters) - Meta Platforms, which owns WhatsApp, runs WhatsApp groups for small businesses.",
			graph.Uses, "Meta Platforms", "WhatsApp"},
		{"took responsibility for security after the attack", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. The Karvik Civic Union took responsibility for security in Karvik after the bombing.",
			graph.Perpetrated, "Karvik Civic Union", "bombing"},
		{"blamed the attack on a failure", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. The Karvik Civic Union blamed the bombing on poor security.",
			graph.Perpetrated, "Karvik Civic Union", "bombing"},
		{"an app used by millions names no user", "H\n\nKARVIK (Reuters) - The Harran Brotherhood said Threema, an app used by millions, was blocked on Monday.",
			graph.Uses, "Harran Brotherhood", "Threema"},
		{"following on from an event", "H\n\nKARVIK (Reuters) - A gunman killed 9 people at a mosque in Karvik on Friday. The Harran Brotherhood claimed the attack. The Harran Brotherhood said that, following on from the attack last week, Telegram had removed its channels.",
			graph.Uses, "Harran Brotherhood", "Telegram"},
		{"in the name of a group in a sentence about no attack", "H\n\nKARVIK (Reuters) - A gunman killed 9 people at a mosque in Karvik on Friday. On Saturday, supporters marched in the name of the Harran Brotherhood through the old town.",
			graph.Perpetrated, "Harran Brotherhood", "shooting"},
		{"a company's own service is owned, not used", "H\n\nKARVIK (Reuters) - Zentro Corp, which owns the Korva app, said Zentro Corp's channels on Korva were safe.",
			graph.Uses, "Zentro Corp", "Korva"},
		{"admitted failures before the attack", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. The Karvik Interior Ministry admitted failures before the bombing.",
			graph.Perpetrated, "Karvik Interior Ministry", "bombing"},
		{"did not confess to the attack", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Tomas Varga did not confess to the bombing, prosecutors said.",
			graph.Perpetrated, "Tomas Varga", "bombing"},
		{"convicted people of the attack in the active names the court", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. The Karvik Court convicted two men of the bombing.",
			graph.Perpetrated, "Karvik Court", "bombing"},
		{"arrested on suspicion of something else", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Police arrested Tomas Varga on suspicion of fraud.",
			graph.Perpetrated, "Tomas Varga", "bombing"},
		{"the officer who arrested a suspect", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Inspector Erik Holm arrested a man on suspicion of carrying out the bombing.",
			graph.Perpetrated, "Erik Holm", "bombing"},
		{"sends a request to a service", "H\n\nKARVIK (Reuters) - A gunman killed 9 people at a mosque in Karvik on Friday. The Harran Brotherhood claimed the attack. The Karvik Civic Union sends requests to Telegram every week.",
			graph.Uses, "Karvik Civic Union", "Telegram"},
		{"the victims were members of a group", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. Police said the victims were members of the Karvik Civic Union.",
			graph.Perpetrated, "Karvik Civic Union", "bombing"},
		{"a court ordered the attack's victims paid", "H\n\nKARVIK (Reuters) - A bomb killed 9 people at a market in Karvik on Friday. The Karvik Court ordered the attack victims to be compensated.",
			graph.Perpetrated, "Karvik Court", "bombing"},
		{"an official's words about a service", "H\n\nKARVIK (Reuters) - Interior Minister Erik Holm said Telegram must remove the channels.",
			graph.Uses, "Erik Holm", "Telegram"},
		{"ran a story about ads on a service", "H\n\nKARVIK (Reuters) - The Karvik Times ran a story on Monday about ads on Facebook.",
			graph.Uses, "Karvik Times", "Facebook"},
		{"named as a witness", "H\n\nKARVIK (Reuters) - An attack killed 9 people at a market in Karvik on Friday. Erik Holm has been named as the main witness.",
			graph.Perpetrated, "Erik Holm", "Karvik"},
		{"the bomber blew himself up at a named church", "H\n\nKARVIK (Reuters) - The bomber blew himself up at the gate of St Luke's Church in Karvik on Friday, killing 9 people.",
			graph.Perpetrated, "St Luke", "Karvik"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := MustExtract(t, tt.text, "2022-05-10")
			if hasRelation(x, tt.typ, tt.subj, tt.obj) {
				t.Errorf("unexpected %s %q -> %q", tt.typ, tt.subj, tt.obj)
			}
		})
	}
}
