// Package config reads factbot's settings from flags and the environment,
// applies defaults and validates them all at once.
//
// Every setting, its environment variable, its flag and its default:
//
//	DISCORD_TOKEN        (no flag)           bot token, with or without "Bot "; unset: terminal chat
//	DISCORD_GUILD_ID     --guild             register commands in this server only (development)
//	DISCORD_API_URL      --api-url           REST API base, default https://discord.com/api/v9/
//	FACTBOT_ARTICLE      --article           the articles: entries separated by | or newlines (the flag repeated), each a file, wikipedia:TITLE or embedded; default embedded
//	FACTBOT_DATA         --data              SQLite file, default ./data/factbot.db; Wikipedia copies are cached beside it
//	FACTBOT_REFRESH      (no flag)           how often wikipedia: articles are fetched again, default 24h
//	WIKIPEDIA_API_URL    (no flag)           MediaWiki Action API, default https://en.wikipedia.org/w/api.php
//	WIKIPEDIA_CONTACT    (no flag)           the operator's URL or e-mail for the User-Agent (none by default)
//	WIKIPEDIA_REST_URL   (no flag)           REST API of the On this day feed, default https://en.wikipedia.org/api/rest_v1/; "off" disables
//	DAILY_SUBJECTS       (no flag)           comma-separated names the feed's events must be about; default the articles' title names and demonyms
//	DATABASE_URL         --database-url      postgres://… to share a PostgreSQL store instead
//	DAILY_CHANNEL_ID     --daily-channel     one daily subscription without commands
//	DAILY_TIME           --daily-time        its local time, HH:MM, default 09:00
//	DAILY_TZ             --daily-tz          its IANA time zone, default UTC
//	MESSAGE_COOLDOWN     --cooldown          per-member pause between free-text answers, default 3s
//	INTERACTIONS_ADDR    --interactions-addr serve Discord's HTTP interactions here, e.g. :8080
//	DISCORD_PUBLIC_KEY   --public-key        the application's public key (hex), for INTERACTIONS_ADDR
//	SHARD_ID             --shard-id          this process's gateway shard, default 0
//	SHARD_COUNT          --shard-count       number of shards, or "auto" for all in one process; default 1
//	HTTP_ADDR            --http-addr         /healthz, /readyz, /metrics; default :8081 ("off" disables)
//	LOG_LEVEL            --log-level         debug, info, warn or error; default info
//	LOG_FORMAT           --log-format        text or json; default text
package config

import (
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"factbot/internal/redact"
	"factbot/internal/snowflake"
)

// Defaults.
const (
	DefaultAPIURL    = "https://discord.com/api/v9/"
	DefaultData      = "./data/factbot.db"
	DefaultDailyTime = "09:00"
	DefaultDailyTZ   = "UTC"
	DefaultHTTPAddr  = ":8081"
	DefaultCooldown  = 3 * time.Second
	DefaultRefresh   = 24 * time.Hour
	// DefaultWikipediaAPIURL is English Wikipedia's Action API.
	DefaultWikipediaAPIURL = "https://en.wikipedia.org/w/api.php"
	// DefaultWikipediaRESTURL is English Wikipedia's REST API.
	DefaultWikipediaRESTURL = "https://en.wikipedia.org/api/rest_v1/"
)

// MinRefresh is the shortest FACTBOT_REFRESH: anything shorter would
// fetch the same revision over and over, which Wikimedia's etiquette asks
// bots not to do.
const MinRefresh = time.Second

// Token is a Discord bot token. It prints as "[redacted]" so that it can
// never reach a log through %v or a config dump.
type Token string

// String redacts the token.
func (t Token) String() string {
	if t == "" {
		return ""
	}
	return "[redacted]"
}

// GoString redacts the token for %#v too.
func (t Token) GoString() string { return `config.Token("[redacted]")` }

// Config is every setting. Zero values mean "not set" where noted.
type Config struct {
	Token            Token    // without the "Bot " prefix
	GuildID          string   // "" registers commands globally
	APIURL           string   // ends with "/"
	Articles         []string // article entries (see ArticleEntries); none for the embedded article
	Data             string
	DatabaseURL      string
	DailyChannelID   string
	DailyTime        string
	DailyTZ          string
	Cooldown         time.Duration
	InteractionsAddr string
	PublicKey        []byte // ed25519 public key, 32 bytes
	ShardID          int
	ShardCount       int  // 0 with ShardAuto
	ShardAuto        bool // run Discord's recommended number of shards
	HTTPAddr         string
	LogLevel         string
	LogFormat        string
	Wikipedia        Wikipedia
	Args             []string // arguments left after the flags
}

