package bot

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"factbot/daily"
	"factbot/handlers"
	"factbot/internal/fakediscord"
	"factbot/store"
)

// Daily posts end to end: the real scheduler, bot.Daily posting through a
// discordgo session, a real SQLite store and the fake's REST API, on a
// clock the test moves.

// e2eYear is the year the simulated days fall in. The store stamps
// subscriptions with the wall clock, and the scheduler skips a day whose
// post time came before the subscription was made, so the simulated days
// must lie ahead of the wall clock.
var e2eYear = time.Now().Year() + 1

// The daily tests' guilds and channels.
const (
	e2eDailyGuildA   = "555555555555555555"
	e2eDailyGuildB   = "666666666666666666"
	e2eDailyChannelA = "3000000000000000051"
	e2eDailyChannelB = "3000000000000000052"
)

// e2eTirane is the subscribers' zone: two hours ahead of UTC in summer.
var e2eTirane = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Tirane")
	if err != nil {
		panic(err)
	}
	return loc
}()

// e2eAt is a local time in Tirana on a day of August of e2eYear.
func e2eAt(day, hour, minute, sec int) time.Time {
	return time.Date(e2eYear, time.August, day, hour, minute, sec, 0, e2eTirane)
}

// e2eClock is a clock the test sets; the scheduler and Daily read it.
type e2eClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *e2eClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *e2eClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
}

// e2ePasses is the store as the scheduler sees it, counting its passes:
// each pass starts by listing the subscriptions.
type e2ePasses struct {
	*store.Store
	mu      sync.Mutex
	n       int
	changed chan struct{} // closed and replaced at each pass
}

func newE2EPasses(st *store.Store) *e2ePasses {
	return &e2ePasses{Store: st, changed: make(chan struct{})}
}

func (p *e2ePasses) Subscriptions(ctx context.Context) ([]store.Subscription, error) {
	p.mu.Lock()
	p.n++
	close(p.changed)
	p.changed = make(chan struct{})
	p.mu.Unlock()
	return p.Store.Subscriptions(ctx)
}

// e2eDaily is a scheduler posting through bot.Daily to its own fake.
type e2eDaily struct {
	srv    *fakediscord.Server
	path   string // the SQLite file
	st     *store.Store
	clock  *e2eClock
	dly    *Daily
	log    *e2eLog
	paused chan struct{} // a value per pause

	passes *e2ePasses
	sched  *daily.Scheduler
	stop   func()
}

// newE2EDaily opens a store in a temporary directory and a REST-only
// discordgo session to a fake; the scheduler starts with start.
func newE2EDaily(t *testing.T, opts ...fakediscord.Options) *e2eDaily {
	t.Helper()
	srv, err := fakediscord.Start(append(opts, fakediscord.Options{})[0])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	d := &e2eDaily{srv: srv, path: filepath.Join(t.TempDir(), "factbot.db"), clock: &e2eClock{}, log: &e2eLog{},
		paused: make(chan struct{}, 10)}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("log:\n%s", d.log.String())
		}
	})
	t.Cleanup(func() { e2eNoViolations(t, srv) })
	d.openStore(t)
	rest, err := (&Gateway{Token: srv.Token(), APIURL: srv.APIURL()}).NewSession(0, 1)
	if err != nil {
		t.Fatal(err)
	}
	d.dly = &Daily{Store: d.st, Handler: handlers.New(e2eLoadBase(t)), REST: rest, Redact: Redactor{Token: srv.Token(), APIURL: srv.APIURL()},
		Log: d.logger(), Now: d.clock.Now}
	t.Cleanup(func() {
		if d.stop != nil {
			d.stop()
		}
		d.st.Close()
	})
	return d
}

func (d *e2eDaily) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(d.log, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func (d *e2eDaily) openStore(t *testing.T) {
	t.Helper()
	st, err := store.Open(context.Background(), d.path)
	if err != nil {
		t.Fatal(err)
	}
	d.st = st
}

// subscribe puts a subscription straight into the store.
func (d *e2eDaily) subscribe(t *testing.T, guild, channel string, hour, minute int, tz string) {
	t.Helper()
	sub := store.Subscription{GuildID: store.GuildID(guild), ChannelID: store.ChannelID(channel), Hour: hour, Minute: minute, TZ: tz}
	if err := d.st.PutSubscription(context.Background(), sub); err != nil {
		t.Fatal(err)
	}
}

// start runs a new Scheduler, as a new process would, until stop.
func (d *e2eDaily) start(t *testing.T) {
	t.Helper()
	d.passes = newE2EPasses(d.st)
	d.sched = &daily.Scheduler{
		Store: d.passes, Poster: d.dly, Now: d.clock.Now, Logger: d.logger(),
		Poll: 20 * time.Millisecond, Retry: daily.Backoff{Initial: 10 * time.Millisecond, Max: 50 * time.Millisecond},
	}
	d.dly.Scheduler = d.sched
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	sched := d.sched
	sched.OnPaused = func() {
		select {
		case d.paused <- struct{}{}:
		default:
		}
	}
	go func() { done <- sched.Run(ctx) }()
	d.stop = func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Scheduler.Run: %v", err)
			}
		case <-time.After(e2eWait):
			t.Error("Scheduler.Run did not return after cancel")
		}
		d.stop = nil
	}
}

