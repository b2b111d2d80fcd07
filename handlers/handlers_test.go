package handlers

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"factbot/facts"
)

func newHandler(t *testing.T) *Handler {
	t.Helper()
	base, err := facts.Load(facts.DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	h := New(base)
	h.Version = "test"
	return h
}

var now = time.Date(2026, 8, 19, 10, 0, 0, 0, time.UTC)

func TestHandle(t *testing.T) {
	h := newHandler(t)
	tests := []struct {
		name      string
		req       Request
		found     bool
		ephemeral bool
		want      string // in Text
		cites     bool
	}{
		{"fact", Request{Command: CmdFact, Options: map[string]string{"topic": "embassy"}}, true, false, "Tel Aviv", true},
		{"fact empty", Request{Command: CmdFact}, false, true, "Name a topic", false},
		{"fact unknown", Request{Command: CmdFact, Options: map[string]string{"topic": "quantum chromodynamics"}}, false, true, "does not cover", false},
		{"ask", Request{Command: CmdAsk, Options: map[string]string{"question": "when were relations established?"}}, true, false, "August 19, 1991", true},
		{"ask long", Request{Command: CmdAsk, Options: map[string]string{"question": strings.Repeat("embassy ", 500)}}, true, false, "embassy", true},
		{"ask off-topic", Request{Command: CmdAsk, Options: map[string]string{"question": "When did Albania join NATO?"}}, false, true, "does not cover", false},
		{"ask what a name is", Request{Command: CmdAsk, Options: map[string]string{"question": "What is the Talmud?"}}, false, true, "mentions “Talmud” but does not say what it is", false},
		{"ask what a word means", Request{Command: CmdAsk, Options: map[string]string{"question": "what does interfaith dialogue mean"}}, false, true, "mentions “interfaith dialogue” but does not say what it is", false},
		{"onthisday", Request{Command: CmdOnThisDay, Options: map[string]string{"date": "19 August"}, Now: now}, true, false, "35 years ago", true},
		{"onthisday today", Request{Command: CmdOnThisDay, Now: now}, true, false, "1991", true},
		{"onthisday bad", Request{Command: CmdOnThisDay, Options: map[string]string{"date": "someday"}}, false, true, "can't read", false},
		{"about", Request{Command: CmdAbout}, false, false, "Albania–Israel relations", false},
		{"message question", Request{Command: CmdMessage, Options: map[string]string{"text": "Who visited Albania in 1994?"}}, true, false, "Shimon Peres", true},
		{"message slash", Request{Command: CmdMessage, Options: map[string]string{"text": "/fact herzog"}}, true, false, "2024", true},
		{"message unknown slash", Request{Command: CmdMessage, Options: map[string]string{"text": "/frobnicate"}}, false, true, "Try /help", false},
		{"message empty", Request{Command: CmdMessage}, false, true, "/fact", false},
		{"daily without store", Request{Command: CmdDaily, Sub: "status", GuildID: "1", CanManage: true}, false, true, "not available", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := h.Handle(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if r.Found != tt.found || r.Ephemeral != tt.ephemeral || !strings.Contains(r.Text, tt.want) || (len(r.Citations) > 0) != tt.cites {
				t.Errorf("Handle(%+v) = found %v ephemeral %v %d citations %q; want found %v ephemeral %v citations %v containing %q",
					tt.req, r.Found, r.Ephemeral, len(r.Citations), r.Text, tt.found, tt.ephemeral, tt.cites, tt.want)
			}
			if r.Found && !r.Attribution {
				t.Error("a found answer must carry the attribution")
			}
		})
	}
	// A decline asks about its suggestions in the number they come in.
	for _, q := range []string{"what is peace", "What is the capital of France?", "When did Albania join NATO?", "when did peres meet rama in tirana"} {
		r, err := h.Handle(context.Background(), Request{Command: CmdAsk, Options: map[string]string{"question": q}})
		if err != nil {
			t.Fatal(err)
		}
		want := map[int]string{0: "cover that.", 1: "Did you mean this?"}[len(r.Suggestions)]
		if want == "" {
			want = "Did you mean one of these?"
		}
		if r.Found || !strings.HasSuffix(r.Text, want) {
			t.Errorf("%q: found %v, %d suggestions, %q; want a decline ending %q", q, r.Found, len(r.Suggestions), r.Text, want)
		}
	}
	if _, err := h.Handle(context.Background(), Request{Command: "nope"}); !errors.Is(err, ErrUnknownCommand) {
		t.Errorf("unknown command error = %v", err)
	}
}

// TestUnexplained checks the decline of a question of what or who a
// thing the article names is.
func TestUnexplained(t *testing.T) {
	h := newHandler(t)
	b := h.Base()
	for _, tt := range []struct {
		a    facts.Answer
		want string
	}{
		{facts.Answer{Text: facts.NotCovered, Unexplained: "Talmud"}, "The article “Albania–Israel relations” mentions “Talmud” but does not say what it is."},
		{facts.Answer{Text: facts.NotCovered, Unexplained: "Napoleon III", UnexplainedWho: true}, "The article “Albania–Israel relations” mentions “Napoleon III” but does not say who that is."},
		{facts.Answer{Text: facts.NotCovered}, "The article “Albania–Israel relations” does not cover that."},
	} {
		if r := fromAnswer(b, nil, CmdAsk, "", tt.a); r.Text != tt.want || !r.Declined {
			t.Errorf("fromAnswer(%+v) = %q, declined %v; want %q", tt.a, r.Text, r.Declined, tt.want)
		}
	}
}

func TestComplete(t *testing.T) {
	h := newHandler(t)
	got := h.Complete(Request{Command: CmdFact}, "topic", "emb")
	if len(got) == 0 || got[0] != "embassy" {
		t.Errorf("Complete(fact, emb) = %q; want embassy first", got)
	}
	got = h.Complete(Request{Command: CmdDaily, Sub: "subscribe"}, "timezone", "jeru")
	if len(got) == 0 || got[0] != "Asia/Jerusalem" {
		t.Errorf("Complete(daily, jeru) = %q", got)
	}
	if got := h.Complete(Request{Command: CmdDaily}, "timezone", ""); len(got) != 25 {
		t.Errorf("Complete(daily, \"\") gave %d zones; want 25", len(got))
	}
	if got := h.Complete(Request{Command: CmdAsk}, "question", "x"); got == nil || len(got) != 0 {
		t.Errorf("Complete(ask) = %#v; want an empty list", got)
	}
}

// fakeSubs records what /daily asks of the store.
type fakeSubs struct {
	subs map[string]DailyStatus
	err  error
}

func (f *fakeSubs) Subscribe(_ context.Context, guild, channel string, hour, minute int, tz string) (DailyStatus, error) {
	if f.err != nil {
		return DailyStatus{}, f.err
	}
	st := DailyStatus{ChannelID: channel, Hour: hour, Minute: minute, TZ: tz, Next: time.Date(2026, 8, 20, 7, 30, 0, 0, time.UTC)}
	f.subs[guild] = st
	return st, nil
}

func (f *fakeSubs) Unsubscribe(_ context.Context, guild string) (bool, error) {
	_, ok := f.subs[guild]
	delete(f.subs, guild)
	return ok, f.err
}

func (f *fakeSubs) Status(_ context.Context, guild string) (DailyStatus, bool, error) {
	st, ok := f.subs[guild]
	return st, ok, f.err
}

var _ Subscriptions = (*fakeSubs)(nil)

func TestDaily(t *testing.T) {
	h := newHandler(t)
	subs := &fakeSubs{subs: map[string]DailyStatus{}}
	h.Daily = subs
	do := func(sub string, opts map[string]string, manage bool, guild string) Reply {
		t.Helper()
		r, err := h.Handle(context.Background(), Request{Command: CmdDaily, Sub: sub, Options: opts, GuildID: guild, ChannelID: "55", CanManage: manage})
		if err != nil {
			t.Fatal(err)
		}
		if !r.Ephemeral {
			t.Errorf("/daily %s reply is public", sub)
		}
		return r
	}
	if r := do("subscribe", nil, false, "1"); !strings.Contains(r.Text, "Manage Server") {
		t.Errorf("without permission: %q", r.Text)
	}
	if r := do("subscribe", nil, true, ""); !strings.Contains(r.Text, "servers") {
		t.Errorf("in a DM: %q", r.Text)
	}
	if r := do("subscribe", map[string]string{"time": "25:00"}, true, "1"); !strings.Contains(r.Text, "not a time of day") {
		t.Errorf("bad time: %q", r.Text)
	}
	if r := do("subscribe", map[string]string{"timezone": "Mars/Base"}, true, "1"); !strings.Contains(r.Text, "not a time zone") {
		t.Errorf("bad zone: %q", r.Text)
	}
	if r := do("status", nil, true, "1"); !strings.Contains(r.Text, "no daily post") {
		t.Errorf("status before: %q", r.Text)
	}
	// IDs that are not snowflakes, as only a hand-made request sends them,
	// are refused and stored nowhere.
	for _, ch := range []string{"@everyone", "<#77>", "#general", "77 78", "-1"} {
		if r := do("subscribe", map[string]string{"channel": ch}, true, "1"); !strings.Contains(r.Text, "is not a channel") {
			t.Errorf("channel %q: %q", ch, r.Text)
		}
	}
	if r := do("subscribe", nil, true, "@everyone"); !strings.Contains(r.Text, "servers") {
		t.Errorf("guild @everyone: %q", r.Text)
	}
	if len(subs.subs) != 0 {
		t.Errorf("stored %v for IDs that are not snowflakes", subs.subs)
	}
	r := do("subscribe", map[string]string{"time": "9:30", "timezone": "europe/tirane", "channel": "77"}, true, "1")
	if st := subs.subs["1"]; st.ChannelID != "77" || st.Hour != 9 || st.Minute != 30 || st.TZ != "Europe/Tirane" {
		t.Errorf("stored %+v", st)
	}
	if !strings.Contains(r.Text, "09:30 Europe/Tirane") || len(r.Fields) == 0 || !strings.Contains(r.Fields[0].Value, "UTC") {
		t.Errorf("subscribe reply %q %+v", r.Text, r.Fields)
	}
	r = do("subscribe", nil, true, "1")
	if st := subs.subs["1"]; st.ChannelID != "55" || st.Hour != 9 || st.Minute != 0 || st.TZ != "UTC" {
		t.Errorf("defaults stored %+v", st)
	}
	subs.subs["1"] = DailyStatus{ChannelID: "55", TZ: "UTC", Problem: "403 Missing Access"}
	if r := do("status", nil, true, "1"); !strings.Contains(r.Text, "Paused: 403 Missing Access") {
		t.Errorf("paused status: %q", r.Text)
	}
	if r := do("unsubscribe", nil, true, "1"); !strings.Contains(r.Text, "Unsubscribed") {
		t.Errorf("unsubscribe: %q", r.Text)
	}
	if r := do("unsubscribe", nil, true, "1"); !strings.Contains(r.Text, "no daily post") {
		t.Errorf("unsubscribe twice: %q", r.Text)
	}
	subs.err = errors.New("disk on fire")
	if _, err := h.Handle(context.Background(), Request{Command: CmdDaily, Sub: "status", GuildID: "1", CanManage: true}); err == nil {
		t.Error("a store failure must be an error for the front end to log")
	}
}

func TestParseClock(t *testing.T) {
	for in, want := range map[string][2]int{"09:00": {9, 0}, "9:05": {9, 5}, "2359": {23, 59}, "": {9, 0}, "00:00": {0, 0}} {
		h, m, err := ParseClock(in)
		if err != nil || h != want[0] || m != want[1] {
			t.Errorf("ParseClock(%q) = %d, %d, %v; want %v", in, h, m, err, want)
		}
	}
	for _, bad := range []string{"24:00", "12:60", "noon", "1:2:3", "-1:00"} {
		if _, _, err := ParseClock(bad); err == nil {
			t.Errorf("ParseClock(%q) accepted", bad)
		}
	}
}

// TestHelpAndAbout: /help names every command a member can type, and
// /about's count of sections is the number it lists.
func TestHelpAndAbout(t *testing.T) {
	h := newHandler(t)
	help, _ := h.Handle(context.Background(), Request{Command: CmdHelp})
	for _, cmd := range []string{CmdFact, CmdAsk, CmdOnThisDay, "topics", CmdAbout, CmdDaily} {
		if !strings.Contains(help.Text, "/"+cmd) {
			t.Errorf("/help leaves out /%s:\n%s", cmd, help.Text)
		}
	}
	about, _ := h.Handle(context.Background(), Request{Command: CmdAbout})
	listed := strings.Split(about.Fields[0].Value, " · ")
	if want := fmt.Sprintf(" %d sections", len(listed)); !strings.Contains(about.Text, want) {
		t.Errorf("/about lists %d sections (%s) but says %q", len(listed), about.Fields[0].Value, about.Text)
	}
}

// TestUnsureNote checks that an answer the model thinks more likely wrong
// than right says so, and that a sure answer and a topic look-up do not.
func TestUnsureNote(t *testing.T) {
	b, err := facts.Load(facts.DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		command string
		a       facts.Answer
		note    bool
	}{
		{CmdAsk, facts.Answer{Found: true, Text: "x", Score: facts.Unsure - 0.01}, true},
		{CmdAsk, facts.Answer{Found: true, Text: "x", Score: facts.Unsure}, false},
		{CmdAsk, facts.Answer{Found: false, Text: "x", Score: 0.01}, false},
		{CmdFact, facts.Answer{Found: true, Text: "x"}, false},
	}
	alt := &facts.Alternative{Text: "y", Citations: []facts.Citation{{Article: "A", Section: "S", URL: "u"}}}
	for _, tt := range tests {
		tt.a.Alternative = alt
		r := fromAnswer(b, nil, tt.command, "q", tt.a)
		if (r.Note == UnsureNote) != tt.note || !tt.note && r.Note != "" {
			t.Errorf("%s, found %v, score %v: note %q; want a note: %v", tt.command, tt.a.Found, tt.a.Score, r.Note, tt.note)
		}
		// The next best answer goes with the note, and only with it.
		if (r.Alternative != nil) != tt.note {
			t.Errorf("%s, found %v, score %v: alternative %v; want one: %v", tt.command, tt.a.Found, tt.a.Score, r.Alternative, tt.note)
		}
	}
	// A sure answer of the embedded article carries none.
	h := New(b)
	r, err := h.Handle(context.Background(), Request{Command: CmdAsk, Options: map[string]string{"question": "when were relations established?"}})
	if err != nil || !r.Found || r.Note != "" {
		t.Errorf("sure answer: found %v note %q err %v", r.Found, r.Note, err)
	}
}
