package lines

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

type line struct {
	text    string
	clipped bool
}

func readAll(t *testing.T, in io.Reader, limit int) ([]line, error) {
	t.Helper()
	r := NewReader(in, limit)
	var got []line
	for r.Next() {
		if r.Number() != len(got)+1 {
			t.Errorf("Number() = %d; want %d", r.Number(), len(got)+1)
		}
		got = append(got, line{r.Text(), r.Clipped()})
	}
	return got, r.Err()
}

func TestReader(t *testing.T) {
	long := strings.Repeat("a", 3<<20) // far over any buffer
	tests := []struct {
		name  string
		in    string
		limit int
		want  []line
	}{
		{"empty", "", 10, nil},
		{"lines", "one\ntwo\n", 10, []line{{"one", false}, {"two", false}}},
		{"no final newline", "one\ntwo", 10, []line{{"one", false}, {"two", false}}},
		{"crlf", "one\r\ntwo\r\n", 10, []line{{"one", false}, {"two", false}}},
		{"blank lines", "\n\nx\n", 10, []line{{"", false}, {"", false}, {"x", false}}},
		{"exactly the limit", "abcde\nabcde\r\n", 5, []line{{"abcde", false}, {"abcde", false}}},
		{"one over", "abcdef\nx\n", 5, []line{{"abcde", true}, {"x", false}}},
		{"clipped inside a character", "aaaé\nx\n", 4, []line{{"aaa", true}, {"x", false}}},
		{"huge line, then more", "q1\n" + long + "\nq3\n" + long, 300, []line{{"q1", false}, {long[:300], true}, {"q3", false}, {long[:300], true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, in := range []io.Reader{strings.NewReader(tt.in), iotest.OneByteReader(strings.NewReader(tt.in))} {
				got, err := readAll(t, in, tt.limit)
				if err != nil {
					t.Fatalf("Err() = %v", err)
				}
				if len(got) != len(tt.want) {
					t.Fatalf("read %d lines; want %d", len(got), len(tt.want))
				}
				for i := range got {
					if got[i] != tt.want[i] {
						t.Errorf("line %d = %.40q (clipped %v); want %.40q (clipped %v)", i+1, got[i].text, got[i].clipped, tt.want[i].text, tt.want[i].clipped)
					}
				}
			}
		})
	}
}

func TestReaderError(t *testing.T) {
	boom := errors.New("boom")
	got, err := readAll(t, io.MultiReader(strings.NewReader("a\nb"), iotest.ErrReader(boom)), 10)
	if !errors.Is(err, boom) {
		t.Errorf("Err() = %v; want %v", err, boom)
	}
	if len(got) != 2 || got[1].text != "b" {
		t.Errorf("lines before the error = %v; want a and b", got)
	}
}
