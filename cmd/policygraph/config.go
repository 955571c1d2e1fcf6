package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Config is what the flags and environment say. Every flag has an
// environment variable, named in its help, that sets its default.
type Config struct {
	// Addr is the host:port the HTTP server listens on; port 0 picks a
	// free one.
	Addr string
	// DataDir holds the embedded store's files.
	DataDir string
	// Load lists paths loaded before serving.
	Load []string
	// Token, when set, is the bearer token the API asks of writers.
	Token string
	// Store is the backend: "embedded" or "neo4j".
	Store string

	Neo4jURI, Neo4jUser, Neo4jPassword, Neo4jDatabase string
}

// The backends Config.Store names.
const (
	StoreEmbedded = "embedded"
	StoreNeo4j    = "neo4j"
)

// DefaultConfig returns the defaults with the environment applied.
func DefaultConfig() Config {
	return Config{
		Addr:          env("POLICYGRAPH_ADDR", "127.0.0.1:8080"),
		DataDir:       env("POLICYGRAPH_DATA", defaultDataDir()),
		Load:          filepath.SplitList(os.Getenv("POLICYGRAPH_LOAD")),
		Token:         os.Getenv("POLICYGRAPH_TOKEN"),
		Store:         env("POLICYGRAPH_STORE", StoreEmbedded),
		Neo4jURI:      env("POLICYGRAPH_NEO4J_URI", "bolt://127.0.0.1:7687"),
		Neo4jUser:     os.Getenv("POLICYGRAPH_NEO4J_USER"),
		Neo4jPassword: os.Getenv("POLICYGRAPH_NEO4J_PASSWORD"),
		Neo4jDatabase: os.Getenv("POLICYGRAPH_NEO4J_DATABASE"),
	}
}

func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return def
}

// defaultDataDir follows the XDG base directory convention:
// $XDG_DATA_HOME/policygraph, else ~/.local/share/policygraph.
func defaultDataDir() string {
	if d := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "policygraph")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "share", "policygraph")
	}
	return "policygraph-data"
}

// storeFlags registers the flags that choose and reach a backend, shared
// by serve and load.
func (c *Config) storeFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.Store, "store", c.Store, "storage backend, embedded or neo4j ($POLICYGRAPH_STORE)")
	fs.StringVar(&c.DataDir, "data", c.DataDir, "folder of the embedded store ($POLICYGRAPH_DATA)")
	fs.StringVar(&c.Neo4jURI, "neo4j-uri", c.Neo4jURI, "Neo4j address: bolt://host:7687, neo4j://host for a cluster, neo4j+s://host for Aura ($POLICYGRAPH_NEO4J_URI)")
	fs.StringVar(&c.Neo4jUser, "neo4j-user", c.Neo4jUser, "Neo4j user; empty connects without authentication ($POLICYGRAPH_NEO4J_USER)")
	fs.Var((*secret)(&c.Neo4jPassword), "neo4j-password", "Neo4j password ($POLICYGRAPH_NEO4J_PASSWORD)")
	fs.StringVar(&c.Neo4jDatabase, "neo4j-database", c.Neo4jDatabase, "Neo4j database, empty for the server's default ($POLICYGRAPH_NEO4J_DATABASE)")
}

// serveFlags registers the flags of serve.
func (c *Config) serveFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.Addr, "addr", c.Addr, "host:port to listen on ($POLICYGRAPH_ADDR)")
	fs.Var(&pathList{paths: &c.Load}, "load", "load stories from this file, folder or - (stdin) before serving; repeat for more ($POLICYGRAPH_LOAD, separated by "+string(os.PathListSeparator)+")")
	fs.Var((*secret)(&c.Token), "token", "bearer token required to write through the API; empty allows anyone ($POLICYGRAPH_TOKEN)")
	c.storeFlags(fs)
}

// Validate reports a configuration that cannot work.
func (c *Config) Validate() error {
	switch c.Store {
	case StoreEmbedded:
		if c.DataDir == "" {
			return errors.New("--data is empty: the embedded store needs a folder")
		}
	case StoreNeo4j:
		if c.Neo4jURI == "" {
			return errors.New("--neo4j-uri is empty")
		}
	default:
		return fmt.Errorf("--store %q: want %s or %s", c.Store, StoreEmbedded, StoreNeo4j)
	}
	return nil
}

// secret is a string flag whose value help never shows, so that a token or
// password from the environment does not end up in a terminal or a log.
type secret string

func (s *secret) String() string     { return "" }
func (s *secret) Set(v string) error { *s = secret(v); return nil }

// pathList is a flag that may be repeated. Its first use on the command
// line replaces the list the environment gave.
type pathList struct {
	paths *[]string
	set   bool
}

func (p *pathList) String() string {
	if p.paths == nil {
		return ""
	}
	return strings.Join(*p.paths, string(os.PathListSeparator))
}

func (p *pathList) Set(v string) error {
	if v == "" {
		return errors.New("empty path")
	}
	if !p.set {
		*p.paths, p.set = nil, true
	}
	*p.paths = append(*p.paths, v)
	return nil
}

// parseNoArgs parses the flags of a command that takes no positional
// argument. done is true when the command must end with code: help was
// shown, or the arguments are wrong (hint follows the complaint).
func parseNoArgs(fs *flag.FlagSet, args []string, stderr io.Writer, name, hint string) (code int, done bool) {
	rest, err := parseArgs(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitOK, true
	case err != nil:
		return exitUsage, true
	case len(rest) > 0:
		fmt.Fprintf(stderr, "policygraph %s: unexpected argument %q%s\n", name, rest[0], hint)
		return exitUsage, true
	}
	return exitOK, false
}

// parseArgs parses flags that may come before, between or after the
// positional arguments, which it returns. After "--" everything is
// positional.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
