package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestCIScript checks what .ci/run promises: it says at once that it
// needs root, runs staticcheck v0.8.2, and stops a PostgreSQL it starts
// through a trap set before the server starts.
func TestCIScript(t *testing.T) {
	script, err := os.ReadFile(".ci/run")
	if err != nil {
		t.Fatal(err)
	}
	s := string(script)
	if !strings.Contains(s, "honnef.co/go/tools/cmd/staticcheck@v0.8.2") || !regexp.MustCompile(`(?m)^go run "\$STATICCHECK" \./\.\.\.$`).MatchString(s) {
		t.Error(".ci/run does not run staticcheck v0.8.2 on ./...")
	}
	trap := regexp.MustCompile(`trap '[^']*postgres-ci\.sh stop' EXIT`).FindStringIndex(s)
	start := strings.Index(s, `pgenv="$(bash store/testdata/postgres-ci.sh)"`)
	if trap == nil || start < 0 || trap[0] > start {
		t.Error(".ci/run does not set a trap that stops PostgreSQL before starting it")
	}

	if os.Geteuid() != 0 {
		t.Skip("running .ci/run as another user needs root")
	}
	runuser, err := exec.LookPath("runuser")
	if err != nil {
		t.Skip("no runuser")
	}
	// A copy in a folder anyone may read: the checkout may not be.
	dir, err := os.MkdirTemp("", "factbot-ci")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, ".ci"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".ci", "run"), script, 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(runuser, "-u", "nobody", "--", "bash", filepath.Join(dir, ".ci", "run")).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "needs root") || strings.Contains(string(out), "==") {
		t.Errorf(".ci/run as nobody: %v, %q; want it to stop at once saying it needs root", err, out)
	}
}
