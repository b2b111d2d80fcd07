package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"factbot/internal/fakewiki"
)

// The embedded article as the fake serves it: its address and revision.
const (
	pageURL   = "https://en.wikipedia.org/wiki/Albania%E2%80%93Israel_relations"
	permalink = "https://en.wikipedia.org/w/index.php?title=Albania%E2%80%93Israel_relations&oldid=1290004052"
)

// startWiki runs the fake Wikipedia with the embedded article's page and
// the redirect from its hyphenated title, and checks at the end that
// nothing broke Wikimedia's etiquette.
func startWiki(t *testing.T) *fakewiki.Server {
	t.Helper()
	wp := fakewiki.StartTest(t)
	wp.SetPage(fakewiki.AlbaniaIsraelRelations())
	wp.Redirect("Albania-Israel relations", "Albania–Israel relations")
	return wp
}

// wikiEnv is the environment of a run against the fake, with the data
// folder in a temporary directory; extra entries are added.
func wikiEnv(wp *fakewiki.Server, data string, extra ...string) func(string) string {
	m := map[string]string{"WIKIPEDIA_API_URL": wp.APIURL(), "WIKIPEDIA_CONTACT": "ops@example.org", "FACTBOT_DATA": filepath.Join(data, "factbot.db")}
	for i := 0; i+1 < len(extra); i += 2 {
		m[extra[i]] = extra[i+1]
	}
	return env(m)
}

// jsonAnswer is a line of `ask --json` as other tools read it.
type jsonAnswer struct {
	Found     bool   `json:"found"`
	Answer    string `json:"answer"`
	Citations []struct {
		Section, URL string
	} `json:"citations"`
	Source struct {
		Title, URL, Permalink, Fetched, License string
		Revision                                int64
	} `json:"source"`
}

// TestFetch is the issue's first "done when": `factbot fetch
// "albania-Israel relations"` is normalised, follows the redirect, gets
// through a 503 with Retry-After, writes the article, and the file answers
// with citations to the page. Failures exit 1 naming the title; usage
// mistakes exit 2.
func TestFetch(t *testing.T) {
	wp := startWiki(t)
	wp.FailAPI(1, fakewiki.Busy(503, "1"))
	dir := t.TempDir()
	var out, errb bytes.Buffer
	start := time.Now()
	if err := run(context.Background(), []string{"fetch", "albania-Israel relations"}, wikiEnv(wp, dir), strings.NewReader(""), &out, &errb); err != nil {
		t.Fatalf("fetch: %v (stderr %s)", err, errb.String())
	}
	if d := time.Since(start); d < time.Second {
		t.Errorf("fetch took %s; want it to wait the 1 s Retry-After", d)
	}
	if reqs := wp.Requests(); len(reqs) != 2 || reqs[1].Query.Get("titles") != "albania-Israel relations" || reqs[1].UserAgent != "factbot/"+version()+" (ops@example.org)" {
		t.Errorf("requests = %+v; want the 503 and one retry with the User-Agent", reqs)
	}
	article := out.String()
	if !strings.HasPrefix(article, "Source: "+pageURL+"\nRevision: 1290004052\nFetched: ") || !strings.Contains(article, "\n= Albania–Israel relations =\n") {
		t.Fatalf("fetched article starts %q", article[:min(len(article), 300)])
	}
	file := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(file, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := run(context.Background(), []string{"ask", "--json", "--article", file, "when were relations established?"}, env(nil), strings.NewReader(""), &out, &errb); err != nil {
		t.Fatal(err)
	}
	var a jsonAnswer
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if !a.Found || !strings.Contains(a.Answer, "August 19, 1991") || len(a.Citations) == 0 || !strings.HasPrefix(a.Citations[0].URL, pageURL+"#") ||
		a.Source.Permalink != permalink || a.Source.Revision != 1290004052 || a.Source.License != "CC BY-SA 4.0" {
		t.Errorf("answer from the fetched file = %+v; want the 1991 sentence citing the page and the revision", a)
	}

	// -o writes the file; the same article as standard output.
	outFile := filepath.Join(dir, "o.txt")
	errb.Reset()
	if err := run(context.Background(), []string{"fetch", "-o", outFile, "Albania–Israel", "relations"}, wikiEnv(wp, dir), strings.NewReader(""), &out, &errb); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(outFile); err != nil || !bytes.Contains(got, []byte("- Mission1: Albanian embassy, Tel Aviv\n")) {
		t.Errorf("-o wrote %d bytes, %v; want the article with its infobox", len(got), err)
	}
	if !strings.Contains(errb.String(), `"Albania–Israel relations", revision 1290004052`) {
		t.Errorf("stderr = %q; want what was written", errb.String())
	}

	wp.FailAPI(1, fakewiki.Malformed()) // for the first case
	for _, tt := range []struct {
		name  string
		args  []string
		usage bool
		msg   string
	}{
		{"failure", []string{"fetch", "Albania–Israel relations"}, false, `wikipedia page "Albania–Israel relations": malformed reply`},
		{"missing page", []string{"fetch", "No such page"}, false, `wikipedia page "No such page": page does not exist`},
		{"invalid title", []string{"fetch", "A|B"}, false, `wikipedia page "A|B": invalid title`},
		{"no title", []string{"fetch"}, true, "fetch: missing title"},
		{"no -o value", []string{"fetch", "X", "-o"}, true, "flag needs an argument"},
		{"bad flag", []string{"fetch", "--nope", "X"}, true, "not defined"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(context.Background(), tt.args, wikiEnv(wp, dir), strings.NewReader(""), &out, &bytes.Buffer{})
			if err == nil || errors.Is(err, errUsage) != tt.usage || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("run(%q) = %v (usage %v); want %q, usage %v", tt.args, err, errors.Is(err, errUsage), tt.msg, tt.usage)
			}
			if out.Len() > 0 {
				t.Errorf("a failed fetch wrote %q", out.String())
			}
		})
	}
}

