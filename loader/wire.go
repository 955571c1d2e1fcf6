package loader

import (
	"regexp"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// zone says which part of a wire story a paragraph belongs to. Facts are
// taken from the caption and the body; the headline is written in
// compressed headline English and the credits name staff, not actors.
type zone int

const (
	zoneHeadline zone = iota
	zoneCaption
	zoneBody
	zoneCredits
	// zoneDateline is the "PARIS (Reuters) - " opening of the body.
	zoneDateline
)

// paragraph is a stretch of text between blank lines, with its byte span
// in Story.Text.
type paragraph struct {
	start, end int
	zone       zone
}

var (
	// datelineRE matches "PARIS (Reuters) - " and "SAO PAULO, May 2 (AFP) -".
	datelineRE = regexp.MustCompile(`^([A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*)*)(?:,[^()\n]{0,40})? \(([A-Za-z][A-Za-z .&-]{1,40})\) ?[-\x{2013}\x{2014}]+ ?`)
	// photoCreditRE matches the credit that closes a photo caption:
	// "REUTERS/Pascal Rossignol", "AFP/Getty Images/Name".
	photoCreditRE = regexp.MustCompile(`\b([A-Z]{2,}(?: [A-Z]{2,})*)/([\p{Lu}][\p{L}'.\-]+(?: [\p{Lu}][\p{L}'.\-]+){0,3})(?:/[\p{L} ]+)?\s*$`)
	// creditRE matches one part of a closing credit line.
	creditRE = regexp.MustCompile(`(?i)^\s*(additional reporting|reporting|writing|editing|compiled|photo|photos)(?: by)? (.+?)\s*$`)
)

// parseWire splits a story into paragraphs, labels each with its zone and
// fills the Story fields the structure gives: title, dateline, agency and
// credits. It returns the paragraphs and the offset where the body text
// proper starts after a dateline (so the dateline is not read as prose).
func parseWire(s *graph.Story) []paragraph {
	text := s.Text
	var paras []paragraph
	open := -1 // start of the paragraph being read, -1 between paragraphs
	last := 0  // end of the last non-blank line
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		line := strings.TrimRight(text[i:end], " \t\r")
		lead := len(text[i:end]) - len(strings.TrimLeft(text[i:end], " \t"))
		switch {
		case strings.TrimSpace(line) == "":
			if open >= 0 {
				paras = append(paras, paragraph{start: open, end: last, zone: zoneBody})
				open = -1
			}
		case open < 0:
			open = i + lead
			last = i + len(line)
		default:
			last = i + len(line)
		}
		// The headline is its own paragraph even without a blank line after it.
		if open >= 0 && len(paras) == 0 {
			paras = append(paras, paragraph{start: open, end: last})
			open = -1
		}
		i = end + 1
	}
	if open >= 0 {
		paras = append(paras, paragraph{start: open, end: last, zone: zoneBody})
	}
	if len(paras) == 0 {
		return nil
	}
	paras[0].zone = zoneHeadline
	if s.Title == "" {
		s.Title = strings.TrimSpace(text[paras[0].start:paras[0].end])
	}
	if len(paras) == 1 {
		// A single paragraph is all body: there is no headline to set apart.
		paras[0].zone = zoneBody
		return paras
	}
	var credits []graph.Credit
	for k := 1; k < len(paras); k++ {
		p := &paras[k]
		body := text[p.start:p.end]
		if k <= 2 && !datelineRE.MatchString(body) {
			if m := photoCreditRE.FindStringSubmatchIndex(body); m != nil {
				p.zone = zoneCaption
				credits = append(credits, graph.Credit{Name: body[m[4]:m[5]], Role: "photo"})
				// The credit itself is metadata, not caption prose.
				p.end = p.start + m[0]
				for p.end > p.start && body[p.end-p.start-1] == ' ' {
					p.end--
				}
				continue
			}
		}
		if m := datelineRE.FindStringSubmatchIndex(body); m != nil && s.Dateline == "" {
			s.Dateline = body[m[2]:m[3]]
			s.Agency = body[m[4]:m[5]]
		}
		if k == len(paras)-1 || k >= len(paras)-2 {
			if cs, ok := parseCredits(body); ok {
				p.zone = zoneCredits
				credits = append(credits, cs...)
			}
		}
	}
	if len(credits) > 0 {
		s.Credits = credits
	}
	return paras
}

// parseCredits reads "Reporting by A and B; Writing by C; Editing by D".
func parseCredits(line string) ([]graph.Credit, bool) {
	if strings.Count(line, "\n") > 1 {
		return nil, false
	}
	var out []graph.Credit
	for _, part := range strings.Split(line, ";") {
		m := creditRE.FindStringSubmatch(part)
		if m == nil {
			return nil, false
		}
		role := strings.ToLower(m[1])
		if role == "photos" {
			role = "photo"
		}
		names := strings.TrimSuffix(strings.TrimSpace(m[2]), ".")
		for _, n := range splitNames(names) {
			out = append(out, graph.Credit{Name: n, Role: role})
		}
	}
	return out, len(out) > 0
}

func splitNames(s string) []string {
	s = strings.ReplaceAll(s, " and ", ", ")
	var out []string
	for _, n := range strings.Split(s, ",") {
		n = strings.TrimSpace(n)
		// "Editing by X in London": the place is not part of the name.
		if i := strings.Index(n, " in "); i > 0 {
			n = n[:i]
		}
		if n != "" {
			out = append(out, n)
		}
	}
	return out
}

// datelineEnd returns the offset just past the dateline of a body
// paragraph, or the paragraph start when it has none.
func datelineEnd(text string, p paragraph) int {
	if m := datelineRE.FindStringIndex(text[p.start:p.end]); m != nil {
		return p.start + m[1]
	}
	return p.start
}
