// Package neo4jstore keeps policygraph's graph in Neo4j 5 (Community,
// Enterprise clusters or Aura), answering every graph.Store call exactly as
// the embedded store does: same ids, same merged values, same order and the
// same cursors.
//
// # Model
//
// Each story is a (:Story) node holding the story and its extraction as
// written. What a story says about an entity or a relation is kept on the
// edge from the story to the merged node, its contribution:
//
//	(:Story)-[:HAS_ENTITY {part, mentions, n}]->(:Entity)
//	(:Story)-[:STATES {part, evidence}]->(:Relation)
//
// The merged (:Entity) and (:Relation) nodes carry graph.MergeEntities and
// graph.MergeRelations of their contributions in story-id order (mentions
// and evidence excepted, which are read from the contributions in story
// order when a value is returned), and the hex-encoded sort keys that let
// Cypher page with graph cursors; they are also labelled with their kind or
// type (:Entity:PERSON, :Relation:MET) for Stats. Every relation that joins
// two entities is also a typed relationship between them
// ((:Entity)-[:MET {id}]->(:Entity)), which is what Paths walks. Labels and
// relationship types only ever come from graph.Kinds and
// graph.RelationTypes; dynamic labels ($(...)) need Neo4j 5.26 or later.
//
// A story is written in one transaction that locks its node, the entities
// and relations it touches (in id order), replaces its contributions and
// recomputes the merged values from the contributions read in that same
// transaction, so that a re-run after a crash or a lost connection changes
// nothing and concurrent writers never merge from a stale view.
package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/policygraph/policygraph/graph"
)

// Options configure a Store. The zero value, or nil, gives the defaults.
type Options struct {
	// User and Password authenticate with Neo4j; no User means no
	// authentication.
	User, Password string
	// Database names the database; "neo4j" when empty. Naming it saves a
	// round trip per transaction.
	Database string
	// ConnectTimeout bounds one attempt to open a connection (default 5 s).
	ConnectTimeout time.Duration
	// StartTimeout bounds how long Open waits for Neo4j to answer, retrying
	// with backoff, before giving up with EUNAVAILABLE (default 30 s). Zero
	// takes the default; a negative value tries once.
	StartTimeout time.Duration
	// RetryTimeout bounds how long one transaction is retried after
	// transient errors, such as a deadlock, a leader switch or a lost
	// connection (default 30 s).
	RetryTimeout time.Duration
	// MinBackoff and MaxBackoff bound the pause between attempts in Open
	// (defaults 200 ms and 5 s); it doubles after each failure.
	MinBackoff, MaxBackoff time.Duration
	// Now stamps Story.IngestedAt (default time.Now).
	Now func() time.Time
}

func (o *Options) withDefaults() Options {
	var v Options
	if o != nil {
		v = *o
	}
	if v.Database == "" {
		v.Database = "neo4j"
	}
	if v.ConnectTimeout <= 0 {
		v.ConnectTimeout = 5 * time.Second
	}
	if v.StartTimeout == 0 {
		v.StartTimeout = 30 * time.Second
	}
	if v.RetryTimeout <= 0 {
		v.RetryTimeout = 30 * time.Second
	}
	if v.MinBackoff <= 0 {
		v.MinBackoff = 200 * time.Millisecond
	}
	if v.MaxBackoff <= 0 {
		v.MaxBackoff = 5 * time.Second
	}
	if v.Now == nil {
		v.Now = time.Now
	}
	return v
}

// Store is a graph.Store backed by Neo4j. It is safe for concurrent use:
// the driver pools connections and each call runs in its own session.
type Store struct {
	driver neo4j.DriverWithContext
	opts   Options
	uri    string // without credentials, for messages
	closed atomic.Bool
	// beforeCommit, when set, runs after the work of every attempt of a
	// write transaction, before the driver commits it; its error fails
	// the attempt as one from Neo4j would. Tests set it to inject faults.
	beforeCommit func() error
	// afterCommit, when set, runs after a write transaction committed;
	// its error replaces the success the caller would see.
	afterCommit func() error
}

var _ graph.Store = (*Store)(nil)

