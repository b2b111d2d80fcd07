package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	dg "github.com/bwmarrin/discordgo"

	"factbot/daily"
	"factbot/handlers"
	"factbot/store"
)

// REST is the part of a discordgo session that daily posts use;
// *discordgo.Session provides it.
type REST interface {
	RequestWithBucketID(method, urlStr string, data interface{}, bucketID string, options ...dg.RequestOption) ([]byte, error)
}

var _ REST = (*dg.Session)(nil)

// Daily connects /daily and the scheduler to the store and to Discord. It
// is the handlers' Subscriptions and the scheduler's Poster.
type Daily struct {
	Store     *store.Store
	Scheduler *daily.Scheduler  // kicked after a subscribe; nil in a process that does not post
	Handler   *handlers.Handler // posts answer from its fact base, the one the commands use
	REST      REST
	Redact    Redactor // applied to every error of REST, before it is logged, stored or shown
	Log       *slog.Logger
	Now       func() time.Time
}

var (
	_ handlers.Subscriptions = (*Daily)(nil)
	_ daily.Poster           = (*Daily)(nil)
)

func (d *Daily) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

// Subscribe creates or replaces the guild's subscription.
func (d *Daily) Subscribe(ctx context.Context, guildID, channelID string, hour, minute int, tz string) (handlers.DailyStatus, error) {
	sub := store.Subscription{GuildID: store.GuildID(guildID), ChannelID: store.ChannelID(channelID), Hour: hour, Minute: minute, TZ: tz}
	if err := d.Store.PutSubscription(ctx, sub); err != nil {
		return handlers.DailyStatus{}, err
	}
	if d.Scheduler != nil {
		d.Scheduler.Kick()
	}
	st, _, err := d.Status(ctx, guildID)
	return st, err
}

// Unsubscribe removes the guild's subscription.
func (d *Daily) Unsubscribe(ctx context.Context, guildID string) (bool, error) {
	return d.Store.DeleteSubscription(ctx, store.GuildID(guildID))
}

// Status describes the guild's subscription: channel, time, next and last
// post, and why it is paused if it is.
func (d *Daily) Status(ctx context.Context, guildID string) (handlers.DailyStatus, bool, error) {
	sub, err := d.Store.Subscription(ctx, store.GuildID(guildID))
	if errors.Is(err, store.ErrNotFound) {
		return handlers.DailyStatus{}, false, nil
	}
	if err != nil {
		return handlers.DailyStatus{}, false, err
	}
	st := handlers.DailyStatus{ChannelID: string(sub.ChannelID), Hour: sub.Hour, Minute: sub.Minute, TZ: sub.TZ, Problem: sub.PausedReason}
	if loc, err := time.LoadLocation(sub.TZ); err == nil {
		now := d.now()
		next := daily.Next(now, sub.Hour, sub.Minute, loc)
		// Today's post already went out (or the subscription is newer than
		// today's post time): the next one is tomorrow's.
		date, _, ok, err := d.Store.LastPost(ctx, sub.ChannelID)
		if err != nil {
			return st, true, err
		}
		if ok && date == daily.LocalDate(next, loc) {
			next = daily.Next(next.Add(time.Minute), sub.Hour, sub.Minute, loc)
		}
		st.Next = next.UTC()
	}
	date, at, ok, err := d.Store.LastPost(ctx, sub.ChannelID)
	if err != nil {
		return st, true, err
	}
	if ok {
		st.LastPost, st.LastAt = date, at
	}
	return st, true, nil
}

// maxReason bounds a pause reason taken from Discord's error message.
const maxReason = 200

// dailyMessage is a channel message with Discord's nonce fields, which
// discordgo v0.29.0's MessageSend lacks.
type dailyMessage struct {
	Embeds          []*dg.MessageEmbed         `json:"embeds"`
	AllowedMentions *dg.MessageAllowedMentions `json:"allowed_mentions"`
	Nonce           string                     `json:"nonce"`
	EnforceNonce    bool                       `json:"enforce_nonce"`
}

// Post sends the on-this-day post for a subscriber's local date. The nonce
// with enforce_nonce makes Discord answer a resend of the same post with
// the first message instead of a second one. A deleted channel or lost
// permission is a permanent failure, which pauses the subscription.
func (d *Daily) Post(ctx context.Context, sub store.Subscription, localDate time.Time, nonce string) (string, error) {
	b := d.Handler.Base()
	fctx, cancel := feedContext(ctx)
	reply := handlers.DayReply(d.Handler.Day(fctx, localDate))
	cancel()
	msg := dailyMessage{
		Embeds:          []*dg.MessageEmbed{Embed(reply, b.Article.Title)},
		AllowedMentions: noMentions(),
		Nonce:           nonce,
		EnforceNonce:    true,
	}
	url := dg.EndpointChannelMessages(string(sub.ChannelID))
	body, err := d.REST.RequestWithBucketID(http.MethodPost, url, msg, url, dg.WithContext(ctx))
	if err != nil {
		// The reason is stored and shown in /daily status: it comes from
		// the redacted error only.
		err = d.Redact.Error(err)
		if ae, ok := errors.AsType[*APIError](err); ok && (ae.Status == http.StatusForbidden || ae.Status == http.StatusNotFound) {
			reason := http.StatusText(ae.Status)
			if ae.Message != "" {
				reason = truncate(ae.Message, maxReason)
			}
			return "", &daily.PermanentError{Status: ae.Status, Reason: reason}
		}
		return "", fmt.Errorf("post to channel %s: %w", sub.ChannelID, err)
	}
	var m dg.Message
	if err := dg.Unmarshal(body, &m); err != nil {
		return "", fmt.Errorf("read posted message: %w", err)
	}
	return m.ID, nil
}

// EnsureEnvSubscription makes the subscription given by DAILY_CHANNEL_ID
// and friends exist, without touching it when it is already as configured:
// rewriting it would mark it new and skip a late post for today.
func (d *Daily) EnsureEnvSubscription(ctx context.Context, guildID, channelID string, hour, minute int, tz string) error {
	cur, err := d.Store.Subscription(ctx, store.GuildID(guildID))
	if err == nil && string(cur.ChannelID) == channelID && cur.Hour == hour && cur.Minute == minute && cur.TZ == tz && cur.Active() {
		return nil
	}
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return err
	}
	return d.Store.PutSubscription(ctx, store.Subscription{GuildID: store.GuildID(guildID), ChannelID: store.ChannelID(channelID), Hour: hour, Minute: minute, TZ: tz})
}

// feedContext bounds the wait on the feed to half of what is left of the
// post's own deadline: the post must still be sent in the other half,
// from the articles alone if the feed has not answered.
func feedContext(ctx context.Context) (context.Context, context.CancelFunc) {
	dl, ok := ctx.Deadline()
	if !ok {
		return context.WithCancel(ctx)
	}
	return context.WithDeadline(ctx, time.Now().Add(time.Until(dl)/2))
}
