package graph

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// Page sizes. A zero First means DefaultPageSize; more than MaxPageSize is
// refused rather than silently cut, so a client never mistakes a short page
// for the end of the list.
const (
	DefaultPageSize = 50
	MaxPageSize     = 1000
)

// Lists are paged by keyset: every list has a total order given by a sort
// key string (see EntitySortKey, RelationSortKey), and a cursor is the
// encoded key of the last item seen. Keys never depend on a backend's
// internal ids, so cursors are stable across restarts, across writes that
// add items elsewhere in the list and across backends.

const cursorPrefix = "k1:"

// EncodeCursor turns a sort key into an opaque cursor.
func EncodeCursor(key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + key))
}

// DecodeCursor returns the sort key in a cursor; EINVALID for a cursor this
// package did not make.
func DecodeCursor(cursor string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil || !strings.HasPrefix(string(b), cursorPrefix) {
		return "", Errorf(EINVALID, "cursor %.40q is not a cursor of this list", cursor)
	}
	return string(b[len(cursorPrefix):]), nil
}

// Limit checks p.First and returns the page size it asks for.
func (p Page) Limit() (int, error) {
	switch {
	case p.First < 0:
		return 0, Errorf(EINVALID, "first must not be negative, got %d", p.First)
	case p.First == 0:
		return DefaultPageSize, nil
	case p.First > MaxPageSize:
		return 0, Errorf(EINVALID, "first must be at most %d, got %d", MaxPageSize, p.First)
	}
	return p.First, nil
}

// AfterKey returns the sort key of p.After, "" when there is none.
func (p Page) AfterKey() (string, error) {
	if p.After == "" {
		return "", nil
	}
	return DecodeCursor(p.After)
}

// Window applies p to a list of sort keys in ascending order and returns
// the range [start, end) of the page with its PageInfo. In-memory backends
// use it directly; others fetch limit+1 rows after the key and call it on
// those.
func Window(keys []string, p Page) (start, end int, info PageInfo, err error) {
	limit, err := p.Limit()
	if err != nil {
		return 0, 0, PageInfo{}, err
	}
	after, err := p.AfterKey()
	if err != nil {
		return 0, 0, PageInfo{}, err
	}
	if p.After != "" {
		start = searchAfter(keys, after)
	}
	end = start + limit
	if end > len(keys) {
		end = len(keys)
	}
	info.HasNextPage = end < len(keys)
	if end > start {
		info.StartCursor = EncodeCursor(keys[start])
		info.EndCursor = EncodeCursor(keys[end-1])
	}
	return start, end, info, nil
}

// searchAfter returns the index of the first key greater than after.
func searchAfter(keys []string, after string) int {
	lo, hi := 0, len(keys)
	for lo < hi {
		m := (lo + hi) / 2
		if keys[m] <= after {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// EntitySortKey is the key that orders entities in lists for an order.
func EntitySortKey(e *Entity, order EntityOrder) string {
	switch order {
	case OrderByName:
		return Fold(e.Name) + "\x00" + e.ID
	case OrderByMentions:
		return fmt.Sprintf("%010d", 1<<30-len(e.Mentions)) + "\x00" + e.ID
	}
	return e.ID
}

// RelationSortKey is the key that orders relations in lists: by id, or by
// date then id with undated relations last.
func RelationSortKey(r *Relation, byDate bool) string {
	if !byDate {
		return r.ID
	}
	d := r.Date
	if d == "" {
		d = "~"
	}
	return d + "\x00" + r.ID
}

// StorySortKey is the key that orders stories in lists.
func StorySortKey(s *Story) string { return s.ID }

// PathKey is the key that orders paths: the ids of their relations.
func PathKey(p *Path) string {
	ids := make([]string, len(p.Steps))
	for i, s := range p.Steps {
		ids[i] = s.ID
	}
	return strings.Join(ids, "\x00")
}