// restart stops the scheduler, closes the store and opens both again on
// the same database file, as a restarted process would.
func (d *e2eDaily) restart(t *testing.T) {
	t.Helper()
	d.stop()
	if err := d.st.Close(); err != nil {
		t.Fatal(err)
	}
	d.openStore(t)
	d.dly.Store = d.st
	d.start(t)
}

// settle returns once the scheduler has made a whole pass that began
// after settle was called, so it has seen the clock as it is now. A pass
// reads the clock, then lists the subscriptions (counted): the pass
// counted second from now began after the call, and the third count marks
// its end.
func (d *e2eDaily) settle(t *testing.T) {
	t.Helper()
	ctx := e2eContext(t)
	p := d.passes
	p.mu.Lock()
	target := p.n + 3
	p.mu.Unlock()
	for {
		p.mu.Lock()
		n, changed := p.n, p.changed
		p.mu.Unlock()
		if n >= target {
			return
		}
		d.sched.Kick()
		select {
		case <-changed:
		case <-ctx.Done():
			t.Fatalf("the scheduler made %d of 3 passes", 3-(target-n))
		}
	}
}

// at moves the clock and lets the scheduler see it.
func (d *e2eDaily) at(t *testing.T, now time.Time) {
	t.Helper()
	d.clock.Set(now)
	d.settle(t)
}

// posts returns the message requests to channel, in order; with accepted,
// only those Discord accepted.
func (d *e2eDaily) posts(channel string, accepted bool) []fakediscord.Request {
	var out []fakediscord.Request
	match := fakediscord.Matching(http.MethodPost, "channels/"+channel+"/messages")
	for _, r := range d.srv.Requests() {
		if match(r) && (!accepted || r.Status == http.StatusOK) {
			out = append(out, r)
		}
	}
	return out
}

// wantPosts checks how many times the bot posted to channel, counting
// requests rather than messages: the fake, like Discord, folds a repeated
// nonce into the first message, which would hide a second post.
func (d *e2eDaily) wantPosts(t *testing.T, channel string, n int, when string) {
	t.Helper()
	if got := d.posts(channel, false); len(got) != n {
		t.Fatalf("%s: %d posts to %s; want %d: %v", when, len(got), channel, n, got)
	}
}

// waitPosts waits until channel holds n messages and the scheduler has
// recorded them: a message shows up on Discord before the bot has read
// the answer and marked the post sent, and a pass ends only after that.
func (d *e2eDaily) waitPosts(t *testing.T, channel string, n int) []fakediscord.Message {
	t.Helper()
	ms, err := d.srv.WaitMessages(e2eContext(t), channel, n)
	if err != nil {
		t.Fatal(err)
	}
	d.settle(t)
	return ms
}

// e2eCheckPost checks what every daily post must carry: one embed, a
// nonce Discord accepts with enforce_nonce, and no pings.
func e2eCheckPost(t *testing.T, r fakediscord.Request) e2eMessageBody {
	t.Helper()
	var m e2eMessageBody
	if err := r.JSON(&m); err != nil {
		t.Fatal(err)
	}
	if m.Nonce == "" || utf8.RuneCountInString(m.Nonce) > 25 || !m.EnforceNonce {
		t.Errorf("post nonce %q enforce_nonce %v; want 1 to 25 characters, enforced", m.Nonce, m.EnforceNonce)
	}
	if len(m.Embeds) != 1 || m.Embeds[0].Footer == nil || !strings.Contains(m.Embeds[0].Footer.Text, "CC BY-SA") {
		t.Fatalf("post embeds %+v; want one, attributed", m.Embeds)
	}
	title := m.Embeds[0].Title
	if !strings.HasPrefix(title, "On this day: ") && !strings.HasPrefix(title, "Fact of the day: ") && !strings.HasPrefix(title, "This month in history: ") {
		t.Errorf("post title %q; want an on-this-day heading", title)
	}
	e2eNoPings(t, r.Body)
	return m
}

