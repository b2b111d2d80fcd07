package main

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"factbot/facts"
)

// referenceJSON is what the batch mode wrote before answerEncoder, and
// what answerEncoder must write: encoding/json's line for the answer
// with the source of the article it quotes.
func referenceJSON(b *facts.Base, a facts.Answer) ([]byte, error) {
	data, err := json.Marshal(struct {
		facts.Answer
		Source *sourceJSON `json:"source"`
	}{a, sourceOf(answerArticle(b, a))})
	return append(data, '\n'), err
}

// awkward are strings that every escaping rule of encoding/json touches.
var awkward = []string{
	"", "plain", `quote " and \ backslash`, "tab\tnew\nline\rcr\bbs\fff", "\x00\x01\x1f\x7f",
	"<b>&amp;</b>", "line\u2028para\u2029sep", "invalid \xff\xfe utf-8 \xe2\x82", "Albania–Israel › “quoted” é 日本 🇦🇱",
	"https://en.wikipedia.org/wiki/Albania%E2%80%93Israel_relations#Communist_Albania_(1946%E2%80%931992)",
}

func encodeLine(t testing.TB, b *facts.Base, a facts.Answer) []byte {
	t.Helper()
	out, err := newAnswerEncoder(b).append(nil, a)
	if err != nil {
		t.Fatalf("append(%+v): %v", a, err)
	}
	return out
}

// TestAnswerEncoder holds answerEncoder to encoding/json, byte for byte,
// on real answers, on answers with every field of facts.Answer filled
// (so that a field added there fails here until the encoder writes it)
// and on strings that need escaping.
func TestAnswerEncoder(t *testing.T) {
	embedded, err := facts.Parse(facts.DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	fetched, err := facts.Parse([]byte("Source: https://en.wikipedia.org/wiki/Lighthouse_%3C%26%3E\nRevision: 1234567\nFetched: 2026-05-14T09:00:00Z\nLicense: CC BY-SA 4.0\n\n" +
		"= Lighthouse <&> =\n\nThe lighthouse was built in 1848 by Ann \"Nan\" Reed.\n== Keepers ==\nIts keeper <b>lived</b> there until 1901.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var answers []facts.Answer
	base := facts.New(embedded, fetched)
	for _, q := range []string{"when were relations established?", "when was the lighthouse built?", "What is the capital of France?", "wen were relations establised", "who lived there until 1901", "embassy", "keepers", ""} {
		answers = append(answers, base.Ask(q), base.Topic(q))
	}
	answers = append(answers, facts.Answer{}, facts.Answer{Citations: []facts.Citation{}, Suggestions: []string{}, AlsoIn: []string{}})
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		answers = append(answers, filledAnswer(t, rng))
	}
	quoted := map[string]bool{}
	for _, a := range answers {
		want, err := referenceJSON(base, a)
		if err != nil {
			t.Fatal(err)
		}
		quoted[answerArticle(base, a).Title] = true
		if got := encodeLine(t, base, a); !bytes.Equal(got, want) {
			t.Errorf("answerEncoder wrote\n%s\nencoding/json writes\n%s", got, want)
		}
	}
	if len(quoted) != 2 {
		t.Errorf("the answers quote %v; want both articles", quoted)
	}
}

// filledAnswer sets every field facts.Answer shows in JSON, by
// reflection, and fails on a field of a kind the encoder does not write.
func filledAnswer(t *testing.T, rng *rand.Rand) facts.Answer {
	str := func() string { return awkward[rng.IntN(len(awkward))] }
	// citations returns nil, none or up to two, their fields awkward.
	citations := func() []facts.Citation {
		n := rng.IntN(4)
		if n == 0 {
			return nil
		}
		cs := make([]facts.Citation, n-1)
		for j := range cs {
			cv := reflect.ValueOf(&cs[j]).Elem()
			for k := range cv.NumField() {
				if cv.Field(k).Kind() != reflect.String {
					t.Fatalf("facts.Citation.%s is a %s: teach answerEncoder to write it", cv.Type().Field(k).Name, cv.Field(k).Type())
				}
				cv.Field(k).SetString(str())
			}
		}
		return cs
	}
	var a facts.Answer
	v := reflect.ValueOf(&a).Elem()
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if !f.IsExported() || f.Tag.Get("json") == "-" {
			continue
		}
		fv := v.Field(i)
		switch {
		case f.Type.Kind() == reflect.String:
			fv.SetString(str())
		case f.Type.Kind() == reflect.Bool:
			fv.SetBool(rng.IntN(2) == 1)
		case f.Type.Kind() == reflect.Float64:
			fv.SetFloat([]float64{0, 1, 0.5, rng.Float64(), 1e-7 * rng.Float64(), 3e21, -0.25, 1e-6}[rng.IntN(8)])
		case f.Type == reflect.TypeFor[[]string]():
			if n := rng.IntN(4); n > 0 {
				ss := make([]string, n-1) // empty, not null, for n == 1
				for j := range ss {
					ss[j] = str()
				}
				fv.Set(reflect.ValueOf(ss))
			}
		case f.Type == reflect.TypeFor[[]facts.Citation]():
			fv.Set(reflect.ValueOf(citations()))
		case f.Type == reflect.TypeFor[*facts.Alternative]():
			if rng.IntN(2) == 1 {
				alt := &facts.Alternative{}
				av := reflect.ValueOf(alt).Elem()
				for k := range av.NumField() {
					switch af := av.Type().Field(k); {
					case af.Type.Kind() == reflect.String:
						av.Field(k).SetString(str())
					case af.Type == reflect.TypeFor[[]facts.Citation]():
						av.Field(k).Set(reflect.ValueOf(citations()))
					default:
						t.Fatalf("facts.Alternative.%s is a %s: teach answerEncoder to write it", af.Name, af.Type)
					}
				}
				fv.Set(reflect.ValueOf(alt))
			}
		default:
			t.Fatalf("facts.Answer.%s is a %s: teach answerEncoder to write it", f.Name, f.Type)
		}
	}
	return a
}

// TestAnswerEncoderScore: a score JSON cannot hold is an error, as it is
// for encoding/json, and nothing is written.
func TestAnswerEncoderScore(t *testing.T) {
	base, err := facts.Load(facts.DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, score := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		dst := []byte("before")
		if out, err := newAnswerEncoder(base).append(dst, facts.Answer{Score: score}); err == nil || string(out) != "before" {
			t.Errorf("append(score %v) = %q, %v; want an error and nothing appended", score, out, err)
		}
	}
}

// FuzzAnswerEncoder: for any strings and score, the line is what
// encoding/json writes, and it is one line.
func FuzzAnswerEncoder(f *testing.F) {
	for i, s := range awkward {
		f.Add(s, awkward[(i+1)%len(awkward)], float64(i)/7, true)
	}
	f.Add("q", "a", 1e-9, false)
	base, err := facts.Load(facts.DefaultArticle)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s1, s2 string, score float64, found bool) {
		if math.IsInf(score, 0) || math.IsNaN(score) {
			return
		}
		a := facts.Answer{Query: s1, Found: found, Text: s2, Span: s1 + s2, Score: score,
			Citations: []facts.Citation{{Article: s2, Section: s1, URL: s2}}, Suggestions: []string{s1, s2}, AlsoIn: []string{s2}}
		want, err := referenceJSON(base, a)
		if err != nil {
			t.Fatal(err)
		}
		got := encodeLine(t, base, a)
		if !bytes.Equal(got, want) {
			t.Fatalf("answerEncoder wrote\n%s\nencoding/json writes\n%s", got, want)
		}
		if strings.Count(string(got), "\n") != 1 {
			t.Fatalf("%q is not one line", got)
		}
	})
}