// Open connects to the Neo4j at uri (bolt://, neo4j://, neo4j+s:// ...),
// retrying with backoff within opts.StartTimeout while it does not answer,
// and sets up the schema. EUNAVAILABLE when Neo4j cannot be reached.
func Open(ctx context.Context, uri string, opts *Options) (*Store, error) {
	o := opts.withDefaults()
	safe := redact(uri)
	auth := neo4j.NoAuth()
	if o.User != "" {
		auth = neo4j.BasicAuth(o.User, o.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(uri, auth, func(c *config.Config) {
		c.SocketConnectTimeout = o.ConnectTimeout
		c.MaxTransactionRetryTime = o.RetryTimeout
		c.ConnectionAcquisitionTimeout = o.RetryTimeout
	})
	if err != nil {
		// The driver's message quotes the URI whole, password included:
		// keep only the redacted form.
		cause := errors.New(strings.ReplaceAll(err.Error(), uri, safe))
		return nil, graph.Wrap(graph.EINVALID, cause, "neo4jstore: Neo4j URI %s is not usable", safe)
	}
	s := &Store{driver: driver, opts: o, uri: safe}
	if err := s.waitReady(ctx); err != nil {
		driver.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	if err := s.migrate(ctx); err != nil {
		driver.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	return s, nil
}

// waitReady checks connectivity until it succeeds or StartTimeout passes.
func (s *Store) waitReady(ctx context.Context) error {
	deadline := time.Now().Add(s.opts.StartTimeout)
	pause := s.opts.MinBackoff
	for attempt := 1; ; attempt++ {
		err := s.driver.VerifyConnectivity(ctx)
		if err == nil {
			return nil
		}
		if !retryableAtStart(err) {
			return graph.Wrap(graph.EUNAVAILABLE, err, "neo4jstore: Neo4j at %s refused the connection", s.uri)
		}
		if ctx.Err() != nil || s.opts.StartTimeout < 0 || time.Now().Add(pause).After(deadline) {
			return graph.Wrap(graph.EUNAVAILABLE, err, "neo4jstore: Neo4j at %s did not answer (%d attempts)", s.uri, attempt)
		}
		select {
		case <-ctx.Done():
			return graph.Wrap(graph.EUNAVAILABLE, ctx.Err(), "neo4jstore: Neo4j at %s did not answer (%d attempts)", s.uri, attempt)
		case <-time.After(pause):
		}
		pause = min(pause*2, s.opts.MaxBackoff)
	}
}

// retryableAtStart tells a server that is not up yet from one that
// answered and refused, such as bad credentials, which retrying cannot fix.
func retryableAtStart(err error) bool {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		return ne.Classification() == "TransientError"
	}
	return !neo4j.IsUsageError(err)
}

// redact drops the password from a URI for messages.
func redact(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return "(unparsable URI)"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	return u.String()
}

// Schema statements, applied at Open; each is idempotent and runs in its
// own transaction, as Neo4j requires. Community edition has uniqueness
// constraints only, so these are all the store relies on. The full-text
// indexes hold names and texts as graph.Fold gives them, split on spaces,
// so a prefix query on them finds what graph.EntityScore and
// graph.StoryScore accept. They are refreshed after the commit rather than
// in it, which takes a third off the cost of writing a story; readers wait
// for the refresh (awaitSearchIndexes), so a search still sees every write
// committed before it.
var schema = []string{
	`CREATE CONSTRAINT story_id IF NOT EXISTS FOR (s:Story) REQUIRE s.id IS UNIQUE`,
	`CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE`,
	`CREATE CONSTRAINT relation_id IF NOT EXISTS FOR (r:Relation) REQUIRE r.id IS UNIQUE`,
	`CREATE INDEX story_key IF NOT EXISTS FOR (s:Story) ON (s.kId)`,
	`CREATE INDEX story_published IF NOT EXISTS FOR (s:Story) ON (s.published)`,
	`CREATE INDEX story_source IF NOT EXISTS FOR (s:Story) ON (s.source)`,
	`CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)`,
	`CREATE INDEX entity_key_id IF NOT EXISTS FOR (e:Entity) ON (e.kId)`,
	`CREATE INDEX entity_key_name IF NOT EXISTS FOR (e:Entity) ON (e.kName)`,
	`CREATE INDEX entity_key_mentions IF NOT EXISTS FOR (e:Entity) ON (e.kMentions)`,
	`CREATE INDEX relation_type IF NOT EXISTS FOR (r:Relation) ON (r.type)`,
	`CREATE INDEX relation_key_id IF NOT EXISTS FOR (r:Relation) ON (r.kId)`,
	`CREATE INDEX relation_key_date IF NOT EXISTS FOR (r:Relation) ON (r.kDate)`,
	`CREATE INDEX relation_date IF NOT EXISTS FOR (r:Relation) ON (r.date)`,
	`CREATE INDEX relation_subject IF NOT EXISTS FOR (r:Relation) ON (r.subject)`,
	`CREATE INDEX relation_object IF NOT EXISTS FOR (r:Relation) ON (r.object)`,
	"CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchName, e.searchAliases] " +
		"OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: true}}",
	"CREATE FULLTEXT INDEX story_search IF NOT EXISTS FOR (s:Story) ON EACH [s.searchTitle, s.searchText] " +
		"OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: true}}",
}

// awaitIndexes waits for indexes created at Open to come online, so that
// the first queries already use them.
const awaitIndexes = `CALL db.awaitIndexes(300)`

func (s *Store) migrate(ctx context.Context) error {
	for _, q := range append(schema, awaitIndexes) {
		_, err := neo4j.ExecuteQuery(ctx, s.driver, q, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.opts.Database))
		if err != nil {
			return s.fail(err, "neo4jstore: set up schema on %s", s.uri)
		}
	}
	return nil
}

// Close closes the driver. Later calls fail with EUNAVAILABLE.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	if err := s.driver.Close(context.Background()); err != nil {
		return s.fail(err, "neo4jstore: close")
	}
	return nil
}

