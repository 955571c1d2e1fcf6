package embedded

import (
	"context"
	"fmt"
	"sort"

	"github.com/policygraph/policygraph/graph"
)

// Paths implements graph.Store with a breadth-first search from both ends
// at once, growing the smaller frontier, which visits far fewer entities
// than a search from one end when the graph branches a lot. Paths are then
// walked in PathKey order (relation ids in order at each step), so the walk
// stops after limit paths.
func (s *Store) Paths(ctx context.Context, from, to string, maxHops int, types []graph.RelationType, limit int) ([]graph.Path, error) {
	if maxHops < 1 || limit < 1 {
		return nil, fmt.Errorf("embedded: paths: %w", graph.Errorf(graph.EINVALID, "maxHops and limit must be positive, got %d and %d", maxHops, limit))
	}
	var out []graph.Path
	err := s.read(func(st *state) error {
		for _, id := range []string{from, to} {
			if st.entities[id] == nil {
				return fmt.Errorf("embedded: paths: %w", graph.Errorf(graph.ENOTFOUND, "entity %q not found", id))
			}
		}
		if from == to {
			return nil
		}
		out = (&pathSearch{st: st, types: types}).run(from, to, maxHops, limit)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

type pathSearch struct {
	st    *state
	types []graph.RelationType
}

// step is a relation leaving an entity and the entity at its other end.
type step struct {
	r    *graph.Relation
	next string
}

// steps returns the relations of id that a path may follow, in id order.
func (ps *pathSearch) steps(id string) []step {
	var out []step
	for _, rec := range ps.st.adj[id] {
		r := rec.merged
		if r.Object == "" || !ps.allowed(r.Type) {
			continue
		}
		next := r.Object
		if next == id {
			next = r.Subject
		}
		out = append(out, step{r, next})
	}
	return out
}

func (ps *pathSearch) allowed(t graph.RelationType) bool {
	if len(ps.types) == 0 {
		return true
	}
	for _, x := range ps.types {
		if x == t {
			return true
		}
	}
	return false
}

// side is the search from one end: the distance of each entity reached and
// the entities at each distance.
type side struct {
	dist   map[string]int
	layers [][]string
}

func newSide(start string) *side {
	return &side{dist: map[string]int{start: 0}, layers: [][]string{{start}}}
}

func (sd *side) depth() int { return len(sd.layers) - 1 }

// grow adds the next layer and returns the entities in it that the other
// side has reached.
func (ps *pathSearch) grow(sd, other *side) []string {
	d := sd.depth() + 1
	var layer, meet []string
	for _, n := range sd.layers[d-1] {
		for _, s := range ps.steps(n) {
			if _, seen := sd.dist[s.next]; seen {
				continue
			}
			sd.dist[s.next] = d
			layer = append(layer, s.next)
			if _, ok := other.dist[s.next]; ok {
				meet = append(meet, s.next)
			}
		}
	}
	sd.layers = append(sd.layers, layer)
	return meet
}

func (ps *pathSearch) run(from, to string, maxHops, limit int) []graph.Path {
	fwd, bwd := newSide(from), newSide(to)
	var meet []string
	for fwd.depth()+bwd.depth() < maxHops {
		grow, other := fwd, bwd
		if ps.cost(bwd) < ps.cost(fwd) {
			grow, other = bwd, fwd
		}
		if len(grow.layers[grow.depth()]) == 0 {
			return nil
		}
		if meet = ps.grow(grow, other); len(meet) > 0 {
			break
		}
	}
	if len(meet) == 0 {
		return nil
	}
	// Every shortest path passes the meeting entities at distance kf from
	// the start. Before them a step must lead to an entity that reaches
	// them (good, found backwards through the forward layers); after them
	// a step must come one closer to the end.
	kf, total := fwd.dist[meet[0]], fwd.depth()+bwd.depth()
	good := make([]map[string]bool, kf+1)
	good[kf] = map[string]bool{}
	for _, m := range meet {
		good[kf][m] = true
	}
	for d := kf - 1; d >= 0; d-- {
		good[d] = map[string]bool{}
		for _, n := range fwd.layers[d] {
			for _, s := range ps.steps(n) {
				if good[d+1][s.next] && fwd.dist[s.next] == d+1 {
					good[d][n] = true
					break
				}
			}
		}
	}
	var out []graph.Path
	nodes := []string{from}
	var rels []*graph.Relation
	var walk func(n string)
	walk = func(n string) {
		pos := len(rels)
		if pos == total {
			out = append(out, ps.path(nodes, rels))
			return
		}
		steps := ps.steps(n)
		sort.Slice(steps, func(i, j int) bool { return steps[i].r.ID < steps[j].r.ID })
		for _, s := range steps {
			if len(out) >= limit {
				return
			}
			next := pos + 1
			ok := false
			if next <= kf {
				ok = good[next][s.next] && fwd.dist[s.next] == next
			} else {
				d, reached := bwd.dist[s.next]
				ok = reached && d == total-next
			}
			if ok {
				nodes = append(nodes, s.next)
				rels = append(rels, s.r)
				walk(s.next)
				nodes = nodes[:len(nodes)-1]
				rels = rels[:len(rels)-1]
			}
		}
	}
	walk(from)
	return out
}

// cost estimates the work of growing a side: the relations of its last
// layer.
func (ps *pathSearch) cost(sd *side) int {
	n := 0
	for _, id := range sd.layers[sd.depth()] {
		n += len(ps.st.adj[id])
	}
	return n
}

func (ps *pathSearch) path(nodes []string, rels []*graph.Relation) graph.Path {
	p := graph.Path{Nodes: make([]*graph.Entity, len(nodes)), Steps: make([]*graph.Relation, len(rels))}
	for i, id := range nodes {
		p.Nodes[i] = ps.st.entities[id].entity()
	}
	for i, r := range rels {
		p.Steps[i] = r.Clone()
	}
	return p
}
