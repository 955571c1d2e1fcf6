// Package embedded is the default graph.Store: it needs nothing installed.
// Stories are kept in a bbolt file, one record per story holding the
// extraction as it was written (codec.go); the merged graph lives in memory
// with the indexes the queries need, rebuilt from the file at Open.
//
// The story is the unit of write: PutStory and DeleteStory are each one
// bbolt transaction, synced to disk before they return, so a story
// acknowledged as written survives a crash of the process or the machine.
package embedded

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/policygraph/policygraph/graph"
)

// FileName is the name of the database file in the store's directory.
const FileName = "policygraph.db"

// format marks a file as this package's, so that another bbolt file is not
// mistaken for an empty store; a change of record layout changes it.
// legacyFormat is the one before, which Open rewrites.
const (
	format       = "policygraph-embedded/2"
	legacyFormat = "policygraph-embedded/1"
)

var (
	metaBucket    = []byte("meta")
	storiesBucket = []byte("stories")
	formatKey     = []byte("format")
)

// Options tune a store. The zero value, like a nil *Options, gives the
// defaults.
type Options struct {
	// LockTimeout is how long Open waits for another process holding the
	// file to let it go before failing with EUNAVAILABLE. Default 1s.
	LockTimeout time.Duration
	// NoSync skips syncing writes to disk. Only for a bulk load that is
	// restarted from its input after a crash: a story acknowledged
	// without sync can be lost.
	NoSync bool
	// Now stamps Story.IngestedAt. Default time.Now.
	Now func() time.Time
}

// Store is the embedded graph.Store. Its methods are safe for concurrent
// use.
type Store struct {
	path string
	now  func() time.Time

	// writeMu serializes writers across their disk transaction, so that
	// readers, which only need mu, are not held up while a write syncs.
	writeMu sync.Mutex

	// mu guards db, closed and st: readers hold it for reading, a writer
	// holds it exclusively only to publish a committed story in memory.
	mu     sync.RWMutex
	db     *bolt.DB
	closed bool
	st     *state
}

var _ graph.Store = (*Store)(nil)

// Open opens the store in dir, creating dir and the file when missing.
// Another process holding the store gives EUNAVAILABLE; a damaged file or
// one that is not a policygraph store gives EINTERNAL. Both name the file.
func Open(dir string, opts *Options) (*Store, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.LockTimeout <= 0 {
		o.LockTimeout = time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, graph.Wrap(graph.EUNAVAILABLE, err, "embedded: cannot create directory %s", dir)
	}
	path := filepath.Join(dir, FileName)
	db, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout: o.LockTimeout,
		NoSync:  o.NoSync,
		// The freelist is rebuilt at open rather than written at every
		// commit, which keeps commits small.
		NoFreelistSync: true,
		FreelistType:   bolt.FreelistMapType,
	})
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return nil, graph.Wrap(graph.EUNAVAILABLE, err, "embedded: %s is in use by another process", path)
	case err != nil:
		return nil, graph.Wrap(graph.EINTERNAL, err, "embedded: cannot open %s: not a policygraph store or damaged", path)
	}
	s := &Store{path: path, now: o.Now, db: db, st: newState()}
	if err := s.load(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// load checks the file's format and folds every stored story into memory.
// A store of the previous format has its records rewritten, all in one
// transaction with the new format mark, so that a crash leaves it in one
// format or the other.
func (s *Store) load() (err error) {
	// bbolt panics on some damaged pages rather than returning an error.
	defer func() {
		if r := recover(); r != nil {
			err = graph.Wrap(graph.EINTERNAL, fmt.Errorf("%v", r), "embedded: %s is damaged", s.path)
		}
	}()
	var got string
	err = s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(metaBucket)
		if meta == nil {
			empty := true
			tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil })
			if !empty {
				return graph.Errorf(graph.EINTERNAL, "embedded: %s is a bbolt file of another program", s.path)
			}
			if meta, err = tx.CreateBucket(metaBucket); err != nil {
				return err
			}
			if err := meta.Put(formatKey, []byte(format)); err != nil {
				return err
			}
			_, err := tx.CreateBucket(storiesBucket)
			got = format
			return err
		}
		got = string(meta.Get(formatKey))
		if got != format && got != legacyFormat {
			return graph.Errorf(graph.EINTERNAL, "embedded: %s has format %q, this program reads %q and %q: "+
				"open it with the policygraph that wrote it, or load the stories into a new directory", s.path, got, format, legacyFormat)
		}
		return nil
	})
	if err != nil {
		if errors.As(err, new(*graph.Error)) {
			return err
		}
		return graph.Wrap(graph.EINTERNAL, err, "embedded: cannot prepare %s", s.path)
	}
	// rewrite holds the new encoding of each record of the old format.
	rewrite := map[string][]byte{}
	err = s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(storiesBucket)
		if b == nil {
			return graph.Errorf(graph.EINTERNAL, "embedded: %s has no stories bucket", s.path)
		}
		// Keys come in byte order, which is story-id order: the order the
		// merge wants. Records are decoded on every core and attached in
		// that order here.
		var failed error
		ds := decodeAll(b)
		s.st.load(func() *prepared {
			d, ok := <-ds
			if !ok {
				return nil
			}
			r := <-d
			switch {
			case r.err != nil:
				failed = graph.Wrap(graph.EINTERNAL, r.err, "embedded: %s is damaged", s.path)
			case r.p.rec.story.ID != r.key:
				failed = graph.Errorf(graph.EINTERNAL, "embedded: %s: record of story %q is damaged", s.path, r.key)
			}
			if failed != nil {
				// The decoders wait to deliver what they decoded.
				for d := range ds {
					<-d
				}
				return nil
			}
			if r.legacy != nil {
				rewrite[r.key] = r.legacy
			}
			return &r.p
		})
		return failed
	})
	if err != nil {
		return err
	}
	if got == legacyFormat {
		err := s.db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket(storiesBucket)
			for k, v := range rewrite {
				if err := b.Put([]byte(k), v); err != nil {
					return err
				}
			}
			return tx.Bucket(metaBucket).Put(formatKey, []byte(format))
		})
		if err != nil {
			return graph.Wrap(graph.EUNAVAILABLE, err, "embedded: rewrite %s in format %q", s.path, format)
		}
	}
	return nil
}

