package neo4jstore_test

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/policygraph/policygraph/graph"
)

// closedSets are the collections of other packages whose values may be
// spliced into Cypher text: the entity kinds and relation types, which
// become labels and relationship types (Cypher takes neither as a
// parameter). TestCypherConstant checks that every value of them is a
// plain Cypher name.
var closedSets = map[string][]string{
	"github.com/policygraph/policygraph/graph.Kinds":         stringsOf(graph.Kinds),
	"github.com/policygraph/policygraph/graph.RelationTypes": stringsOf(graph.RelationTypes),
}

func stringsOf[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// TestCypherConstant (checklist item 12) proves from the source that every
// query the package sends to Neo4j is built from compile-time constants:
// the query argument of every driver call (tx.Run, session.Run,
// neo4j.ExecuteQuery) must be a constant, or made of constants by
// concatenation, fmt.Sprintf with constant, integer or closed-set
// arguments, strings.Join of such values, or variables, parameters,
// struct fields and function results that only ever hold such values.
// Values from callers (ids, search words, names) must go in as $parameters.
// testdata/unsafe, a store that splices an id into its query, shows that
// the check finds such a query.
func TestCypherConstant(t *testing.T) {
	name := regexp.MustCompile(`^[A-Z][A-Z_]*$`)
	for set, values := range closedSets {
		for _, v := range values {
			if !name.MatchString(v) {
				t.Errorf("%s holds %q, which is not a plain Cypher name", set, v)
			}
		}
	}
	tests := []struct {
		name    string
		pattern string
		unsafe  []string // positions of the queries that are not constant
	}{
		{"neo4jstore", ".", nil},
		{"a store that splices an id", "./testdata/unsafe", []string{"unsafe.go:17", "unsafe.go:23"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pkg := MustLoadPackage(t, tt.pattern)
			c := newCypherCheck(pkg)
			sinks, unsafe := c.check()
			if sinks == 0 {
				t.Fatalf("no driver call found in %s", pkg.PkgPath)
			}
			if !slices.Equal(unsafe, tt.unsafe) {
				t.Errorf("queries not made of constants: %v, want %v", unsafe, tt.unsafe)
			}
			t.Logf("%s: %d driver calls, %d not constant", pkg.PkgPath, sinks, len(unsafe))
		})
	}
}

// MustLoadPackage parses and type-checks the package at pattern, without
// its tests.
func MustLoadPackage(tb testing.TB, pattern string) *packages.Package {
	tb.Helper()
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax |
		packages.NeedTypes | packages.NeedTypesInfo | packages.NeedImports}
	pkgs, err := packages.Load(cfg, pattern)
	if err != nil {
		tb.Fatalf("load %s: %v", pattern, err)
	}
	if len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		tb.Fatalf("load %s: %d packages, errors %v", pattern, len(pkgs), pkgs[0].Errors)
	}
	return pkgs[0]
}

const driverPath = "github.com/neo4j/neo4j-go-driver/"

// cypherCheck follows query values back through one package. Its answers
// are memoized per object; an object met again while being checked is
// taken as safe, which makes loops such as out = append(out, x) safe when
// everything else assigned is.
type cypherCheck struct {
	pkg  *packages.Package
	info *types.Info
	// assigned holds every value stored in a variable or struct field; a
	// variable never assigned holds its zero value.
	assigned map[types.Object][]ast.Expr
	// ranged holds, for a range variable, the collection ranged over.
	ranged map[types.Object]ast.Expr
	// rangedKey marks range keys, which are indexes or map keys.
	rangedKey map[types.Object]bool
	// calls holds the arguments of every call of a package function,
	// per parameter; escapes marks functions used other than by a call.
	params map[types.Object]paramOf
	// litParams are the parameters of function literals.
	litParams map[types.Object]bool
	calls     map[types.Object][][]ast.Expr
	escapes   map[types.Object]bool
	// results holds the returned expressions of every function, per
	// result index.
	results map[ast.Node][][]ast.Expr
	decls   map[types.Object]*ast.FuncDecl
	memo    map[any]bool
}

type paramOf struct {
	fn    types.Object
	index int
}

