package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of a story with its tokens; offsets are bytes
// in Story.Text.
type sentence struct {
	start, end int
	zone       zone
	toks       []token
}

// token is a word, a possessive marker ("'s") or a punctuation mark.
type token struct {
	text       string
	start, end int
	kind       tokKind
	cap        bool // starts with an upper-case letter
	lower      string
}

type tokKind uint8

const (
	tWord tokKind = iota
	tPoss         // 's or ’s after a word
	tPunct
)

// abbreviations end in a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "rep": true, "sen": true, "gov": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "no": true, "vs": true, "prof": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sept": true, "sep": true,
	"oct": true, "nov": true, "dec": true, "rev": true, "capt": true, "maj": true, "ft": true, "mt": true,
}

// splitSentences cuts the text of a paragraph into sentences.
func splitSentences(text string, from, to int, z zone) []sentence {
	var out []sentence
	start := skipSpace(text, from, to)
	for i := start; i < to; {
		r, w := utf8.DecodeRuneInString(text[i:])
		if r == '.' || r == '!' || r == '?' {
			j := i + w
			// Take closing quotes and brackets with the sentence.
			for j < to {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '"' || r2 == '\u201d' || r2 == '\'' || r2 == '\u2019' || r2 == ')' {
					j += w2
					continue
				}
				break
			}
			if j >= to || (isSpaceByte(text[j]) && nextStartsSentence(text, j, to)) {
				if r != '.' || !abbreviationBefore(text, from, i) {
					out = append(out, sentence{start: start, end: j, zone: z})
					start = skipSpace(text, j, to)
					i = start
					continue
				}
			}
		}
		i += w
	}
	if start < to {
		end := to
		for end > start && isSpaceByte(text[end-1]) {
			end--
		}
		if end > start {
			out = append(out, sentence{start: start, end: end, zone: z})
		}
	}
	var cut []sentence
	for _, sn := range out {
		toks := tokenize(text, sn.start, sn.end)
		// Text without sentence ends (a table, a list, a broken file) is
		// read in pieces, so that no rule sees an unbounded sentence.
		for len(toks) > maxSentenceTokens {
			piece := toks[:maxSentenceTokens]
			cut = append(cut, sentence{start: piece[0].start, end: piece[len(piece)-1].end, zone: z, toks: piece})
			toks = toks[maxSentenceTokens:]
		}
		if len(toks) > 0 {
			sn.start = min(sn.start, toks[0].start)
			sn.toks = toks
			cut = append(cut, sn)
			if len(cut) > 1 && cut[len(cut)-2].end > sn.start {
				cut[len(cut)-1].start = toks[0].start
			}
		}
	}
	return cut
}

// maxSentenceTokens bounds a sentence; real ones are far shorter.
const maxSentenceTokens = 300

func skipSpace(text string, i, to int) int {
	for i < to && isSpaceByte(text[i]) {
		i++
	}
	return i
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

func nextStartsSentence(text string, j, to int) bool {
	j = skipSpace(text, j, to)
	if j >= to {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\u201c' || r == '\''
}

// abbreviationBefore reports whether the period at i ends an abbreviation
// ("Aug.", "U.S.", "J.") rather than a sentence.
func abbreviationBefore(text string, from, i int) bool {
	k := i
	for k > from {
		r, w := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		k -= w
	}
	word := text[k:i]
	if word == "" {
		return false
	}
	if strings.Contains(word, ".") {
		// "U.S." or "p.m.": letters separated by periods.
		return true
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return true
	}
	return abbreviations[strings.ToLower(word)]
}

// hyphenSuffixes follow a name in compounds such as "Facebook-owned".
var hyphenSuffixes = map[string]bool{"owned": true, "based": true, "born": true, "backed": true, "led": true,
	"funded": true, "run": true, "made": true, "controlled": true, "linked": true, "language": true,
	"style": true, "era": true, "registered": true, "listed": true, "bound": true, "inspired": true}

// tokenize splits text[from:to] into tokens.
func tokenize(text string, from, to int) []token {
	toks := make([]token, 0, (to-from)/5)
	i := from
	for i < to {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + w
			for j < to {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += w2
					continue
				}
				if r2 == '-' || r2 == '.' || r2 == '&' || r2 == '\'' || r2 == '\u2019' {
					// Inner punctuation joins when a letter or digit follows,
					// except an apostrophe before a lone "s" (a possessive).
					if j+w2 < to {
						r3, _ := utf8.DecodeRuneInString(text[j+w2:])
						if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
							if (r2 == '\'' || r2 == '\u2019') && isPossessiveS(text, j+w2, to) {
								break
							}
							j += w2
							continue
						}
					}
				}
				break
			}
			// "U.S." keeps its final period.
			if j < to && text[j] == '.' && strings.Contains(text[i:j], ".") && isInitialism(text[i:j]) {
				j++
			}
			tok := text[i:j]
			// "Facebook Inc-owned", "Russian-born": the name stands alone.
			if h := strings.LastIndexByte(tok, '-'); h > 0 && unicode.IsUpper(r) && hyphenSuffixes[strings.ToLower(tok[h+1:])] {
				toks = append(toks, token{text: tok[:h], start: i, end: i + h, kind: tWord, cap: true, lower: strings.ToLower(tok[:h])})
				toks = append(toks, token{text: tok[h:], start: i + h, end: j, kind: tWord, lower: strings.ToLower(tok[h:])})
				i = j
				continue
			}
			toks = append(toks, token{text: tok, start: i, end: j, kind: tWord, cap: unicode.IsUpper(r), lower: strings.ToLower(tok)})
			i = j
		case (r == '\'' || r == '\u2019') && isPossessiveS(text, i+w, to) && len(toks) > 0 && toks[len(toks)-1].end == i:
			toks = append(toks, token{text: text[i : i+w+1], start: i, end: i + w + 1, kind: tPoss, lower: "'s"})
			i += w + 1
		case (r == '\'' || r == '\u2019') && len(toks) > 0 && pluralPossessive(text, toks[len(toks)-1], i, i+w, to):
			// "Tencent Holdings' WeChat": the plural possessive.
			toks = append(toks, token{text: text[i : i+w], start: i, end: i + w, kind: tPoss, lower: "'s"})
			i += w
		default:
			toks = append(toks, token{text: text[i : i+w], start: i, end: i + w, kind: tPunct, lower: text[i : i+w]})
			i += w
		}
	}
	return toks
}

// pluralPossessive reports whether the apostrophe at [i,j) closes a
// capitalised name ending in "s" and a word follows: "Holdings' WeChat".
// A closing single quote has no name right before it that often.
func pluralPossessive(text string, prev token, i, j, to int) bool {
	if prev.end != i || !prev.cap || prev.kind != tWord || !strings.HasSuffix(prev.text, "s") {
		return false
	}
	if j+1 >= to || text[j] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j+1:])
	return unicode.IsLetter(r)
}

func isPossessiveS(text string, j, to int) bool {
	if j >= to || (text[j] != 's' && text[j] != 'S') {
		return false
	}
	if j+1 >= to {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j+1:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func isInitialism(s string) bool {
	for i, r := range s {
		if i%2 == 0 && !unicode.IsLetter(r) || i%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}
