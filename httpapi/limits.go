package httpapi

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// limits is the gqlgen extension that bounds an operation's shape and cost.
// Aliases and depth are checked on the parsed document before validation,
// whose cost grows faster than the document; complexity needs the
// validated document and runs after. Rejections are validation failures:
// HTTP 422 with code GRAPHQL_VALIDATION_FAILED.
type limits struct {
	maxAliases, maxDepth, maxComplexity, tokenLimit int
	// checked remembers documents that passed, so a repeated query is not
	// parsed twice.
	checked graphql.Cache[struct{}]
	es      graphql.ExecutableSchema
}

var (
	_ graphql.HandlerExtension          = (*limits)(nil)
	_ graphql.OperationParameterMutator = (*limits)(nil)
	_ graphql.OperationContextMutator   = (*limits)(nil)
)

func (l *limits) ExtensionName() string { return "Limits" }

func (l *limits) Validate(es graphql.ExecutableSchema) error {
	l.es = es
	return nil
}

// MutateOperationParameters checks aliases and depth before gqlgen
// validates the document.
func (l *limits) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if _, ok := l.checked.Get(ctx, p.Query); ok {
		return nil
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, l.tokenLimit)
	if err != nil {
		// gqlgen parses again and reports the error with its position.
		return nil
	}
	if crowded(doc) {
		return limitError("a field, fragment or operation carries more than %d directives", maxDirectivesPerLocation)
	}
	frags := map[string]*ast.FragmentDefinition{}
	for _, f := range doc.Fragments {
		frags[f.Name] = f
	}
	w := shapeWalker{frags: frags, aliases: map[string]int{}, onPath: map[string]bool{}}
	for _, op := range doc.Operations {
		if n := w.countAliases(op.SelectionSet, l.maxAliases); n > l.maxAliases {
			return limitError("operation has more than %d aliases", l.maxAliases)
		}
		if d := w.depth(op.SelectionSet, 0, l.maxDepth); d > l.maxDepth {
			return limitError("operation is nested deeper than %d levels", l.maxDepth)
		}
	}
	l.checked.Add(ctx, p.Query, struct{}{})
	return nil
}

// MutateOperationContext checks the complexity of the validated operation.
// The document is validated by now: its validation slot is given back.
func (l *limits) MutateOperationContext(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	if st := stateOf(ctx); st != nil && st.release != nil {
		st.release()
	}
	op := rc.Doc.Operations.ForName(rc.OperationName)
	if op == nil {
		return nil
	}
	if c := complexity.Calculate(ctx, l.es, op, rc.Variables); c > l.maxComplexity {
		return limitError("operation has complexity %d, more than the limit of %d: ask for smaller pages or fewer nested lists", c, l.maxComplexity)
	}
	return nil
}

func limitError(format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf("%s", fmt.Sprintf(format, args...))
	errcode.Set(err, errcode.ValidationFailed)
	return err
}

// maxDirectivesPerLocation caps the directives on one field, fragment or
// operation. The executable directives of the schema (@include, @skip) are
// not repeatable, so a location carries at most two in a valid document;
// without a cap each extra one costs an error in the answer, an
// amplification (graphql-cop's "directive overloading" sends ten).
const maxDirectivesPerLocation = 4

// crowded reports whether a location of doc carries more than
// maxDirectivesPerLocation directives. Every definition is looked at once,
// fragments where they are defined.
func crowded(doc *ast.QueryDocument) bool {
	var set func(ast.SelectionSet) bool
	set = func(ss ast.SelectionSet) bool {
		for _, sel := range ss {
			switch s := sel.(type) {
			case *ast.Field:
				if len(s.Directives) > maxDirectivesPerLocation || set(s.SelectionSet) {
					return true
				}
			case *ast.InlineFragment:
				if len(s.Directives) > maxDirectivesPerLocation || set(s.SelectionSet) {
					return true
				}
			case *ast.FragmentSpread:
				if len(s.Directives) > maxDirectivesPerLocation {
					return true
				}
			}
		}
		return false
	}
	for _, op := range doc.Operations {
		if len(op.Directives) > maxDirectivesPerLocation || set(op.SelectionSet) {
			return true
		}
		for _, v := range op.VariableDefinitions {
			if len(v.Directives) > maxDirectivesPerLocation {
				return true
			}
		}
	}
	for _, f := range doc.Fragments {
		if len(f.Directives) > maxDirectivesPerLocation || set(f.SelectionSet) {
			return true
		}
	}
	return false
}

// shapeWalker measures a document that has been parsed but not validated:
// fragments may be missing or cyclic, so spreads are followed with a guard,
// and counts stop growing once they pass the limit.
type shapeWalker struct {
	frags   map[string]*ast.FragmentDefinition
	aliases map[string]int
	onPath  map[string]bool
}

// countAliases counts aliased fields, a fragment counting once per spread.
func (w *shapeWalker) countAliases(set ast.SelectionSet, limit int) int {
	n := 0
	for _, sel := range set {
		if n > limit {
			return n
		}
		switch s := sel.(type) {
		case *ast.Field:
			if s.Alias != "" && s.Alias != s.Name {
				n++
			}
			n += w.countAliases(s.SelectionSet, limit)
		case *ast.InlineFragment:
			n += w.countAliases(s.SelectionSet, limit)
		case *ast.FragmentSpread:
			n += w.fragmentAliases(s.Name, limit)
		}
	}
	return n
}

func (w *shapeWalker) fragmentAliases(name string, limit int) int {
	if n, ok := w.aliases[name]; ok {
		return n
	}
	f := w.frags[name]
	if f == nil || w.onPath[name] {
		return 0
	}
	w.onPath[name] = true
	n := w.countAliases(f.SelectionSet, limit)
	delete(w.onPath, name)
	w.aliases[name] = n
	return n
}

// depth returns how deep set nests below level, not counting
// introspection fields, which gqlparser bounds itself.
func (w *shapeWalker) depth(set ast.SelectionSet, level, limit int) int {
	deepest := level
	if level > limit {
		return level
	}
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.Name) > 1 && s.Name[:2] == "__" {
				continue
			}
			d = w.depth(s.SelectionSet, level+1, limit)
		case *ast.InlineFragment:
			d = w.depth(s.SelectionSet, level, limit)
		case *ast.FragmentSpread:
			f := w.frags[s.Name]
			if f == nil || w.onPath[s.Name] {
				continue
			}
			w.onPath[s.Name] = true
			d = w.depth(f.SelectionSet, level, limit)
			delete(w.onPath, s.Name)
		}
		deepest = max(deepest, d)
	}
	return deepest
}