// Wikipedia is the settings for articles and feed days from Wikipedia,
// read by the command line as well as the bot.
type Wikipedia struct {
	APIURL   string        // the Action API endpoint
	RESTURL  string        // the REST API base, ending in "/"; "" when the feed is off
	Subjects []string      // DAILY_SUBJECTS; nil for the articles' own
	Contact  string        // for the User-Agent
	Refresh  time.Duration // how often a wikipedia: article is fetched again
	CacheDir string        // the data folder: FACTBOT_DATA's directory
}

// Bot reports whether the settings ask for the bot (a token, or the HTTP
// interactions endpoint) rather than the terminal chat.
func (c Config) Bot() bool { return c.Token != "" || c.InteractionsAddr != "" }

// Setting is one setting as an operator gives it: an environment variable,
// and a flag that wins over it.
type Setting struct {
	Env     string // environment variable
	Flag    string // flag name without dashes; "" for none
	Arg     string // what the flag takes, for the usage
	Default string // "" for none
	Usage   string
	Bot     bool // read only by the bot, so checked only in bot mode
}

// Settings lists every setting, in the order of the package documentation.
// Flags, the usage text and the names in errors all come from it.
var Settings = []Setting{
	{Env: "DISCORD_TOKEN", Usage: `bot token, with or without "Bot " (no flag: a command line is visible to other users); unset: terminal chat`},
	{Env: "DISCORD_GUILD_ID", Flag: "guild", Arg: "ID", Usage: "register commands in this server only", Bot: true},
	{Env: "DISCORD_API_URL", Flag: "api-url", Arg: "URL", Default: DefaultAPIURL, Usage: "REST API base", Bot: true},
	{Env: "FACTBOT_ARTICLE", Flag: "article", Arg: "ENTRY", Usage: "an article: a file, wikipedia:TITLE or embedded; repeat the flag, or separate entries with | or newlines, for several (default embedded)"},
	{Env: "FACTBOT_DATA", Flag: "data", Arg: "FILE", Default: DefaultData, Usage: "SQLite store; Wikipedia copies are cached beside it"},
	{Env: "FACTBOT_REFRESH", Default: "24h", Usage: "how often wikipedia: articles are fetched again"},
	{Env: "WIKIPEDIA_API_URL", Default: DefaultWikipediaAPIURL, Usage: "MediaWiki Action API"},
	{Env: "WIKIPEDIA_CONTACT", Default: "", Usage: "your URL or e-mail, for the User-Agent Wikipedia asks of bots"},
	{Env: "WIKIPEDIA_REST_URL", Default: DefaultWikipediaRESTURL, Usage: `REST API of the On this day feed ("off" disables it)`},
	{Env: "DAILY_SUBJECTS", Usage: "comma-separated names the feed's events must be about (default the articles' title names and demonyms)"},
	{Env: "DATABASE_URL", Flag: "database-url", Arg: "URL", Usage: "postgres://… to share a PostgreSQL store instead", Bot: true},
	{Env: "DAILY_CHANNEL_ID", Flag: "daily-channel", Arg: "ID", Usage: "one daily subscription without commands", Bot: true},
	{Env: "DAILY_TIME", Flag: "daily-time", Arg: "HH:MM", Default: DefaultDailyTime, Usage: "its local time", Bot: true},
	{Env: "DAILY_TZ", Flag: "daily-tz", Arg: "ZONE", Default: DefaultDailyTZ, Usage: "its IANA time zone", Bot: true},
	{Env: "MESSAGE_COOLDOWN", Flag: "cooldown", Arg: "DURATION", Default: DefaultCooldown.String(), Usage: "per-member pause between free-text answers", Bot: true},
	{Env: "INTERACTIONS_ADDR", Flag: "interactions-addr", Arg: "ADDR", Usage: "serve Discord's HTTP interactions here, e.g. :8080"},
	{Env: "DISCORD_PUBLIC_KEY", Flag: "public-key", Arg: "HEX", Usage: "the application's public key, for INTERACTIONS_ADDR", Bot: true},
	{Env: "SHARD_ID", Flag: "shard-id", Arg: "N", Default: "0", Usage: "this process's gateway shard", Bot: true},
	{Env: "SHARD_COUNT", Flag: "shard-count", Arg: "N", Default: "1", Usage: `number of shards, or "auto" for all in one process`, Bot: true},
	{Env: "HTTP_ADDR", Flag: "http-addr", Arg: "ADDR", Default: DefaultHTTPAddr, Usage: `/healthz, /readyz, /metrics ("off" disables)`, Bot: true},
	{Env: "LOG_LEVEL", Flag: "log-level", Arg: "LEVEL", Default: "info", Usage: "debug, info, warn or error"},
	{Env: "LOG_FORMAT", Flag: "log-format", Arg: "FORMAT", Default: "text", Usage: "text or json"},
}

