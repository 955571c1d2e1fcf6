package resolvers

import (
	"github.com/policygraph/policygraph/graph"
)

// GraphQL error codes (extensions.code) the API answers with.
const (
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeNotFound        = "NOT_FOUND"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeInternal        = "INTERNAL_SERVER_ERROR"
)

// internalMessage is all a client learns of an internal failure; the
// details go to the log.
const internalMessage = "internal system error"

// PublicError maps an error of the graph vocabulary to the GraphQL code and
// the message a client may see. It is the one place where store and
// resolver errors are translated; internal reports whether the error is a
// server fault whose details must be logged rather than shown.
func PublicError(err error) (code, message string, internal bool) {
	switch graph.ErrorCode(err) {
	case graph.EINVALID, graph.ECONFLICT:
		return CodeBadUserInput, graph.ErrorMessage(err), false
	case graph.ENOTFOUND:
		return CodeNotFound, graph.ErrorMessage(err), false
	case graph.EUNAVAILABLE:
		return CodeInternal, "the graph store is unavailable, try again later", true
	}
	return CodeInternal, internalMessage, true
}