func newCypherCheck(pkg *packages.Package) *cypherCheck {
	c := &cypherCheck{pkg: pkg, info: pkg.TypesInfo,
		assigned: map[types.Object][]ast.Expr{}, ranged: map[types.Object]ast.Expr{}, rangedKey: map[types.Object]bool{},
		params: map[types.Object]paramOf{}, litParams: map[types.Object]bool{}, calls: map[types.Object][][]ast.Expr{}, escapes: map[types.Object]bool{},
		results: map[ast.Node][][]ast.Expr{}, decls: map[types.Object]*ast.FuncDecl{}, memo: map[any]bool{}}
	for _, f := range pkg.Syntax {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				fn := c.info.Defs[fd.Name]
				c.decls[fn] = fd
				i := 0
				for _, field := range fd.Type.Params.List {
					for _, n := range field.Names {
						c.params[c.info.Defs[n]] = paramOf{fn, i}
						i++
					}
					if len(field.Names) == 0 {
						i++
					}
				}
			}
		}
	}
	// Calls are told from function values by the declarations, so every
	// file's declarations come first.
	for _, f := range pkg.Syntax {
		c.index(f)
	}
	return c
}

// index records assignments, ranges, calls and returns.
func (c *cypherCheck) index(f *ast.File) {
	var funcs []ast.Node // enclosing functions
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			funcs = append(funcs, n)
			var body *ast.BlockStmt
			if fd, ok := n.(*ast.FuncDecl); ok {
				body = fd.Body
			} else {
				lit := n.(*ast.FuncLit)
				body = lit.Body
				for _, field := range lit.Type.Params.List {
					for _, id := range field.Names {
						c.litParams[c.info.Defs[id]] = true
					}
				}
			}
			if body != nil {
				ast.Inspect(body, visit)
			}
			funcs = funcs[:len(funcs)-1]
			return false
		case *ast.ReturnStmt:
			fn := funcs[len(funcs)-1]
			for len(c.results[fn]) < len(n.Results) {
				c.results[fn] = append(c.results[fn], nil)
			}
			for i, r := range n.Results {
				c.results[fn][i] = append(c.results[fn][i], r)
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if i < len(n.Values) && len(n.Values) == len(n.Names) {
					c.assign(id, n.Values[i])
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					c.assign(l, n.Rhs[i])
				}
			} else {
				// v, err := f(): a result of another function.
				for i, l := range n.Lhs {
					c.assign(l, &tupleResult{call: n.Rhs[0], index: i})
				}
			}
		case *ast.RangeStmt:
			if id, ok := n.Key.(*ast.Ident); ok {
				if obj := c.object(id); obj != nil {
					c.rangedKey[obj] = true
				}
			}
			if id, ok := n.Value.(*ast.Ident); ok {
				if obj := c.object(id); obj != nil {
					c.ranged[obj] = n.X
				}
			}
		case *ast.CompositeLit:
			c.indexLiteral(n)
		case *ast.CallExpr:
			if fn := c.callee(n); fn != nil && c.decls[fn] != nil {
				for i, a := range n.Args {
					for len(c.calls[fn]) <= i {
						c.calls[fn] = append(c.calls[fn], nil)
					}
					c.calls[fn][i] = append(c.calls[fn][i], a)
				}
				// Visit the arguments, not the function name, which
				// would count as an escape.
				for _, a := range n.Args {
					ast.Inspect(a, visit)
				}
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
					ast.Inspect(sel.X, visit)
				}
				return false
			}
		case *ast.Ident:
			if obj := c.info.Uses[n]; obj != nil && c.decls[obj] != nil {
				c.escapes[obj] = true
			}
		}
		return true
	}
	for _, d := range f.Decls {
		ast.Inspect(d, visit)
	}
}

// tupleResult is result index of a call returning several values.
type tupleResult struct {
	ast.Expr
	call  ast.Expr
	index int
}

func (c *cypherCheck) assign(lhs, rhs ast.Expr) {
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		if obj := c.object(l); obj != nil {
			c.assigned[obj] = append(c.assigned[obj], rhs)
		}
	case *ast.SelectorExpr:
		if sel := c.info.Selections[l]; sel != nil {
			c.assigned[sel.Obj()] = append(c.assigned[sel.Obj()], rhs)
		}
	}
}