// TestDailyMonth runs the scheduler through a month at 09:00 in Tirana,
// looking at each day before, at and after the post time: exactly one
// post per local date, each the day's on-this-day embed.
func TestDailyMonth(t *testing.T) {
	t.Parallel()
	d := newE2EDaily(t)
	d.subscribe(t, e2eDailyGuildA, e2eDailyChannelA, 9, 0, "Europe/Tirane")
	d.clock.Set(e2eAt(1, 0, 0, 0))
	d.start(t)
	for day := 1; day <= 31; day++ {
		d.at(t, e2eAt(day, 8, 59, 59))
		d.wantPosts(t, e2eDailyChannelA, day-1, fmt.Sprintf("August %d before 09:00", day))
		d.clock.Set(e2eAt(day, 9, 0, 5))
		d.sched.Kick()
		d.waitPosts(t, e2eDailyChannelA, day)
		for _, hm := range [][2]int{{9, 1}, {15, 0}, {23, 59}} {
			d.at(t, e2eAt(day, hm[0], hm[1], 0))
			d.wantPosts(t, e2eDailyChannelA, day, fmt.Sprintf("August %d at %02d:%02d", day, hm[0], hm[1]))
		}
	}

	posts := d.posts(e2eDailyChannelA, true)
	messages := d.srv.Messages(e2eDailyChannelA)
	if len(posts) != 31 || len(messages) != 31 {
		t.Fatalf("%d posts, %d messages; want 31 of each", len(posts), len(messages))
	}
	nonces := map[string]bool{}
	for i, r := range posts {
		m := e2eCheckPost(t, r)
		if nonces[m.Nonce] {
			t.Errorf("nonce %q used twice", m.Nonce)
		}
		nonces[m.Nonce] = true
		date := e2eAt(i+1, 12, 0, 0).Format(store.DateLayout)
		entry, err := d.st.LedgerEntry(context.Background(), e2eDailyChannelA, date)
		if err != nil {
			t.Fatal(err)
		}
		if entry.State != store.StateSent || entry.MessageID != messages[i].ID || entry.Nonce != m.Nonce {
			t.Errorf("ledger for %s = %s %s %q; want sent as message %s with nonce %q", date, entry.State, entry.MessageID, entry.Nonce, messages[i].ID, m.Nonce)
		}
	}
	if aug19 := e2eText(messages[18].Embeds[0]); !strings.Contains(aug19, "1991") {
		t.Errorf("the post of 19 August = %q; want relations established in 1991", aug19)
	}
}

// TestDailyRestart restarts the process (new store handle and scheduler,
// same database file) after the day's post: no second post that day,
// and the next day's comes as usual.
func TestDailyRestart(t *testing.T) {
	t.Parallel()
	d := newE2EDaily(t)
	d.subscribe(t, e2eDailyGuildA, e2eDailyChannelA, 9, 0, "Europe/Tirane")
	d.clock.Set(e2eAt(10, 9, 0, 5))
	d.start(t)
	// waitPosts returns once the post is recorded. (A process stopped
	// between Discord's accepting the message and the bot's marking it
	// sent releases the claim, and the next one resends with the same
	// nonce, which Discord folds into the first message.)
	d.waitPosts(t, e2eDailyChannelA, 1)
	if e, err := d.st.LedgerEntry(context.Background(), e2eDailyChannelA, e2eAt(10, 0, 0, 0).Format(store.DateLayout)); err != nil || e.State != store.StateSent {
		t.Fatalf("ledger after the post: %+v, %v; want sent", e, err)
	}

	d.clock.Set(e2eAt(10, 9, 30, 0))
	d.restart(t)
	for _, now := range []time.Time{e2eAt(10, 9, 30, 0), e2eAt(10, 23, 0, 0)} {
		d.at(t, now)
		d.wantPosts(t, e2eDailyChannelA, 1, "after the restart at "+now.Format("15:04"))
	}
	d.at(t, e2eAt(11, 9, 0, 5))
	d.waitPosts(t, e2eDailyChannelA, 2)
	d.wantPosts(t, e2eDailyChannelA, 2, "the next day")
}