// TestWikipediaArticle is the second "done when": `ask --json --article
// wikipedia:TITLE -` answers from the fetched page, citing it; again with
// Wikipedia unreachable, it answers the same from the cache, with a
// warning when the copy is older than FACTBOT_REFRESH. A missing page with
// no copy fails naming it.
func TestWikipediaArticle(t *testing.T) {
	wp := startWiki(t)
	dir := t.TempDir()
	questions := "when were relations established?\nwho visited Albania in 1994?\nwhere is the Albanian embassy?\n"
	ask := func(getenv func(string) string) (string, string, error) {
		var out, errb bytes.Buffer
		err := run(context.Background(), []string{"ask", "--json", "--article", "wikipedia:albania-Israel relations", "-"}, getenv, strings.NewReader(questions), &out, &errb)
		return out.String(), errb.String(), err
	}
	first, stderr, err := ask(wikiEnv(wp, dir))
	if err != nil {
		t.Fatalf("%v (stderr %s)", err, stderr)
	}
	lines := strings.Split(strings.TrimSpace(first), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d answers; want 3:\n%s", len(lines), first)
	}
	for i, l := range lines {
		var a jsonAnswer
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		if !a.Found || len(a.Citations) == 0 || !strings.HasPrefix(a.Citations[0].URL, pageURL) || a.Source.Permalink != permalink || a.Source.Fetched == "" {
			t.Errorf("answer %d = %+v; want it found, citing the page and its revision", i, a)
		}
	}
	cached := filepath.Join(dir, "articles", "albania-Israel_relations.txt")
	if _, err := os.Stat(cached); err != nil {
		t.Fatalf("no cached copy: %v", err)
	}
	if stderr != "" {
		t.Errorf("stderr = %q; want nothing", stderr)
	}

	// Wikipedia gone: the fresh copy answers without asking.
	api := wp.APIURL()
	wp.Close()
	gone := func() func(string) string {
		return env(map[string]string{"WIKIPEDIA_API_URL": api, "FACTBOT_DATA": filepath.Join(dir, "factbot.db"), "FACTBOT_REFRESH": "1h"})
	}
	again, stderr, err := ask(gone())
	if err != nil || again != first || stderr != "" {
		t.Errorf("fresh copy, Wikipedia gone: %v, stderr %q, same answers %v", err, stderr, again == first)
	}
	// The copy grown old: Wikipedia is asked, cannot answer, and the copy
	// answers the same, with a warning.
	old := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(cached, old, old); err != nil {
		t.Fatal(err)
	}
	again, stderr, err = ask(gone())
	if err != nil || again != first {
		t.Errorf("old copy, Wikipedia gone: %v; same answers %v", err, again == first)
	}
	if !strings.Contains(stderr, "level=WARN") || !strings.Contains(stderr, "answering from the cached copy") || !strings.Contains(stderr, "albania-Israel relations") {
		t.Errorf("stderr = %q; want a warning naming the article", stderr)
	}

	// Neither a copy nor Wikipedia, or a missing page: exit 1 naming it.
	var out bytes.Buffer
	err = run(context.Background(), []string{"ask", "--article", "wikipedia:Never fetched", "x"}, gone(), strings.NewReader(""), &out, &bytes.Buffer{})
	if err == nil || errors.Is(err, errUsage) || !strings.Contains(err.Error(), `"Never fetched"`) || out.Len() > 0 {
		t.Errorf("no copy, no Wikipedia: %v; want a failure naming the title", err)
	}
	wp2 := startWiki(t)
	for _, args := range [][]string{
		{"ask", "--article", "wikipedia:No such page", "x"},
		{"onthisday", "--article", "wikipedia:No such page"},
		{"topics", "--article", "wikipedia:No such page"},
		{"fact", "--article", "wikipedia:No such page", "x"},
	} {
		err := run(context.Background(), args, wikiEnv(wp2, t.TempDir()), strings.NewReader(""), &out, &bytes.Buffer{})
		if err == nil || errors.Is(err, errUsage) || !strings.Contains(err.Error(), `wikipedia page "No such page": page does not exist`) {
			t.Errorf("run(%q) = %v; want a failure naming the page", args, err)
		}
	}
	if out.Len() > 0 {
		t.Errorf("a missing page gave output %q", out.String())
	}
}