var errClosed = errors.New("store is closed")

// check fails calls made after Close.
func (s *Store) check(what string) error {
	if s.closed.Load() {
		return graph.Wrap(graph.EUNAVAILABLE, errClosed, "neo4jstore: %s", what)
	}
	return nil
}

// fail wraps a driver error with the code it deserves: EUNAVAILABLE when
// Neo4j could not be reached within the retry budget or the call was
// cancelled, EINTERNAL otherwise. graph errors pass through with context.
func (s *Store) fail(err error, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	var ge *graph.Error
	switch {
	case errors.As(err, &ge):
		return fmt.Errorf("%s: %w", msg, err)
	case neo4j.IsConnectivityError(err), errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded),
		neo4j.IsTransactionExecutionLimit(err):
		return graph.Wrap(graph.EUNAVAILABLE, err, "%s: Neo4j at %s is unavailable", msg, s.uri)
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && ne.Code == "Neo.ClientError.Database.DatabaseNotFound" {
		return graph.Wrap(graph.EUNAVAILABLE, err, "%s: Neo4j at %s has no database %q", msg, s.uri, s.opts.Database)
	}
	return graph.Wrap(graph.EINTERNAL, err, "%s", msg)
}

// read runs fn in a read transaction, routed to readers on a cluster.
func read[T any](ctx context.Context, s *Store, fn func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.opts.Database, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(context.WithoutCancel(ctx))
	return neo4j.ExecuteRead(ctx, sess, fn)
}

// write runs fn in a write transaction. The driver runs it again on
// transient errors, so fn must have no effect outside the transaction.
//
// When the connection drops while Neo4j commits, the driver cannot know
// whether the commit took effect and gives up; the fix Neo4j's driver
// documentation gives is to run the work again. write does so within
// RetryTimeout, passing lost=true, so fn must be idempotent and able to
// recognise its own earlier commit.
func write[T any](ctx context.Context, s *Store, fn func(tx neo4j.ManagedTransaction, lost bool) (T, error)) (T, error) {
	deadline := time.Now().Add(s.opts.RetryTimeout)
	lost := false
	for {
		v, err := writeOnce(ctx, s, func(tx neo4j.ManagedTransaction) (T, error) { return fn(tx, lost) })
		if err == nil || !commitLost(err) || ctx.Err() != nil || time.Now().After(deadline) {
			return v, err
		}
		lost = true
	}
}

// writeOnce runs fn in one driver-managed write transaction, with the
// test hooks around its commit.
func writeOnce[T any](ctx context.Context, s *Store, fn func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.opts.Database})
	defer sess.Close(context.WithoutCancel(ctx))
	v, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (T, error) {
		v, err := fn(tx)
		if err == nil && s.beforeCommit != nil {
			err = s.beforeCommit()
		}
		return v, err
	})
	if err == nil && s.afterCommit != nil {
		err = s.afterCommit()
	}
	return v, err
}

// commitLost tells an error that leaves a commit's outcome unknown: the
// driver's ConnectivityError is retryable in every case but a connection
// lost during commit.
func commitLost(err error) bool {
	return errors.Is(err, errCommitLost) || neo4j.IsConnectivityError(err) && !neo4j.IsRetryable(err)
}

// errCommitLost stands, in tests, for an answer to a commit that never
// arrived although the commit took effect.
var errCommitLost = errors.New("injected: connection lost after the commit took effect")

// collect runs one query in tx and returns its records.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}
