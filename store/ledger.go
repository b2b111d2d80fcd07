package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/base32"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ClaimState is how far a ledger entry has got.
type ClaimState string

// The ledger states. An entry that is StateClaimed and older than the
// lease belongs to a claimant that died or hung before recording the send;
// Claim hands it to the next caller.
const (
	StateClaimed ClaimState = "claimed"
	StateSent    ClaimState = "sent"
)

// DateLayout is the layout of ledger dates: the subscriber's local
// calendar date, as time.Format writes it.
const DateLayout = "2006-01-02"

// Claim is a post-ledger entry: the right (and, once sent, the record) of
// posting to one channel for one subscriber-local date.
type Claim struct {
	ChannelID ChannelID
	GuildID   GuildID
	LocalDate string // DateLayout
	// Nonce goes with the message to Discord, which with enforce_nonce
	// returns the earlier message instead of posting again when it sees the
	// same nonce within a few minutes. A takeover keeps it, so a resend
	// after a crash between send and MarkSent is deduplicated.
	Nonce     string
	State     ClaimState
	Owner     string    // the claimant (a replica's identity)
	ClaimedAt time.Time // the latest claim or takeover
	Attempts  int       // 1, plus one per takeover
	SentAt    time.Time // zero until sent
	MessageID string    // empty until sent
}

// Claim takes the ledger slot for posting to channel on the local date
// (DateLayout), on behalf of owner, at time now. It succeeds, reporting
// true, when nobody holds the slot, or when it is still unsent and its
// claim is at least lease old (the claimant is presumed dead; the
// takeover keeps the original nonce). It reports false, with the current
// entry, when the slot was sent or is freshly claimed by anyone, owner
// included.
//
// The decision is one INSERT ... ON CONFLICT DO UPDATE ... WHERE statement,
// which both backends execute atomically: of any number of concurrent
// callers, in one process or several, exactly one wins a free or stale
// slot.
func (s *Store) Claim(ctx context.Context, channel ChannelID, guild GuildID, date, owner string, now time.Time, lease time.Duration) (Claim, bool, error) {
	fail := func(err error) (Claim, bool, error) {
		return Claim{}, false, fmt.Errorf("store: claim %s on %s: %w", channel, date, err)
	}
	switch {
	case channel == "" || guild == "" || owner == "":
		return fail(errors.New("empty channel, guild or owner"))
	case lease < 0:
		return fail(fmt.Errorf("negative lease %v", lease))
	}
	if err := checkDate(date); err != nil {
		return fail(err)
	}
	// The entry can vanish between the failed upsert and the read that
	// reports who holds it (its owner released it); then the slot is free
	// and another round will most likely take it.
	for range 3 {
		c := Claim{ChannelID: channel, LocalDate: date, State: StateClaimed, Owner: owner}
		var guildID string
		var claimedAt int64
		err := s.db.QueryRowContext(ctx, s.q(`
			INSERT INTO post_ledger
				(channel_id, local_date, guild_id, nonce, state, claimed_at, claimed_by, attempts)
			VALUES (?, ?, ?, ?, 'claimed', ?, ?, 1)
			ON CONFLICT (channel_id, local_date) DO UPDATE SET
				claimed_at = excluded.claimed_at,
				claimed_by = excluded.claimed_by,
				attempts = post_ledger.attempts + 1
			WHERE post_ledger.state = 'claimed' AND post_ledger.claimed_at <= ?
			RETURNING guild_id, nonce, claimed_at, attempts`),
			string(channel), date, string(guild), nonceFor(channel, date), millis(now), owner,
			millis(now.Add(-lease)),
		).Scan(&guildID, &c.Nonce, &claimedAt, &c.Attempts)
		if err == nil {
			c.GuildID, c.ClaimedAt = GuildID(guildID), fromMillis(claimedAt)
			return c, true, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return fail(err)
		}
		held, err := s.LedgerEntry(ctx, channel, date)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return fail(err)
		}
		return held, false, nil
	}
	return fail(errors.New("entry kept changing; giving up for now"))
}

