package daily

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"factbot/store"
)

// Store is what the scheduler needs from the database; *store.Store
// provides it.
type Store interface {
	Subscriptions(ctx context.Context) ([]store.Subscription, error)
	Claim(ctx context.Context, channel store.ChannelID, guild store.GuildID, date, owner string, now time.Time, lease time.Duration) (store.Claim, bool, error)
	MarkSent(ctx context.Context, channel store.ChannelID, date, messageID string, now time.Time) error
	Release(ctx context.Context, channel store.ChannelID, date, owner string) error
	PauseSubscription(ctx context.Context, guild store.GuildID, reason string) error
}

var _ Store = (*store.Store)(nil)

// Poster sends one daily post. localDate carries the subscriber's
// calendar date as midnight UTC (only its Year, Month and Day mean
// anything), so the poster picks that day's facts whatever the zone.
// nonce must go to Discord with enforce_nonce set: it is what makes a
// resend after a crash harmless. Post returns the new message's ID, or a
// *PermanentError (possibly wrapped) when retrying cannot help.
type Poster interface {
	Post(ctx context.Context, sub store.Subscription, localDate time.Time, nonce string) (messageID string, err error)
}

// PosterFunc adapts a function to Poster.
type PosterFunc func(ctx context.Context, sub store.Subscription, localDate time.Time, nonce string) (string, error)

// Post calls f.
func (f PosterFunc) Post(ctx context.Context, sub store.Subscription, localDate time.Time, nonce string) (string, error) {
	return f(ctx, sub, localDate, nonce)
}

// PermanentError is how a Poster says that posting to this subscription
// will keep failing until a person acts: the channel is gone (HTTP 404),
// or the bot may not post there (403). The scheduler pauses the
// subscription instead of retrying.
type PermanentError struct {
	Status int    // the HTTP status that showed it, or 0
	Reason string // short, for the operator and the guild, e.g. "Unknown Channel"
}

// Error describes the failure by status and reason.
func (e *PermanentError) Error() string {
	return "permanent post failure: " + e.reason()
}

// reason is the text stored with the paused subscription.
func (e *PermanentError) reason() string {
	switch {
	case e.Status != 0 && e.Reason != "":
		return fmt.Sprintf("%d %s", e.Status, e.Reason)
	case e.Status != 0:
		return fmt.Sprintf("%d %s", e.Status, http.StatusText(e.Status))
	case e.Reason != "":
		return e.Reason
	}
	return "permanent failure"
}

// Backoff is the retry policy for transient failures: the n-th consecutive
// failure waits Initial·2ⁿ⁻¹, at most Max.
type Backoff struct {
	Initial time.Duration
	Max     time.Duration
}

// Delay returns the wait after the failures-th consecutive failure.
func (b Backoff) Delay(failures int) time.Duration {
	d := b.Initial
	for i := 1; i < failures && d < b.Max; i++ {
		d *= 2
	}
	return min(d, b.Max)
}

// Defaults for the zero values of Scheduler's fields.
const (
	// DefaultLease is below Discord's nonce window of a few minutes, so a
	// takeover's resend is deduplicated (see the package documentation).
	DefaultLease = 2 * time.Minute
	// DefaultPostTimeout bounds one Post call; it must stay below Lease so
	// that a live but slow send is not taken over.
	DefaultPostTimeout = 30 * time.Second
	// DefaultPoll is the longest the loop sleeps, so that subscriptions
	// changed by another process are noticed within it.
	DefaultPoll = time.Minute
)

// DefaultBackoff retries quickly at first, for a blip, and settles at a
// few minutes, which outlasts Discord's rate-limit windows and short
// outages without hammering it.
var DefaultBackoff = Backoff{Initial: time.Second, Max: 5 * time.Minute}

// bookkeepingTimeout bounds the store writes that follow a Post, which run
// even when Run's context is cancelled mid-post: a send must be recorded,
// and a failed one released, even during shutdown.
const bookkeepingTimeout = 10 * time.Second

