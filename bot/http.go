package bot

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	dg "github.com/bwmarrin/discordgo"
)

// Limits of the HTTP interactions endpoint.
const (
	// MaxInteractionBody is far above any real interaction (a few KiB) and
	// small enough that a flood of large bodies costs little.
	MaxInteractionBody = 64 << 10
	// MaxClockSkew refuses a signed request whose timestamp is further than
	// this from now: a replayed old request, or a badly wrong clock.
	MaxClockSkew = 5 * time.Minute
)

// Interactions serves Discord's outgoing-webhook interactions: it checks
// every request's Ed25519 signature and timestamp, then answers through
// the Responder in the HTTP response, as the gateway would. It keeps no
// state, so any number of replicas can serve behind a load balancer.
type Interactions struct {
	Responder *Responder
	PublicKey ed25519.PublicKey
	Now       func() time.Time
	// Edits sends answers that were deferred because they were slow; nil
	// answers every interaction in its HTTP response, however late.
	Edits  Editor
	Redact Redactor // for the errors of Edits
}

// ServeHTTP verifies and answers one interaction request.
func (h *Interactions) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxInteractionBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read request body", http.StatusBadRequest)
		return
	}
	ts := r.Header.Get("X-Signature-Timestamp")
	if !h.fresh(ts) || !verify(h.PublicKey, ts, r.Header.Get("X-Signature-Ed25519"), body) {
		h.Responder.Metrics.signatureFailure()
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	i, err := decodeInteraction(body)
	if err != nil {
		http.Error(w, "not an interaction: "+err.Error(), http.StatusBadRequest)
		return
	}
	resp, later := h.Responder.Respond(r.Context(), i)
	if later != nil && h.Edits == nil {
		resp = &dg.InteractionResponse{Type: dg.InteractionResponseChannelMessageWithSource, Data: later.Wait()}
		later = nil
	}
	out, err := json.Marshal(WireResponse(resp))
	if err != nil {
		h.Responder.Log.Error("encode interaction response", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
	if later != nil {
		// The deferred response must reach Discord before its edit.
		http.NewResponseController(w).Flush()
		go h.Responder.SendLater(h.Edits, i, later, h.Redact)
	}
}

// verify checks Discord's signature: Ed25519, by the application's key,
// over the timestamp header's text followed by the body, hex-encoded. It
// is discordgo.VerifyInteraction's check on the body already read, which
// spares that function's two copies of it.
func verify(key ed25519.PublicKey, ts, signature string, body []byte) bool {
	sig, err := hex.DecodeString(signature)
	if err != nil || len(sig) != ed25519.SignatureSize || ts == "" || len(key) != ed25519.PublicKeySize {
		return false
	}
	msg := make([]byte, 0, len(ts)+len(body))
	return ed25519.Verify(key, append(append(msg, ts...), body...), sig)
}

// fresh reports whether a signature timestamp (Unix seconds) is within
// MaxClockSkew of now.
func (h *Interactions) fresh(ts string) bool {
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	now := time.Now
	if h.Now != nil {
		now = h.Now
	}
	d := now().Sub(time.Unix(sec, 0))
	return d <= MaxClockSkew && d >= -MaxClockSkew
}

// NewServer returns an http.Server with timeouts, so that a slow or
// stalled client cannot hold a connection open.
func NewServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
}

// wireInteraction is the part of an interaction the bot reads, decoded in
// one pass. discordgo's own Interaction.UnmarshalJSON decodes twice (the
// envelope, then data by type) and builds objects the bot never looks at
// (the message of a button, member roles); on the HTTP endpoint, where
// every request pays for it, that was a fifth of the handling time.
type wireInteraction struct {
	ID        string             `json:"id"`
	AppID     string             `json:"application_id"`
	Type      dg.InteractionType `json:"type"`
	GuildID   string             `json:"guild_id"`
	ChannelID string             `json:"channel_id"`
	Token     string             `json:"token"`
	Version   int                `json:"version"`
	Locale    dg.Locale          `json:"locale"`
	User      *wireUser          `json:"user"`
	Member    *struct {
		User        *wireUser `json:"user"`
		Permissions int64     `json:"permissions,string"`
	} `json:"member"`
	Data *struct {
		ID            string                                        `json:"id"`
		Name          string                                        `json:"name"`
		Type          dg.ApplicationCommandType                     `json:"type"`
		Options       []*dg.ApplicationCommandInteractionDataOption `json:"options"`
		TargetID      string                                        `json:"target_id"`
		CustomID      string                                        `json:"custom_id"`
		ComponentType dg.ComponentType                              `json:"component_type"`
		Values        []string                                      `json:"values"`
	} `json:"data"`
}

// wireUser is the part of a user the bot reads.
type wireUser struct {
	ID       string `json:"id"`
	Username string `json:"username"`
	Bot      bool   `json:"bot"`
}

func (u *wireUser) user() *dg.User {
	if u == nil {
		return nil
	}
	return &dg.User{ID: u.ID, Username: u.Username, Bot: u.Bot}
}

// decodeInteraction reads an interaction for the Responder. What Discord
// never sends is refused, for a 400: a type it does not define, an
// interaction without ID or token, a command without data or name, a
// button or form without custom_id.
func decodeInteraction(body []byte) (*dg.Interaction, error) {
	var w wireInteraction
	if err := json.Unmarshal(body, &w); err != nil {
		return nil, errors.New("invalid JSON")
	}
	switch {
	case w.Type == 0:
		return nil, errors.New("no interaction type")
	case w.ID == "" || w.Token == "":
		return nil, errors.New("no id or token")
	}
	i := &dg.Interaction{ID: w.ID, AppID: w.AppID, Type: w.Type, GuildID: w.GuildID, ChannelID: w.ChannelID,
		Token: w.Token, Version: w.Version, Locale: w.Locale, User: w.User.user()}
	if w.Member != nil {
		i.Member = &dg.Member{User: w.Member.User.user(), Permissions: w.Member.Permissions, GuildID: w.GuildID}
	}
	d := w.Data
	switch w.Type {
	case dg.InteractionPing:
	case dg.InteractionApplicationCommand, dg.InteractionApplicationCommandAutocomplete:
		if d == nil || d.Name == "" {
			return nil, errors.New("command without data or name")
		}
		i.Data = dg.ApplicationCommandInteractionData{ID: d.ID, Name: d.Name, CommandType: d.Type, Options: d.Options, TargetID: d.TargetID}
	case dg.InteractionMessageComponent:
		if d == nil || d.CustomID == "" {
			return nil, errors.New("component without custom_id")
		}
		i.Data = dg.MessageComponentInteractionData{CustomID: d.CustomID, ComponentType: d.ComponentType, Values: d.Values}
	case dg.InteractionModalSubmit:
		if d == nil || d.CustomID == "" {
			return nil, errors.New("modal submit without custom_id")
		}
		i.Data = dg.ModalSubmitInteractionData{CustomID: d.CustomID}
	default:
		return nil, fmt.Errorf("unknown interaction type %d", w.Type)
	}
	return i, nil
}