// TestWikipediaChat: the terminal chat answers from a wikipedia: article
// too, and a bad Wikipedia setting is reported with the others.
func TestWikipediaChat(t *testing.T) {
	wp := startWiki(t)
	var out, errb bytes.Buffer
	getenv := wikiEnv(wp, t.TempDir(), "FACTBOT_ARTICLE", "wikipedia:Albania–Israel relations", "HTTP_ADDR", "off")
	if err := run(context.Background(), nil, getenv, strings.NewReader("/fact embassy\n/about\n"), &out, &errb); err != nil {
		t.Fatalf("%v (stderr %s)", err, errb.String())
	}
	for _, want := range []string{"Source: Albania–Israel relations › History › Communist Albania (1946–1992) — " + pageURL + "#Communist_Albania_(1946%E2%80%931992)", "Revision: 1290004052 <" + permalink + ">, fetched "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("chat output lacks %q:\n%s", want, out.String())
		}
	}
	err := run(context.Background(), nil, env(map[string]string{"FACTBOT_REFRESH": "soon", "LOG_LEVEL": "loud"}), strings.NewReader(""), &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "FACTBOT_REFRESH") || !strings.Contains(err.Error(), "LOG_LEVEL") {
		t.Errorf("bad settings: %v; want both reported", err)
	}
}