// minSleep keeps the loop from spinning if a computed wake-up time is
// already past.
const minSleep = time.Second

// Scheduler posts each owned, active subscription once per local day. Set
// its fields, then call Run; the zero value of each optional field is a
// sensible default. Fields must not change once Run has started.
type Scheduler struct {
	Store  Store  // required
	Poster Poster // required

	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Owner identifies this process in the ledger, so a replica only
	// releases its own claims. Empty means hostname, process ID and a
	// random suffix.
	Owner string
	// Lease is how old an unsent claim must be before another pass or
	// replica takes it over; 0 means DefaultLease.
	Lease time.Duration
	// PostTimeout bounds each Post call; 0 means DefaultPostTimeout, or
	// half the Lease if that is shorter.
	PostTimeout time.Duration
	// Poll is the longest sleep between passes; 0 means DefaultPoll.
	Poll time.Duration
	// Retry is the backoff after transient failures; zero means
	// DefaultBackoff.
	Retry Backoff
	// Logger receives one line per post, failure and pause; nil discards.
	Logger *slog.Logger
	// Owns reports whether this process posts for a guild (for example,
	// whether the guild is on one of its gateway shards); nil means all.
	Owns func(store.GuildID) bool
	// OnSent, OnFailed and OnPaused, when set, are called after each
	// successful post, each failed Post call (permanent ones included) and
	// each pause. They run on the loop's goroutine and must be quick.
	OnSent, OnFailed, OnPaused func()

	initOnce sync.Once
	kick     chan struct{}
	running  atomic.Bool

	// Loop state, touched only by Run's goroutine.
	cfg           config
	sent          map[store.ChannelID]string // channel → latest local date known to be sent
	retries       map[store.ChannelID]retry
	zones         map[string]*time.Location
	storeFailures int
}

// config is the Scheduler's fields with defaults applied.
type config struct {
	now         func() time.Time
	owner       string
	lease       time.Duration
	postTimeout time.Duration
	poll        time.Duration
	retry       Backoff
	log         *slog.Logger
}

// retry is a channel's transient-failure state for one local date.
type retry struct {
	date     string
	failures int
	at       time.Time // not before
}

func (s *Scheduler) init() {
	s.initOnce.Do(func() { s.kick = make(chan struct{}, 1) })
}

// Kick makes a running scheduler start a pass now instead of at its next
// wake-up, e.g. right after a guild subscribes. It never blocks, and kicks
// before Run are remembered.
func (s *Scheduler) Kick() {
	s.init()
	select {
	case s.kick <- struct{}{}:
	default: // a pass is already pending
	}
}

// Run posts due subscriptions until ctx is done, then returns nil. It
// returns an error at once if the Scheduler is misconfigured or already
// running. Run starts no goroutines; everything happens on the caller's.
func (s *Scheduler) Run(ctx context.Context) error {
	if !s.running.CompareAndSwap(false, true) {
		return errors.New("daily: scheduler is already running")
	}
	defer s.running.Store(false)
	if err := s.setup(); err != nil {
		return err
	}
	s.init()
	log := s.cfg.log
	log.Info("daily scheduler started", "owner", s.cfg.owner, "lease", s.cfg.lease)
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		wake := s.pass(ctx)
		d := min(max(wake.Sub(s.cfg.now()), minSleep), s.cfg.poll)
		timer.Reset(d)
		select {
		case <-ctx.Done():
			log.Info("daily scheduler stopped", "owner", s.cfg.owner)
			return nil
		case <-timer.C:
		case <-s.kick:
		}
	}
}