// indexLiteral records the fields a struct literal sets.
func (c *cypherCheck) indexLiteral(n *ast.CompositeLit) {
	t := c.info.TypeOf(n)
	if t == nil {
		return
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, e := range n.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if obj := c.info.Uses[id]; obj != nil {
					c.assigned[obj] = append(c.assigned[obj], kv.Value)
				}
			}
			continue
		}
		if i < st.NumFields() {
			c.assigned[st.Field(i)] = append(c.assigned[st.Field(i)], e)
		}
	}
}

func (c *cypherCheck) object(id *ast.Ident) types.Object {
	if obj := c.info.Defs[id]; obj != nil {
		return obj
	}
	return c.info.Uses[id]
}

// callee returns the function or method a call calls, nil for a call of a
// function value.
func (c *cypherCheck) callee(call *ast.CallExpr) types.Object {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		if fn, ok := c.info.Uses[f].(*types.Func); ok {
			return fn
		}
	case *ast.SelectorExpr:
		if fn, ok := c.info.Uses[f.Sel].(*types.Func); ok {
			return fn
		}
	case *ast.IndexExpr: // a generic function instantiated explicitly
		return c.callee(&ast.CallExpr{Fun: f.X})
	}
	return nil
}

// check returns the number of driver calls and the positions (file:line)
// of those whose query is not constant.
func (c *cypherCheck) check() (sinks int, unsafe []string) {
	for _, f := range c.pkg.Syntax {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, ok := c.callee(call).(*types.Func)
			if !ok || fn.Pkg() == nil || !strings.HasPrefix(fn.Pkg().Path(), driverPath) {
				return true
			}
			arg := -1
			switch fn.Name() {
			case "Run":
				arg = 1
			case "ExecuteQuery":
				arg = 2
			}
			if arg < 0 || arg >= len(call.Args) {
				return true
			}
			sinks++
			if !c.safe(call.Args[arg]) {
				p := c.pkg.Fset.Position(call.Pos())
				unsafe = append(unsafe, fmt.Sprintf("%s:%d", p.Filename[strings.LastIndex(p.Filename, "/")+1:], p.Line))
			}
			return true
		})
	}
	return sinks, unsafe
}

// remember memoizes f for key, taking key as safe while f runs.
func (c *cypherCheck) remember(key any, f func() bool) bool {
	if v, ok := c.memo[key]; ok {
		return v
	}
	c.memo[key] = true
	v := f()
	c.memo[key] = v
	return v
}

// safe reports whether e can only be a string made of constants.
func (c *cypherCheck) safe(e ast.Expr) bool {
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil {
		return true
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return c.safe(e.X)
	case *tupleResult:
		return c.safeResult(e.call, e.index, false)
	case *ast.BinaryExpr:
		return e.Op == token.ADD && c.safe(e.X) && c.safe(e.Y)
	case *ast.Ident:
		obj := c.object(e)
		switch obj.(type) {
		case *types.Const:
			return true
		case *types.Var:
			return c.safeVar(obj, false)
		}
	case *ast.SelectorExpr:
		if sel := c.info.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
			return c.safeVar(sel.Obj(), false)
		}
		if obj := c.info.Uses[e.Sel]; obj != nil {
			if _, ok := obj.(*types.Const); ok {
				return true
			}
		}
	case *ast.IndexExpr:
		return c.safeCollection(e.X)
	case *ast.CallExpr:
		if tv, ok := c.info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return c.safe(e.Args[0])
		}
		fn := c.callee(e)
		switch name := qualified(fn); name {
		case "fmt.Sprintf":
			if len(e.Args) == 0 || e.Ellipsis.IsValid() || !c.safe(e.Args[0]) {
				return false
			}
			for _, a := range e.Args[1:] {
				if !c.safeArg(a) {
					return false
				}
			}
			return true
		case "strings.Join":
			return len(e.Args) == 2 && c.safeCollection(e.Args[0]) && c.safe(e.Args[1])
		}
		return c.safeResult(e, 0, false)
	}
	return false
}

// safeArg reports whether a value spliced into a query by fmt.Sprintf is
// safe: a safe string, or a number or boolean, which cannot carry Cypher.
func (c *cypherCheck) safeArg(e ast.Expr) bool {
	if t := c.info.TypeOf(e); t != nil {
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&(types.IsInteger|types.IsBoolean) != 0 {
			return true
		}
	}
	return c.safe(e)
}

