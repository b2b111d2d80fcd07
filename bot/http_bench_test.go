package bot

import (
	"bytes"
	"crypto/ed25519"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"

	dg "github.com/bwmarrin/discordgo"

	"factbot/facts"
	"factbot/handlers"
)

// Load shape of BenchmarkInteractionsLoad. Discord sends interactions
// over a few keep-alive connections; 32 concurrent workers is far more
// than one bot sees, enough to saturate two shared cores.
const (
	loadWorkers = 32
	// loadRounds rounds of loadRound each give every server 3 s per
	// iteration. The rounds alternate which server goes first (ABBA), so
	// other work on the machine that comes and goes weighs on both alike.
	loadRounds = 3
	loadRound  = time.Second
	loadWarmup = 250 * time.Millisecond // opens the connections; not measured
	loadBodies = 8                      // pre-signed bodies, so ids vary
	// loadMaxPerWorker bounds the count as loadRound bounds the time,
	// should a future machine answer far faster than this one.
	loadMaxPerWorker = 1 << 20
)

// bareReply is what the bare server answers: the cheapest valid command
// response, so the bare server costs HTTP plus Ed25519 verification only.
const bareReply = `{"type":4,"data":{"content":"ok"}}`

// bareInteractions is the baseline endpoint: it verifies the signature
// as the real one must and does nothing else. The ratio of the real
// endpoint's throughput to this one's is the share of the time that
// goes to everything but HTTP and the signature check.
func bareInteractions(pub ed25519.PublicKey) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !dg.VerifyInteraction(r, pub) {
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, bareReply)
	})
}

// signedBody is one request to send: a body with its signature headers.
type signedBody struct {
	body      []byte
	timestamp string
	signature string
}

// presign signs n /fact embassy commands with distinct ids at the current
// time. Signed afresh for each iteration (under 7 s of load), they stay
// well inside MaxClockSkew however many iterations run.
func presign(priv ed25519.PrivateKey, n int) []signedBody {
	stamp := webhookTimestamp(time.Now())
	out := make([]signedBody, n)
	for i := range out {
		body := webhookCommand(fmt.Sprintf("7000000000000%05d", i), handlers.CmdFact, "topic", "embassy")
		out[i] = signedBody{body: []byte(body), timestamp: stamp, signature: signWebhook(priv, stamp, body)}
	}
	return out
}

// loadResult is what one load run measured.
type loadResult struct {
	latencies []time.Duration // one per request, unsorted
	elapsed   time.Duration
	err       error // the first failed request, if any
}

func (r loadResult) rps() float64 { return float64(len(r.latencies)) / r.elapsed.Seconds() }

// p99 is the 99th percentile latency in milliseconds, nearest rank.
func (r loadResult) p99() float64 {
	if len(r.latencies) == 0 {
		return 0
	}
	s := slices.Clone(r.latencies)
	slices.Sort(s)
	i := int(math.Ceil(0.99*float64(len(s)))) - 1
	return float64(s[i]) / float64(time.Millisecond)
}

// runLoad drives url with loadWorkers workers for d, each sending the
// pre-signed bodies in turn over one shared keep-alive transport with a
// pooled connection per worker. Every worker returns by the deadline (or
// its count limit); runLoad returns when all have. Any status but 200 is
// an error.
func runLoad(url string, bodies []signedBody, d time.Duration) loadResult {
	transport := &http.Transport{
		MaxIdleConns:        loadWorkers,
		MaxIdleConnsPerHost: loadWorkers,
		IdleConnTimeout:     30 * time.Second,
		DisableCompression:  true,
	}
	defer transport.CloseIdleConnections()

	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		all      []time.Duration
		firstErr error
	)
	start := time.Now()
	deadline := start.Add(d)
	for w := range loadWorkers {
		wg.Go(func() {
			client := &http.Client{Transport: transport, Timeout: 10 * time.Second}
			lat := make([]time.Duration, 0, 4096)
			var err error
			for n := 0; n < loadMaxPerWorker && time.Now().Before(deadline); n++ {
				var took time.Duration
				took, err = sendSigned(client, url, bodies[(w+n)%len(bodies)])
				if err != nil {
					break
				}
				lat = append(lat, took)
			}
			mu.Lock()
			defer mu.Unlock()
			all = append(all, lat...)
			if err != nil && firstErr == nil {
				firstErr = err
			}
		})
	}
	wg.Wait()
	return loadResult{latencies: all, elapsed: time.Since(start), err: firstErr}
}

