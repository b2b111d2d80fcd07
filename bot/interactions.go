package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"

	dg "github.com/bwmarrin/discordgo"

	"factbot/handlers"
)

// Deferral. Discord drops an interaction that gets no initial response
// within 3 s of its dispatch. Answers from the article take microseconds;
// only the store can be slow (another process holding the SQLite lock, a
// PostgreSQL failover). So an answer that is not ready after DeferAfter is
// acknowledged with a deferred response, and sent when ready by editing
// that response, which Discord allows for 15 minutes.
const (
	// DeferAfter leaves time, under Discord's 3 s, for the gateway's or
	// the load balancer's latency and for the deferred response's own trip.
	DeferAfter = 1500 * time.Millisecond
	// AnswerTimeout bounds an answer's work, deferred or not: far below
	// the 15 minutes an interaction token lives, far above any healthy
	// store's time.
	AnswerTimeout = 30 * time.Second
)

// Replies for interactions the bot cannot act on. They are the member's
// side of a WARN in the log: nothing failed on the bot's side.
var (
	// UnknownCommandReply answers a command the bot does not have: one
	// registered by an older version, or a request made by hand.
	UnknownCommandReply = handlers.Reply{Title: "Unknown command", Text: "I don't have that command (any more). Try /help.", Ephemeral: true}
	// UnknownButtonReply answers a button or form the bot did not make.
	UnknownButtonReply = handlers.Reply{Title: "Unknown button", Text: "That button or form is not one of mine, so I can't act on it. Try /help.", Ephemeral: true}
)

// Responder turns interactions into responses through the handlers. The
// gateway and the HTTP endpoint share it, so both answer alike.
type Responder struct {
	Handler *handlers.Handler
	Log     *slog.Logger
	Metrics *Metrics // optional
	Now     func() time.Time
	// DeferAfter overrides the package's DeferAfter; tests shorten it.
	DeferAfter time.Duration
}

func (r *Responder) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

// Answer is an answer that was not ready in time: Wait blocks until it is
// and returns it, to be sent by editing the deferred response.
type Answer struct {
	ready chan struct{}
	data  *dg.InteractionResponseData
}

// Wait returns the answer once it is ready.
func (a *Answer) Wait() *dg.InteractionResponseData {
	<-a.ready
	return a.data
}

// Respond answers one interaction. It never panics: a failing handler
// gives the member a short ephemeral apology and the log the detail. When
// the answer is not ready after DeferAfter, it returns a deferred response
// at once, and later, not nil: the caller sends the deferred response
// first, then edits it with later.Wait() (see EditOriginal).
func (r *Responder) Respond(ctx context.Context, i *dg.Interaction) (resp *dg.InteractionResponse, later *Answer) {
	switch i.Type {
	case dg.InteractionPing:
		r.Metrics.observeAnswer("ping", "answered", 0)
		return &dg.InteractionResponse{Type: dg.InteractionResponsePong}, nil
	case dg.InteractionApplicationCommandAutocomplete:
		return r.autocomplete(i), nil
	}
	// Only an answer that waits on the store can be slow; the others are
	// made here, without a goroutine and a timer for every interaction.
	if data, ok := i.Data.(dg.ApplicationCommandInteractionData); !ok || !handlers.UsesStore(data.Name) {
		return r.answer(ctx, i), nil
	}
	// The answer's work gets a context of its own, since a deferred
	// answer outlives the request that brought it.
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), AnswerTimeout)
	a := &Answer{ready: make(chan struct{})}
	go func() {
		defer cancel()
		defer close(a.ready)
		a.data = r.answer(wctx, i).Data
	}()
	wait := r.DeferAfter
	if wait <= 0 {
		wait = DeferAfter
	}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case <-a.ready:
		return &dg.InteractionResponse{Type: dg.InteractionResponseChannelMessageWithSource, Data: a.data}, nil
	case <-timer.C:
	}
	// Whether the answer will be only for the asker must be said now:
	// an edit cannot change it. /daily's replies always are.
	var flags dg.MessageFlags
	if data, ok := i.Data.(dg.ApplicationCommandInteractionData); ok && data.Name == handlers.CmdDaily {
		flags = dg.MessageFlagsEphemeral
	}
	r.Log.Warn("answer is slow: deferred", "interaction", i.ID, "after", wait)
	return &dg.InteractionResponse{Type: dg.InteractionResponseDeferredChannelMessageWithSource, Data: &dg.InteractionResponseData{Flags: flags}}, a
}

