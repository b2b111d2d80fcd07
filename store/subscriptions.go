package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// GuildID is a Discord guild (server) snowflake. A distinct type keeps it
// from being passed where a channel is meant.
type GuildID string

// ChannelID is a Discord channel snowflake.
type ChannelID string

// Subscription is a guild's request for a daily post: into ChannelID, at
// Hour:Minute local time in the IANA zone TZ. A guild has at most one.
type Subscription struct {
	GuildID   GuildID
	ChannelID ChannelID
	Hour      int    // 0–23, local to TZ
	Minute    int    // 0–59
	TZ        string // IANA zone name such as "Europe/Tirane"
	// PausedReason is empty while the subscription is active. The scheduler
	// sets it when posting can never succeed (channel deleted, permission
	// lost) so that it stops trying until someone subscribes again or
	// resumes.
	PausedReason string
	PausedAt     time.Time // zero while active
	CreatedAt    time.Time // first subscription; kept when re-subscribing
	UpdatedAt    time.Time // last change of any field, pause included
}

// Active reports whether the subscription should be posted to.
func (s Subscription) Active() bool { return s.PausedReason == "" }

// Validate reports the first problem that would make the subscription
// impossible to schedule.
func (s Subscription) Validate() error {
	switch {
	case s.GuildID == "":
		return errors.New("empty guild id")
	case s.ChannelID == "":
		return errors.New("empty channel id")
	case s.Hour < 0 || s.Hour > 23:
		return fmt.Errorf("hour %d out of range 0-23", s.Hour)
	case s.Minute < 0 || s.Minute > 59:
		return fmt.Errorf("minute %d out of range 0-59", s.Minute)
	case s.TZ == "":
		return errors.New("empty time zone")
	}
	// LoadLocation also accepts "Local", which would mean the bot host's
	// zone rather than the subscriber's.
	if s.TZ == "Local" {
		return errors.New(`time zone "Local" is not an IANA zone name`)
	}
	if _, err := time.LoadLocation(s.TZ); err != nil {
		return fmt.Errorf("unknown time zone %q", s.TZ)
	}
	return nil
}

// PutSubscription creates the guild's subscription or replaces its
// channel, time and zone. Either way the subscription ends up active: a
// guild that subscribes again after its channel was deleted has fixed the
// problem. CreatedAt is kept on replacement; UpdatedAt is now.
func (s *Store) PutSubscription(ctx context.Context, sub Subscription) error {
	if err := sub.Validate(); err != nil {
		return fmt.Errorf("store: put subscription: %w", err)
	}
	now := millis(s.now())
	_, err := s.db.ExecContext(ctx, s.q(`
		INSERT INTO subscriptions
			(guild_id, channel_id, hour, minute, tz, paused_reason, paused_at, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, '', NULL, ?, ?)
		ON CONFLICT (guild_id) DO UPDATE SET
			channel_id = excluded.channel_id,
			hour = excluded.hour,
			minute = excluded.minute,
			tz = excluded.tz,
			paused_reason = '',
			paused_at = NULL,
			updated_at = excluded.updated_at`),
		string(sub.GuildID), string(sub.ChannelID), sub.Hour, sub.Minute, sub.TZ, now, now)
	if err != nil {
		return fmt.Errorf("store: put subscription for guild %s: %w", sub.GuildID, err)
	}
	return nil
}

const subscriptionColumns = `guild_id, channel_id, hour, minute, tz, paused_reason, paused_at, created_at, updated_at`

// Subscription returns the guild's subscription, or an error wrapping
// ErrNotFound.
func (s *Store) Subscription(ctx context.Context, guild GuildID) (Subscription, error) {
	row := s.db.QueryRowContext(ctx,
		s.q(`SELECT `+subscriptionColumns+` FROM subscriptions WHERE guild_id = ?`), string(guild))
	sub, err := scanSubscription(row)
	if errors.Is(err, sql.ErrNoRows) {
		return Subscription{}, fmt.Errorf("store: subscription for guild %s: %w", guild, ErrNotFound)
	}
	if err != nil {
		return Subscription{}, fmt.Errorf("store: subscription for guild %s: %w", guild, err)
	}
	return sub, nil
}

