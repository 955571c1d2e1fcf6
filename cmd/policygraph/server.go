package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
	"github.com/policygraph/policygraph/graph/neo4jstore"
	"github.com/policygraph/policygraph/httpapi"
	"github.com/policygraph/policygraph/loader"
)

// Server timeouts. Reads are short: a request is a GraphQL document and at
// most one story. Writes allow for an ingest, which extracts and commits a
// story before answering.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 2 * time.Minute
	idleTimeout       = 2 * time.Minute
	// shutdownTimeout bounds how long Close waits for requests in flight.
	shutdownTimeout = 15 * time.Second
)

// Main is the program: it owns the configuration, the store and the HTTP
// server. Tests build one with Addr "127.0.0.1:0" and a temporary DataDir,
// call Run and talk to URL.
type Main struct {
	Config Config
	// Logger receives the service's logs; nil means text on Stderr.
	Logger *slog.Logger
	// Stdin is read by --load -.
	Stdin io.Reader

	Store      graph.Store
	HTTPServer *http.Server

	ln       net.Listener
	serveErr chan error
}

// NewMain returns a Main configured from the environment.
func NewMain() *Main {
	return &Main{Config: DefaultConfig(), Stdin: os.Stdin}
}

func (m *Main) logger() *slog.Logger {
	if m.Logger == nil {
		m.Logger = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	return m.Logger
}

// OpenStore opens the configured backend.
func (m *Main) OpenStore(ctx context.Context) error {
	if err := m.Config.Validate(); err != nil {
		return err
	}
	switch m.Config.Store {
	case StoreNeo4j:
		// The driver's own error for a URI that does not parse quotes it
		// whole, password included: such a URI never reaches it.
		if _, err := url.Parse(m.Config.Neo4jURI); err != nil {
			var ue *url.Error
			if errors.As(err, &ue) {
				err = ue.Err
			}
			return fmt.Errorf("--neo4j-uri %s: %w", redactURI(m.Config.Neo4jURI), err)
		}
		s, err := neo4jstore.Open(ctx, m.Config.Neo4jURI, &neo4jstore.Options{
			User:     m.Config.Neo4jUser,
			Password: m.Config.Neo4jPassword,
			Database: m.Config.Neo4jDatabase,
		})
		if err != nil {
			return fmt.Errorf("open neo4j store at %s: %w", redactURI(m.Config.Neo4jURI), err)
		}
		m.Store = s
	default:
		if err := os.MkdirAll(m.Config.DataDir, 0o700); err != nil {
			return fmt.Errorf("create data folder: %w", err)
		}
		s, err := embedded.Open(m.Config.DataDir, nil)
		if err != nil {
			return fmt.Errorf("open embedded store in %s: %w", m.Config.DataDir, err)
		}
		m.Store = s
	}
	return nil
}

// redactURI returns uri fit for a log or an error message: the password of
// its userinfo, when it has one, is replaced by xxxxx. A URI that does not
// parse is not shown at all, since nothing says where its secret is.
func redactURI(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return "(unparsable URI)"
	}
	return u.Redacted()
}

// Run opens the store, loads Config.Load, then starts serving and returns;
// the server runs until Close. Errors of the server after Run returned are
// reported by Wait.
func (m *Main) Run(ctx context.Context) error {
	log := m.logger()
	if err := m.OpenStore(ctx); err != nil {
		return err
	}
	if len(m.Config.Load) > 0 {
		if err := m.loadAtStart(ctx); err != nil {
			return err
		}
	}

	ln, err := net.Listen("tcp", m.Config.Addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	m.ln = ln
	m.HTTPServer = &http.Server{
		Handler: httpapi.New(m.Store, &httpapi.Options{
			Token:   m.Config.Token,
			Logger:  log,
			Extract: loader.Extract,
		}),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	m.serveErr = make(chan error, 1)
	srv := m.HTTPServer
	go func() { m.serveErr <- srv.Serve(ln) }()
	log.Info("serving", "url", m.URL(), "store", m.Config.Store)
	return nil
}

// loadAtStart loads Config.Load and logs what it did. Stories that fail are
// logged and do not stop the service; an interrupted load does.
func (m *Main) loadAtStart(ctx context.Context) error {
	log := m.logger()
	start := time.Now()
	sum, err := loader.Load(ctx, m.Store, m.Config.Load, &loader.LoadOptions{Stdin: m.Stdin})
	for _, f := range sum.Failures {
		log.Warn("story not loaded", "path", f.Path, "err", f.Err)
	}
	log.Info("loaded", "paths", m.Config.Load, "stories", sum.Stories, "unchanged", sum.Unchanged,
		"entities", sum.Entities, "relations", sum.Relations, "failed", len(sum.Failures),
		"skipped", len(sum.Skipped), "took", time.Since(start).Round(time.Millisecond))
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return nil
}

// URL is the base URL of the running server, such as http://127.0.0.1:8080.
func (m *Main) URL() string {
	if m.ln == nil {
		return ""
	}
	return "http://" + m.ln.Addr().String()
}

// Wait blocks until ctx ends or the server stops on its own, and returns
// the server's error in that case.
func (m *Main) Wait(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return nil
	case err := <-m.serveErr:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return fmt.Errorf("serve: %w", err)
	}
}

// Close stops the server, letting requests in flight finish for up to
// shutdownTimeout, then closes the store. Calling it again does nothing.
func (m *Main) Close() error {
	var errs []error
	if m.HTTPServer != nil {
		ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
		defer cancel()
		if err := m.HTTPServer.Shutdown(ctx); err != nil {
			errs = append(errs, fmt.Errorf("shut down server: %w", err), m.HTTPServer.Close())
		}
		m.HTTPServer, m.ln = nil, nil
	}
	if m.Store != nil {
		if err := m.Store.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close store: %w", err))
		}
		m.Store = nil
	}
	return errors.Join(errs...)
}