// safeCollection reports whether every element of a slice, array or map
// value is safe.
func (c *cypherCheck) safeCollection(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		for _, el := range e.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if !c.safe(el) {
				return false
			}
		}
		return true
	case *tupleResult:
		return c.safeResult(e.call, e.index, true)
	case *ast.Ident:
		if obj, ok := c.object(e).(*types.Var); ok {
			return c.safeVar(obj, true)
		}
	case *ast.SelectorExpr:
		if obj, ok := c.info.Uses[e.Sel].(*types.Var); ok && obj.Pkg() != nil && obj.Pkg() != c.pkg.Types {
			_, ok := closedSets[obj.Pkg().Path()+"."+obj.Name()]
			return ok
		}
		if sel := c.info.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
			return c.safeVar(sel.Obj(), true)
		}
	case *ast.CallExpr:
		if isBuiltin(c.info, e, "append") {
			if len(e.Args) == 0 || !c.safeCollection(e.Args[0]) {
				return false
			}
			for _, a := range e.Args[1:] {
				if e.Ellipsis.IsValid() && !c.safeCollection(a) || !e.Ellipsis.IsValid() && !c.safe(a) {
					return false
				}
			}
			return true
		}
		return c.safeResult(e, 0, true)
	}
	return false
}

func isBuiltin(info *types.Info, call *ast.CallExpr, name string) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// safeOf checks a string (coll false) or a collection of strings.
func (c *cypherCheck) safeOf(e ast.Expr, coll bool) bool {
	if coll {
		return c.safeCollection(e)
	}
	return c.safe(e)
}

// safeVar reports whether a variable, parameter or struct field only ever
// holds safe values (coll: safe collections).
func (c *cypherCheck) safeVar(obj types.Object, coll bool) bool {
	key := struct {
		obj  types.Object
		coll bool
	}{obj, coll}
	ok := func(e ast.Expr) bool { return c.safeOf(e, coll) }
	return c.remember(key, func() bool {
		if c.litParams[obj] {
			// A parameter of a function value: its callers are unknown.
			return false
		}
		if p, isParam := c.params[obj]; isParam {
			if c.escapes[p.fn] {
				return false
			}
			if p.index >= len(c.calls[p.fn]) {
				return false
			}
			for _, a := range c.calls[p.fn][p.index] {
				if !ok(a) {
					return false
				}
			}
			return true
		}
		if x, isRange := c.ranged[obj]; isRange {
			return c.safeCollection(x)
		}
		if c.rangedKey[obj] {
			return false
		}
		if obj.Pkg() != c.pkg.Types {
			return false
		}
		for _, a := range c.assigned[obj] {
			if !ok(a) {
				return false
			}
		}
		return true
	})
}

// safeResult reports whether result index of the function call calls
// only ever returns safe values (coll: safe collections): a function of
// the package, a method of one of its types or a function literal called
// at once.
func (c *cypherCheck) safeResult(call ast.Expr, index int, coll bool) bool {
	ce, isCall := ast.Unparen(call).(*ast.CallExpr)
	if !isCall {
		return false
	}
	var fn ast.Node
	if lit, isLit := ast.Unparen(ce.Fun).(*ast.FuncLit); isLit {
		fn = lit
	} else if obj := c.callee(ce); obj != nil && c.decls[obj] != nil {
		fn = c.decls[obj]
	}
	if fn == nil {
		return false
	}
	key := struct {
		fn    ast.Node
		index int
		coll  bool
	}{fn, index, coll}
	return c.remember(key, func() bool {
		results := c.results[fn]
		if index >= len(results) {
			return false
		}
		for _, r := range results[index] {
			if !c.safeOf(r, coll) {
				return false
			}
		}
		return true
	})
}

// qualified names a function as pkg.Name ("fmt.Sprintf").
func qualified(obj types.Object) string {
	if obj == nil || obj.Pkg() == nil {
		if obj != nil {
			return obj.Name()
		}
		return ""
	}
	return obj.Pkg().Name() + "." + obj.Name()
}
