package loader

import (
	"strconv"
	"strings"
	"time"
)

// dateRef is the publication date relative dates resolve against.
type dateRef struct {
	t  time.Time
	ok bool
}

func parseDateRef(iso string) dateRef {
	t, err := time.Parse("2006-01-02", iso)
	return dateRef{t: t, ok: err == nil}
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// dateIn returns the ISO date that tokens [from,to) of sentence si state,
// resolved against the publication date: "on Thursday", "on Aug. 23",
// "yesterday", "May 2, 2016". It returns "" when the span names no day.
func (x *extractor) dateIn(si, from, to int) string {
	toks := x.sents[si].toks
	if from < 0 {
		from = 0
	}
	if to > len(toks) {
		to = len(toks)
	}
	for i := from; i < to; i++ {
		// A date points forward when the verb before it does: "meets
		// ... on Aug. 23", "will vote on Tuesday"; "said on Monday" looks
		// back even in a sentence about the future.
		future := false
		for j := i - 1; j >= 0 && j >= i-14; j-- {
			w := toks[j].lower
			if w == "said" || w == "says" || w == "told" || w == "announced" || strings.HasSuffix(w, "ed") {
				break
			}
			if w == "will" || w == "meets" || w == "meet" || w == "next" || w == "due" || w == "scheduled" {
				future = true
				break
			}
		}
		t := toks[i]
		if t.kind != tWord {
			continue
		}
		if t.lower == "yesterday" && x.published.ok {
			return x.published.t.AddDate(0, 0, -1).Format("2006-01-02")
		}
		if t.lower == "today" && x.published.ok {
			return x.published.t.Format("2006-01-02")
		}
		if wd, ok := weekdays[t.lower]; ok && t.cap && x.published.ok {
			d := x.published.t
			if future || (i > 0 && toks[i-1].lower == "next") {
				for d.Weekday() != wd {
					d = d.AddDate(0, 0, 1)
				}
			} else {
				for d.Weekday() != wd {
					d = d.AddDate(0, 0, -1)
				}
			}
			return d.Format("2006-01-02")
		}
		m, ok := months[strings.TrimSuffix(t.lower, ".")]
		if !ok || !t.cap || i+1 >= to {
			continue
		}
		j := i + 1
		if toks[j].text == "." {
			j++
		}
		if j >= len(toks) {
			continue
		}
		day, err := strconv.Atoi(toks[j].text)
		if err != nil || day < 1 || day > 31 {
			continue
		}
		year := 0
		if j+2 < len(toks) && toks[j+1].text == "," {
			if y, err := strconv.Atoi(toks[j+2].text); err == nil && y > 1900 && y < 2200 {
				year = y
			}
		}
		if year == 0 {
			if !x.published.ok {
				continue
			}
			year = x.published.t.Year()
			d := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
			// A date after publication in a past-tense story is last year's.
			if !future && d.After(x.published.t.AddDate(0, 0, 7)) {
				year--
			}
			if future && d.Before(x.published.t.AddDate(0, 0, -7)) {
				year++
			}
		}
		return time.Date(year, m, day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	return ""
}

// sentenceDate is dateIn over the whole sentence.
func (x *extractor) sentenceDate(si int) string {
	return x.dateIn(si, 0, len(x.sents[si].toks))
}

// periodIn returns the month ("2024-08") or year ("2012") that tokens
// [from,to) of sentence si give without a day: "in August", "in 2012",
// "last year". A month after publication is last year's.
func (x *extractor) periodIn(si, from, to int) string {
	toks := x.sents[si].toks
	if from < 1 {
		from = 1
	}
	if to > len(toks) {
		to = len(toks)
	}
	if !x.published.ok {
		return ""
	}
	pub := x.published.t
	for i := from; i < to; i++ {
		t, prev := toks[i], toks[i-1].lower
		if t.lower == "year" && prev == "last" {
			return strconv.Itoa(pub.Year() - 1)
		}
		if prev != "in" && prev != "last" && prev != "since" {
			continue
		}
		if m, ok := months[strings.TrimSuffix(t.lower, ".")]; ok && t.cap {
			if i+1 < len(toks) {
				if _, err := strconv.Atoi(toks[i+1].text); err == nil {
					continue // "in August 2012" or "August 5": not a bare month
				}
			}
			y := pub.Year()
			if m > pub.Month() || prev == "last" && m == pub.Month() {
				y--
			}
			return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
		}
		if y, err := strconv.Atoi(t.text); err == nil && len(t.text) == 4 && y > 1900 && y <= pub.Year() {
			return t.text
		}
	}
	return ""
}
