package graph

import (
	"regexp"
	"unicode/utf8"
)

// MaxStoryBytes bounds the text of one story. Wire stories are a few
// kilobytes; anything this large is a wrong file, not a story.
const MaxStoryBytes = 2 << 20

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// ValidDate reports whether s is empty or an ISO date (2006-01-02).
func ValidDate(s string) bool { return s == "" || isoDate.MatchString(s) }

// ValidateStory checks what every stored story must satisfy.
func ValidateStory(s *Story) error {
	switch {
	case s.ID == "":
		return Errorf(EINVALID, "story: id is empty")
	case len(s.ID) > 200 || !utf8.ValidString(s.ID):
		return Errorf(EINVALID, "story %.40q: id is not valid UTF-8 of at most 200 bytes", s.ID)
	case s.Text == "":
		return Errorf(EINVALID, "story %q: text is empty", s.ID)
	case len(s.Text) > MaxStoryBytes:
		return Errorf(EINVALID, "story %q: text is %d bytes, more than the limit of %d", s.ID, len(s.Text), MaxStoryBytes)
	case !utf8.ValidString(s.Text) || !utf8.ValidString(s.Title):
		return Errorf(EINVALID, "story %q: text is not valid UTF-8", s.ID)
	case !ValidDate(s.Published):
		return Errorf(EINVALID, "story %q: published %q is not an ISO date (2006-01-02)", s.ID, s.Published)
	}
	return nil
}

// Validate checks an extraction before it is written: a valid story, known
// kinds and types, unique ids, relations whose ends are entities of the same
// extraction and ids derived as EntityID and RelationID say, and evidence
// from this story on every relation. Stores reject anything else with
// EINVALID, so a half-right extraction never reaches the graph.
func (x *Extraction) Validate() error {
	if err := ValidateStory(&x.Story); err != nil {
		return err
	}
	sid := x.Story.ID
	ents := make(map[string]bool, len(x.Entities))
	for i := range x.Entities {
		e := &x.Entities[i]
		switch {
		case e.ID == "" || e.Name == "":
			return Errorf(EINVALID, "story %q: entity %d has no id or name", sid, i)
		case !e.Kind.Valid():
			return Errorf(EINVALID, "story %q: entity %q has unknown kind %q", sid, e.ID, e.Kind)
		case ents[e.ID]:
			return Errorf(EINVALID, "story %q: entity %q appears twice", sid, e.ID)
		case !ValidDate(e.Date):
			return Errorf(EINVALID, "story %q: entity %q: date %q is not an ISO date", sid, e.ID, e.Date)
		}
		for _, m := range e.Mentions {
			if m.StoryID != sid {
				return Errorf(EINVALID, "story %q: entity %q has a mention from story %q", sid, e.ID, m.StoryID)
			}
		}
		ents[e.ID] = true
	}
	rels := make(map[string]bool, len(x.Relations))
	for i := range x.Relations {
		r := &x.Relations[i]
		want := RelationID(r.Type, r.Subject, r.Object, r.Qualifier)
		if r.Type == Said {
			want = SaidID(r.Subject, r.Quote)
		}
		switch {
		case !r.Type.Valid():
			return Errorf(EINVALID, "story %q: relation %d has unknown type %q", sid, i, r.Type)
		case r.ID != want:
			return Errorf(EINVALID, "story %q: relation %q: id should be %q", sid, r.ID, want)
		case rels[r.ID]:
			return Errorf(EINVALID, "story %q: relation %q appears twice", sid, r.ID)
		case !ents[r.Subject]:
			return Errorf(EINVALID, "story %q: relation %q: subject %q is not an entity of the story", sid, r.ID, r.Subject)
		case r.Type != Said && !ents[r.Object]:
			return Errorf(EINVALID, "story %q: relation %q: object %q is not an entity of the story", sid, r.ID, r.Object)
		case r.Place != "" && !ents[r.Place]:
			return Errorf(EINVALID, "story %q: relation %q: place %q is not an entity of the story", sid, r.ID, r.Place)
		case !ValidDate(r.Date):
			return Errorf(EINVALID, "story %q: relation %q: date %q is not an ISO date", sid, r.ID, r.Date)
		case len(r.Evidence) == 0:
			return Errorf(EINVALID, "story %q: relation %q has no evidence", sid, r.ID)
		}
		for _, ev := range r.Evidence {
			if ev.StoryID != sid || ev.Sentence == "" || ev.Start < 0 || ev.End > len(x.Story.Text) || ev.Start > ev.End {
				return Errorf(EINVALID, "story %q: relation %q: evidence must be a sentence of this story with offsets inside its text", sid, r.ID)
			}
		}
		rels[r.ID] = true
	}
	return nil
}