// BenchmarkAnswerJSON compares the encoder with encoding/json on the
// answers to the development questions.
func BenchmarkAnswerJSON(b *testing.B) {
	base, err := facts.Load(facts.DefaultArticle)
	if err != nil {
		b.Fatal(err)
	}
	var answers []facts.Answer
	for _, q := range []string{"when were relations established?", "What is the capital of France?", "who visited israel in 1996", "how many albanian jews emigrated", "embassy"} {
		answers = append(answers, base.Ask(q))
	}
	b.Run("encoder", func(b *testing.B) {
		enc := newAnswerEncoder(base)
		var out []byte
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			var err error
			if out, err = enc.append(out[:0], answers[i%len(answers)]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if _, err := referenceJSON(base, answers[i%len(answers)]); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// discard is io.Discard without its ReadFrom, so that both benchmarks
// pay the same Write call.
type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// TestJSONSafe8 holds the eight-byte test to the table, for every byte
// value in every place of an otherwise safe word, and for pairs of bytes
// either side of the values it singles out (where a borrow could carry).
func TestJSONSafe8(t *testing.T) {
	safe := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf || !jsonSafe[s[i]] {
				return false
			}
		}
		return true
	}
	check := func(s string) {
		if got, want := jsonSafe8(s), safe(s); got != want {
			t.Fatalf("jsonSafe8(%q) = %v; want %v", s, got, want)
		}
	}
	for p := range 8 {
		for c := range 256 {
			b := []byte("abcdefgh")
			b[p] = byte(c)
			check(string(b))
		}
	}
	edges := []byte{0, 1, 0x1f, 0x20, 0x21, '"', '#', '%', '&', '\'', ';', '<', '=', '>', '?', '[', '\\', ']', 0x7f, 0x80, 0xff}
	for p := range 7 {
		for _, c := range edges {
			for _, d := range edges {
				b := []byte("abcdefgh")
				b[p], b[p+1] = c, d
				check(string(b))
			}
		}
	}
}

// TestAppendJSONFloatThousandths holds the short way of writing a score
// rounded to thousandths, and the numbers near them, to strconv's.
func TestAppendJSONFloatThousandths(t *testing.T) {
	for k := -1; k <= 1001; k++ {
		for _, f := range []float64{float64(k) / 1000, math.Round(float64(k)) / 1000, math.Nextafter(float64(k)/1000, 2), math.Nextafter(float64(k)/1000, -2), math.Copysign(0, -1)} {
			want, err := json.Marshal(f)
			if err != nil {
				t.Fatal(err)
			}
			if got := appendJSONFloat(nil, f); string(got) != string(want) {
				t.Errorf("appendJSONFloat(%v) = %s; encoding/json writes %s", f, got, want)
			}
		}
	}
}