// TestRunRefresh is the fourth "done when": the running bot (here
// the HTTP interactions endpoint, no Discord needed) fetches the article
// again every FACTBOT_REFRESH, swaps the new revision in while requests
// are being answered, survives a failed refresh (the copy in use keeps
// answering; the log and the metric say so), and takes the next revision
// when Wikipedia is back.
func TestRunRefresh(t *testing.T) {
	wp := startWiki(t)
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr e2eBuffer
	getenv := wikiEnv(wp, t.TempDir(), "FACTBOT_ARTICLE", "wikipedia:Albania–Israel relations", "FACTBOT_REFRESH", "1s",
		"INTERACTIONS_ADDR", "127.0.0.1:0", "DISCORD_PUBLIC_KEY", hex.EncodeToString(pub), "HTTP_ADDR", "127.0.0.1:0", "LOG_FORMAT", "json")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, nil, getenv, strings.NewReader(""), &stdout, &stderr) }()
	defer func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("run = %v; want nil after cancel", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("run did not return after cancel")
		}
		if t.Failed() {
			t.Logf("log:\n%s", stderr.String())
		}
	}()
	addrs := map[string]string{}
	deadline := time.Now().Add(10 * time.Second)
	for len(addrs) < 2 && time.Now().Before(deadline) {
		for _, l := range e2eLogLines(t, stderr.String()) {
			if l["msg"] == "listening" {
				addrs[l["server"].(string)], _ = l["addr"].(string)
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	if addrs["interactions"] == "" || addrs["health"] == "" {
		t.Fatalf("servers not listening: %v", addrs)
	}
	client := &http.Client{Timeout: 5 * time.Second}
	// command answers a slash command through the signed endpoint, and
	// returns the embed's description and fields as text.
	command := func(name, option, value string) string {
		data := map[string]any{"id": "1", "name": name, "type": 1}
		if option != "" {
			data["options"] = []map[string]any{{"name": option, "type": 3, "value": value}}
		}
		body, _ := json.Marshal(map[string]any{"type": 2, "id": "1", "application_id": "1", "token": "tok", "version": 1, "data": data,
			"guild_id": "1", "channel_id": "1", "member": map[string]any{"user": map[string]any{"id": "2", "username": "u"}, "permissions": "0"}})
		stamp := strconv.FormatInt(time.Now().Unix(), 10)
		req, _ := http.NewRequest(http.MethodPost, "http://"+addrs["interactions"]+"/interactions", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Signature-Timestamp", stamp)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(stamp), body...))))
		res, err := client.Do(req)
		if err != nil {
			t.Error(err)
			return ""
		}
		defer res.Body.Close()
		var r struct {
			Data struct {
				Embeds []struct {
					Description string
					Fields      []struct{ Name, Value string }
				}
			}
		}
		if err := json.NewDecoder(res.Body).Decode(&r); err != nil || res.StatusCode != http.StatusOK || len(r.Data.Embeds) != 1 {
			t.Errorf("/%s: %d, %v", name, res.StatusCode, err)
			return ""
		}
		text := r.Data.Embeds[0].Description
		for _, f := range r.Data.Embeds[0].Fields {
			text += "\n" + f.Name + ": " + f.Value
		}
		return text
	}
	metric := func(line string) bool {
		res, err := client.Get("http://" + addrs["health"] + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return strings.Contains(string(b), line)
	}
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for end := time.Now().Add(15 * time.Second); !ok(); time.Sleep(20 * time.Millisecond) {
			if time.Now().After(end) {
				t.Fatalf("no %s within 15 s", what)
			}
		}
	}
	revision := func(rev string) func() bool {
		return func() bool { return strings.Contains(command("about", "", ""), "Revision: ["+rev+"](") }
	}
	if !revision("1290004052")() {
		t.Fatalf("/about = %q; want the first revision", command("about", "", ""))
	}

	// A new revision with a new sentence, while members keep asking.
	next := fakewiki.AlbaniaIsraelRelations()
	next.Revision = 1290100000
	next.Extract = strings.Replace(next.Extract, "In September 2024,", "In 2025, Albania and Israel opened a joint museum of friendship in Durrës. In September 2024,", 1)
	wp.SetPage(next)
	stop := make(chan struct{})
	var asked sync.WaitGroup
	asked.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			if a := command("fact", "topic", "embassy"); !strings.Contains(a, "Tel Aviv") {
				t.Errorf("/fact embassy during the swap = %q", a)
				return
			}
		}
	})
	waitFor("swap to the new revision", revision("1290100000"))
	close(stop)
	asked.Wait()
	if a := command("ask", "question", "when did they open the museum of friendship?"); !strings.Contains(a, "opened a joint museum of friendship in Durrës") {
		t.Errorf("the new revision's sentence is not answered: %q", a)
	}
	if !metric(`factbot_article_refreshes_total{result="ok"}`) {
		t.Error("no refresh counted")
	}

	// Wikipedia fails: the copy in use answers on; the log and the metric say so.
	wp.FailAPI(-1, fakewiki.Malformed())
	waitFor("failed refresh in the metrics", func() bool { return !metric(`factbot_article_refreshes_total{result="failed"} 0`) })
	if !revision("1290100000")() {
		t.Errorf("after a failed refresh /about = %q; want the revision in use", command("about", "", ""))
	}
	// The log is written in batches, a tenth of a second apart.
	waitFor("a warning for the failed refresh in the log", func() bool {
		for _, l := range e2eLogLines(t, stderr.String()) {
			if l["msg"] == "article refresh failed; answering from the copy in use" && l["level"] == "WARN" {
				return true
			}
		}
		return false
	})

	// Wikipedia back: the next revision.
	next.Revision = 1290200000
	wp.SetPage(next)
	wp.ClearFaults()
	waitFor("refresh after Wikipedia came back", revision("1290200000"))
}
