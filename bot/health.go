package bot

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"time"
)

// Health serves /healthz (the process is alive), /readyz (it can serve:
// every check passes, such as the gateway connected with the commands
// registered, the endpoint listening, the store taking writes) and
// /metrics.
//
// /readyz listens on HTTP_ADDR without authentication, so it shows only
// each check's error text, which names what is wrong without connection
// details (see store.CheckError); the detail goes to the log.
type Health struct {
	Checks  map[string]func(context.Context) error // name -> readiness check
	Metrics *Metrics
	Log     *slog.Logger // optional: failed checks, in detail
}

// Handler returns the health mux.
func (h *Health) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		status := map[string]string{}
		code := http.StatusOK
		for name, check := range h.Checks {
			if err := check(ctx); err != nil {
				status[name] = err.Error()
				code = http.StatusServiceUnavailable
				if h.Log != nil {
					detail := err
					if inner := errors.Unwrap(err); inner != nil {
						detail = inner
					}
					h.Log.Warn("not ready", "check", name, "err", detail)
				}
			} else {
				status[name] = "ok"
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(status)
	})
	if h.Metrics != nil {
		mux.Handle("GET /metrics", h.Metrics.Handler())
	}
	return mux
}
