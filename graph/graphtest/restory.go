package graphtest

import "github.com/policygraph/policygraph/graph"

// WithStoryID returns a copy of x told by story id: the story, and every
// mention and item of evidence, point at id, so that the copy is a valid
// extraction of another story.
func WithStoryID(x *graph.Extraction, id string) *graph.Extraction {
	y := x.Clone()
	y.Story.ID = id
	for i := range y.Entities {
		for j := range y.Entities[i].Mentions {
			y.Entities[i].Mentions[j].StoryID = id
		}
	}
	for i := range y.Relations {
		for j := range y.Relations[i].Evidence {
			y.Relations[i].Evidence[j].StoryID = id
		}
	}
	return y
}
