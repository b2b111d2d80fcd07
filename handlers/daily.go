package handlers

import (
	"context"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // zones work without the host's database, in scratch images too

	"factbot/internal/snowflake"
)

// Defaults of /daily subscribe.
const (
	DefaultDailyTime = "09:00"
	DefaultDailyTZ   = "UTC"
)

//go:embed zones.txt
var zonesFile string

var zones = sync.OnceValue(func() []string {
	var out []string
	for _, l := range strings.Split(zonesFile, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
})

// Zones returns up to 25 IANA zone names containing the typed fragment,
// those starting with it first ("jeru" gives Asia/Jerusalem).
func Zones(fragment string) []string {
	f := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(fragment), " ", "_"))
	var starts, contains []string
	for _, z := range zones() {
		lz := strings.ToLower(z)
		_, city, _ := strings.Cut(lz, "/")
		switch {
		case f == "" || strings.HasPrefix(lz, f) || strings.HasPrefix(city, f):
			starts = append(starts, z)
		case strings.Contains(lz, f):
			contains = append(contains, z)
		}
	}
	out := append(starts, contains...)
	if len(out) > 25 {
		out = out[:25]
	}
	if out == nil {
		out = []string{}
	}
	return out
}

// ParseClock reads "HH:MM" (24-hour; "9:30" and "0930" too).
func ParseClock(s string) (hour, minute int, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		s = DefaultDailyTime
	}
	if len(s) == 4 && !strings.Contains(s, ":") {
		s = s[:2] + ":" + s[2:]
	}
	var h, m int
	if n, e := fmt.Sscanf(s, "%d:%d", &h, &m); e != nil || n != 2 || h < 0 || h > 23 || m < 0 || m > 59 || strings.Count(s, ":") != 1 {
		return 0, 0, fmt.Errorf("%q is not a time of day: use HH:MM, 24-hour, like 09:00 or 18:30", s)
	}
	return h, m, nil
}

// LoadZone reads an IANA zone name ("Europe/Tirane"), case-insensitively.
func LoadZone(name string) (*time.Location, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		name = DefaultDailyTZ
	}
	if strings.EqualFold(name, "utc") || strings.EqualFold(name, "gmt") {
		return time.UTC, nil
	}
	for _, z := range zones() {
		if strings.EqualFold(z, name) {
			name = z
			break
		}
	}
	if strings.ContainsAny(name, ".\\") || strings.HasPrefix(name, "/") {
		return nil, fmt.Errorf("%q is not a time zone: use an IANA name like Europe/Tirane", name)
	}
	loc, err := time.LoadLocation(name)
	if err != nil || name == "Local" {
		return nil, fmt.Errorf("%q is not a time zone: use an IANA name like Europe/Tirane or Asia/Jerusalem", name)
	}
	return loc, nil
}

// daily serves /daily subscribe, unsubscribe and status. Only members who
// may manage the server get past the check, whatever Discord's command
// permissions say, since those can be changed by server admins.
func (h *Handler) daily(ctx context.Context, req Request) (Reply, error) {
	title := "Daily posts"
	switch {
	case h.Daily == nil:
		return Reply{Title: title, Text: "Daily posts are not available here.", Ephemeral: true}, nil
	case !snowflake.Valid(req.GuildID):
		return Reply{Title: title, Text: "Daily posts are for servers: use /daily in a server channel.", Ephemeral: true}, nil
	case !req.CanManage:
		return Reply{Title: title, Text: "Only members with the Manage Server permission can change or view daily posts.", Ephemeral: true}, nil
	}
	switch req.Sub {
	case "subscribe":
		channel := req.Option("channel")
		if channel == "" {
			channel = req.ChannelID
		}
		// Discord sends a channel's ID; anything else (say "@everyone",
		// from a hand-made request) must not become a place to post.
		if !snowflake.Valid(channel) {
			return Reply{Title: title, Text: "“" + Clip(channel, 40) + "” is not a channel: pick one from the list.", Ephemeral: true}, nil
		}
		hour, minute, err := ParseClock(req.Option("time"))
		if err != nil {
			return Reply{Title: title, Text: err.Error() + ".", Ephemeral: true}, nil
		}
		loc, err := LoadZone(req.Option("timezone"))
		if err != nil {
			return Reply{Title: title, Text: err.Error() + ".", Ephemeral: true}, nil
		}
		st, err := h.Daily.Subscribe(ctx, req.GuildID, channel, hour, minute, loc.String())
		if err != nil {
			return Reply{}, fmt.Errorf("subscribe guild %s: %w", req.GuildID, err)
		}
		return Reply{Title: title, Text: fmt.Sprintf("Subscribed: <#%s> gets the on-this-day post every day at %02d:%02d %s.", st.ChannelID, st.Hour, st.Minute, st.TZ),
			Fields: statusFields(st), Ephemeral: true}, nil
	case "unsubscribe":
		ok, err := h.Daily.Unsubscribe(ctx, req.GuildID)
		if err != nil {
			return Reply{}, fmt.Errorf("unsubscribe guild %s: %w", req.GuildID, err)
		}
		if !ok {
			return Reply{Title: title, Text: "This server has no daily post to stop.", Ephemeral: true}, nil
		}
		return Reply{Title: title, Text: "Unsubscribed: no more daily posts here.", Ephemeral: true}, nil
	case "status", "":
		st, ok, err := h.Daily.Status(ctx, req.GuildID)
		if err != nil {
			return Reply{}, fmt.Errorf("daily status guild %s: %w", req.GuildID, err)
		}
		if !ok {
			return Reply{Title: title, Text: "This server has no daily post. Start one with /daily subscribe.", Ephemeral: true}, nil
		}
		text := fmt.Sprintf("<#%s> gets the on-this-day post every day at %02d:%02d %s.", st.ChannelID, st.Hour, st.Minute, st.TZ)
		if st.Problem != "" {
			text = fmt.Sprintf("Paused: %s. Subscribe again to resume.", st.Problem)
		}
		return Reply{Title: title, Text: text, Fields: statusFields(st), Ephemeral: true}, nil
	}
	return Reply{Title: title, Text: "Use /daily subscribe, /daily unsubscribe or /daily status.", Ephemeral: true}, nil
}

func statusFields(st DailyStatus) []Field {
	var fs []Field
	if !st.Next.IsZero() && st.Problem == "" {
		loc, err := time.LoadLocation(st.TZ)
		if err != nil {
			loc = time.UTC
		}
		fs = append(fs, Field{Name: "Next post", Value: st.Next.In(loc).Format("Mon 2 Jan 2006 15:04 MST") + " (" + st.Next.UTC().Format("15:04 UTC") + ")"})
	}
	last := "none yet"
	if st.LastPost != "" {
		last = st.LastPost
		if !st.LastAt.IsZero() {
			last += " (sent " + st.LastAt.UTC().Format("2006-01-02 15:04 UTC") + ")"
		}
	}
	fs = append(fs, Field{Name: "Last post", Value: last})
	if st.Problem != "" {
		fs = append(fs, Field{Name: "Problem", Value: st.Problem})
	}
	return fs
}
