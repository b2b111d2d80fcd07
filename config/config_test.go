package config

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

func getenv(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestDefaults(t *testing.T) {
	c, err := Load(nil, getenv(map[string]string{"DISCORD_TOKEN": "tok"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.APIURL != DefaultAPIURL || c.Data != DefaultData || c.DailyTime != "09:00" || c.DailyTZ != "UTC" ||
		c.ShardCount != 1 || c.HTTPAddr != ":8081" || c.LogLevel != "info" || c.LogFormat != "text" || c.Cooldown != 3*time.Second || c.Token != "tok" {
		t.Errorf("defaults = %+v", c)
	}
}

func TestLoad(t *testing.T) {
	c, err := Load([]string{"--article", "a.txt", "--shard-count", "auto", "ask", "x"}, getenv(map[string]string{
		"DISCORD_TOKEN": "Bot abc.def", "DISCORD_GUILD_ID": "123", "DISCORD_API_URL": "http://127.0.0.1:9/api/v9",
		"FACTBOT_ARTICLE": "ignored.txt", "DAILY_TIME": "7:05", "DAILY_TZ": "Europe/Tirane", "LOG_FORMAT": "JSON",
		"INTERACTIONS_ADDR": ":8080", "DISCORD_PUBLIC_KEY": strings.Repeat("ab", 32), "HTTP_ADDR": "off",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Token != "abc.def" || c.GuildID != "123" || c.APIURL != "http://127.0.0.1:9/api/v9/" || !reflect.DeepEqual(c.Articles, []string{"a.txt"}) ||
		c.DailyTime != "07:05" || !c.ShardAuto || c.LogFormat != "json" || len(c.PublicKey) != 32 || c.HTTPAddr != "" ||
		strings.Join(c.Args, " ") != "ask x" {
		t.Errorf("Load = %+v", c)
	}
}

// TestValidateAll checks that one Load reports every problem at once.
func TestValidateAll(t *testing.T) {
	_, err := Load(nil, getenv(map[string]string{
		"DISCORD_GUILD_ID": "abc", "DISCORD_API_URL": "ftp://x", "DATABASE_URL": "mysql://x",
		"DAILY_CHANNEL_ID": "#general", "DAILY_TIME": "25:00", "DAILY_TZ": "Mars/Olympus", "MESSAGE_COOLDOWN": "soon",
		"INTERACTIONS_ADDR": "8080", "SHARD_COUNT": "2", "SHARD_ID": "2", "HTTP_ADDR": "x", "LOG_LEVEL": "loud", "LOG_FORMAT": "xml",
	}))
	if err == nil {
		t.Fatal("Load accepted bad settings")
	}
	for _, want := range []string{"DISCORD_GUILD_ID", "DISCORD_API_URL", "DATABASE_URL", "DAILY_CHANNEL_ID", "DAILY_TIME", "DAILY_TZ",
		"MESSAGE_COOLDOWN", "INTERACTIONS_ADDR", "DISCORD_PUBLIC_KEY", "SHARD_ID", "HTTP_ADDR", "LOG_LEVEL", "LOG_FORMAT"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not mention %s:\n%v", want, err)
		}
	}
}

func TestTokenRedacted(t *testing.T) {
	c, err := Load(nil, getenv(map[string]string{"DISCORD_TOKEN": "secret-token-value"}))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{fmt.Sprint(c), fmt.Sprintf("%v %+v %#v %s", c, c, c, c.Token)} {
		if strings.Contains(s, "secret-token-value") {
			t.Errorf("token printed: %s", s)
		}
	}
	if string(c.Token) != "secret-token-value" {
		t.Errorf("token = %q", string(c.Token))
	}
}

// TestChatIgnoresBotSettings: settings only the bot reads do not stop the
// terminal chat, however wrong; the ones the chat reads are still checked.
func TestChatIgnoresBotSettings(t *testing.T) {
	c, err := Load(nil, getenv(map[string]string{"HTTP_ADDR": "bogus", "DAILY_TZ": "Mars/Olympus", "SHARD_COUNT": "x"}))
	if err != nil || c.Bot() {
		t.Errorf("Load for the chat with bad bot settings = %v, bot %v; want no error, not the bot", err, c.Bot())
	}
	if _, err := Load(nil, getenv(map[string]string{"HTTP_ADDR": "bogus", "LOG_FORMAT": "xml"})); err == nil || strings.Contains(err.Error(), "HTTP_ADDR") || !strings.Contains(err.Error(), "LOG_FORMAT") {
		t.Errorf("Load for the chat = %v; want only the LOG_FORMAT problem", err)
	}
	if _, err := Load(nil, getenv(map[string]string{"DISCORD_TOKEN": "tok", "HTTP_ADDR": "bogus"})); err == nil || !strings.Contains(err.Error(), "HTTP_ADDR") {
		t.Errorf("Load for the bot with HTTP_ADDR=bogus = %v; want an HTTP_ADDR error", err)
	}
}

// TestErrorsNameTheSource: a setting given as a flag is named as the flag.
func TestErrorsNameTheSource(t *testing.T) {
	_, err := Load([]string{"--http-addr", "bogus", "--daily-tz=Mars/Olympus"}, getenv(map[string]string{"DISCORD_TOKEN": "tok", "LOG_LEVEL": "loud"}))
	if err == nil {
		t.Fatal("bad flags accepted")
	}
	for _, want := range []string{`--http-addr: "bogus"`, `--daily-tz: "Mars/Olympus"`, "LOG_LEVEL:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	for _, not := range []string{"HTTP_ADDR", "DAILY_TZ"} {
		if strings.Contains(err.Error(), not) {
			t.Errorf("error names %s for a setting given as a flag:\n%v", not, err)
		}
	}
}

func TestBlankToken(t *testing.T) {
	for _, tok := range []string{" ", "Bot ", "Bot", "bot  ", "Bot Bot", "\t"} {
		c, err := Load(nil, getenv(map[string]string{"DISCORD_TOKEN": tok}))
		if err == nil || !strings.Contains(err.Error(), "DISCORD_TOKEN") {
			t.Errorf("DISCORD_TOKEN=%q: Load = %v; want a DISCORD_TOKEN error", tok, err)
		}
		if c.Token != "" {
			t.Errorf("DISCORD_TOKEN=%q: token %q kept", tok, string(c.Token))
		}
	}
}

func TestURLPasswordMasked(t *testing.T) {
	for _, u := range []string{"ftp://user:hunter2@proxy.example/api/", "http://user:hunter2@proxy example/api/", "http://user:hunter2@[::1/api"} {
		_, err := Load(nil, getenv(map[string]string{"DISCORD_TOKEN": "tok", "DISCORD_API_URL": u}))
		if err == nil || !strings.Contains(err.Error(), "DISCORD_API_URL") {
			t.Errorf("DISCORD_API_URL=%s: Load = %v; want an error", u, err)
			continue
		}
		if strings.Contains(err.Error(), "hunter2") {
			t.Errorf("DISCORD_API_URL error shows the password: %v", err)
		}
	}
}

func TestUsageListsEveryFlag(t *testing.T) {
	u := Usage()
	for _, s := range Settings {
		if !strings.Contains(u, s.Env) || (s.Flag != "" && !strings.Contains(u, "--"+s.Flag)) {
			t.Errorf("usage lacks %s / --%s:\n%s", s.Env, s.Flag, u)
		}
	}
}

// TestWikipedia reads the Wikipedia settings, for the bot and alone for the
// command line, with their defaults and every problem at once.
func TestWikipedia(t *testing.T) {
	c, err := Load([]string{"--data", "/srv/bot/state.db"}, getenv(nil))
	if err != nil {
		t.Fatal(err)
	}
	want := Wikipedia{APIURL: DefaultWikipediaAPIURL, RESTURL: DefaultWikipediaRESTURL, Contact: "", Refresh: 24 * time.Hour, CacheDir: "/srv/bot"}
	if !reflect.DeepEqual(c.Wikipedia, want) {
		t.Errorf("Load: Wikipedia = %+v; want %+v", c.Wikipedia, want)
	}
	w, err := LoadWikipedia(getenv(map[string]string{"WIKIPEDIA_API_URL": "http://127.0.0.1:9/w/api.php", "WIKIPEDIA_CONTACT": "ops@example.org",
		"FACTBOT_REFRESH": "90m", "WIKIPEDIA_REST_URL": "http://127.0.0.1:9/api/rest_v1", "DAILY_SUBJECTS": " Albania , United  States,,Kosovo ",
		"DISCORD_TOKEN": "Bot ", "LOG_LEVEL": "loud"}))
	if err != nil {
		t.Fatalf("LoadWikipedia looked at settings it does not read: %v", err)
	}
	want = Wikipedia{APIURL: "http://127.0.0.1:9/w/api.php", RESTURL: "http://127.0.0.1:9/api/rest_v1/", Subjects: []string{"Albania", "United States", "Kosovo"},
		Contact: "ops@example.org", Refresh: 90 * time.Minute, CacheDir: "data"}
	if !reflect.DeepEqual(w, want) {
		t.Errorf("LoadWikipedia = %+v; want %+v", w, want)
	}
	if w, err := LoadWikipedia(getenv(map[string]string{"WIKIPEDIA_REST_URL": "OFF"})); err != nil || w.RESTURL != "" {
		t.Errorf("WIKIPEDIA_REST_URL=OFF: %q, %v; want the feed off", w.RESTURL, err)
	}
	_, err = LoadWikipedia(getenv(map[string]string{"WIKIPEDIA_API_URL": "en.wikipedia.org", "WIKIPEDIA_CONTACT": "me (here)", "FACTBOT_REFRESH": "daily", "WIKIPEDIA_REST_URL": "ftp://x"}))
	for _, want := range []string{"WIKIPEDIA_API_URL", "WIKIPEDIA_CONTACT", "FACTBOT_REFRESH", "WIKIPEDIA_REST_URL"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("LoadWikipedia error %v does not mention %s", err, want)
		}
	}
	if _, err := LoadWikipedia(getenv(map[string]string{"FACTBOT_REFRESH": "10ms"})); err == nil || !strings.Contains(err.Error(), "shorter than 1s") {
		t.Errorf("FACTBOT_REFRESH=10ms: %v; want it refused", err)
	}
	if _, err := Load(nil, getenv(map[string]string{"WIKIPEDIA_CONTACT": "ops\u00e9@example.org"})); err == nil || !strings.Contains(err.Error(), "WIKIPEDIA_CONTACT") {
		t.Errorf("Load with a non-ASCII contact: %v; want WIKIPEDIA_CONTACT refused", err)
	}
}

// TestArticleEntries: --article repeats; FACTBOT_ARTICLE separates entries
// with | or line ends; the flag wins over the variable; an entry naming no
// Wikipedia title is an error under the name it was given as.
func TestArticleEntries(t *testing.T) {
	tests := []struct {
		args []string
		env  string
		want []string
		err  string
	}{
		{env: "", want: nil},
		{env: "a.txt", want: []string{"a.txt"}},
		{env: " wikipedia:Albania–Israel relations | b.txt |embedded", want: []string{"wikipedia:Albania–Israel relations", "b.txt", "embedded"}},
		{env: "a.txt\nwikipedia:History of the Jews in Albania\r\n\n  c.txt  \n", want: []string{"a.txt", "wikipedia:History of the Jews in Albania", "c.txt"}},
		{env: "||", want: nil},
		{args: []string{"--article", "a.txt", "--article", "wikipedia:X"}, env: "ignored.txt", want: []string{"a.txt", "wikipedia:X"}},
		{args: []string{"--article", "a|b"}, want: []string{"a|b"}}, // a flag is one entry
		{env: "a.txt|wikipedia: ", err: "FACTBOT_ARTICLE: \"wikipedia:\" names no Wikipedia title"},
		{args: []string{"--article", "wikipedia:"}, err: "--article: \"wikipedia:\" names no Wikipedia title"},
	}
	for _, tt := range tests {
		c, err := Load(tt.args, getenv(map[string]string{"FACTBOT_ARTICLE": tt.env}))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("Load(%q, FACTBOT_ARTICLE=%q) error = %v; want %q", tt.args, tt.env, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(c.Articles, tt.want) {
			t.Errorf("Load(%q, FACTBOT_ARTICLE=%q) = %q, %v; want %q", tt.args, tt.env, c.Articles, err, tt.want)
		}
	}
	if _, err := Load([]string{"--article", " "}, getenv(nil)); err == nil {
		t.Error("an empty --article was accepted")
	}
}