// WireResponse is resp as Discord must read it. discordgo's type drops an
// empty list of choices ("choices,omitempty"), and Discord refuses an
// autocomplete result without one, so a type 8 response is written with
// its choices always present.
func WireResponse(resp *dg.InteractionResponse) any {
	if resp.Type != dg.InteractionApplicationCommandAutocompleteResult {
		return resp
	}
	type data struct {
		Choices []*dg.ApplicationCommandOptionChoice `json:"choices"`
	}
	w := struct {
		Type dg.InteractionResponseType `json:"type"`
		Data data                       `json:"data"`
	}{Type: resp.Type, Data: data{Choices: []*dg.ApplicationCommandOptionChoice{}}}
	if resp.Data != nil && resp.Data.Choices != nil {
		w.Data.Choices = resp.Data.Choices
	}
	return w
}

// Editor sends a deferred answer by editing the deferred response;
// *discordgo.Session provides it. The edit goes to the interaction's
// webhook, which its token authorises: no bot token is needed.
type Editor interface {
	InteractionResponseEdit(i *dg.Interaction, edit *dg.WebhookEdit, options ...dg.RequestOption) (*dg.Message, error)
}

var _ Editor = (*dg.Session)(nil)

// SendLater waits for a deferred answer and sends it through ed.
func (r *Responder) SendLater(ed Editor, i *dg.Interaction, later *Answer, red Redactor) {
	ctx, cancel := context.WithTimeout(context.Background(), AnswerTimeout)
	defer cancel()
	if _, err := ed.InteractionResponseEdit(i, EditOriginal(later.Wait()), dg.WithContext(ctx)); err != nil {
		r.Log.Error("send deferred answer", "guild", i.GuildID, "err", red.Error(err))
	}
}

// EditOriginal is the edit that replaces a deferred response with the
// answer.
func EditOriginal(data *dg.InteractionResponseData) *dg.WebhookEdit {
	e := &dg.WebhookEdit{Content: &data.Content, AllowedMentions: noMentions()}
	if data.Embeds != nil {
		e.Embeds = &data.Embeds
	}
	if data.Components != nil {
		e.Components = &data.Components
	}
	return e
}

