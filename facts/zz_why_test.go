package facts

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZWhy(t *testing.T) {
	if os.Getenv("ZZWHY") == "" {
		t.Skip()
	}
	for _, set := range qaSets() {
		if !set.available() || strings.HasPrefix(set.name, "blind") {
			continue
		}
		b := New(set.load(t))
		for _, q := range readQA(t, set.questions) {
			if q.Kind != "ask" || !strings.HasPrefix(strings.ToLower(q.Q), "why") {
				continue
			}
			a := answerQA(b, q)
			if !a.Found {
				continue
			}
			ok := right(q, a)
			tag := "GOOD"
			if q.None {
				tag = "BAD "
			} else if !ok {
				continue
			}
			fmt.Printf("%s %-60.60q | %.160s\n", tag, q.Q, a.Text)
		}
	}
}