func (s *Scheduler) setup() error {
	if s.Store == nil || s.Poster == nil {
		return errors.New("daily: scheduler needs a Store and a Poster")
	}
	if s.Lease < 0 || s.PostTimeout < 0 {
		return fmt.Errorf("daily: negative Lease %v or PostTimeout %v", s.Lease, s.PostTimeout)
	}
	c := config{
		now: s.Now, owner: s.Owner, lease: s.Lease, postTimeout: s.PostTimeout,
		poll: s.Poll, retry: s.Retry, log: s.Logger,
	}
	if c.now == nil {
		c.now = time.Now
	}
	if c.owner == "" {
		c.owner = defaultOwner()
	}
	if c.lease == 0 {
		c.lease = DefaultLease
	}
	if c.postTimeout == 0 {
		c.postTimeout = min(DefaultPostTimeout, c.lease/2)
	}
	if c.poll <= 0 {
		c.poll = DefaultPoll
	}
	if c.retry.Initial <= 0 || c.retry.Max < c.retry.Initial {
		c.retry = DefaultBackoff
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	if c.postTimeout >= c.lease {
		return fmt.Errorf("daily: PostTimeout %v must be shorter than Lease %v, or a slow send could be taken over and posted twice",
			c.postTimeout, c.lease)
	}
	s.cfg = c
	s.sent = map[store.ChannelID]string{}
	s.retries = map[store.ChannelID]retry{}
	s.zones = map[string]*time.Location{}
	return nil
}

func defaultOwner() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "factbot"
	}
	b := make([]byte, 3)
	rand.Read(b) // never fails (crypto/rand panics rather than return an error)
	return fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b))
}

// pass looks at every subscription once, posting those that are due, and
// returns when the next one will be due.
func (s *Scheduler) pass(ctx context.Context) time.Time {
	now := s.cfg.now()
	wake := now.Add(s.cfg.poll)
	subs, err := s.Store.Subscriptions(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return wake
		}
		s.storeFailures++
		delay := s.cfg.retry.Delay(s.storeFailures)
		s.cfg.log.Error("daily: cannot list subscriptions", "err", err, "retry_in", delay)
		return now.Add(delay)
	}
	s.storeFailures = 0
	for _, sub := range subs {
		if ctx.Err() != nil {
			break
		}
		if !sub.Active() || (s.Owns != nil && !s.Owns(sub.GuildID)) {
			continue
		}
		if next := s.visit(ctx, sub); !next.IsZero() && next.Before(wake) {
			wake = next
		}
	}
	return wake
}

