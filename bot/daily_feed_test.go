package bot

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	dg "github.com/bwmarrin/discordgo"

	"factbot/facts"
	"factbot/handlers"
	"factbot/store"
)

// restFunc is a REST made of a function.
type restFunc func(method, urlStr string, data any) ([]byte, error)

func (f restFunc) RequestWithBucketID(method, urlStr string, data interface{}, bucketID string, options ...dg.RequestOption) ([]byte, error) {
	return f(method, urlStr, data)
}

// TestDailyPostFeed: the daily post takes the feed's event about the
// subjects, labelled for what it is and attributed to the day's page; and
// with a feed that hangs, it is sent from the article within the post's
// own deadline.
func TestDailyPostFeed(t *testing.T) {
	israel := facts.FeedEvent{Year: 1948, Text: "David Ben-Gurion proclaims the establishment of the State of Israel.",
		Pages: []facts.FeedPage{{Title: "Israeli Declaration of Independence", URL: "https://en.wikipedia.org/wiki/Israeli_Declaration_of_Independence"}}}
	var sent []*dg.MessageEmbed
	rest := restFunc(func(method, urlStr string, data any) ([]byte, error) {
		sent = append(sent, data.(dailyMessage).Embeds[0])
		return []byte(`{"id":"42"}`), nil
	})
	h := handlers.New(e2eLoadBase(t))
	d := &Daily{Handler: h, REST: rest, Log: slog.New(slog.DiscardHandler)}
	sub := store.Subscription{GuildID: "1", ChannelID: "2"}
	may14 := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)

	h.Feed = handlers.FeedFunc(func(ctx context.Context, month, day int) ([]facts.FeedEvent, error) {
		if month != 5 || day != 14 {
			t.Errorf("feed asked for %d-%d", month, day)
		}
		return []facts.FeedEvent{israel}, nil
	})
	if _, err := d.Post(t.Context(), sub, may14, "n1"); err != nil {
		t.Fatal(err)
	}
	e := sent[0]
	if e.Title != "On this day in 1948 (Wikipedia: On this day)" || !strings.HasPrefix(e.Description, "14 May 1948, 78 years ago: David Ben-Gurion") ||
		e.URL != israel.Pages[0].URL || e.Footer == nil || e.Footer.Text != "From “May 14” on Wikipedia, by Wikipedia contributors · CC BY-SA 4.0" {
		t.Errorf("post = %q %q %s footer %+v", e.Title, e.Description, e.URL, e.Footer)
	}

	h.Feed = handlers.FeedFunc(func(ctx context.Context, month, day int) ([]facts.FeedEvent, error) {
		<-ctx.Done() // a feed that never answers
		return nil, ctx.Err()
	})
	ctx, cancel := context.WithTimeout(t.Context(), 400*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := d.Post(ctx, sub, may14, "n2"); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 300*time.Millisecond {
		t.Errorf("the post waited %s on the feed; want at most half its 400 ms deadline", took)
	}
	if e := sent[1]; !strings.HasPrefix(e.Title, "Fact of the day") || e.Footer.Text != "From “Albania–Israel relations” on Wikipedia, by Wikipedia contributors · CC BY-SA 4.0" {
		t.Errorf("post without the feed = %q, footer %q; want the article's", e.Title, e.Footer.Text)
	}
}
