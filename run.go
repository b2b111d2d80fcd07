package main

import (
	"context"
	"crypto/ed25519"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"syscall"
	"time"

	"factbot/bot"
	"factbot/config"
	"factbot/daily"
	"factbot/facts"
	"factbot/handlers"
	"factbot/store"
)

// shutdownGrace bounds a graceful shutdown: SIGTERM to exit in 5 seconds.
const shutdownGrace = 4 * time.Second

// botGCPercent is the bot's GOGC unless the environment sets one. Its live
// heap is small (the article's index and the caches, about a megabyte), so
// at the default of 100 the collector runs every 4 MB of garbage: under
// load, dozens of times a second, about a tenth of an interaction's CPU.
// Four times the room costs a dozen megabytes.
const botGCPercent = 400

// run is the whole program: main only supplies the process's arguments,
// environment and streams, so tests can call run directly.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	err := dispatch(ctx, args, getenv, stdin, stdout, stderr)
	if errors.Is(err, errHelp) {
		_, err = io.WriteString(stdout, cliUsage())
	}
	return err
}

// dispatch runs the subcommand that args name, or the bot or chat.
func dispatch(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "ask", "fact":
			return runQuery(ctx, args[0], args[1:], getenv, stdin, stdout, stderr)
		case "onthisday":
			return runOnThisDay(ctx, args[1:], getenv, stdout, stderr, time.Now())
		case "topics":
			return runTopics(ctx, args[1:], getenv, stdout, stderr)
		case "fetch":
			return runFetch(ctx, args[1:], getenv, stdout, stderr)
		case "healthcheck":
			return runHealthcheck(args[1:], getenv)
		case "help":
			return errHelp
		}
	}
	cfg, err := config.Load(args, getenv)
	if errors.Is(err, flag.ErrHelp) {
		return errHelp
	}
	if fe, ok := errors.AsType[*config.FlagError](err); ok {
		return usageError{fe.Error()}
	}
	if err != nil {
		return fmt.Errorf("configuration:\n%w", err)
	}
	if len(cfg.Args) > 0 {
		return usageError{fmt.Sprintf("unknown command %q", cfg.Args[0])}
	}
	logOut := newLogWriter(stderr)
	defer logOut.Close()
	log := newLogger(cfg, logOut)
	loader := newArticleLoader(cfg.Wikipedia, log)
	base, err := loader.load(ctx, cfg.Articles)
	if err != nil {
		return err
	}
	h := loader.handler(base, cfg.Wikipedia)
	h.Version, h.Log = version(), log

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	if !cfg.Bot() {
		return bot.Chat(ctx, h, stdin, stdout, isTerminal(stdin))
	}
	if getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(botGCPercent))
	}
	var reload func(context.Context) (*facts.Base, error)
	if anyWikipedia(cfg.Articles) {
		r := loader.refresher()
		reload = func(ctx context.Context) (*facts.Base, error) { return r.load(ctx, cfg.Articles) }
	}
	if (reload != nil || h.Feed != nil) && cfg.Wikipedia.Contact == "" {
		log.Warn("WIKIPEDIA_CONTACT is not set: Wikipedia's User-Agent policy asks bot operators for a URL or e-mail address where they can be reached")
	}
	if err := serve(ctx, cfg, h, reload, log); err != nil {
		// The bot's last word goes through its log, in LOG_FORMAT, so
		// that a collector parsing JSON lines sees it too.
		log.Error("factbot stopped", "err", err)
		return reported{err}
	}
	return nil
}

// reported is an error the log has already shown: main exits 1 without
// printing it again.
type reported struct{ error }

// Unwrap returns the error.
func (r reported) Unwrap() error { return r.error }

// serve runs the bot: gateway and/or HTTP endpoint, daily posts, health,
// and with reload (for a wikipedia: article) the article's refresh.
func serve(ctx context.Context, cfg config.Config, h *handlers.Handler, reload func(context.Context) (*facts.Base, error), log *slog.Logger) error {
	dsn := cfg.Data
	if cfg.DatabaseURL != "" {
		dsn = cfg.DatabaseURL
	}
	st, err := store.Open(ctx, dsn)
	if err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	defer st.Close()
	log.Info("store open", "backend", st.Backend())

	metrics := bot.NewMetrics()
	resp := &bot.Responder{Handler: h, Log: log, Metrics: metrics}
	checks := map[string]func(context.Context) error{"store": st.Check}
	errc := make(chan error, 4)
	var servers []*http.Server
	// On the way out everything stops at once, within shutdownGrace: the
	// HTTP servers drain, the gateway closes (discordgo sleeps a second in
	// Close), the scheduler finishes its post. The store closes last.
	var gw *bot.Gateway
	var done chan struct{}      // closed when the scheduler stops; nil if it never started
	var refreshed chan struct{} // closed when the refresh stops; nil if it never started
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
		defer cancel()
		var wg sync.WaitGroup
		for _, s := range servers {
			wg.Go(func() { s.Shutdown(sctx) })
		}
		if gw != nil {
			wg.Go(gw.Close)
		}
		for _, c := range []chan struct{}{done, refreshed} {
			if c != nil {
				wg.Go(func() {
					select {
					case <-c:
					case <-sctx.Done():
					}
				})
			}
		}
		wg.Wait()
	}()

	listen := func(name, addr string, handler http.Handler) error {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		srv := bot.NewServer(addr, handler)
		servers = append(servers, srv)
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				errc <- fmt.Errorf("%s: %w", name, err)
			}
		}()
		log.Info("listening", "server", name, "addr", ln.Addr().String())
		return nil
	}

	red := bot.Redactor{Token: string(cfg.Token), APIURL: cfg.APIURL}
	dly := &bot.Daily{Store: st, Handler: h, Redact: red, Log: log}
	var sched *daily.Scheduler
	if cfg.Token != "" {
		g := &bot.Gateway{Responder: resp, Token: string(cfg.Token), APIURL: cfg.APIURL, GuildID: cfg.GuildID,
			ShardID: cfg.ShardID, ShardCount: cfg.ShardCount, ShardAuto: cfg.ShardAuto, Cooldown: cfg.Cooldown, Log: log}
		gw = g
		checks["gateway"] = g.Ready
		// Made before anything serves, since /daily subscribe kicks it.
		sched = &daily.Scheduler{Store: st, Poster: dly, Logger: log, Owns: func(id store.GuildID) bool { return g.Owns(string(id)) },
			OnSent: func() { metrics.Post("sent") }, OnFailed: func() { metrics.Post("failed") }, OnPaused: func() { metrics.Post("paused") }}
		dly.Scheduler = sched
	}
	// /daily works wherever the store is, so stateless HTTP replicas can
	// take subscriptions; the posts are made by the processes that have a
	// token (and run the scheduler) for their shards.
	h.Daily = dly
	if cfg.InteractionsAddr != "" {
		ix := &bot.Interactions{Responder: resp, PublicKey: ed25519.PublicKey(cfg.PublicKey),
			Edits: bot.NewEditor(string(cfg.Token), cfg.APIURL), Redact: red}
		mux := http.NewServeMux()
		mux.Handle("/interactions", ix)
		if err := listen("interactions", cfg.InteractionsAddr, mux); err != nil {
			return err
		}
		checks["interactions"] = func(context.Context) error { return nil }
	}
	if cfg.HTTPAddr != "" {
		if err := listen("health", cfg.HTTPAddr, (&bot.Health{Checks: checks, Metrics: metrics, Log: log}).Handler()); err != nil {
			return err
		}
	}

	if gw != nil {
		octx, cancel := context.WithTimeout(ctx, 30*time.Second)
		err := gw.Open(octx)
		cancel()
		if err != nil {
			gw = nil // Open closed what it had opened
			if ctx.Err() != nil {
				return nil // asked to stop while connecting: a clean exit
			}
			return err
		}
		dly.REST = gw.Session()
		if cfg.DailyChannelID != "" {
			if err := envSubscription(ctx, cfg, gw, dly); err != nil {
				log.Error("daily subscription from environment", "err", err)
			}
		}
		done = make(chan struct{})
		go func() {
			defer close(done)
			if err := sched.Run(ctx); err != nil {
				errc <- fmt.Errorf("daily posts: %w", err)
			}
		}()
	}
	if reload != nil {
		r := &bot.Refresher{Handler: h, Every: cfg.Wikipedia.Refresh, Load: reload, Log: log, Metrics: metrics}
		refreshed = make(chan struct{})
		go func() {
			defer close(refreshed)
			r.Run(ctx)
		}()
	}
	b := h.Base()
	nfacts := 0
	for _, a := range b.Articles {
		nfacts += len(a.Facts)
	}
	log.Info("factbot running", "version", h.Version, "article", b.Article.Title, "articles", len(b.Articles), "facts", nfacts)
	select {
	case <-ctx.Done():
		log.Info("shutting down")
		return nil
	case err := <-errc:
		return err
	}
}

// envSubscription creates the subscription that DAILY_CHANNEL_ID defines,
// in the channel's guild.
func envSubscription(ctx context.Context, cfg config.Config, gw *bot.Gateway, dly *bot.Daily) error {
	guild := cfg.GuildID
	if guild == "" {
		ch, err := gw.Session().Channel(cfg.DailyChannelID)
		if err != nil {
			return fmt.Errorf("look up channel %s: %w", cfg.DailyChannelID, bot.Redactor{Token: string(cfg.Token), APIURL: cfg.APIURL}.Error(err))
		}
		guild = ch.GuildID
	}
	if guild == "" {
		return fmt.Errorf("channel %s is not in a server", cfg.DailyChannelID)
	}
	hour, minute := cfg.DailyClock()
	return dly.EnsureEnvSubscription(ctx, guild, cfg.DailyChannelID, hour, minute, cfg.DailyTZ)
}

// newLogger writes text or JSON logs at the configured level.
func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	var level slog.Level
	switch cfg.LogLevel {
	case "debug":
		level = slog.LevelDebug
	case "warn", "warning":
		level = slog.LevelWarn
	case "error":
		level = slog.LevelError
	}
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// version is the module version or VCS revision the binary was built from.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 7 {
			return s.Value[:7]
		}
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	return "dev"
}

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// runHealthcheck exits 0 when the local /healthz answers: the container's
// HEALTHCHECK, which has no curl in a distroless image.
func runHealthcheck(args []string, getenv func(string) string) error {
	fs := flag.NewFlagSet("healthcheck", flag.ContinueOnError)
	addr := fs.String("addr", getenv("HTTP_ADDR"), "HOST:PORT of /healthz")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{fmt.Sprintf("healthcheck: unexpected argument %q", rest[0])}
	}
	if *addr == "" {
		*addr = config.DefaultHTTPAddr
	}
	host, port, err := net.SplitHostPort(*addr)
	if err != nil {
		return usageError{"healthcheck: " + err.Error()}
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	c := &http.Client{Timeout: 3 * time.Second}
	res, err := c.Get("http://" + net.JoinHostPort(host, port) + "/healthz")
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: %s", res.Status)
	}
	return nil
}