// sendSigned posts one pre-signed body and reads the whole reply, so the
// connection goes back to the pool; it returns the round-trip time.
func sendSigned(client *http.Client, url string, b signedBody) (time.Duration, error) {
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(b.body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", b.timestamp)
	req.Header.Set("X-Signature-Ed25519", b.signature)
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	took := time.Since(start)
	if err != nil {
		return 0, err
	}
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("POST %s: status %d", url, resp.StatusCode)
	}
	return took, nil
}

// BenchmarkInteractionsLoad measures the HTTP interactions endpoint under
// concurrent load on loopback, against a bare server that only checks
// signatures, both served by NewServer and driven by the same load
// generator in this process. It reports requests per second and p99
// latency of each, and their ratio: how much of the endpoint's capacity
// the handlers and rendering take. Client and servers share the CPUs, so
// absolute numbers are a floor; the ratio is the comparable figure. Its
// servers log nothing, and the load generator shares their process: the
// README's figure comes from scripts/figures.sh instead, which drives the
// real binary with wrk in a process of its own. This one is for quick
// comparisons while changing the endpoint.
//
//	go test ./bot -run XXX -bench InteractionsLoad -benchtime 1x
func BenchmarkInteractionsLoad(b *testing.B) {
	if testing.Short() {
		b.Skip("load benchmark: several seconds per iteration")
	}
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		b.Fatal(err)
	}
	base, err := facts.Load(facts.DefaultArticle)
	if err != nil {
		b.Fatal(err)
	}
	discard := slog.New(slog.DiscardHandler)
	h := withBase(base, &handlers.Handler{Version: "bench", Log: discard})
	responder := &Responder{Handler: h, Log: discard, Metrics: NewMetrics()}
	mux := http.NewServeMux()
	mux.Handle("/interactions", &Interactions{Responder: responder, PublicKey: pub})

	targets := []struct {
		name string
		url  string
	}{
		{"real", startWebhookServer(b, mux) + "/interactions"},
		{"bare", startWebhookServer(b, bareInteractions(pub)) + "/interactions"},
	}
	results := map[string]*loadResult{}
	for _, t := range targets {
		results[t.name] = &loadResult{}
	}

	for b.Loop() {
		bodies := presign(priv, loadBodies)
		for _, t := range targets {
			if warm := runLoad(t.url, bodies, loadWarmup); warm.err != nil {
				b.Fatalf("%s warm-up: %v", t.name, warm.err)
			}
		}
		for round := range loadRounds {
			order := slices.Clone(targets)
			if round%2 == 1 {
				slices.Reverse(order)
			}
			for _, t := range order {
				r := runLoad(t.url, bodies, loadRound)
				if r.err != nil {
					b.Fatalf("%s: %v (after %d good requests)", t.name, r.err, len(r.latencies))
				}
				acc := results[t.name]
				acc.latencies = append(acc.latencies, r.latencies...)
				acc.elapsed += r.elapsed
			}
		}
	}

	realLoad, bareLoad := results["real"], results["bare"]
	b.ReportMetric(realLoad.rps(), "real-rps")
	b.ReportMetric(realLoad.p99(), "real-p99-ms")
	b.ReportMetric(bareLoad.rps(), "bare-rps")
	b.ReportMetric(bareLoad.p99(), "bare-p99-ms")
	b.ReportMetric(realLoad.rps()/bareLoad.rps(), "ratio")
	// ns/op would be the length of a whole run, set by loadRound:
	// meaningless, so it is left out.
	b.ReportMetric(0, "ns/op")
}
