// Command policygraph serves a knowledge graph of policy debates, built from
// news stories, over GraphQL, and loads stories into it.
//
//	policygraph serve [flags]        serve the GraphQL API and playground
//	policygraph load [flags] PATH... load stories from files, folders or stdin
//	policygraph version              print the version
//
// It is the only package that reads flags and the environment, picks a
// storage backend and starts HTTP; the rest of the program is wired here.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Command(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