// decoded is a story record read from the file, or why it could not be.
type decoded struct {
	key string
	p   prepared
	// legacy is the new encoding of a record of the old format.
	legacy []byte
	err    error
}

// decodeAll decodes and prepares the records of b on every core and sends,
// in key order, one channel per record that delivers it. The caller must
// drain the channel, inside the transaction of b.
func decodeAll(b *bolt.Bucket) <-chan chan decoded {
	out := make(chan chan decoded, 64)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	go func() {
		defer close(out)
		// bbolt panics on some damaged pages rather than returning an
		// error; this goroutine is not covered by load's recover.
		defer func() {
			if r := recover(); r != nil {
				d := make(chan decoded, 1)
				d <- decoded{err: fmt.Errorf("%v", r)}
				out <- d
			}
		}()
		b.ForEach(func(k, v []byte) error {
			d := make(chan decoded, 1)
			out <- d
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				r := decoded{key: string(k)}
				rec, legacy, err := decodeRecord(v)
				if err != nil {
					r.err = fmt.Errorf("record of story %q: %w", k, err)
				} else {
					r.p, r.legacy = prepare(rec), legacy
				}
				d <- r
			}()
			return nil
		})
	}()
	return out
}

// Path returns the database file.
func (s *Store) Path() string { return s.path }

func textHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

func errClosed(path string) error {
	return graph.Errorf(graph.EUNAVAILABLE, "embedded: store %s is closed", path)
}

// PutStory implements graph.Store.
func (s *Store) PutStory(ctx context.Context, x *graph.Extraction) (graph.PutResult, error) {
	if x == nil {
		return graph.PutResult{}, graph.Errorf(graph.EINVALID, "embedded: put story: no extraction")
	}
	if err := x.Validate(); err != nil {
		return graph.PutResult{}, fmt.Errorf("embedded: put story %q: %w", x.Story.ID, err)
	}
	if err := ctx.Err(); err != nil {
		return graph.PutResult{}, graph.Wrap(graph.EUNAVAILABLE, err, "embedded: put story %q", x.Story.ID)
	}
	sid, hash := x.Story.ID, textHash(x.Story.Text)

	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	// Only writers change closed and the story map, and writeMu excludes
	// the other writers, so reading them here needs no mu.
	if s.closed {
		return graph.PutResult{}, errClosed(s.path)
	}
	old := s.st.stories[sid]
	if old != nil && old.hash == hash {
		return graph.PutResult{Created: false, Changed: false}, nil
	}
	stored := *x
	stored.Story.IngestedAt = s.now().UTC()
	if old != nil {
		stored.Story.IngestedAt = old.story.IngestedAt
	}
	v := encodeRecord(hash, &stored)
	// What is kept in memory is decoded from the record, as Open would:
	// a copy the caller cannot change, laid out as after a restart.
	rec, _, err := decodeRecord(v)
	if err != nil {
		return graph.PutResult{}, graph.Wrap(graph.EINTERNAL, err, "embedded: put story %q", sid)
	}
	next := prepare(rec)
	err = s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(storiesBucket).Put([]byte(sid), v)
	})
	if err != nil {
		return graph.PutResult{}, graph.Wrap(graph.EUNAVAILABLE, err, "embedded: put story %q: write %s", sid, s.path)
	}
	s.mu.Lock()
	s.st.apply(old, &next)
	s.mu.Unlock()
	return graph.PutResult{Created: old == nil, Changed: true}, nil
}

// DeleteStory implements graph.Store.
func (s *Store) DeleteStory(ctx context.Context, id string) error {
	if err := ctx.Err(); err != nil {
		return graph.Wrap(graph.EUNAVAILABLE, err, "embedded: delete story %q", id)
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if s.closed {
		return errClosed(s.path)
	}
	old := s.st.stories[id]
	if old == nil {
		return fmt.Errorf("embedded: delete story: %w", graph.Errorf(graph.ENOTFOUND, "story %q not found", id))
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(storiesBucket).Delete([]byte(id))
	})
	if err != nil {
		return graph.Wrap(graph.EUNAVAILABLE, err, "embedded: delete story %q: write %s", id, s.path)
	}
	s.mu.Lock()
	s.st.apply(old, nil)
	s.mu.Unlock()
	return nil
}

// Close implements graph.Store. It waits for a write in progress; closing
// twice returns EUNAVAILABLE.
func (s *Store) Close() error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errClosed(s.path)
	}
	s.closed = true
	s.st = nil
	if err := s.db.Close(); err != nil {
		return graph.Wrap(graph.EINTERNAL, err, "embedded: close %s", s.path)
	}
	return nil
}

// read runs f with the state under the read lock, or fails when closed.
func (s *Store) read(f func(st *state) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return errClosed(s.path)
	}
	return f(s.st)
}