// MarkSent records that the claimed post went out as messageID. Marking
// an entry that is already sent changes nothing and is not an error: after
// a takeover both claimants may get here, and Discord's nonce check makes
// them report the same message. A missing entry is ErrNotFound.
func (s *Store) MarkSent(ctx context.Context, channel ChannelID, date, messageID string, now time.Time) error {
	res, err := s.db.ExecContext(ctx, s.q(`
		UPDATE post_ledger SET state = 'sent', sent_at = ?, message_id = ?
		WHERE channel_id = ? AND local_date = ? AND state = 'claimed'`),
		millis(now), messageID, string(channel), date)
	if err == nil {
		var n int64
		if n, err = res.RowsAffected(); err == nil && n == 0 {
			// Not claimed: either already sent (fine) or gone.
			_, err = s.LedgerEntry(ctx, channel, date)
		}
	}
	if err != nil {
		return fmt.Errorf("store: mark %s on %s sent: %w", channel, date, err)
	}
	return nil
}

// Release gives up owner's unsent claim so that the next attempt, by any
// replica, can take the slot at once instead of waiting out the lease. It
// does nothing if the entry was sent or is now someone else's.
func (s *Store) Release(ctx context.Context, channel ChannelID, date, owner string) error {
	_, err := s.db.ExecContext(ctx, s.q(`
		DELETE FROM post_ledger
		WHERE channel_id = ? AND local_date = ? AND state = 'claimed' AND claimed_by = ?`),
		string(channel), date, owner)
	if err != nil {
		return fmt.Errorf("store: release %s on %s: %w", channel, date, err)
	}
	return nil
}

// LastPost reports the latest local date on which a post to channel was
// recorded as sent, and when it was sent; ok is false if there is none.
func (s *Store) LastPost(ctx context.Context, channel ChannelID) (date string, sentAt time.Time, ok bool, err error) {
	var ms int64
	err = s.db.QueryRowContext(ctx, s.q(`
		SELECT local_date, sent_at FROM post_ledger
		WHERE channel_id = ? AND state = 'sent'
		ORDER BY local_date DESC LIMIT 1`), string(channel)).Scan(&date, &ms)
	if errors.Is(err, sql.ErrNoRows) {
		return "", time.Time{}, false, nil
	}
	if err != nil {
		return "", time.Time{}, false, fmt.Errorf("store: last post to %s: %w", channel, err)
	}
	return date, fromMillis(ms), true, nil
}

// LedgerEntry returns the ledger entry for channel on date, or an error
// wrapping ErrNotFound.
func (s *Store) LedgerEntry(ctx context.Context, channel ChannelID, date string) (Claim, error) {
	var (
		c            = Claim{ChannelID: channel, LocalDate: date}
		guild, state string
		claimedAt    int64
		sentAt       sql.NullInt64
		messageID    sql.NullString
	)
	err := s.db.QueryRowContext(ctx, s.q(`
		SELECT guild_id, nonce, state, claimed_by, claimed_at, attempts, sent_at, message_id
		FROM post_ledger WHERE channel_id = ? AND local_date = ?`), string(channel), date,
	).Scan(&guild, &c.Nonce, &state, &c.Owner, &claimedAt, &c.Attempts, &sentAt, &messageID)
	if errors.Is(err, sql.ErrNoRows) {
		return Claim{}, fmt.Errorf("store: ledger entry %s on %s: %w", channel, date, ErrNotFound)
	}
	if err != nil {
		return Claim{}, fmt.Errorf("store: ledger entry %s on %s: %w", channel, date, err)
	}
	c.GuildID, c.State, c.ClaimedAt = GuildID(guild), ClaimState(state), fromMillis(claimedAt)
	if sentAt.Valid {
		c.SentAt = fromMillis(sentAt.Int64)
	}
	c.MessageID = messageID.String
	return c, nil
}

// nonceFor derives the Discord nonce for a channel's post on a date.
// Deriving it, rather than drawing a random one, means that even a slot
// that was released and claimed afresh (after an error that may have hidden
// a successful send, such as a timeout) resends with the same nonce, so
// Discord deduplicates that too. 15 bytes of SHA-256 in base32 are 24
// characters, within Discord's 25, and collide with negligible
// probability.
func nonceFor(channel ChannelID, date string) string {
	sum := sha256.Sum256([]byte("factbot daily post\x00" + string(channel) + "\x00" + date))
	return strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(sum[:15]))
}

func checkDate(date string) error {
	if _, err := time.Parse(DateLayout, date); err != nil || len(date) != len(DateLayout) {
		return fmt.Errorf("local date %q is not YYYY-MM-DD", date)
	}
	return nil
}