// visit posts sub if it is due and returns when it next needs a look (zero
// for never, as after a pause).
func (s *Scheduler) visit(ctx context.Context, sub store.Subscription) time.Time {
	log := s.cfg.log.With("guild", sub.GuildID, "channel", sub.ChannelID)
	loc, err := s.zone(sub.TZ)
	if err != nil {
		// The store validates zones, so this is a database edited by hand
		// or a zone dropped from tzdata. Nobody can be posted to on time.
		if !s.pause(ctx, log, sub, fmt.Sprintf("unknown time zone %q", sub.TZ)) {
			return s.failed(log, sub, "", s.cfg.now(), err)
		}
		return time.Time{}
	}
	now := s.cfg.now()
	y, mo, d := now.In(loc).Date()
	date, due := Due(now, s.sent[sub.ChannelID], sub.Hour, sub.Minute, loc)
	at := PostTime(y, mo, d, sub.Hour, sub.Minute, loc)
	tomorrow := Next(at.Add(time.Nanosecond), sub.Hour, sub.Minute, loc)
	switch {
	case now.Before(at):
		return at
	case !due:
		return tomorrow // sent today
	case sub.UpdatedAt.After(at):
		// Subscribed (or changed) after today's slot: start tomorrow.
		return tomorrow
	}
	if r, ok := s.retries[sub.ChannelID]; ok && r.date == date && now.Before(r.at) {
		return r.at
	}

	claim, ok, err := s.Store.Claim(ctx, sub.ChannelID, sub.GuildID, date, s.cfg.owner, now, s.cfg.lease)
	if err != nil {
		if ctx.Err() != nil {
			return time.Time{}
		}
		return s.failed(log, sub, date, now, fmt.Errorf("claim: %w", err))
	}
	if !ok {
		if claim.State == store.StateSent {
			s.sent[sub.ChannelID] = date
			return tomorrow
		}
		// Another pass or replica is posting; look again when its lease
		// runs out, in case it died.
		return claim.ClaimedAt.Add(s.cfg.lease)
	}

	postCtx, cancel := context.WithTimeout(ctx, s.cfg.postTimeout)
	msgID, err := s.Poster.Post(postCtx, sub, time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), claim.Nonce)
	cancel()
	// Record the outcome even if ctx was cancelled during the post.
	bctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), bookkeepingTimeout)
	defer cancel()
	if err == nil {
		sentAt := s.cfg.now()
		if err := s.Store.MarkSent(bctx, sub.ChannelID, date, msgID, sentAt); err != nil {
			// The post is out but the ledger still says claimed: after the
			// lease someone resends with the same nonce, which Discord
			// deduplicates. This process at least will not resend.
			log.Error("daily: posted but could not record it", "date", date, "message", msgID, "err", err)
		}
		s.sent[sub.ChannelID] = date
		delete(s.retries, sub.ChannelID)
		log.Info("daily: posted", "date", date, "message", msgID, "late", sentAt.Sub(at).Round(time.Second),
			"attempt", claim.Attempts)
		call(s.OnSent)
		return tomorrow
	}
	if relErr := s.Store.Release(bctx, sub.ChannelID, date, s.cfg.owner); relErr != nil {
		// The claim then expires after the lease, which only delays the retry.
		log.Warn("daily: could not release claim", "date", date, "err", relErr)
	}
	if ctx.Err() != nil {
		// Shutting down cut the post short; not the poster's failure.
		log.Info("daily: post interrupted by shutdown", "date", date, "err", err)
		return time.Time{}
	}
	call(s.OnFailed)
	if perm, ok := errors.AsType[*PermanentError](err); ok {
		log.Warn("daily: cannot post, pausing subscription", "date", date, "err", err)
		if !s.pause(bctx, log, sub, perm.reason()) {
			// Try again later rather than on every pass.
			return s.failed(log, sub, date, s.cfg.now(), err)
		}
		return time.Time{}
	}
	// Back off from the failure, not from the start of a slow attempt.
	return s.failed(log, sub, date, s.cfg.now(), err)
}

// failed records a transient failure and returns when to retry.
func (s *Scheduler) failed(log *slog.Logger, sub store.Subscription, date string, now time.Time, err error) time.Time {
	r := s.retries[sub.ChannelID]
	if r.date != date {
		r = retry{date: date}
	}
	r.failures++
	delay := s.cfg.retry.Delay(r.failures)
	r.at = now.Add(delay)
	s.retries[sub.ChannelID] = r
	log.Warn("daily: post failed, will retry", "date", date, "failures", r.failures, "retry_in", delay, "err", err)
	return r.at
}

// pause pauses sub and reports whether that worked.
func (s *Scheduler) pause(ctx context.Context, log *slog.Logger, sub store.Subscription, reason string) bool {
	if err := s.Store.PauseSubscription(ctx, sub.GuildID, reason); err != nil {
		log.Error("daily: could not pause subscription", "reason", reason, "err", err)
		return false
	}
	delete(s.retries, sub.ChannelID)
	log.Warn("daily: subscription paused", "reason", reason)
	call(s.OnPaused)
	return true
}

func (s *Scheduler) zone(name string) (*time.Location, error) {
	if loc, ok := s.zones[name]; ok {
		return loc, nil
	}
	if name == "Local" {
		return nil, errors.New("zone Local is the host's, not an IANA zone")
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	s.zones[name] = loc
	return loc, nil
}

func call(f func()) {
	if f != nil {
		f()
	}
}
