package model

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/policygraph/policygraph/graph"
)

// MarshalDate writes the Date scalar, whose Go side is an ISO date string:
// the date, or null for an unknown (empty) one.
func MarshalDate(d string) graphql.Marshaler {
	if d == "" {
		return graphql.Null
	}
	return graphql.WriterFunc(func(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(d)) })
}

// UnmarshalDate reads an ISO date such as "2016-08-11" and rejects anything
// else, impossible days included, with EINVALID.
func UnmarshalDate(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", graph.Errorf(graph.EINVALID, "Date must be a string such as \"2016-08-11\", got %T", v)
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil || !graph.ValidDate(s) {
		return "", graph.Errorf(graph.EINVALID, "%s", fmt.Sprintf("Date %.40q is not an ISO date such as \"2016-08-11\"", s))
	}
	return s, nil
}
