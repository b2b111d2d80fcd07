package bot

import (
	"path/filepath"
	"testing"
	"time"

	"factbot/store"
)

// TestEnsureEnvSubscription checks DAILY_CHANNEL_ID's subscription: made
// on first start, left alone when unchanged (rewriting it would make it
// "new" and skip a late post today), updated when the settings change, and
// resumed if it was paused.
func TestEnsureEnvSubscription(t *testing.T) {
	ctx := t.Context()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "factbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d := &Daily{Store: st}
	if err := d.EnsureEnvSubscription(ctx, "1", "2", 9, 0, "UTC"); err != nil {
		t.Fatal(err)
	}
	first, err := st.Subscription(ctx, "1")
	if err != nil || first.ChannelID != "2" || first.Hour != 9 || first.TZ != "UTC" {
		t.Fatalf("after first start: %+v, %v", first, err)
	}
	time.Sleep(5 * time.Millisecond) // let the wall clock move, so a rewrite would show
	if err := d.EnsureEnvSubscription(ctx, "1", "2", 9, 0, "UTC"); err != nil {
		t.Fatal(err)
	}
	again, _ := st.Subscription(ctx, "1")
	if !again.UpdatedAt.Equal(first.UpdatedAt) {
		t.Errorf("an unchanged subscription was rewritten: %v -> %v", first.UpdatedAt, again.UpdatedAt)
	}
	if err := d.EnsureEnvSubscription(ctx, "1", "2", 7, 30, "Europe/Tirane"); err != nil {
		t.Fatal(err)
	}
	if s, _ := st.Subscription(ctx, "1"); s.Hour != 7 || s.Minute != 30 || s.TZ != "Europe/Tirane" {
		t.Errorf("changed settings not stored: %+v", s)
	}
	if err := st.PauseSubscription(ctx, "1", "403 Missing Access"); err != nil {
		t.Fatal(err)
	}
	if err := d.EnsureEnvSubscription(ctx, "1", "2", 7, 30, "Europe/Tirane"); err != nil {
		t.Fatal(err)
	}
	if s, _ := st.Subscription(ctx, "1"); !s.Active() {
		t.Errorf("a paused subscription was not resumed on start: %+v", s)
	}
}