// Usage describes the bot's flags and variables, one setting a line.
func Usage() string {
	var b strings.Builder
	for _, s := range Settings {
		flag := "(environment only)"
		if s.Flag != "" {
			flag = "--" + s.Flag + " " + s.Arg
		}
		def := ""
		if s.Default != "" {
			def = " (default " + s.Default + ")"
		}
		fmt.Fprintf(&b, "  %-28s %-19s %s%s\n", flag, s.Env, s.Usage, def)
	}
	return b.String()
}

// FlagError is a mistake in the flags themselves (one not defined, one
// without its value), as opposed to a bad value: a usage error.
type FlagError struct{ Err error }

// Error returns the flag package's message.
func (e *FlagError) Error() string { return e.Err.Error() }

// Unwrap returns the flag package's error (flag.ErrHelp for -h).
func (e *FlagError) Unwrap() error { return e.Err }

// Load reads flags from args and settings from getenv; flags win. It
// returns every problem at once, each under the name the operator used
// (the flag if one was given, else the environment variable). Settings
// only the bot reads are checked only when the others ask for the bot,
// so a stray one never stops the terminal chat.
func Load(args []string, getenv func(string) string) (Config, error) {
	fs := flag.NewFlagSet("factbot", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	vals := map[string]*string{}
	var articles Entries
	for _, s := range Settings {
		v := strings.TrimSpace(getenv(s.Env))
		if v == "" {
			v = s.Default
		}
		vals[s.Env] = &v
		switch {
		case s.Env == "FACTBOT_ARTICLE":
			fs.Var(&articles, s.Flag, s.Usage) // repeatable
		case s.Flag != "":
			fs.StringVar(vals[s.Env], s.Flag, v, s.Usage)
		}
	}
	var c Config
	if err := fs.Parse(args); err != nil {
		return c, &FlagError{err}
	}
	c.Args = fs.Args()
	name := map[string]string{}
	for _, s := range Settings {
		name[s.Env] = s.Env
	}
	fs.Visit(func(f *flag.Flag) {
		for _, s := range Settings {
			if s.Flag == f.Name {
				name[s.Env] = "--" + s.Flag
			}
		}
	})
	val := func(env string) string { return strings.TrimSpace(*vals[env]) }

	var errs []error
	bad := func(env, format string, a ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", name[env], fmt.Sprintf(format, a...)))
	}

	raw := getenv("DISCORD_TOKEN")
	tok := strings.TrimSpace(raw)
	if len(tok) >= 4 && strings.EqualFold(tok[:4], "bot ") {
		tok = strings.TrimSpace(tok[4:])
	}
	switch {
	case raw != "" && (tok == "" || strings.EqualFold(tok, "bot")):
		bad("DISCORD_TOKEN", "set but holds no token; unset it for the terminal chat")
		tok = ""
	case strings.ContainsAny(tok, " \t\r\n"):
		bad("DISCORD_TOKEN", "contains white space")
	}
	c.Token = Token(tok)
	c.Articles = articles
	if name["FACTBOT_ARTICLE"] == "FACTBOT_ARTICLE" {
		c.Articles = ArticleEntries(val("FACTBOT_ARTICLE"))
	}
	for _, e := range c.Articles {
		if err := CheckEntry(e); err != nil {
			bad("FACTBOT_ARTICLE", "%v", err)
		}
	}
	c.InteractionsAddr = val("INTERACTIONS_ADDR")
	c.LogLevel = strings.ToLower(val("LOG_LEVEL"))
	c.LogFormat = strings.ToLower(val("LOG_FORMAT"))
	switch c.LogLevel {
	case "debug", "info", "warn", "warning", "error":
	default:
		bad("LOG_LEVEL", "%q is not debug, info, warn or error", val("LOG_LEVEL"))
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		bad("LOG_FORMAT", "%q is not text or json", val("LOG_FORMAT"))
	}
	c.Data = val("FACTBOT_DATA")
	c.Wikipedia = loadWikipedia(val, bad)
	if c.Bot() {
		c.loadBot(val, bad)
	}
	return c, errors.Join(errs...)
}

// LoadWikipedia reads the Wikipedia settings alone, from the environment:
// for the commands that answer from the command line, which read no other
// setting of the bot. It returns every problem at once.
func LoadWikipedia(getenv func(string) string) (Wikipedia, error) {
	var errs []error
	val := func(env string) string {
		if v := strings.TrimSpace(getenv(env)); v != "" {
			return v
		}
		for _, s := range Settings {
			if s.Env == env {
				return s.Default
			}
		}
		return ""
	}
	w := loadWikipedia(val, func(env, format string, a ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", env, fmt.Sprintf(format, a...)))
	})
	return w, errors.Join(errs...)
}

// loadWikipedia reads and checks the Wikipedia settings.
func loadWikipedia(val func(string) string, bad func(env, format string, a ...any)) Wikipedia {
	w := Wikipedia{APIURL: val("WIKIPEDIA_API_URL"), Contact: val("WIKIPEDIA_CONTACT"), CacheDir: filepath.Dir(val("FACTBOT_DATA"))}
	if !httpURL(w.APIURL) {
		bad("WIKIPEDIA_API_URL", "%q is not an http(s) URL", redact.URL(w.APIURL))
	}
	switch rest := val("WIKIPEDIA_REST_URL"); {
	case strings.EqualFold(rest, "off"):
	case !httpURL(rest):
		bad("WIKIPEDIA_REST_URL", "%q is not an http(s) URL or off", redact.URL(rest))
	default:
		w.RESTURL = strings.TrimSuffix(rest, "/") + "/"
	}
	for _, s := range strings.Split(val("DAILY_SUBJECTS"), ",") {
		if s = strings.Join(strings.Fields(s), " "); s != "" {
			w.Subjects = append(w.Subjects, s)
		}
	}
	if strings.ContainsAny(w.Contact, "()") || !printableASCII(w.Contact) {
		bad("WIKIPEDIA_CONTACT", "%q must be a URL or e-mail address in printable ASCII, without brackets", w.Contact)
	}
	d, err := time.ParseDuration(val("FACTBOT_REFRESH"))
	switch {
	case err != nil:
		bad("FACTBOT_REFRESH", "%q is not a duration like 24h", val("FACTBOT_REFRESH"))
	case d < MinRefresh:
		bad("FACTBOT_REFRESH", "%s is shorter than %s", d, MinRefresh)
	}
	w.Refresh = d
	return w
}

// httpURL reports whether s is an absolute http or https URL.
func httpURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// printableASCII reports whether s is printable ASCII, as a header must be.
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// loadBot reads and checks the settings only the bot uses.
func (c *Config) loadBot(val func(string) string, bad func(env, format string, a ...any)) {
	c.GuildID = val("DISCORD_GUILD_ID")
	if c.GuildID != "" && !snowflake.Valid(c.GuildID) {
		bad("DISCORD_GUILD_ID", "%q is not a Discord ID (digits)", c.GuildID)
	}
	c.APIURL = val("DISCORD_API_URL")
	if u, err := url.Parse(c.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("DISCORD_API_URL", "%q is not an http(s) URL", redact.URL(c.APIURL))
	} else if !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/"
	}
	c.DatabaseURL = val("DATABASE_URL")
	if c.DatabaseURL != "" && !strings.HasPrefix(c.DatabaseURL, "postgres://") && !strings.HasPrefix(c.DatabaseURL, "postgresql://") {
		bad("DATABASE_URL", "want postgres://…")
	}
	c.DailyChannelID = val("DAILY_CHANNEL_ID")
	if c.DailyChannelID != "" && !snowflake.Valid(c.DailyChannelID) {
		bad("DAILY_CHANNEL_ID", "%q is not a Discord ID (digits)", c.DailyChannelID)
	}
	c.DailyTime = val("DAILY_TIME")
	if h, m, ok := clock(c.DailyTime); !ok {
		bad("DAILY_TIME", "%q is not HH:MM", c.DailyTime)
	} else {
		c.DailyTime = fmt.Sprintf("%02d:%02d", h, m)
	}
	c.DailyTZ = val("DAILY_TZ")
	if _, err := time.LoadLocation(c.DailyTZ); err != nil || c.DailyTZ == "Local" {
		bad("DAILY_TZ", "%q is not an IANA time zone", c.DailyTZ)
	}
	if d, err := time.ParseDuration(val("MESSAGE_COOLDOWN")); err != nil || d < 0 {
		bad("MESSAGE_COOLDOWN", "%q is not a duration like 3s", val("MESSAGE_COOLDOWN"))
	} else {
		c.Cooldown = d
	}
	publicKey := val("DISCORD_PUBLIC_KEY")
	if c.InteractionsAddr != "" {
		if _, _, err := net.SplitHostPort(c.InteractionsAddr); err != nil {
			bad("INTERACTIONS_ADDR", "%q is not HOST:PORT", c.InteractionsAddr)
		}
		if publicKey == "" {
			bad("DISCORD_PUBLIC_KEY", "required with INTERACTIONS_ADDR")
		}
	}
	if publicKey != "" {
		k, err := hex.DecodeString(publicKey)
		if err != nil || len(k) != 32 {
			bad("DISCORD_PUBLIC_KEY", "want 64 hex digits, as the Developer Portal shows")
		}
		c.PublicKey = k
	}
	shardID, shardCount := val("SHARD_ID"), val("SHARD_COUNT")
	if strings.EqualFold(shardCount, "auto") {
		c.ShardAuto = true
		if shardID != "0" {
			bad("SHARD_ID", "must be unset with SHARD_COUNT=auto")
		}
	} else {
		n, err := strconv.Atoi(shardCount)
		if err != nil || n < 1 {
			bad("SHARD_COUNT", "%q is not a positive number or auto", shardCount)
		}
		c.ShardCount = n
		id, err := strconv.Atoi(shardID)
		if err != nil || id < 0 || (n >= 1 && id >= n) {
			bad("SHARD_ID", "%q must be a number from 0 to SHARD_COUNT-1", shardID)
		}
		c.ShardID = id
	}
	c.HTTPAddr = val("HTTP_ADDR")
	if c.HTTPAddr == "off" {
		c.HTTPAddr = ""
	} else if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
		bad("HTTP_ADDR", "%q is not HOST:PORT", c.HTTPAddr)
	}
}