// Subscriptions returns every subscription, paused ones included, ordered
// by guild ID.
func (s *Store) Subscriptions(ctx context.Context) ([]Subscription, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+subscriptionColumns+` FROM subscriptions ORDER BY guild_id`)
	if err != nil {
		return nil, fmt.Errorf("store: list subscriptions: %w", err)
	}
	defer rows.Close()
	var subs []Subscription
	for rows.Next() {
		sub, err := scanSubscription(rows)
		if err != nil {
			return nil, fmt.Errorf("store: list subscriptions: %w", err)
		}
		subs = append(subs, sub)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list subscriptions: %w", err)
	}
	return subs, nil
}

// DeleteSubscription removes the guild's subscription and reports whether
// there was one. The post ledger is kept: it still prevents a second post
// today if the guild subscribes again.
func (s *Store) DeleteSubscription(ctx context.Context, guild GuildID) (bool, error) {
	res, err := s.db.ExecContext(ctx, s.q(`DELETE FROM subscriptions WHERE guild_id = ?`), string(guild))
	if err != nil {
		return false, fmt.Errorf("store: delete subscription for guild %s: %w", guild, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store: delete subscription for guild %s: %w", guild, err)
	}
	return n > 0, nil
}

// PauseSubscription stops posts to the guild until it is resumed or
// replaced, recording why (for the operator and for a message to the
// guild). The reason must not be empty, since empty means active.
func (s *Store) PauseSubscription(ctx context.Context, guild GuildID, reason string) error {
	if reason == "" {
		return fmt.Errorf("store: pause subscription for guild %s: empty reason", guild)
	}
	now := millis(s.now())
	return s.updateSubscription(ctx, "pause", guild,
		`UPDATE subscriptions SET paused_reason = ?, paused_at = ?, updated_at = ? WHERE guild_id = ?`,
		reason, now, now, string(guild))
}

// ResumeSubscription makes a paused subscription active again. Resuming an
// active one only touches UpdatedAt.
func (s *Store) ResumeSubscription(ctx context.Context, guild GuildID) error {
	return s.updateSubscription(ctx, "resume", guild,
		`UPDATE subscriptions SET paused_reason = '', paused_at = NULL, updated_at = ? WHERE guild_id = ?`,
		millis(s.now()), string(guild))
}

func (s *Store) updateSubscription(ctx context.Context, verb string, guild GuildID, query string, args ...any) error {
	res, err := s.db.ExecContext(ctx, s.q(query), args...)
	if err == nil {
		var n int64
		n, err = res.RowsAffected()
		if err == nil && n == 0 {
			err = ErrNotFound
		}
	}
	if err != nil {
		return fmt.Errorf("store: %s subscription for guild %s: %w", verb, guild, err)
	}
	return nil
}

// scanner is what *sql.Row and *sql.Rows have in common.
type scanner interface{ Scan(dest ...any) error }

func scanSubscription(r scanner) (Subscription, error) {
	var (
		sub              Subscription
		guild, channel   string
		pausedAt         sql.NullInt64
		created, updated int64
	)
	err := r.Scan(&guild, &channel, &sub.Hour, &sub.Minute, &sub.TZ,
		&sub.PausedReason, &pausedAt, &created, &updated)
	if err != nil {
		return Subscription{}, err
	}
	sub.GuildID, sub.ChannelID = GuildID(guild), ChannelID(channel)
	if pausedAt.Valid {
		sub.PausedAt = fromMillis(pausedAt.Int64)
	}
	sub.CreatedAt, sub.UpdatedAt = fromMillis(created), fromMillis(updated)
	return sub, nil
}
