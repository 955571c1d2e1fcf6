package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/policygraph/policygraph/loader"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // an error, or stories that failed to load
	exitUsage   = 2
)

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise the module version from the build information is shown.
var version = ""

const usage = `policygraph turns news stories about policy debates into a knowledge graph
and answers questions about it over GraphQL.

Usage:
  policygraph serve [flags]          serve the GraphQL API (playground at /)
  policygraph load [flags] PATH...   load stories from files, folders or - (stdin)
  policygraph export [flags]         write the graph as GraphML, CSV or JSON lines
  policygraph version                print the version

Run "policygraph COMMAND -h" for the flags of a command. Every flag can
also be set by the environment variable named in its help.
`

// Command runs the command line args (without the program name) and
// returns the exit code.
func Command(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "serve":
		return serveCommand(ctx, args[1:], stdin, stderr)
	case "load":
		return loadCommand(ctx, args[1:], stdin, stdout, stderr)
	case "export":
		return exportCommand(ctx, args[1:], stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "policygraph", Version(), runtime.Version())
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "policygraph: unknown command %q\n\n%s", args[0], usage)
	return exitUsage
}

// Version is the program's version.
func Version() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}

func newFlagSet(name string, stderr io.Writer, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: policygraph %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

func serveCommand(ctx context.Context, args []string, stdin io.Reader, stderr io.Writer) int {
	m := NewMain()
	m.Stdin = stdin
	m.Logger = slog.New(slog.NewTextHandler(stderr, nil))
	fs := newFlagSet("serve", stderr, "serve [flags]")
	m.Config.serveFlags(fs)
	if code, done := parseNoArgs(fs, args, stderr, "serve", " (to load it, use --load once per path)"); done {
		return code
	}
	if err := m.Config.Validate(); err != nil {
		fmt.Fprintln(stderr, "policygraph serve:", err)
		return exitUsage
	}
	code := exitOK
	if err := m.Run(ctx); err != nil {
		m.Logger.Error("cannot start", "err", err)
		code = exitFailure
	} else if err := m.Wait(ctx); err != nil {
		m.Logger.Error("server stopped", "err", err)
		code = exitFailure
	}
	if err := m.Close(); err != nil {
		m.Logger.Error("shutdown", "err", err)
		code = exitFailure
	}
	if code == exitOK {
		m.Logger.Info("stopped")
	}
	return code
}

func loadCommand(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	m := NewMain()
	m.Stdin = stdin
	m.Logger = slog.New(slog.NewTextHandler(stderr, nil))
	fs := newFlagSet("load", stderr, "load [flags] PATH...\n\n"+
		"Loads stories from .txt (wire stories), .json, .jsonl/.ndjson (records with id,\n"+
		"title, text, published, source, url) and .html/.htm files, folders of them\n"+
		"(recursively, hidden names skipped) and - (stdin: JSON lines or one text).\n"+
		"Exits with 1 when any story failed to load.")
	m.Config.storeFlags(fs)
	paths, err := parseArgs(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case err != nil:
		return exitUsage
	case len(paths) == 0:
		fmt.Fprintln(stderr, "policygraph load: no PATH given")
		fs.Usage()
		return exitUsage
	}
	if err := m.Config.Validate(); err != nil {
		fmt.Fprintln(stderr, "policygraph load:", err)
		return exitUsage
	}
	if err := m.OpenStore(ctx); err != nil {
		fmt.Fprintln(stderr, "policygraph load:", err)
		return exitFailure
	}
	defer m.Close()

	start := time.Now()
	prog := newProgress(stderr)
	sum, err := loader.Load(ctx, m.Store, paths, &loader.LoadOptions{Stdin: stdin, Progress: prog.update})
	prog.finish()
	printSummary(stdout, sum, time.Since(start))
	if err != nil {
		fmt.Fprintln(stderr, "policygraph load: stopped:", err)
		return exitFailure
	}
	if len(sum.Failures) > 0 {
		return exitFailure
	}
	return exitOK
}

// maxListedSkips bounds the skipped inputs listed one by one.
const maxListedSkips = 20

func printSummary(w io.Writer, sum loader.Summary, took time.Duration) {
	fmt.Fprintf(w, "loaded %d stories in %s: %d unchanged, %d entities, %d relations, %d failed, %d skipped\n",
		sum.Stories, took.Round(time.Millisecond), sum.Unchanged, sum.Entities, sum.Relations,
		len(sum.Failures), len(sum.Skipped))
	if len(sum.Failures) > 0 {
		fmt.Fprintln(w, "failed:")
		for _, f := range sum.Failures {
			fmt.Fprintf(w, "  %v\n", f.Err)
		}
	}
	if n := len(sum.Skipped); n > 0 && n <= maxListedSkips {
		fmt.Fprintln(w, "skipped:")
		for _, s := range sum.Skipped {
			fmt.Fprintf(w, "  %s: %s\n", s.Path, s.Reason)
		}
	}
}

// progress shows a load's progress: a bar on a terminal, a line every few
// seconds otherwise (logs of CI and services).
type progress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	last  time.Time
	every time.Duration
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, every: 5 * time.Second, last: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("loading"),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

func (p *progress) update(pr loader.Progress) {
	if p.bar != nil {
		if pr.TotalBytes >= 0 && p.bar.GetMax64() != pr.TotalBytes {
			p.bar.ChangeMax64(pr.TotalBytes)
		}
		p.bar.Describe(fmt.Sprintf("%d stories, %d failed", pr.Stories, pr.Failed))
		p.bar.Set64(pr.DoneBytes)
		return
	}
	if time.Since(p.last) < p.every {
		return
	}
	p.last = time.Now()
	var b strings.Builder
	fmt.Fprintf(&b, "loading: %d stories, %d failed, %s read", pr.Stories, pr.Failed, mib(pr.DoneBytes))
	if pr.TotalBytes > 0 {
		fmt.Fprintf(&b, " of %s (%d%%)", mib(pr.TotalBytes), 100*pr.DoneBytes/pr.TotalBytes)
	}
	fmt.Fprintln(p.w, b.String())
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}

func mib(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }
