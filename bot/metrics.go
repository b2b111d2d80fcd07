package bot

import (
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"factbot/handlers"
)

// Metrics are the bot's Prometheus metrics, on a registry of their own so
// that tests and several bots in one process do not collide. A nil
// *Metrics records nothing.
type Metrics struct {
	Registry     *prometheus.Registry
	answers      *prometheus.CounterVec
	latency      *prometheus.HistogramVec
	autocomp     prometheus.Counter
	posts        *prometheus.CounterVec
	reconnects   prometheus.Counter
	sigFailures  prometheus.Counter
	droppedTexts prometheus.Counter
	refreshes    *prometheus.CounterVec
	fetched      prometheus.Gauge
}

// NewMetrics registers the bot's metrics and the Go runtime's.
func NewMetrics() *Metrics {
	reg := prometheus.NewRegistry()
	m := &Metrics{
		Registry: reg,
		answers: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "factbot_answers_total", Help: "Answers by command and outcome (answered, declined, error, info).",
		}, []string{"command", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "factbot_answer_seconds", Help: "Time to build an answer, by command.",
			Buckets: []float64{.00001, .00005, .0001, .0005, .001, .005, .01, .05, .1, .5, 1, 3},
		}, []string{"command"}),
		autocomp: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "factbot_autocomplete_requests_total", Help: "Autocomplete requests answered.",
		}),
		posts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "factbot_daily_posts_total", Help: "Daily posts by result (sent, failed, paused).",
		}, []string{"result"}),
		reconnects: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "factbot_gateway_reconnects_total", Help: "Gateway sessions resumed or re-identified after a disconnect.",
		}),
		sigFailures: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "factbot_interaction_signature_failures_total", Help: "HTTP interactions refused for a missing, stale or wrong signature.",
		}),
		droppedTexts: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "factbot_messages_dropped_total", Help: "Free-text messages dropped by the per-member cooldown.",
		}),
		refreshes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "factbot_article_refreshes_total", Help: "Fetches of a wikipedia: article after start-up, by result (ok, failed).",
		}, []string{"result"}),
		fetched: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "factbot_article_fetched_timestamp_seconds", Help: "When the article in use was fetched from Wikipedia (Unix time; 0 for a file).",
		}),
	}
	for _, s := range []string{"sent", "failed", "paused"} {
		m.posts.WithLabelValues(s)
	}
	for _, s := range []string{"ok", "failed"} {
		m.refreshes.WithLabelValues(s)
	}
	reg.MustRegister(m.answers, m.latency, m.autocomp, m.posts, m.reconnects, m.sigFailures, m.droppedTexts, m.refreshes, m.fetched,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry})
}

func (m *Metrics) observeAnswer(command, outcome string, d time.Duration) {
	if m == nil {
		return
	}
	command = commandLabel(command)
	m.answers.WithLabelValues(command, outcome).Inc()
	m.latency.WithLabelValues(command).Observe(d.Seconds())
}

// commandLabel is the command label's value for a command name: the name
// when the bot knows it, else "other". The name comes from the request,
// and every distinct label value is a time series kept for the life of
// the process: made-up names must not grow /metrics without bound.
func commandLabel(name string) string {
	if knownCommands()[name] {
		return name
	}
	return "other"
}

// knownCommands are the registered commands and the other kinds of
// answer the bot counts.
var knownCommands = sync.OnceValue(func() map[string]bool {
	known := map[string]bool{"ping": true, "autocomplete": true, "button": true, "unknown": true, handlers.CmdMessage: true, handlers.CmdHelp: true}
	for _, c := range Commands() {
		known[c.Name] = true
	}
	return known
})

func (m *Metrics) autocomplete() {
	if m != nil {
		m.autocomp.Inc()
	}
}

// Post counts a daily post result: "sent", "failed" or "paused".
func (m *Metrics) Post(result string) {
	if m != nil {
		m.posts.WithLabelValues(result).Inc()
	}
}

func (m *Metrics) reconnect() {
	if m != nil {
		m.reconnects.Inc()
	}
}

func (m *Metrics) signatureFailure() {
	if m != nil {
		m.sigFailures.Inc()
	}
}

func (m *Metrics) dropped() {
	if m != nil {
		m.droppedTexts.Inc()
	}
}

func (m *Metrics) refresh(result string) {
	if m != nil {
		m.refreshes.WithLabelValues(result).Inc()
	}
}

func (m *Metrics) articleFetched(t time.Time) {
	if m != nil && !t.IsZero() {
		m.fetched.Set(float64(t.Unix()))
	}
}