// TestDailyLatePost starts the bot at 15:00, six hours after the post
// time: it posts once, late, and not again that day.
func TestDailyLatePost(t *testing.T) {
	t.Parallel()
	d := newE2EDaily(t)
	d.subscribe(t, e2eDailyGuildA, e2eDailyChannelA, 9, 0, "Europe/Tirane")
	d.clock.Set(e2eAt(5, 15, 0, 0))
	d.start(t)
	d.waitPosts(t, e2eDailyChannelA, 1)
	for _, now := range []time.Time{e2eAt(5, 15, 0, 0), e2eAt(5, 18, 0, 0), e2eAt(5, 23, 59, 59)} {
		d.at(t, now)
		d.wantPosts(t, e2eDailyChannelA, 1, "the late day at "+now.Format("15:04"))
	}
	e2eCheckPost(t, d.posts(e2eDailyChannelA, true)[0])
	if _, err := d.st.LedgerEntry(context.Background(), e2eDailyChannelA, e2eAt(5, 0, 0, 0).Format(store.DateLayout)); err != nil {
		t.Errorf("late post not in the ledger for its date: %v", err)
	}
}

// TestDailyForbidden loses access to one guild's channel: that
// subscription is paused with the reason, visible in /daily status, and
// another guild's posts go on.
func TestDailyForbidden(t *testing.T) {
	t.Parallel()
	d := newE2EDaily(t)
	d.subscribe(t, e2eDailyGuildA, e2eDailyChannelA, 9, 0, "Europe/Tirane")
	d.subscribe(t, e2eDailyGuildB, e2eDailyChannelB, 9, 0, "Europe/Tirane")
	d.srv.SetChannelStatus(e2eDailyChannelA, http.StatusForbidden)
	d.clock.Set(e2eAt(3, 9, 0, 5))
	d.start(t)
	d.waitPosts(t, e2eDailyChannelB, 1)
	select {
	case <-d.paused:
	case <-time.After(e2eWait):
		t.Fatal("subscription A was not paused")
	}

	ctx := context.Background()
	st, ok, err := d.dly.Status(ctx, e2eDailyGuildA)
	if err != nil || !ok || !strings.Contains(st.Problem, "403") {
		t.Errorf("Status(A) = %+v, %v, %v; want a problem mentioning 403", st, ok, err)
	}
	if st, _, err := d.dly.Status(ctx, e2eDailyGuildB); err != nil || st.Problem != "" || st.LastPost == "" {
		t.Errorf("Status(B) = %+v, %v; want active with a last post", st, err)
	}

	d.at(t, e2eAt(4, 9, 0, 5))
	d.waitPosts(t, e2eDailyChannelB, 2)
	d.at(t, e2eAt(4, 12, 0, 0))
	d.wantPosts(t, e2eDailyChannelA, 1, "after the pause") // the one refused with 403
	if r := d.posts(e2eDailyChannelA, false)[0]; r.Status != http.StatusForbidden {
		t.Errorf("post to A = %v; want refused with 403", r)
	}
	d.wantPosts(t, e2eDailyChannelB, 2, "on the second day")
}

// TestDailyRateLimited rate-limits the first post: discordgo waits and
// retries, and exactly one message is posted.
func TestDailyRateLimited(t *testing.T) {
	t.Parallel()
	d := newE2EDaily(t)
	d.subscribe(t, e2eDailyGuildA, e2eDailyChannelA, 9, 0, "Europe/Tirane")
	d.srv.FailNext(http.MethodPost, "channels/"+e2eDailyChannelA+"/messages", 1, fakediscord.RateLimitFault(50*time.Millisecond, false))
	d.clock.Set(e2eAt(7, 9, 0, 5))
	d.start(t)
	d.waitPosts(t, e2eDailyChannelA, 1)
	d.at(t, e2eAt(7, 10, 0, 0))
	var statuses []int
	for _, r := range d.posts(e2eDailyChannelA, false) {
		statuses = append(statuses, r.Status)
	}
	if !slices.Equal(statuses, []int{http.StatusTooManyRequests, http.StatusOK}) {
		t.Errorf("post statuses %v; want [429 200]", statuses)
	}
	if n := len(d.srv.Messages(e2eDailyChannelA)); n != 1 {
		t.Errorf("%d messages; want 1", n)
	}
	if n := d.srv.PendingFaults(); n != 0 {
		t.Errorf("%d faults unused", n)
	}
}

