package main

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestLogWriter: lines come out whole and in order, within the flush
// period without Close, and all of them at Close.
func TestLogWriter(t *testing.T) {
	var out e2eBuffer
	l := newLogWriter(&out)
	fmt.Fprintln(l, "first")
	deadline := time.Now().Add(5 * time.Second)
	for out.String() == "" && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if out.String() != "first\n" {
		t.Fatalf("after a flush period: %q; want the first line", out.String())
	}
	var want strings.Builder
	want.WriteString("first\n")
	for i := range 10000 {
		fmt.Fprintf(l, "line %d\n", i)
		fmt.Fprintf(&want, "line %d\n", i)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if out.String() != want.String() {
		t.Errorf("after Close: %d bytes; want %d, in order", len(out.String()), want.Len())
	}
}