// DailyClock returns DAILY_TIME as hour and minute.
func (c Config) DailyClock() (hour, minute int) {
	h, m, _ := clock(c.DailyTime)
	return h, m
}

func clock(s string) (int, int, bool) {
	var h, m int
	if n, err := fmt.Sscanf(s, "%d:%d", &h, &m); err != nil || n != 2 || h < 0 || h > 23 || m < 0 || m > 59 || strings.Count(s, ":") != 1 {
		return 0, 0, false
	}
	return h, m, true
}

// EmbeddedEntry is the article entry of the built-in article.
const EmbeddedEntry = "embedded"

// WikipediaPrefix starts an article entry that names a Wikipedia article:
// "wikipedia:Albania–Israel relations".
const WikipediaPrefix = "wikipedia:"

// ArticleEntries splits FACTBOT_ARTICLE into its entries: separated by
// "|" (which no Wikipedia title contains) or by line ends, each trimmed,
// empty ones dropped. Each entry is a file path, wikipedia:TITLE, or
// "embedded" for the built-in article.
func ArticleEntries(s string) []string {
	var out []string
	for _, e := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '\n' || r == '\r' }) {
		if e = strings.TrimSpace(e); e != "" {
			out = append(out, e)
		}
	}
	return out
}

// CheckEntry reports an entry that cannot name an article: wikipedia:
// without a title.
func CheckEntry(e string) error {
	if title, ok := strings.CutPrefix(e, WikipediaPrefix); ok && strings.TrimSpace(title) == "" {
		return fmt.Errorf("%q names no Wikipedia title (wikipedia:TITLE)", e)
	}
	return nil
}

// Entries is a repeatable flag of article entries: each --article adds one.
type Entries []string

// String joins the entries as FACTBOT_ARTICLE would hold them.
func (e *Entries) String() string { return strings.Join(*e, "|") }

// Set adds an entry.
func (e *Entries) Set(v string) error {
	if v = strings.TrimSpace(v); v == "" {
		return errors.New("empty article entry")
	}
	*e = append(*e, v)
	return nil
}
