package loader

// groupHeads are lower-case heads that make the name before them a group:
// "the Shottas gang", "the Sinaloa cartel".
var groupHeads = set("gang", "gangs", "cartel", "militia", "syndicate", "mafia")

// accountHeads after a service name make it the place of someone's
// account or group, which they use: "its Telegram channels", "a Discord
// chat group", "his Facebook page".
var accountHeads = set("channel", "channels", "account", "accounts", "group", "groups", "chat", "chats",
	"page", "pages", "profile", "profiles", "feed", "server", "servers", "post", "posts", "handle",
	"ads", "adverts", "advertisements")

// channelVerbs are acts done over a service, which then is used: "swapped
// instructions on Signal", "sent messages via WhatsApp", "said in a
// statement on Telegram". Unlike the verbs of use they need the service
// after a preposition of channel.
var channelVerbs = set("exchanged", "swapped", "sent", "shared", "posted", "announced", "bought", "sold",
	"demanded", "collected", "spread", "advertised", "published", "wrote", "said", "claimed", "boasted", "threatened",
	"lured", "groomed", "contacted", "followed", "received", "paid", "raised", "distributed", "circulated",
	"streamed", "filmed", "uploaded", "exchanging", "sending", "sharing", "posting", "buying", "selling", "spreading",
	"campaigns", "campaigned", "campaigning", "watched", "viewed", "downloaded", "searched", "browsed",
	"publish", "publishes", "publishing", "broadcasting", "streaming",
	// The present: "the group spreads propaganda via Telegram".
	"spreads", "sells", "sends", "raises", "shares", "posts", "buys", "lures", "contacts", "distributes",
	"circulates", "advertises", "collects", "receives", "uploads", "exchanges", "swaps")

// channelFillers may stand between a preposition of channel and the
// service: "on one of its Telegram channels", "through the encrypted
// Signal app".
var channelFillers = set("a", "an", "the", "its", "his", "her", "their", "encrypted", "messaging", "private",
	"secret", "several", "various", "anonymous", "popular", "one", "closed", "public", "separate", "app", "service",
	"platform", "messenger", "chat", "social", "media", "video", "network", "dozens", "hundreds", "scores", "of", "many", "numerous", "multiple")

// unnamedBodies before a spokesman's title name the body spoken for
// without naming it: "Police spokesman X", "army spokesman X".
var unnamedBodies = set("police", "army", "military", "prison", "prisons", "fire", "hospital", "embassy", "navy", "coastguard")

// passiveAux before a verb of killing make its subject the victim:
// "was shot dead".
var passiveAux = set("was", "were", "been", "being", "is", "are", "be")

// ownerModifiers describe the kind of a company that owns another: "the
// state holding company", "the private equity firm".
var ownerModifiers = set("state", "holding", "parent", "private", "equity", "investment", "media", "telecoms",
	"telecommunications", "technology", "tech", "family", "conglomerate", "public", "listed")

// affiliateHeads end the name of a group's branch after its possessive:
// "Islamic State's Sinai Province", "al Qaeda's Yemen Branch".
var affiliateHeads = set("Province", "Branch", "Wing", "Affiliate", "Brigade", "Brigades", "Faction", "Cell")

// groupArticles open the name of a gang or band in Spanish, never a
// person's: "Los Lobos", "Los Choneros".
var groupArticles = set("Los", "Las")

// groupNameHeads end the name of a criminal or armed group: "Sinaloa
// Cartel", "Mungiki Gang".
var groupNameHeads = set("Cartel", "Gang", "Militia", "Clan", "Syndicate", "Mafia")

// companyWords end a company's name, never a person's: "Dana Gas",
// "Crescent Petroleum".
var companyWords = set("Gas", "Petroleum", "Oil", "Energy", "Mining", "Airlines", "Airways", "Motors", "Pharma",
	"Pharmaceuticals", "Steel", "Cement", "Shipping", "Logistics", "Foods", "Brewery", "Insurance", "Capital", "Bancorp")

// speechVerbs report words; the service they name must be where the words
// were said ("said in a statement on Telegram"), close to the verb.
var speechVerbs = set("said", "wrote", "says", "writes")

// militaryRanks title a person like a minister's title: "Captain Ibrahim
// Traore", "Colonel Assimi Goita".
var militaryRanks = set("captain", "colonel", "lieutenant", "sergeant", "commander", "admiral", "brigadier", "marshal", "corporal")

// victimWords say who an attack killed or hurt.
var victimWords = set("soldiers", "civilians", "pupils", "students", "passengers", "guards", "workers", "children",
	"residents", "villagers", "troops", "policemen", "gendarmes", "woman", "man", "girl", "boy", "teenager", "child",
	"journalist", "reporter", "student", "teacher")

// royalTitles stand before a royal's name like an honorific: "Princess
// Reema bint Bandar".
var royalTitles = set("Prince", "Princess", "Emir", "Sultan", "Sheikha")

// siteHeads after a town's name in one capitalised run name a site there:
// "the Leeds Arena", "Burgas Airport".
var siteHeads = set("Arena", "Airport", "Stadium", "Station", "Cathedral", "Mall", "Market")

// countryAbbreviations open the name of a state's body: "U.S. Justice
// Department".
var countryAbbreviations = set("U.S.", "US", "U.K.", "UK")

// stateBodyHeads end the names of a state's executive bodies, which news
// prefixes with the state ("U.S. Justice Department", "UK Home Office").
// A private body named with its country keeps it: "U.S. Chamber of
// Commerce", a "U.K. ... Association" are names of their own.
var stateBodyHeads = set("Department", "Ministry", "Agency", "Bureau", "Administration", "Office", "Directorate")