// TestDailyCommands manages a subscription with /daily through the
// gateway, and sees the scheduler post to it through the bot's session.
func TestDailyCommands(t *testing.T) {
	t.Parallel()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "factbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	clock := &e2eClock{now: e2eAt(19, 8, 0, 0)}
	log := &e2eLog{}
	logger := slog.New(slog.NewTextHandler(log, nil))
	dly := &Daily{Store: st, Handler: handlers.New(e2eLoadBase(t)), Log: logger, Now: clock.Now}
	sched := &daily.Scheduler{Store: st, Poster: dly, Now: clock.Now, Logger: logger, Poll: 20 * time.Millisecond}
	dly.Scheduler = sched
	b := startE2E(t, e2eConfig{guildID: e2eGuild, daily: dly})
	dly.REST = b.gw.Session()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := sched.Run(ctx); err != nil {
			t.Errorf("Scheduler.Run: %v", err)
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("scheduler log:\n%s", log.String())
		}
	})

	channel := "3000000000000000041"
	admin := fakediscord.Invocation{GuildID: e2eGuild, Permissions: "32"}
	dailyCmd := func(in fakediscord.Invocation, sub string, opts ...fakediscord.CommandOption) fakediscord.Embed {
		t.Helper()
		cb := b.command(t, in, "daily", fakediscord.CommandOption{Name: sub, Options: opts})
		e := e2eEmbed(t, cb)
		if cb.Flags&64 == 0 {
			t.Errorf("/daily %s answered publicly: %q", sub, e.Description)
		}
		e2eNoPings(t, cb.Request.Body)
		return e
	}
	subscribe := []fakediscord.CommandOption{
		{Name: "channel", Type: 7, Value: channel},
		{Name: "time", Value: "09:00"},
		{Name: "timezone", Value: "Europe/Tirane"},
	}
	field := func(e fakediscord.Embed, name string) string {
		for _, f := range e.Fields {
			if f.Name == name {
				return f.Value
			}
		}
		return ""
	}

	// Send Messages and View Channel, no Manage Server.
	e := dailyCmd(fakediscord.Invocation{GuildID: e2eGuild, Permissions: "3072"}, "subscribe", subscribe...)
	if !strings.Contains(e.Description, "Manage Server") {
		t.Errorf("member without Manage Server got %q; want a refusal", e.Description)
	}
	if _, ok, err := dly.Status(context.Background(), e2eGuild); ok || err != nil {
		t.Fatalf("a refused subscribe was stored (%v, %v)", ok, err)
	}

	e = dailyCmd(admin, "subscribe", subscribe...)
	for _, want := range []string{"<#" + channel + ">", "09:00", "Europe/Tirane"} {
		if !strings.Contains(e.Description, want) {
			t.Errorf("subscribe answered %q; want it to mention %s", e.Description, want)
		}
	}
	e = dailyCmd(admin, "status")
	if next := field(e, "Next post"); !strings.Contains(next, "19 Aug") || !strings.Contains(next, "09:00") {
		t.Errorf("status Next post = %q (fields %+v); want 19 Aug at 09:00", next, e.Fields)
	}

	clock.Set(e2eAt(19, 9, 0, 5))
	sched.Kick()
	ms, err := b.srv.WaitMessages(e2eContext(t), channel, 1)
	if err != nil {
		t.Fatal(err)
	}
	if text := e2eText(ms[0].Embeds[0]); !strings.Contains(text, "1991") {
		t.Errorf("the 19 August post = %q; want 1991", text)
	}
	// The post is recorded just after Discord accepts it.
	e2eEventually(t, "the post to be recorded", func() bool {
		_, _, ok, err := st.LastPost(context.Background(), store.ChannelID(channel))
		return ok && err == nil
	})
	e = dailyCmd(admin, "status")
	if last, next := field(e, "Last post"), field(e, "Next post"); !strings.Contains(last, e2eAt(19, 0, 0, 0).Format(store.DateLayout)) || !strings.Contains(next, "20 Aug") {
		t.Errorf("status after the post: last %q, next %q; want today's date and 20 Aug", last, next)
	}

	e = dailyCmd(admin, "unsubscribe")
	if !strings.Contains(e.Description, "Unsubscribed") {
		t.Errorf("unsubscribe answered %q", e.Description)
	}
	e = dailyCmd(admin, "status")
	if !strings.Contains(e.Description, "no daily post") {
		t.Errorf("status after unsubscribe = %q; want none", e.Description)
	}
	var posts []fakediscord.Request
	for _, r := range b.srv.Requests() {
		if fakediscord.Matching(http.MethodPost, "channels/"+channel+"/messages")(r) {
			posts = append(posts, r)
		}
	}
	if len(posts) != 1 {
		t.Fatalf("posts %v; want 1", posts)
	}
	e2eCheckPost(t, posts[0])
}
