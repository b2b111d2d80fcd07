// Package config reads factbot's settings from flags and the environment,
// applies defaults and validates them all at once.
//
// Every setting, its environment variable, its flag and its default:
//
//	DISCORD_TOKEN        (no flag)           bot token, with or without "Bot "; unset: terminal chat
//	DISCORD_GUILD_ID     --guild             register commands in this server only (development)
//	DISCORD_API_URL      --api-url           REST API base, default https://discord.com/api/v9/
//	FACTBOT_ARTICLE      --article           article file, default the embedded article
//	FACTBOT_DATA         --data              SQLite file, default ./data/factbot.db
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
	"strconv"
	"strings"
	"time"
)

// Defaults.
const (
	DefaultAPIURL    = "https://discord.com/api/v9/"
	DefaultData      = "./data/factbot.db"
	DefaultDailyTime = "09:00"
	DefaultDailyTZ   = "UTC"
	DefaultHTTPAddr  = ":8081"
	DefaultCooldown  = 3 * time.Second
)

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
	Token            Token  // without the "Bot " prefix
	GuildID          string // "" registers commands globally
	APIURL           string // ends with "/"
	Article          string // "" for the embedded article
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
	Args             []string // arguments left after the flags
}

// Load reads flags from args and settings from getenv; flags win. It
// returns every problem at once.
func Load(args []string, getenv func(string) string) (Config, error) {
	env := func(k, def string) string {
		if v := strings.TrimSpace(getenv(k)); v != "" {
			return v
		}
		return def
	}
	var c Config
	var shardID, shardCount, publicKey, cooldown string
	fs := flag.NewFlagSet("factbot", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&c.GuildID, "guild", env("DISCORD_GUILD_ID", ""), "")
	fs.StringVar(&c.APIURL, "api-url", env("DISCORD_API_URL", DefaultAPIURL), "")
	fs.StringVar(&c.Article, "article", env("FACTBOT_ARTICLE", ""), "")
	fs.StringVar(&c.Data, "data", env("FACTBOT_DATA", DefaultData), "")
	fs.StringVar(&c.DatabaseURL, "database-url", env("DATABASE_URL", ""), "")
	fs.StringVar(&c.DailyChannelID, "daily-channel", env("DAILY_CHANNEL_ID", ""), "")
	fs.StringVar(&c.DailyTime, "daily-time", env("DAILY_TIME", DefaultDailyTime), "")
	fs.StringVar(&c.DailyTZ, "daily-tz", env("DAILY_TZ", DefaultDailyTZ), "")
	fs.StringVar(&cooldown, "cooldown", env("MESSAGE_COOLDOWN", DefaultCooldown.String()), "")
	fs.StringVar(&c.InteractionsAddr, "interactions-addr", env("INTERACTIONS_ADDR", ""), "")
	fs.StringVar(&publicKey, "public-key", env("DISCORD_PUBLIC_KEY", ""), "")
	fs.StringVar(&shardID, "shard-id", env("SHARD_ID", "0"), "")
	fs.StringVar(&shardCount, "shard-count", env("SHARD_COUNT", "1"), "")
	fs.StringVar(&c.HTTPAddr, "http-addr", env("HTTP_ADDR", DefaultHTTPAddr), "")
	fs.StringVar(&c.LogLevel, "log-level", env("LOG_LEVEL", "info"), "")
	fs.StringVar(&c.LogFormat, "log-format", env("LOG_FORMAT", "text"), "")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	c.Args = fs.Args()

	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }

	tok := strings.TrimSpace(getenv("DISCORD_TOKEN"))
	tok = strings.TrimSpace(strings.TrimPrefix(tok, "Bot "))
	c.Token = Token(tok)
	if strings.ContainsAny(tok, " \t\r\n") {
		bad("DISCORD_TOKEN: contains white space")
	}
	if c.GuildID != "" && !snowflake(c.GuildID) {
		bad("DISCORD_GUILD_ID: %q is not a Discord ID (digits)", c.GuildID)
	}
	if u, err := url.Parse(c.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("DISCORD_API_URL: %q is not an http(s) URL", c.APIURL)
	} else if !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/"
	}
	if c.DatabaseURL != "" && !strings.HasPrefix(c.DatabaseURL, "postgres://") && !strings.HasPrefix(c.DatabaseURL, "postgresql://") {
		bad("DATABASE_URL: want postgres://…")
	}
	if c.DailyChannelID != "" && !snowflake(c.DailyChannelID) {
		bad("DAILY_CHANNEL_ID: %q is not a Discord ID (digits)", c.DailyChannelID)
	}
	if h, m, ok := clock(c.DailyTime); !ok {
		bad("DAILY_TIME: %q is not HH:MM", c.DailyTime)
	} else {
		c.DailyTime = fmt.Sprintf("%02d:%02d", h, m)
	}
	if _, err := time.LoadLocation(c.DailyTZ); err != nil || c.DailyTZ == "Local" {
		bad("DAILY_TZ: %q is not an IANA time zone", c.DailyTZ)
	}
	if d, err := time.ParseDuration(cooldown); err != nil || d < 0 {
		bad("MESSAGE_COOLDOWN: %q is not a duration like 3s", cooldown)
	} else {
		c.Cooldown = d
	}
	if c.InteractionsAddr != "" {
		if _, _, err := net.SplitHostPort(c.InteractionsAddr); err != nil {
			bad("INTERACTIONS_ADDR: %q is not HOST:PORT", c.InteractionsAddr)
		}
		if publicKey == "" {
			bad("DISCORD_PUBLIC_KEY: required with INTERACTIONS_ADDR")
		}
	}
	if publicKey != "" {
		k, err := hex.DecodeString(publicKey)
		if err != nil || len(k) != 32 {
			bad("DISCORD_PUBLIC_KEY: want 64 hex digits, as the Developer Portal shows")
		}
		c.PublicKey = k
	}
	if strings.EqualFold(shardCount, "auto") {
		c.ShardAuto = true
		if shardID != "0" {
			bad("SHARD_ID: must be unset with SHARD_COUNT=auto")
		}
	} else {
		n, err := strconv.Atoi(shardCount)
		if err != nil || n < 1 {
			bad("SHARD_COUNT: %q is not a positive number or auto", shardCount)
		}
		c.ShardCount = n
		id, err := strconv.Atoi(shardID)
		if err != nil || id < 0 || (n >= 1 && id >= n) {
			bad("SHARD_ID: %q must be a number from 0 to SHARD_COUNT-1", shardID)
		}
		c.ShardID = id
	}
	if c.HTTPAddr == "off" {
		c.HTTPAddr = ""
	} else if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
		bad("HTTP_ADDR: %q is not HOST:PORT", c.HTTPAddr)
	}
	switch strings.ToLower(c.LogLevel) {
	case "debug", "info", "warn", "warning", "error":
		c.LogLevel = strings.ToLower(c.LogLevel)
	default:
		bad("LOG_LEVEL: %q is not debug, info, warn or error", c.LogLevel)
	}
	switch strings.ToLower(c.LogFormat) {
	case "text", "json":
		c.LogFormat = strings.ToLower(c.LogFormat)
	default:
		bad("LOG_FORMAT: %q is not text or json", c.LogFormat)
	}
	return c, errors.Join(errs...)
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

func snowflake(s string) bool {
	if len(s) == 0 || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