// answer answers a command, a button or anything else that wants a
// message, with the outcome logged and counted.
func (r *Responder) answer(ctx context.Context, i *dg.Interaction) (resp *dg.InteractionResponse) {
	start := time.Now()
	command, outcome := "unknown", "error"
	defer func() {
		if p := recover(); p != nil {
			r.Log.Error("handler panicked", "command", command, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			resp, outcome = r.message(ErrorReply), "error"
		}
		r.Metrics.observeAnswer(command, outcome, time.Since(start))
		r.Log.Info("interaction", "command", clipName(command), "guild", i.GuildID, "outcome", outcome, "latency", time.Since(start))
	}()
	switch data := i.Data.(type) {
	case dg.ApplicationCommandInteractionData:
		if i.Type != dg.InteractionApplicationCommand {
			break
		}
		command = data.Name
		return r.message(r.handle(ctx, r.request(i, data.Name, data.Options), &outcome))
	case dg.MessageComponentInteractionData:
		command = "button"
		req, ok := r.buttonRequest(i, data.CustomID)
		if !ok || i.Type != dg.InteractionMessageComponent {
			r.Log.Warn("unknown button", "custom_id", clipName(data.CustomID), "guild", i.GuildID)
			outcome = "unknown"
			return r.message(UnknownButtonReply)
		}
		return r.message(r.handle(ctx, req, &outcome))
	}
	// A modal submit (the bot opens no forms) or a type discordgo does
	// not know: nothing to do but say so.
	r.Log.Warn("interaction the bot does not handle", "type", int(i.Type), "guild", i.GuildID)
	outcome = "unknown"
	return r.message(UnknownButtonReply)
}

// buttonRequest is the request a button of the bot's makes: a "Did you
// mean" button looks its topic up; an "Also in" button asks the answer's
// question (or looks its topic up) again in the article it names, the
// question being the title of the message it is on.
func (r *Responder) buttonRequest(i *dg.Interaction, customID string) (handlers.Request, bool) {
	if topic, ok := strings.CutPrefix(customID, suggestPrefix); ok {
		req := r.request(i, handlers.CmdFact, nil)
		req.Options = map[string]string{"topic": topic}
		return req, true
	}
	rest, ok := strings.CutPrefix(customID, alsoPrefix)
	if !ok || len(rest) < 3 || rest[1] != ':' || i.Message == nil || len(i.Message.Embeds) == 0 || i.Message.Embeds[0] == nil {
		return handlers.Request{}, false
	}
	option := map[byte]string{handlers.CmdAsk[0]: "question", handlers.CmdFact[0]: "topic"}[rest[0]]
	asked := strings.TrimSuffix(i.Message.Embeds[0].Title, "…") // a title over 256 characters was cut
	if option == "" || strings.TrimSpace(asked) == "" {
		return handlers.Request{}, false
	}
	command := handlers.CmdAsk
	if option == "topic" {
		command = handlers.CmdFact
	}
	req := r.request(i, command, nil)
	req.Options = map[string]string{option: asked, "article": rest[2:]}
	return req, true
}

// autocomplete answers a partly typed option with choices. A failure
// answers no choices (autocomplete can only answer choices), and the
// member keeps typing.
func (r *Responder) autocomplete(i *dg.Interaction) (resp *dg.InteractionResponse) {
	start := time.Now()
	outcome := "error"
	resp = &dg.InteractionResponse{Type: dg.InteractionApplicationCommandAutocompleteResult,
		Data: &dg.InteractionResponseData{Choices: []*dg.ApplicationCommandOptionChoice{}}}
	defer func() {
		if p := recover(); p != nil {
			r.Log.Error("autocomplete panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			resp.Data.Choices, outcome = []*dg.ApplicationCommandOptionChoice{}, "error"
		}
		r.Metrics.observeAnswer("autocomplete", outcome, time.Since(start))
		r.Metrics.autocomplete()
	}()
	data, ok := i.Data.(dg.ApplicationCommandInteractionData)
	if !ok {
		r.Log.Warn("autocomplete without command data", "guild", i.GuildID)
		return resp
	}
	option, value := focused(data.Options)
	for _, n := range r.Handler.Complete(r.request(i, data.Name, data.Options), option, value) {
		resp.Data.Choices = append(resp.Data.Choices, &dg.ApplicationCommandOptionChoice{Name: truncate(n, 100), Value: truncate(n, 100)})
	}
	outcome = "answered"
	return resp
}

// message is a reply as an interaction's message.
func (r *Responder) message(reply handlers.Reply) *dg.InteractionResponse {
	return &dg.InteractionResponse{Type: dg.InteractionResponseChannelMessageWithSource, Data: ResponseData(reply, r.title())}
}

func (r *Responder) title() string {
	if r.Handler == nil || r.Handler.Base() == nil {
		return "" // the apology after a panic must not panic too
	}
	return r.Handler.Base().Article.Title
}

// handle runs a request and turns a handler error into the apology. An
// unknown command is the member's or an old registration's doing, not a
// failure: it gets its own reply and a WARN.
func (r *Responder) handle(ctx context.Context, req handlers.Request, outcome *string) handlers.Reply {
	reply, err := r.Handler.Handle(ctx, req)
	if errors.Is(err, handlers.ErrUnknownCommand) {
		r.Log.Warn("unknown command", "command", clipName(req.Command), "guild", req.GuildID)
		*outcome = "unknown"
		return UnknownCommandReply
	}
	if err != nil {
		r.Log.Error("handler failed", "command", clipName(req.Command), "guild", req.GuildID, "err", err)
		*outcome = "error"
		return ErrorReply
	}
	*outcome = reply.Outcome()
	return reply
}

// clipName shortens a name taken from a request for the log: Discord's
// names are at most 100 characters, a forged one could be anything.
func clipName(s string) string { return truncate(s, 100) }

// request builds a handler request from an interaction: options flattened
// (a subcommand's name goes to Sub), who asked, where, with what rights.
// Null options, which Discord never sends, are skipped.
func (r *Responder) request(i *dg.Interaction, name string, opts []*dg.ApplicationCommandInteractionDataOption) handlers.Request {
	req := handlers.Request{Command: name, Options: map[string]string{}, GuildID: i.GuildID, ChannelID: i.ChannelID, Now: r.now()}
	if i.Member != nil {
		req.CanManage = i.Member.Permissions&(dg.PermissionManageGuild|dg.PermissionAdministrator) != 0
		if i.Member.User != nil {
			req.UserID = i.Member.User.ID
		}
	} else if i.User != nil {
		req.UserID = i.User.ID
	}
	for _, o := range opts {
		switch {
		case o == nil:
		case o.Type == dg.ApplicationCommandOptionSubCommand:
			req.Sub = o.Name
			for _, so := range o.Options {
				if so != nil {
					req.Options[so.Name] = optionString(so)
				}
			}
		default:
			req.Options[o.Name] = optionString(o)
		}
	}
	return req
}

// optionString reads any option value as text, a string without
// Discord's markup (plainText). Autocomplete may deliver a partial value
// of any type, and discordgo's typed accessors panic on a mismatch, so
// this switches on the value itself.
func optionString(o *dg.ApplicationCommandInteractionDataOption) string {
	switch v := o.Value.(type) {
	case string:
		return plainText(v)
	case float64:
		return fmt.Sprint(v)
	case bool:
		return fmt.Sprint(v)
	case nil:
		return ""
	}
	return fmt.Sprint(o.Value)
}

// focused returns the option being typed in an autocomplete interaction.
func focused(opts []*dg.ApplicationCommandInteractionDataOption) (name, value string) {
	for _, o := range opts {
		if o == nil {
			continue
		}
		if o.Focused {
			return o.Name, optionString(o)
		}
		if n, v := focused(o.Options); n != "" {
			return n, v
		}
	}
	return "", ""
}
